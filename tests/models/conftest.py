"""Fixtures of the model tests: each test gets a copy of one freshly migrated workspace."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpm_desktop.workspace import Workspace, create_workspace, open_workspace


@pytest.fixture(scope="session")
def _migrated_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty workspace made once by create_workspace (every migration run), then closed."""
    path = tmp_path_factory.mktemp("template") / "empty.cpm"
    create_workspace(path).close()
    return path


@pytest.fixture
def workspace(_migrated_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A new, empty workspace (a copy of the migrated template, so the checks under test are
    the ones the migrations create), closed after the test."""
    path = tmp_path / "test.cpm"
    shutil.copyfile(_migrated_file, path)
    with open_workspace(path, backup=False) as ws:
        yield ws
