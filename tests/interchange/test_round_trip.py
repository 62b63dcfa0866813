"""Import → export to MS Project XML → import again keeps tasks, links, constraints and dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpm_desktop.interchange.formats import read_plan_file
from cpm_desktop.interchange.mspdi_read import read_mspdi
from cpm_desktop.interchange.mspdi_write import write_mspdi
from cpm_desktop.services.interchange.exporting import project_plan
from cpm_desktop.services.interchange.importing import import_plan
from cpm_desktop.services.portfolio import views
from cpm_desktop.workspace import Workspace, create_workspace
from tests.interchange.oracle import TESTDATA

SAMPLES = sorted(
    path for folder in ("mspdi", "gan", "planner") for path in (TESTDATA / folder).glob("*")
)
pytestmark = pytest.mark.skipif(
    not SAMPLES, reason=f"the shared test files are not beside the clone ({TESTDATA})"
)


def _outline(workspace: Workspace, project_id: int) -> list[tuple[object, ...]]:
    plan = workspace.run(project_plan, project_id)
    wbs = {row.id: row.wbs for row in workspace.run(views.task_rows, project_id)}
    tasks = [
        (
            wbs[int(t.key)],
            t.name,
            t.duration,
            t.is_milestone,
            t.constraint_type,
            t.constraint_date,
            t.percent_complete,
            t.actual_start,
            t.actual_finish,
            t.start,
            t.finish,
        )
        for t in plan.tasks
    ]
    links = sorted(
        (wbs[int(link.predecessor_key)], wbs[int(link.successor_key)], link.type, link.lag)
        for link in plan.links
    )
    return [*tasks, *links]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_round_trip_through_ms_project_xml(path: Path, tmp_path: Path) -> None:
    """Every sample survives being written as MS Project XML and read back."""
    with create_workspace(tmp_path / "trip.cpm") as workspace:
        first = workspace.run(import_plan, read_plan_file(path))
        exported = write_mspdi(workspace.run(project_plan, first.project_id))
        again = workspace.run(import_plan, read_mspdi(exported, f"{path.stem}.xml"))
        assert again.notes.dropped == []
        assert _outline(workspace, again.project_id) == _outline(workspace, first.project_id)
