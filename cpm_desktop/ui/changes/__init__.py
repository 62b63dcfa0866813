"""The Changes tab: the project's change-request log, its workflow and its scope-growth roll-up."""
