"""What SQLite says when the file itself fails, or the driver when a team server cannot be
reached, said as a user can act on it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from cpm_desktop.errors import (
    CpmError,
    ReadOnlyWorkspaceError,
    StaleEditError,
    WorkspaceError,
    WorkspaceWriteError,
)
from cpm_desktop.texts import N_, _
from cpm_desktop.workspace import server_versions
from cpm_desktop.workspace.backups import damaged_workspace_error

_NOT_ALLOWED = "42501"  # insufficient privilege, a row-level security policy among them
_NOT_SAVED = N_("This change was not saved; everything saved before it is safe.")


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
        return WorkspaceWriteError(
            _("Cannot save to {name}: the disk is full. {not_saved}").format(
                name=name, not_saved=_(_NOT_SAVED)
            )
        )
    if code.startswith("SQLITE_IOERR"):
        return WorkspaceWriteError(
            _(
                "Cannot save to {name}: writing to the drive failed ({reason}); is it full, or "
                "was it removed? {not_saved}"
            ).format(name=name, reason=original, not_saved=_(_NOT_SAVED))
        )
    if code.startswith("SQLITE_READONLY"):
        return ReadOnlyWorkspaceError(
            _("{name} is read-only: the change cannot be saved.").format(name=name)
        )
    if code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return damaged_workspace_error(path, [str(original)])
    if code.startswith("SQLITE_CANTOPEN"):
        return WorkspaceError(
            _(
                "{name} cannot be reached any more (moved, or its drive removed?). {not_saved}"
            ).format(name=name, not_saved=_(_NOT_SAVED))
        )
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return WorkspaceError(
            _("{name} is busy; try again in a moment. {not_saved}").format(
                name=name, not_saved=_(_NOT_SAVED)
            )
        )
    return None


def not_allowed(exc: DBAPIError) -> bool:
    """True when a team server refused a write as beyond the user's role."""
    return getattr(exc.orig, "sqlstate", None) == _NOT_ALLOWED


def server_error(exc: DBAPIError, name: str) -> CpmError | None:
    """Return the typed error for a team server gone (network, restart, shutdown) while
    working on the workspace `name`, for an edit refused as made on a stale view or as beyond
    the user's role; None for anything else."""
    if getattr(exc.orig, "sqlstate", None) == server_versions.STALE:
        return _stale(_detail(exc))
    if getattr(exc.orig, "sqlstate", None) == server_versions.CHECKED_OUT:
        said = server_versions.refusal(_detail(exc)) or {}
        return ReadOnlyWorkspaceError(
            _(
                "This project is checked out by {who} since {since} UTC, to work on it "
                "offline: it is read-only here until it is checked in (or the PMO releases "
                "it). {not_saved}"
            ).format(who=said.get("by", "?"), since=said.get("since", "?"), not_saved=_(_NOT_SAVED))
        )
    if not_allowed(exc):
        # A PMO or an account manager editing, or a PM editing a project not theirs: the
        # server's privileges and row-level security refuse it.
        return ReadOnlyWorkspaceError(
            _(
                "Your role on the team server of {name} lets you read this but not change it; "
                "ask its administrator to make you a member of the project. {not_saved}"
            ).format(name=name, not_saved=_(_NOT_SAVED))
        )
    # No SQLSTATE: libpq failed before the server answered; class 08: the connection broke;
    # 57P: the server is shutting down or restarting. Anything else the server said itself.
    state = getattr(exc.orig, "sqlstate", None)
    lost = state is None or state.startswith(("08", "57P"))
    if not exc.connection_invalidated and not (isinstance(exc, OperationalError) and lost):
        return None
    return WorkspaceError(
        _(
            "The team server of {name} cannot be reached ({reason}); check the network and try "
            "again. {not_saved}"
        ).format(name=name, reason=str(exc.orig).strip().splitlines()[0], not_saved=_(_NOT_SAVED))
    )


def _stale(detail: str | None) -> StaleEditError:
    said = server_versions.refusal(detail) or {}
    name = said.get("name", "")
    record = (
        f"{said.get('table', '').replace('_', ' ')} “{name}”"
        if name
        else (f"{said.get('table', '').replace('_', ' ')} {said.get('id', '')}")
    )
    return StaleEditError(
        _(
            "{who} changed {record} at {at} UTC, after this window read it; the window now "
            "shows that change. Your change was not saved: make it again if it still applies."
        ).format(
            who=said.get("by", "?"), record=record.strip(), at=said.get("at", "?").replace("T", " ")
        )
    )


def _detail(exc: DBAPIError) -> str | None:
    """The DETAIL the server sent with an error (our triggers' refusals carry JSON there)."""
    detail: str | None = getattr(getattr(exc.orig, "diag", None), "message_detail", None)
    return detail
