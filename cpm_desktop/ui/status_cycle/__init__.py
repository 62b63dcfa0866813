"""Running a project: Update Status, stage gates, closing and reopening."""
