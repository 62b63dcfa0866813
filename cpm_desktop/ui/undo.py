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

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QUndoCommand, QUndoGroup, QUndoStack

from cpm_desktop.errors import CpmError
from cpm_desktop.services.history import redo_edit, undo_edit
from cpm_desktop.ui.idle_collector import paused_until_idle
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.workspace import Workspace, change_event
from cpm_desktop.workspace.row_changes import ChangeSet

P = ParamSpec("P")  # a service: its first argument is the session (Any: ui/ imports no ORM)
R = TypeVar("R")  # what the service returns
R_co = TypeVar("R_co", covariant=True)  # an Edit[Task] is an Edit[object]
UNDO_LIMIT = 200  # steps kept per project; each holds only the rows its edit changed
WORKSPACE_WIDE = None  # the "project" of an edit of the workspace's own settings


EDITS = "Edits"
"""The translation context of edit names: `edit(QT_TRANSLATE_NOOP("Edits", "Bill a task"), …)`."""


@dataclass(frozen=True, slots=True)
class Word:
    """A word put into an edit's name that has a translation of its own ("decision", "up"):
    English in the history, in the window's language in the Edit menu."""

    text: str
    context: str

    def __str__(self) -> str:
        return self.text

    def shown(self) -> str:
        """The word in the window's language."""
        return QCoreApplication.translate(self.context, self.text)


@dataclass(frozen=True, slots=True)
class EditName:
    """An edit's name from a marked template and its values: "Edit {reference}", R-003."""

    template: str
    values: dict[str, object]

    def english(self) -> str:
        """The name as the workspace's history records it (always English: an audit trail)."""
        return self.template.format(**self.values)

    def shown(self) -> str:
        """The name as the Edit menu and messages show it, in the window's language."""
        values = {k: v.shown() if isinstance(v, Word) else v for k, v in self.values.items()}
        return QCoreApplication.translate(EDITS, self.template).format(**values)


def named(template: str, /, **values: object) -> EditName:
    """An edit's name: `named(QT_TRANSLATE_NOOP("Edits", "Edit {reference}"), reference=…)`;
    a value that is itself translated goes in as a `Word`."""
    return EditName(template, values)


@dataclass(frozen=True, slots=True)
class Edit(Generic[R_co]):
    """A service call bound to its arguments, waiting for the session; its name, in English
    for the workspace's history (`text`) and in the window's language for the Edit menu
    (`shown`).

    Build one with `edit`, which checks the arguments against the service's signature.
    """

    text: str
    call: Callable[[Any], R_co]
    shown: str


def edit(
    name: str | EditName,
    use_case: Callable[Concatenate[Any, P], R],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> Edit[R]:
    """The edit `name` that calls `use_case(session, *args, **kwargs)`. A plain name is
    marked `QT_TRANSLATE_NOOP("Edits", …)`; one with values is built by `named`."""
    if isinstance(name, str):
        name = EditName(name, {})
    return Edit(name.english(), partial(_call, use_case, args, kwargs), name.shown())


def _call(
    use_case: Callable[..., R], args: tuple[Any, ...], kwargs: dict[str, Any], session: Any
) -> R:
    return use_case(session, *args, **kwargs)


UNDO_TEXTS = (QT_TRANSLATE_NOOP("Undo", "&Undo"), QT_TRANSLATE_NOOP("Undo", "&Undo {step}"))
REDO_TEXTS = (QT_TRANSLATE_NOOP("Undo", "&Redo"), QT_TRANSLATE_NOOP("Undo", "&Redo {step}"))


def undo_action(source: QUndoGroup | QUndoStack, parent: QObject, *, redo: bool) -> QAction:
    """The Undo (Redo) action of `source`, named in the window's language: "&Undo Add
    decision", "&Rückgängig: Entscheidung hinzufügen"."""
    action = source.createRedoAction(parent) if redo else source.createUndoAction(parent)
    namer = _StepName(action, REDO_TEXTS if redo else UNDO_TEXTS)
    # Connected after Qt's own handler (which writes "Undo …" in English): it has the last
    # word. The namer is the action's child, so the connection goes with the action; a stack
    # that outlives it (the workspace-wide one, a dialog's Undo) may still call it while the
    # action is being deleted.
    (source.redoTextChanged if redo else source.undoTextChanged).connect(namer.name)
    namer.name(source.redoText() if redo else source.undoText())
    return action


class _StepName(QObject):
    """Names an undo or redo action after the step it takes, in the window's language."""

    def __init__(self, action: QAction, texts: tuple[str, str]) -> None:
        super().__init__(action)
        self._action = action
        self._alone, self._with_step = texts

    @Slot(str)
    def name(self, step: str) -> None:
        """Show `step` ('' for none) in the action's text."""
        if not shiboken6.isValid(self._action):
            return  # a window being torn down: its stacks say goodbye after its actions went
        text = QCoreApplication.translate("Undo", self._with_step if step else self._alone)
        self._action.setText(text.format(step=step))


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
        self, editor: Editor, project_id: int | None, made: Edit[object], changes: ChangeSet
    ) -> None:
        # text() is the English name the history records; actionText() the Edit menu's.
        super().__init__(f"{made.text}\n{made.shown}")
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
    """Emitted with the edit's name (in the window's language) and the CpmError when it was
    refused."""

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
        # The edit and the views' refresh build thousands of rows' objects on a large plan, no
        # cycles among them: the cyclic collector scans them once the window has repainted,
        # not every few hundred objects while the user waits for it.
        with paused_until_idle():
            try:
                result, changes = self.workspace.run_recorded(edit.call)
            except CpmError as exc:
                self.sig_failed.emit(edit.shown, exc)
                return REFUSED
            if changes:
                command = RecordedEdit(self, project_id, edit, changes)
                self.stack(project_id).push(command)
                self.sig_changed.emit(command.event)
        return result

    def replay(
        self,
        command: RecordedEdit,
        step: Callable[[Any, ChangeSet, int | None, str], None],
    ) -> None:
        """Undo or redo `command`; if the workspace moved on, say so and drop the history."""
        with paused_until_idle():  # as in run()
            try:
                self.workspace.run(step, command.changes, command.project_id, command.text())
            except CpmError as exc:
                self.sig_failed.emit(command.actionText(), exc)
                # Clearing inside undo()/redo() would delete the running command: wait a turn.
                QTimer.singleShot(0, self.stack(command.project_id).clear)
                return
            self.sig_changed.emit(command.event)
