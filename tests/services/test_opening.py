"""Opening for use: an upgraded file gets the scheduled fields the new schema added."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from cpm_desktop.models import Task
from cpm_desktop.services.opening import open_for_use
from cpm_desktop.services.plan.timeline import timeline

FIXTURE_0001 = Path(__file__).resolve().parents[1] / "fixtures" / "workspace-0001.cpm"


def test_upgraded_workspace_is_rescheduled(tmp_path: Path) -> None:
    """After 0001 → head, every task has its scheduled dates, and the Timeline its total
    slack and the critical path (from the engine: never stored)."""
    path = tmp_path / "old.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    with open_for_use(path) as workspace:
        assert workspace.upgraded_from == "0001"
        with workspace.transaction() as s:
            stored = s.scalars(select(Task)).all()
            project_id = stored[0].project_id
        shown = workspace.run(timeline, project_id).tasks
    assert all(task.start is not None and task.finish is not None for task in stored)
    assert all(task.total_slack is not None for task in shown)
    assert any(task.is_critical for task in shown)


def test_current_workspace_is_not_marked_upgraded(tmp_path: Path) -> None:
    """A file already at head opens without an upgrade (and without a reschedule pass)."""
    path = tmp_path / "old.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    open_for_use(path).close()
    with open_for_use(path) as workspace:
        assert workspace.upgraded_from is None
