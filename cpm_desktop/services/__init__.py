"""Use cases: the only code that writes the workspace. Each takes the caller's session."""
