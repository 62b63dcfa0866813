"""TaskCommands: the Timeline's edits (cells, bars, insert, delete, move, baseline, details).

The edit half of the Timeline's controller: each command asks what it must, runs one undoable
edit through the Editor and selects what the user would expect. What is shown is re-read by
the controller when the Editor announces the change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from cpm_desktop.errors import CpmError
from cpm_desktop.services.plan.baselines import list_baselines, save_baseline
from cpm_desktop.services.plan.dependencies import add_dependency
from cpm_desktop.services.plan.task_dates import move_task_start, set_task_finish
from cpm_desktop.services.plan.tasks import (
    ChildFate,
    add_task,
    delete_task,
    edit_task,
    indent_task,
    move_task,
    outdent_task,
)
from cpm_desktop.services.portfolio.views import task_detail
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.timeline.actions import TimelineActions
from cpm_desktop.ui.timeline.cell_edits import cell_edit
from cpm_desktop.ui.timeline.view import TimelineView
from cpm_desktop.ui.undo import REFUSED, Edit, Editor, R, Refused, edit, named

# The names of the edits on a task, in the Edit menu and the workspace's history.
INDENT = QT_TRANSLATE_NOOP("Edits", "Indent {name!r}")
OUTDENT = QT_TRANSLATE_NOOP("Edits", "Outdent {name!r}")
DELETE = QT_TRANSLATE_NOOP("Edits", "Delete {name!r}")
EDIT = QT_TRANSLATE_NOOP("Edits", "Edit {name!r}")
MOVE_UP = QT_TRANSLATE_NOOP("Edits", "Move {name!r} up")
MOVE_DOWN = QT_TRANSLATE_NOOP("Edits", "Move {name!r} down")
MOVE_TO = QT_TRANSLATE_NOOP("Edits", "Move {name!r} to {day}")
FINISH_ON = QT_TRANSLATE_NOOP("Edits", "Make {name!r} finish on {day}")


class TaskCommands:
    """Runs the Timeline's edits on the project `project()` names, from `view`'s selection."""

    def __init__(
        self,
        view: TimelineView,
        editor: Editor,
        actions: TimelineActions,
        project: Callable[[], int | None],
    ) -> None:
        self._view = view
        self._editor = editor
        self._project = project
        view.model.sig_edit_requested.connect(self._on_cell_edit)
        view.chart.sig_task_activated.connect(self.open_details_of)
        view.chart.sig_move_requested.connect(self._on_bar_moved)
        view.chart.sig_finish_requested.connect(self._on_bar_stretched)
        view.chart.sig_link_requested.connect(self._on_bars_linked)
        a = actions
        a.insert_task.triggered.connect(self.insert_task)
        a.delete_task.triggered.connect(self.delete_task)
        a.task_details.triggered.connect(self.open_details)
        a.indent.triggered.connect(lambda: self.run_on_current(INDENT, indent_task))
        a.outdent.triggered.connect(lambda: self.run_on_current(OUTDENT, outdent_task))
        a.move_up.triggered.connect(lambda: self.move_current(-1))
        a.move_down.triggered.connect(lambda: self.move_current(+1))
        a.save_baseline.triggered.connect(self.save_baseline)
        a.bar_earlier.triggered.connect(lambda: self.nudge_current(-1))
        a.bar_later.triggered.connect(lambda: self.nudge_current(+1))

    def run_edit(self, step: Edit[R]) -> R | Refused:
        """Run `step` as one undoable edit on the project shown: the service's answer.

        REFUSED when the service refused it (the user is told) or no project is shown.
        """
        project_id = self._project()
        if project_id is None:
            return REFUSED
        return self._editor.run(project_id, step)

    def run_on_current(self, template: str, use_case: Callable[[Any, int], object]) -> None:
        """Run `use_case` on the selected task as one edit named by `template` ("Indent
        {name!r}", marked in "Edits")."""
        task = self._view.current_task()
        if task is not None:
            self.run_edit(edit(named(template, name=task.name), use_case, task.id))

    def insert_task(self) -> None:
        """Insert 'New task' above the selected one (at the end with none) and edit its name."""
        view, project_id = self._view, self._project()
        if project_id is None:
            return
        task = view.current_task()
        parent_id, position = None, None  # at the end of the plan
        if task is not None:
            parent_id, position = task.parent_id, view.model.siblings_of(task.id).index(task.id)
        added = self.run_edit(
            edit(
                QT_TRANSLATE_NOOP("Edits", "Insert task"),
                add_task,
                project_id,
                # The name the user is about to type over, in their language.
                QCoreApplication.translate("TaskCommands", "New task"),
                parent_id=parent_id,
                position=position,
            )
        )
        if added is not REFUSED:
            view.select_task(added.id)
            view.edit_name(added.id)

    def delete_task(self) -> None:
        """Delete the selected task; for a summary, ask what becomes of its tasks."""
        view = self._view
        task = view.current_task()
        if task is None:
            return
        fate: ChildFate | None = None
        if task.is_summary:
            box = QMessageBox(view)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(QCoreApplication.translate("TaskCommands", "Delete summary task"))
            box.setText(
                QCoreApplication.translate(
                    "TaskCommands", "'{name}' is a summary task. What should happen to its tasks?"
                ).format(name=task.name)
            )
            delete_all = box.addButton(
                QCoreApplication.translate("TaskCommands", "Delete them too"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            keep = box.addButton(
                QCoreApplication.translate("TaskCommands", "Keep them"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is delete_all:
                fate = ChildFate.DELETE
            elif box.clickedButton() is keep:
                fate = ChildFate.PROMOTE
            else:
                return
        below = view.task_below(task.id)
        deleted = self.run_edit(edit(named(DELETE, name=task.name), delete_task, task.id, fate))
        if deleted is not REFUSED and below is not None:
            view.select_task(below.id)

    def move_current(self, step: int) -> None:
        """Move the selected task up (-1) or down (+1) among its siblings."""
        view = self._view
        task = view.current_task()
        if task is None:
            return
        position = view.model.siblings_of(task.id).index(task.id) + step
        if position < 0 or position >= len(view.model.siblings_of(task.id)):
            return
        self.run_edit(
            edit(
                named(MOVE_UP if step < 0 else MOVE_DOWN, name=task.name),
                move_task,
                task.id,
                parent_id=task.parent_id,
                position=position,
            )
        )
        view.select_task(task.id)

    def save_baseline(self) -> None:
        """Save baseline 0, asking first when it would replace one."""
        project_id = self._project()
        if project_id is None:
            return
        baselines = self._editor.workspace.run(list_baselines, project_id)
        saved = [b for b in baselines if b.number == 0]
        if saved:
            answer = QMessageBox.question(
                self._view,
                QCoreApplication.translate("TaskCommands", "Save baseline"),
                QCoreApplication.translate(
                    "TaskCommands",
                    "Baseline 0 was saved on {when} by {who}. Replace it with today's plan?",
                ).format(when=f"{saved[0].saved_at:%Y-%m-%d %H:%M}", who=saved[0].saved_by),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.run_edit(
            edit(
                QT_TRANSLATE_NOOP("Edits", "Save baseline"),
                save_baseline,
                project_id,
                0,
                overwrite=bool(saved),
            )
        )

    def open_details(self) -> None:
        """Open the task dialog for the selected task."""
        task_id = self._view.current_task_id()
        if task_id is not None:
            self.open_details_of(task_id)

    def open_details_of(self, task_id: int) -> None:
        """Select a task and edit it in the task dialog."""
        view = self._view
        view.select_task(task_id)
        try:
            detail = self._editor.workspace.run(task_detail, task_id)
        except CpmError as exc:
            show_error(view, QCoreApplication.translate("TaskCommands", "Task details"), exc)
            return
        # The dialog and its Resources tab are imported on first use, not with the window.
        from cpm_desktop.ui.timeline.assignments_panel import TaskResourcesPanel
        from cpm_desktop.ui.timeline.task_dialog import TaskDialog

        project_id = self._project()
        team = None if project_id is None else TaskResourcesPanel(self._editor, project_id, task_id)
        dialog = TaskDialog(detail, view, team)
        if dialog.exec() and dialog.changes():
            self.run_edit(
                edit(named(EDIT, name=detail.name), edit_task, task_id, **dialog.changes())
            )

    # -- typing and dragging -------------------------------------------------------------

    def _on_cell_edit(self, task_id: int, column: int, text: str) -> None:
        task = self._view.model.task_by_id(task_id)
        if task is None:
            return
        try:
            step = cell_edit(task, column, text)
        except ValueError as exc:
            message = str(exc)
            # After the editor has closed: a dialog inside commitData would re-enter it.
            title = QCoreApplication.translate("TaskCommands", "Cannot change the task")
            QTimer.singleShot(0, lambda: self._refuse(title, message))
            return
        self.run_edit(step)

    def _refuse(self, title: str, message: str) -> None:
        QMessageBox.warning(self._view, title, message)

    def _on_bar_moved(self, task_id: int, start: dt.date) -> None:
        name = self._name(task_id)
        self.run_edit(
            edit(
                named(MOVE_TO, name=name, day=short_date_text(start)),
                move_task_start,
                task_id,
                start,
            )
        )

    def nudge_current(self, days: int) -> None:
        """Move the selected task's bar `days` days, as a drag would: the same undoable edit,
        the same rules and the same refusal."""
        task = self._view.current_task()
        if task is None or task.start is None or task.is_summary:
            return  # a summary's dates follow its tasks: it cannot be dragged either
        self._on_bar_moved(task.id, task.start + dt.timedelta(days=days))

    def _on_bar_stretched(self, task_id: int, finish: dt.date) -> None:
        name = self._name(task_id)
        self.run_edit(
            edit(
                named(FINISH_ON, name=name, day=short_date_text(finish)),
                set_task_finish,
                task_id,
                finish,
            )
        )

    def _on_bars_linked(self, predecessor_id: int, successor_id: int) -> None:
        link = named(
            QT_TRANSLATE_NOOP("Edits", "Link {first!r} → {second!r}"),
            first=self._name(predecessor_id),
            second=self._name(successor_id),
        )
        self.run_edit(edit(link, add_dependency, predecessor_id, successor_id))

    def _name(self, task_id: int) -> str:
        task = self._view.model.task_by_id(task_id)
        return task.name if task is not None else str(task_id)
