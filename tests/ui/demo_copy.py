"""The demo workspace built once per test module; each test opens its own copy of the file.

Building the demo takes seconds; copying it takes milliseconds, and every test still gets a
workspace of its own to change.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cpm_desktop.demo.create import create_demo_workspace
from cpm_desktop.workspace import Workspace, open_workspace


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace file, built once for the module; open copies, never this one."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.cpm"
    create_demo_workspace(path).close()
    return path


def demo_copy(template: Path, folder: Path, name: str = "demo.cpm") -> Workspace:
    """Open a fresh copy of the demo at `folder / name`."""
    copy = folder / name
    shutil.copy(template, copy)
    return open_workspace(copy, backup=False)
