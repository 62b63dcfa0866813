"""The workspace file: create, open, lock, back up, migrate, check."""

from cpm_desktop.workspace.backups import backup_dir_for, list_backups
from cpm_desktop.workspace.check import CheckReport, check_workspace
from cpm_desktop.workspace.file import (
    SUFFIX,
    Workspace,
    create_workspace,
    delete_workspace_files,
    open_workspace,
)

__all__ = [
    "SUFFIX",
    "CheckReport",
    "Workspace",
    "backup_dir_for",
    "check_workspace",
    "create_workspace",
    "delete_workspace_files",
    "list_backups",
    "open_workspace",
]
