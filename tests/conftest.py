"""Shared fixtures: every test runs offscreen, in a temporary folder, on its own workspace."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cpm_desktop.workspace import Workspace, create_workspace  # noqa: E402

SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"
PROJECT_START = dt.date(2026, 9, 7)  # a Monday


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Keep the app's data dir and QSettings away from the real user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CPM_DESKTOP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A new, empty workspace file, closed after the test."""
    ws = create_workspace(tmp_path / "test.cpm")
    yield ws
    ws.close()
