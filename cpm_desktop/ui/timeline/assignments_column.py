"""AssignmentsColumn: keeps the task table's Resources, Work and Cost cells in step with the
project's assignments, rates and costs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from cpm_desktop.services.team.assignments import AssignmentRow, project_assignments
from cpm_desktop.services.team.costs import ProjectCosts, project_costs
from cpm_desktop.services.team.views import resources
from cpm_desktop.ui.team.team_text import cost_text, hours_text, resource_names
from cpm_desktop.ui.timeline.task_model import TaskTreeModel, TeamCells
from cpm_desktop.ui.undo import Editor
from cpm_desktop.workspace import ChangeEvent, RecordKind

# Edits in the project that change who works on a task, its work or its cost.
_PROJECT_KINDS = (RecordKind.TASK, RecordKind.ASSIGNMENT, RecordKind.PROJECT)
# Edits of the workspace's own records that change names, units or prices in every project.
_WORKSPACE_KINDS = (
    RecordKind.RESOURCE,
    RecordKind.RESOURCE_RATE,
    RecordKind.ROLE,
    RecordKind.EXCHANGE_RATE,
)

Team = tuple[tuple[AssignmentRow, ...], ProjectCosts, dict[int, str]]


def team_cells(team: Team) -> dict[int, TeamCells]:
    """Each task's Resources, Work and Cost texts: every task of a project whose plan has
    assignments or fixed costs (summaries roll up); none otherwise, so an unstaffed plan
    shows no column of zeros."""
    rows, costs, units_of = team
    if not costs.has_planned_costs:
        return {}
    by_task: dict[int, list[AssignmentRow]] = {}
    for row in rows:
        by_task.setdefault(row.task_id, []).append(row)
    cells: dict[int, TeamCells] = {}
    for task_id, cost in costs.tasks.items():
        names = resource_names(by_task.get(task_id, ()), units_of)
        work = hours_text(cost.work_hours) if cost.work_hours else ""
        money = cost_text(cost.cost, costs.currency) if cost.cost != 0 else ""
        cells[task_id] = (names, work, money)
    return cells


def read_team(session: Any, project_id: int) -> Team:
    """What the cells are made of, read in one transaction."""
    units_of = {r.id: r.material_unit for r in resources(session)}
    return project_assignments(session, project_id), project_costs(session, project_id), units_of


class AssignmentsColumn(QObject):
    """Fills the model's team cells for the project `project()` names, after it is shown and
    after each edit that changes them (several in one event-loop turn read once)."""

    def __init__(
        self,
        model: TaskTreeModel,
        editor: Editor,
        project: Callable[[], int | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._editor = editor
        self._project = project
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        model.modelReset.connect(self._timer.start)
        editor.sig_changed.connect(self._on_changed)

    def refresh(self) -> None:
        """Read the project's assignments and costs again and show them."""
        self._timer.stop()
        project_id = self._project()
        if project_id is None:
            self._model.set_team({})
            return
        team = self._editor.workspace.run(read_team, project_id)
        self._model.set_team(team_cells(team))

    def _on_changed(self, event: ChangeEvent) -> None:
        project_id = self._project()
        if project_id is None:
            return
        if (event.concerns(project_id) and event.touches(*_PROJECT_KINDS)) or event.touches(
            *_WORKSPACE_KINDS
        ):
            self._timer.start()
