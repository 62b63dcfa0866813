"""Fixtures of the service tests: one client project on a Monday–Friday calendar."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpm_desktop.workspace import Workspace, create_workspace, open_workspace
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


@pytest.fixture(scope="session")
def _empty_workspace_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One workspace made by create_workspace (running every migration), then closed."""
    path = tmp_path_factory.mktemp("template") / "empty.cpm"
    create_workspace(path).close()
    return path


@pytest.fixture
def workspace(_empty_workspace_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A new, empty workspace in tmp_path, closed after the test.

    Overrides tests/conftest.py's fixture of the same name for speed: copying a freshly
    created file and opening it skips re-running the migrations for each of the hundreds of
    service tests. tests/workspace/ covers create_workspace itself.
    """
    path = tmp_path / "test.cpm"
    shutil.copyfile(_empty_workspace_file, path)
    ws = open_workspace(path, backup=False)
    yield ws
    ws.close()
