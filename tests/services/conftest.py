"""Fixtures of the service tests: one client project on a Monday–Friday calendar."""

from __future__ import annotations

import pytest

from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds, add_tasks, make_project


@pytest.fixture
def project(workspace: Workspace) -> ProjectIds:
    """A committed client 'Acme Logistics' with project ACME-01 starting on a Monday."""
    return make_project(workspace)


@pytest.fixture
def os_user(monkeypatch: pytest.MonkeyPatch) -> str:
    """Pretend the operating-system login is 'pm.alice' (getpass reads these variables)."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, "pm.alice")
    return "pm.alice"


@pytest.fixture
def abc(workspace: Workspace, project: ProjectIds) -> dict[str, int]:
    """Top-level tasks A, B, C of two working days each."""
    return add_tasks(workspace, project.project_id, "A", "B", "C", duration=2)
