"""TaskCommands: the Timeline's task commands (insert, delete, move, baseline, details).

Each asks what it must and runs one undoable edit through the tab; the tab keeps what is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from cpm_desktop.errors import CpmError
from cpm_desktop.services.plan.baselines import list_baselines, save_baseline
from cpm_desktop.services.plan.tasks import ChildFate, add_task, delete_task, edit_task, move_task
from cpm_desktop.services.portfolio.views import task_detail
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.timeline.task_dialog import TaskDialog
from cpm_desktop.ui.timeline.task_model import NAME
from cpm_desktop.ui.undo import REFUSED, edit

if TYPE_CHECKING:  # the tab creates its commands: only its type is needed here
    from cpm_desktop.ui.timeline.tab import TimelineTab


class TaskCommands:
    """The commands of the task actions, acting on the task selected in `tab`."""

    def __init__(self, tab: TimelineTab) -> None:
        self._tab = tab

    def run_on_current(self, verb: str, use_case: Callable[[Any, int], object]) -> None:
        """Run `use_case` on the selected task as one edit named '<verb> <task name>'."""
        tab = self._tab
        task = tab.current_task()
        if task is not None:
            tab.run_edit(edit(f"{verb} {task.name!r}", use_case, task.id))

    def insert_task(self) -> None:
        """Insert 'New task' above the selected one (at the end with none) and edit its name."""
        tab = self._tab
        if tab.project_id is None:
            return
        task = tab.current_task()
        parent_id, position = None, None  # at the end of the plan
        if task is not None:
            parent_id, position = task.parent_id, tab.model.siblings_of(task.id).index(task.id)
        added = tab.run_edit(
            edit(
                "Insert task",
                add_task,
                tab.project_id,
                "New task",
                parent_id=parent_id,
                position=position,
            )
        )
        if added is not REFUSED:
            tab.select_task(added.id)
            tab.table.edit(tab.model.index_of(added.id, NAME))

    def delete_task(self) -> None:
        """Delete the selected task; for a summary, ask what becomes of its tasks."""
        tab = self._tab
        task = tab.current_task()
        if task is None:
            return
        fate: ChildFate | None = None
        if task.is_summary:
            box = QMessageBox(tab)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle("Delete summary task")
            box.setText(f"{task.name!r} is a summary task. What should happen to its tasks?")
            delete_all = box.addButton("Delete them too", QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton("Keep them", QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is delete_all:
                fate = ChildFate.DELETE
            elif box.clickedButton() is keep:
                fate = ChildFate.PROMOTE
            else:
                return
        below = tab.model.task(tab.table.indexBelow(tab.model.index_of(task.id)))
        deleted = tab.run_edit(edit(f"Delete {task.name!r}", delete_task, task.id, fate))
        if deleted is not REFUSED and below is not None:
            tab.select_task(below.id)

    def move_current(self, step: int) -> None:
        """Move the selected task up (-1) or down (+1) among its siblings."""
        tab = self._tab
        task = tab.current_task()
        if task is None:
            return
        position = tab.model.siblings_of(task.id).index(task.id) + step
        if position < 0 or position >= len(tab.model.siblings_of(task.id)):
            return
        verb = "up" if step < 0 else "down"
        tab.run_edit(
            edit(
                f"Move {task.name!r} {verb}",
                move_task,
                task.id,
                parent_id=task.parent_id,
                position=position,
            )
        )
        tab.select_task(task.id)

    def save_baseline(self) -> None:
        """Save baseline 0, asking first when it would replace one."""
        tab = self._tab
        if tab.project_id is None:
            return
        saved = [
            b for b in tab.editor.workspace.run(list_baselines, tab.project_id) if b.number == 0
        ]
        if saved:
            answer = QMessageBox.question(
                tab,
                "Save baseline",
                f"Baseline 0 was saved on {saved[0].saved_at:%Y-%m-%d %H:%M} by "
                f"{saved[0].saved_by}. Replace it with today's plan?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        tab.run_edit(edit("Save baseline", save_baseline, tab.project_id, 0, overwrite=bool(saved)))

    def open_details(self) -> None:
        """Open the task dialog for the selected task."""
        tab = self._tab
        task_id = tab.current_task_id()
        if task_id is not None:
            self.open_details_of(task_id)

    def open_details_of(self, task_id: int) -> None:
        """Select a task and edit it in the task dialog."""
        tab = self._tab
        tab.select_task(task_id)
        try:
            detail = tab.editor.workspace.run(task_detail, task_id)
        except CpmError as exc:
            show_error(tab, "Task details", exc)
            return
        dialog = TaskDialog(detail, tab)
        if dialog.exec() and dialog.changes():
            tab.run_edit(edit(f"Edit {detail.name!r}", edit_task, task_id, **dialog.changes()))
