"""Typed errors for user mistakes: the UI shows them as messages, the CLI exits 2.

A message is in the language being spoken where it is raised (`cpm_desktop.texts`): the
window's language on its thread, English on the command line.
"""

from __future__ import annotations

from pathlib import Path

from cpm_desktop.texts import _


class CpmError(Exception):
    """Base of every error caused by input or state the user can fix."""


class WorkspaceError(CpmError):
    """The workspace file cannot be created, opened or used."""


class NotAWorkspaceError(WorkspaceError):
    """The file exists but is not a CPM Desktop workspace."""


class NewerWorkspaceError(WorkspaceError):
    """The file was written by a newer CPM Desktop than this one."""


class WorkspaceLockedError(WorkspaceError):
    """Another process has the workspace open for writing."""


class ValidationError(CpmError):
    """A value given to a service is out of range or inconsistent."""


class ClosedProjectError(ValidationError):
    """A write to a closed project, which stays read-only until it is reopened."""


class NotFoundError(CpmError):
    """An id given to a service names nothing in the workspace."""

    def __init__(self, kind: str, ident: object) -> None:
        # `kind` stays English on the error (`self.kind`); its callers mark it N_() for the
        # catalogues, and the message says it in the language spoken.
        super().__init__(
            _("No {kind} with id {ident!r} in this workspace.").format(kind=_(kind), ident=ident)
        )
        self.kind = kind
        self.ident = ident


class DuplicateError(ValidationError):
    """A value that must be unique is already taken."""


class DependencyCycleError(ValidationError):
    """A link would make tasks depend on themselves; `loop` names them in order."""

    def __init__(self, loop: list[str]) -> None:
        path = " → ".join([*loop, loop[0]]) if loop else "?"
        super().__init__(_("This link would create a loop: {path}.").format(path=path))
        self.loop = loop


class InterchangeError(CpmError):
    """A file cannot be read (or written) as the plan format it claims to be."""


class ExportError(CpmError):
    """A report or export cannot be written where the user asked (missing folder, no access)."""


class ReturnedWorkbookError(CpmError):
    """A client workbook that came back cannot be read back (not ours, damaged, key lost)."""


class UndoConflictError(CpmError):
    """An undo or redo found the workspace no longer as the edit left it; nothing was changed."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            _(
                "This step cannot be undone or redone: the workspace has changed since "
                "({detail}). Nothing was changed."
            ).format(detail=detail)
        )


class StaleEditError(CpmError):
    """An edit of a record that another user changed after this window read it (a team
    server): refused, nothing saved; the window reads the workspace again."""


class DamagedWorkspaceError(WorkspaceError):
    """The workspace file is damaged; `good_backup` is its newest intact backup, if any."""

    def __init__(self, message: str, *, path: Path, good_backup: Path | None) -> None:
        super().__init__(message)
        self.path = path
        self.good_backup = good_backup


class PasswordNeededError(WorkspaceError):
    """A team server asked for a password that was not given (or not the right one)."""


class ReadOnlyWorkspaceError(WorkspaceError):
    """The workspace is open read-only (read-only media or file): it cannot take edits."""


class WorkspaceWriteError(WorkspaceError):
    """An edit could not be saved (a full disk, a failing drive); it was rolled back."""
