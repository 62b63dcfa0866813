"""What SQLite says when the file itself fails, said as a user can act on it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from cpm_desktop.errors import ReadOnlyWorkspaceError, WorkspaceError, WorkspaceWriteError
from cpm_desktop.workspace.backups import damaged_workspace_error

_NOT_SAVED = "This change was not saved; everything saved before it is safe."


def translated(exc: DBAPIError, path: Path) -> WorkspaceError | None:
    """Return the typed error for a failure of the workspace file; None for anything else.

    A full disk, a failing drive, read-only media and damaged pages are facts about the file,
    not bugs: they reach the user as one clear sentence (CLI exit 2, a message in the GUI).
    """
    original = exc.orig
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorname", "")
    name = path.name
    if code == "SQLITE_FULL":
        return WorkspaceWriteError(f"Cannot save to {name}: the disk is full. {_NOT_SAVED}")
    if code.startswith("SQLITE_IOERR"):
        return WorkspaceWriteError(
            f"Cannot save to {name}: writing to the drive failed ({original}); is it full, or "
            f"was it removed? {_NOT_SAVED}"
        )
    if code.startswith("SQLITE_READONLY"):
        return ReadOnlyWorkspaceError(f"{name} is read-only: the change cannot be saved.")
    if code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return damaged_workspace_error(path, [str(original)])
    if code.startswith("SQLITE_CANTOPEN"):
        return WorkspaceError(
            f"{name} cannot be reached any more (moved, or its drive removed?). {_NOT_SAVED}"
        )
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return WorkspaceError(f"{name} is busy; try again in a moment. {_NOT_SAVED}")
    return None
