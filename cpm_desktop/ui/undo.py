"""Undoable edits: each runs a service once, then undo and redo put back or rewrite its rows.

One undo stack per project (in a QUndoGroup), so Ctrl+Z undoes the last edit of the project
on screen, never a change the user cannot see. Workspace-wide edits (the exchange rates, the
reporting currency) have a stack of their own, active where no project is on screen (the
portfolio) and undone from the dialog that made them.
"""

from __future__ import annotations

import enum
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from cpm_desktop.errors import CpmError
from cpm_desktop.services.history import redo_edit, undo_edit
from cpm_desktop.workspace import Workspace, change_event
from cpm_desktop.workspace.changes import ChangeSet

P = ParamSpec("P")  # a service: its first argument is the session (Any: ui/ imports no ORM)
R = TypeVar("R")  # what the service returns
R_co = TypeVar("R_co", covariant=True)  # an Edit[Task] is an Edit[object]
UNDO_LIMIT = 200  # steps kept per project; each holds only the rows its edit changed
WORKSPACE_WIDE = None  # the "project" of an edit of the workspace's own settings


@dataclass(frozen=True, slots=True)
class Edit(Generic[R_co]):
    """A service call bound to its arguments, waiting for the session; its Edit-menu name.

    Build one with `edit`, which checks the arguments against the service's signature.
    """

    text: str
    call: Callable[[Any], R_co]


def edit(
    text: str,
    use_case: Callable[Concatenate[Any, P], R],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> Edit[R]:
    """The edit named `text` that calls `use_case(session, *args, **kwargs)`."""
    return Edit(text, partial(_call, use_case, args, kwargs))


def _call(
    use_case: Callable[..., R], args: tuple[Any, ...], kwargs: dict[str, Any], session: Any
) -> R:
    return use_case(session, *args, **kwargs)


class Refused(enum.Enum):
    """What running an edit answers when it was not made (a refusal is signalled by the Editor).

    A sentinel, not None: many services answer None when they succeed.
    """

    REFUSED = enum.auto()


REFUSED = Refused.REFUSED


class RecordedEdit(QUndoCommand):
    """An edit already made by a service; undo/redo replay the rows it wrote.

    Its `event` says what the edit changed; undo and redo change the same records, and say so
    with the same event.
    """

    def __init__(
        self, editor: Editor, project_id: int | None, text: str, changes: ChangeSet
    ) -> None:
        super().__init__(text)
        # Weak: the stack owns the command and the editor owns the stack. A strong reference
        # back made a cycle that Python's collector tore down in the wrong order (a segfault
        # at exit, deleting a command's C++ side twice).
        self._editor = weakref.ref(editor)
        self.project_id = project_id
        self.changes = changes
        self.event = change_event(changes, project_id)
        self._done = True  # the service already ran: the first redo() (from push) is a no-op

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._replay(redo_edit)

    def undo(self) -> None:
        self._replay(undo_edit)

    def _replay(self, step: Callable[[Any, ChangeSet, int | None, str], None]) -> None:
        editor = self._editor()
        if editor is not None:  # None only while the editor is being destroyed
            editor.replay(self, step)


class Editor(QObject):
    """Runs the user's edits as undoable, one-transaction service calls on one workspace."""

    sig_changed = Signal(object)
    """Emitted with the ChangeEvent (projects, records, outline) after an edit, undo or redo."""

    sig_failed = Signal(str, object)
    """Emitted with the edit's description and the CpmError when it was refused."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.group = QUndoGroup(self)
        self._stacks: dict[int | None, QUndoStack] = {}

    def stack(self, project_id: int | None) -> QUndoStack:
        """Return the undo stack of a project, or the workspace-wide one for None (created on
        first use)."""
        if project_id not in self._stacks:
            stack = QUndoStack(self.group)
            stack.setUndoLimit(UNDO_LIMIT)
            self.group.addStack(stack)
            self._stacks[project_id] = stack
        return self._stacks[project_id]

    def set_active_project(self, project_id: int | None) -> None:
        """Make Undo/Redo act on the project on screen; without one, on the workspace-wide
        edits (the exchange rates the portfolio on screen is converted with)."""
        self.group.setActiveStack(self.stack(project_id))

    def set_workspace(self, workspace: Workspace) -> None:
        """Work on another workspace; the history of the previous one is dropped."""
        self.workspace = workspace
        for stack in self._stacks.values():
            self.group.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()

    def run(self, project_id: int | None, edit: Edit[R]) -> R | Refused:
        """Run `edit` as one undoable step of a project (None: of the workspace itself, see
        WORKSPACE_WIDE): the service's answer, or Refused.

        A refusal is also signalled (`sig_failed`), so the caller need not report it.
        """
        try:
            result, changes = self.workspace.run_recorded(edit.call)
        except CpmError as exc:
            self.sig_failed.emit(edit.text, exc)
            return REFUSED
        if changes:
            command = RecordedEdit(self, project_id, edit.text, changes)
            self.stack(project_id).push(command)
            self.sig_changed.emit(command.event)
        return result

    def replay(
        self,
        command: RecordedEdit,
        step: Callable[[Any, ChangeSet, int | None, str], None],
    ) -> None:
        """Undo or redo `command`; if the workspace moved on, say so and drop the history."""
        try:
            self.workspace.run(step, command.changes, command.project_id, command.text())
        except CpmError as exc:
            self.sig_failed.emit(command.text(), exc)
            # Clearing inside undo()/redo() would delete the running command: wait a turn.
            QTimer.singleShot(0, self.stack(command.project_id).clear)
            return
        self.sig_changed.emit(command.event)
