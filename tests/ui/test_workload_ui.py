"""The Workload page on the demo: people × weeks with the over-allocated weeks in red, the
project-only or all-projects load, and Level Resources / Clear Levelling as undoable edits;
the Timeline's over-allocation marks; utilisation on the Overview and in the portfolio."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.portfolio.kpis import kpi_report
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.workload.levelling import apply_levelling, level_preview
from cpm_desktop.services.workload.views import (
    Utilisation,
    over_allocated_tasks,
    project_utilisation,
)
from cpm_desktop.ui.gantt.chart import GanttChart
from cpm_desktop.ui.overview.portfolio_model import UTILISATION, PortfolioTableModel
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.timeline.task_model import NAME, TaskTreeModel
from cpm_desktop.ui.undo import Editor, edit
from cpm_desktop.ui.workload import page as page_module
from cpm_desktop.ui.workload.levelling_dialog import LevellingDialog
from cpm_desktop.ui.workload.levelling_model import MovesModel
from cpm_desktop.ui.workload.marks import OVER_ALLOCATED_TIP, OverAllocationMarks
from cpm_desktop.ui.workload.page import ALL_PROJECTS, WorkloadPage
from cpm_desktop.ui.workload.usage_model import FIRST_WEEK, OVER_ROLE, TEAM
from cpm_desktop.ui.workload.utilisation_text import utilisation_tile
from cpm_desktop.workspace import Workspace
from tests.services.returned_workbook import open_copy

OVER_ALLOCATED = "Lukas Brandt"  # the demo's clash over New Year


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A private copy of the demo, open."""
    workspace = open_copy(demo_template, tmp_path)
    yield workspace
    workspace.close()


@pytest.fixture
def page(qtbot, demo: Workspace) -> WorkloadPage:
    """The page on the demo's warehouse project, on screen."""
    shown = WorkloadPage(Editor(demo))
    qtbot.addWidget(shown)
    shown.resize(1280, 700)
    shown.show()
    shown.show_project(demo.run(find_project_id, DEMO_PROJECT_CODE))
    return shown


def _over_weeks(page: WorkloadPage, name: str) -> list[int]:
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.rows[r].name == name)
    return [
        c
        for c in range(FIRST_WEEK, model.columnCount())
        if model.data(model.index(row, c), OVER_ROLE)
    ]


def test_the_grid_marks_the_over_allocated_weeks(page: WorkloadPage, qtmodeltester) -> None:
    """The demo's clash shows in red on its person's row and the team's; the summary names it."""
    qtmodeltester.check(page.model)
    model = page.model
    assert model.rows[-1].name == TEAM
    weeks = _over_weeks(page, OVER_ALLOCATED)
    assert weeks
    cell = model.index(
        next(r for r, row in enumerate(model.rows) if row.name == OVER_ALLOCATED), weeks[0]
    )
    assert model.data(cell).endswith("%")
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) == QColor(colors().rag_red)
    assert _over_weeks(page, TEAM) == weeks
    assert OVER_ALLOCATED in page.summary.text()
    assert model.columnCount() == FIRST_WEEK + page.weeks.value()


def test_all_projects_adds_no_one_fewer(page: WorkloadPage) -> None:
    """The all-projects load lists everyone the project's load lists, and more weeks of work."""
    mine = [row.name for row in page.model.rows]
    page.scope.setCurrentText(ALL_PROJECTS)
    assert set(mine) <= {row.name for row in page.model.rows}
    page.weeks.setValue(8)
    assert page.model.columnCount() == FIRST_WEEK + 8


def test_level_resources_applies_as_one_undoable_edit(
    page: WorkloadPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """OK in the preview levels the clash away; Undo brings it back; Clear Levelling too."""
    seen: list[LevellingDialog] = []

    def accept(dialog: LevellingDialog) -> int:
        seen.append(dialog)
        return 1

    monkeypatch.setattr(page_module, "run_modal", accept)
    assert not page.clear_action.isEnabled()
    page.level_action.trigger()
    assert seen[0].model.rowCount() >= 1
    assert seen[0].apply_button.isEnabled()
    assert _over_weeks(page, OVER_ALLOCATED) == []
    assert page.clear_action.isEnabled()
    stack = page.editor.stack(page.project_id)
    assert stack.undoText().startswith("Level resources")
    stack.undo()
    assert _over_weeks(page, OVER_ALLOCATED)
    stack.redo()
    page.clear_action.trigger()
    assert stack.undoText() == "Clear levelling"
    assert _over_weeks(page, OVER_ALLOCATED)
    assert not page.clear_action.isEnabled()


def test_the_preview_lists_each_move(page: WorkloadPage, demo: Workspace, qtmodeltester) -> None:
    """One row per task moved, saying by how much and which over-allocation it resolves."""
    plan = demo.run(level_preview, page.project_id)
    dialog = LevellingDialog(plan, page)
    model = dialog.model
    qtmodeltester.check(model)
    assert isinstance(model, MovesModel)
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert texts[0] == plan.moves[0].wbs
    assert "→" in texts[2]
    assert OVER_ALLOCATED in texts[-1]
    assert dialog.apply_button.text().startswith("Level (")
    dialog.deleteLater()


def test_the_timeline_marks_over_allocated_tasks(qtbot, demo: Workspace) -> None:
    """The tasks of the clash carry the warning by their name and on their bar, until the
    project is levelled."""
    editor = Editor(demo)
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    model = TaskTreeModel()
    model.set_tasks(demo.run(timeline, project_id).tasks)
    chart = GanttChart()
    qtbot.addWidget(chart)
    marks = OverAllocationMarks(editor, lambda: project_id, (model, chart))
    marks.refresh()
    marked = demo.run(over_allocated_tasks, project_id)
    assert marked
    task_id = next(iter(marked))
    name = model.index_of(task_id, NAME)
    assert model.data(name, Qt.ItemDataRole.DecorationRole) is not None
    assert OVER_ALLOCATED_TIP in model.data(name, Qt.ItemDataRole.ToolTipRole)
    assert chart.over_allocated == marked
    editor.run(project_id, edit("Level", apply_levelling, project_id))
    qtbot.waitUntil(lambda: chart.over_allocated == frozenset())
    assert model.data(name, Qt.ItemDataRole.DecorationRole) is None


def test_utilisation_reads_as_a_tile_and_a_portfolio_cell(demo: Workspace) -> None:
    """The Overview's tile and the portfolio's column say the same percentage; a team that
    booked nothing reads "–" with the reason."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    used = demo.run(project_utilisation, project_id)
    tile = utilisation_tile(used)
    assert tile.value == f"{used.percent:.0f} %"
    assert "billable" in tile.detail
    idle = Utilisation(used.start, used.end, used.people, booked=False)
    assert (utilisation_tile(idle).value, utilisation_tile(idle).detail) == (
        "–",
        "no hours booked yet",
    )
    report = demo.run(kpi_report, client=None)
    model = PortfolioTableModel()
    model.show_projects(report.projects, {}, {project_id: used})
    row = next(r for r, p in enumerate(report.projects) if p.project_id == project_id)
    assert model.headerData(UTILISATION, Qt.Orientation.Horizontal) == "Utilisation"
    assert model.data(model.index(row, UTILISATION)) == tile.value
