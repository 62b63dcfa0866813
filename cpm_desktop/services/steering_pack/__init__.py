"""The steering-committee pack: what it shows, gathered from the workspace."""
