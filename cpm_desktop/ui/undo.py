"""Undoable edits: each runs a service once, then undo and redo put back or rewrite its rows.

One undo stack per project (in a QUndoGroup), so Ctrl+Z undoes the last edit of the project
on screen, never a change the user cannot see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Concatenate, ParamSpec

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from cpm_desktop.errors import CpmError
from cpm_desktop.services.history import redo_edit, undo_edit
from cpm_desktop.workspace import Workspace
from cpm_desktop.workspace.changes import ChangeSet

P = ParamSpec("P")  # a service: its first argument is the session (Any: ui/ imports no ORM)
UNDO_LIMIT = 200  # steps kept per project; each holds only the rows its edit changed


@dataclass(frozen=True, slots=True)
class Edit:
    """A service call with its arguments (after the session) and its name in the Edit menu."""

    text: str
    use_case: Callable[..., object]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


class RecordedEdit(QUndoCommand):
    """An edit already made by a service; undo/redo replay the rows it wrote."""

    def __init__(self, editor: Editor, project_id: int, text: str, changes: ChangeSet) -> None:
        super().__init__(text)
        self._editor = editor
        self.project_id = project_id
        self.changes = changes
        self._done = True  # the service already ran: the first redo() (from push) is a no-op

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._editor.replay(self, redo_edit)

    def undo(self) -> None:
        self._editor.replay(self, undo_edit)


class Editor(QObject):
    """Runs the user's edits as undoable, one-transaction service calls on one workspace."""

    sig_changed = Signal(int, object)
    """Emitted with the project id and the ChangeSet after an edit, undo or redo."""

    sig_failed = Signal(str, object)
    """Emitted with the edit's description and the CpmError when it was refused."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}

    def stack(self, project_id: int) -> QUndoStack:
        """Return the undo stack of a project (created on first use)."""
        if project_id not in self._stacks:
            stack = QUndoStack(self.group)
            stack.setUndoLimit(UNDO_LIMIT)
            self.group.addStack(stack)
            self._stacks[project_id] = stack
        return self._stacks[project_id]

    def set_active_project(self, project_id: int | None) -> None:
        """Make Undo/Redo act on the project on screen."""
        active = self.stack(project_id) if project_id is not None else None
        self.group.setActiveStack(active)  # type: ignore[arg-type]  # None: no project

    def set_workspace(self, workspace: Workspace) -> None:
        """Work on another workspace; the history of the previous one is dropped."""
        self.workspace = workspace
        for stack in self._stacks.values():
            self.group.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()

    def run(
        self,
        project_id: int,
        text: str,
        use_case: Callable[Concatenate[Any, P], object],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> bool:
        """Run `use_case` as one undoable edit named `text`; False (and a signal) if refused."""
        try:
            _, changes = self.workspace.run_recorded(use_case, *args, **kwargs)
        except CpmError as exc:
            self.sig_failed.emit(text, exc)
            return False
        if changes:
            self.stack(project_id).push(RecordedEdit(self, project_id, text, changes))
            self.sig_changed.emit(project_id, changes)
        return True

    def replay(
        self,
        command: RecordedEdit,
        step: Callable[[Any, ChangeSet, int, str], None],
    ) -> None:
        """Undo or redo `command`; if the workspace moved on, say so and drop the history."""
        try:
            self.workspace.run(step, command.changes, command.project_id, command.text())
        except CpmError as exc:
            self.sig_failed.emit(command.text(), exc)
            # Clearing inside undo()/redo() would delete the running command: wait a turn.
            QTimer.singleShot(0, self.stack(command.project_id).clear)
            return
        self.sig_changed.emit(command.project_id, command.changes)
