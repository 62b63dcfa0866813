"""The workspace file: create, open, lock, back up, migrate, check.

The names below are loaded on first use (PEP 562): a module of this package that needs no
SQLAlchemy (`plain_read.py`, `revisions.py`, `sqlite_files.py`) can then be imported without
loading it, which the read-only commands' quick path relies on (benchmarks/README.md, issue 24).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each public name and the module that defines it.
_HOMES = {
    "backup_dir_for": "backups",
    "list_backups": "backups",
    "ChangeEvent": "change_events",
    "RecordKind": "change_events",
    "change_event": "change_events",
    "CheckReport": "check",
    "check_workspace": "check",
    "SUFFIX": "file",
    "Workspace": "file",
    "create_workspace": "file",
    "delete_workspace_files": "file",
    "open_workspace": "file",
}

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


def __getattr__(name: str) -> Any:
    """Load a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
