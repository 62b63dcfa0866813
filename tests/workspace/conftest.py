"""Fixtures of the workspace tests: a closed workspace file holding a little data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cpm_desktop.services.plan import dependencies, tasks
from cpm_desktop.services.portfolio import clients, projects
from cpm_desktop.workspace import Workspace, create_workspace
from tests import templates


def _a_little_data(path: Path) -> Workspace:
    """A new workspace at `path` with a client, a project and two linked tasks, open."""
    ws = create_workspace(path)
    with ws.transaction() as s:
        client = clients.create_client(s, "Acme Logistics")
        project = projects.create_project(
            s,
            projects.NewProject(
                client_id=client.id, code="ACME-01", name="Roll-out", start_date=dt.date(2026, 9, 7)
            ),
        )
        a = tasks.add_task(s, project.id, "Survey", duration=3)
        b = tasks.add_task(s, project.id, "Install", duration=2)
        dependencies.add_dependency(s, a.id, b.id)
    return ws


@pytest.fixture
def saved(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path, _templates_unchanged: None
) -> Path:
    """A closed workspace with a client, a project, two linked tasks (and their audit rows):
    the test's own copy of a file built once per session."""
    built = templates.template(tmp_path_factory, "saved.cpm", _a_little_data)
    return templates.copy_of(built, tmp_path / "saved.cpm")
