"""Stage gates, closing and reopening a project."""
