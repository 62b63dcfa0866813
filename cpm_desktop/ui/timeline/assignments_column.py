"""AssignmentsColumn: keeps the task table's Resources, Work and Cost cells in step with the
project's assignments, rates and costs.

Work and cost are priced over the whole plan: read only while one of their columns is shown,
so a bar moved on a 10,000-task plan does not wait for them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHeaderView

from cpm_desktop.services.team.editing_ui_support import AssignedName, PlanTeam, plan_team
from cpm_desktop.ui.team.team_text import cost_text, hours_text, resource_names
from cpm_desktop.ui.timeline.task_model import COST, WORK, TaskTreeModel, TeamCells
from cpm_desktop.ui.undo import Editor
from cpm_desktop.workspace import ChangeEvent, RecordKind

# Edits in the project that change the names, or the work and cost, of its tasks.
_NAME_KINDS = (RecordKind.ASSIGNMENT,)
_MONEY_KINDS = (RecordKind.TASK, RecordKind.ASSIGNMENT, RecordKind.PROJECT)
# Edits of the workspace's own records that change names, units or prices in every project.
_WORKSPACE_NAME_KINDS = (RecordKind.RESOURCE,)
_WORKSPACE_MONEY_KINDS = (
    RecordKind.RESOURCE,
    RecordKind.RESOURCE_RATE,
    RecordKind.ROLE,
    RecordKind.EXCHANGE_RATE,
)


def team_cells(team: PlanTeam) -> dict[int, TeamCells]:
    """Each task's Resources, Work and Cost texts; Work and Cost blank where zero or not read
    (summaries roll their tasks up)."""
    by_task: dict[int, list[AssignedName]] = {}
    for row in team.names:
        by_task.setdefault(row.task_id, []).append(row)
    units_of = {row.resource_id: row.unit for row in team.names}
    cells = {task_id: (resource_names(rows, units_of), "", "") for task_id, rows in by_task.items()}
    costs = team.costs
    if costs is None:
        return cells
    for task_id, cost in costs.tasks.items():
        names = cells.get(task_id, ("", "", ""))[0]
        work = hours_text(cost.work_hours) if cost.work_hours else ""
        money = cost_text(cost.cost, costs.currency) if cost.cost != 0 else ""
        cells[task_id] = (names, work, money)
    return cells


class AssignmentsColumn(QObject):
    """Fills the model's team cells for the project `project()` names, after it is shown and
    after each edit that changes them (several in one event-loop turn read once). With a
    `header`, work and cost are read only while its Work or Cost column shows."""

    def __init__(
        self,
        model: TaskTreeModel,
        editor: Editor,
        project: Callable[[], int | None],
        parent: QObject | None = None,
        header: QHeaderView | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._editor = editor
        self._project = project
        self._header = header
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        model.modelReset.connect(self._timer.start)
        editor.sig_changed.connect(self._on_changed)
        if header is not None:
            header.sectionResized.connect(self._on_section_resized)

    def costs_shown(self) -> bool:
        """Tell whether the Work or Cost column is on screen (always, without a header)."""
        header = self._header
        return header is None or not (header.isSectionHidden(WORK) and header.isSectionHidden(COST))

    def refresh(self) -> None:
        """Read the project's assignments (and costs, if shown) again and show them."""
        self._timer.stop()
        project_id = self._project()
        if project_id is None:
            self._model.set_team({})
            return
        team = self._editor.workspace.run(plan_team, project_id, with_costs=self.costs_shown())
        self._model.set_team(team_cells(team))

    def _on_changed(self, event: ChangeEvent) -> None:
        project_id = self._project()
        if project_id is None:
            return
        ours = event.concerns(project_id)
        names = (ours and event.touches(*_NAME_KINDS)) or event.touches(*_WORKSPACE_NAME_KINDS)
        money = (ours and event.touches(*_MONEY_KINDS)) or event.touches(*_WORKSPACE_MONEY_KINDS)
        if names or (money and self.costs_shown()):
            self._timer.start()

    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        # Hiding or showing a section resizes it from or to nothing.
        if column in (WORK, COST) and (old == 0) != (new == 0):
            self._timer.start()
