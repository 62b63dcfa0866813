"""Failures of the workspace file itself (a full disk, damaged pages) reach a service call as
typed errors, and the transaction that met them is rolled back whole.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from cpm_desktop.errors import DamagedWorkspaceError, WorkspaceWriteError
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.portfolio import views
from cpm_desktop.workspace import check_workspace, open_workspace
from cpm_desktop.workspace.backups import write_rotating_backup
from tests.disk_full import file_size_limit
from tests.file_safety import demo_master as shared_demo_master
from tests.services.support import snapshot
from tests.workspace.damage import damage_table

LONGEST_NOTES = 20_000  # what a task's notes may hold


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio, built once per session; each test works on its own copy."""
    return shared_demo_master(tmp_path_factory)


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Path:
    """A closed copy of the demo workspace."""
    path = tmp_path / "plan.cpm"
    shutil.copyfile(demo_master, path)
    return path


def add_tasks_with_long_notes(session: Session, code: str, count: int) -> None:
    """Add `count` tasks to project `code`, each with the longest notes a task may have."""
    project_id = views.find_project_id(session, code)
    assert project_id is not None
    for n in range(count):
        tasks.add_task(session, project_id, f"Site survey {n}", notes="n" * LONGEST_NOTES)


def test_a_full_disk_during_an_edit_is_a_write_error_and_loses_nothing(plan: Path) -> None:
    """An edit that meets a full disk raises WorkspaceWriteError; every row is as it was."""
    with open_workspace(plan) as workspace:  # its backup is written before the disk fills
        before = snapshot(workspace)
        # Room for the file as it is, not for ~800 kB more of notes in its WAL.
        with (
            file_size_limit(plan.stat().st_size + 8192),
            pytest.raises(WorkspaceWriteError, match="This change was not saved"),
        ):
            workspace.run(add_tasks_with_long_notes, "NHL-WMS", 40)
        assert snapshot(workspace) == before
    assert check_workspace(plan).ok
    with open_workspace(plan, backup=False) as reopened:
        assert snapshot(reopened) == before
        # The disk has room again: the same edit now goes through.
        reopened.run(add_tasks_with_long_notes, "NHL-WMS", 2)


def test_a_damaged_page_met_in_a_transaction_names_the_newest_good_backup(plan: Path) -> None:
    """Reading a damaged table inside Workspace.run raises DamagedWorkspaceError, not SQLite's."""
    good = write_rotating_backup(plan, now=dt.datetime(2026, 9, 1, 9, 30))
    damage_table(plan, "task")
    # Without a backup on open nothing checks the file first: the damage is met mid-use.
    with open_workspace(plan, backup=False) as workspace:
        project_id = workspace.run(views.find_project_id, "NHL-WMS")
        assert project_id is not None
        with pytest.raises(DamagedWorkspaceError, match="is damaged") as caught:
            workspace.run(views.task_rows, project_id)
    assert caught.value.good_backup == good
    assert good.name in str(caught.value)
