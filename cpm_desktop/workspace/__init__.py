"""The workspace file: create, open, lock, back up, migrate, check."""

from cpm_desktop.workspace.backups import backup_dir_for, list_backups
from cpm_desktop.workspace.change_events import ChangeEvent, RecordKind, change_event
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
    "ChangeEvent",
    "CheckReport",
    "RecordKind",
    "Workspace",
    "backup_dir_for",
    "change_event",
    "check_workspace",
    "create_workspace",
    "delete_workspace_files",
    "list_backups",
    "open_workspace",
]
