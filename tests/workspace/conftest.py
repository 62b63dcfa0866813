"""Fixtures of the workspace tests: a closed workspace file holding a little data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cpm_desktop.services.plan import dependencies, tasks
from cpm_desktop.services.portfolio import clients, projects
from cpm_desktop.workspace import create_workspace


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A closed workspace with a client, a project, two linked tasks (and their audit rows)."""
    path = tmp_path / "saved.cpm"
    with create_workspace(path) as ws, ws.transaction() as s:
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
    return path
