"""File › Restore from Backup…: the workspace's backups, and putting one back."""
