"""The status cycle: progress for a new status date, the report, and what changed since the last."""
