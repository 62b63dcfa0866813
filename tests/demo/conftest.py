"""Fixtures of the demo portfolio's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cpm_desktop.workspace import Workspace
from tests.templates import open_copy_of


@pytest.fixture(scope="module")
def demo(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    shipped_demo_template: Path,
) -> Iterator[Workspace]:
    """A copy of the session's demo workspace as shipped, shared by the module's read-only
    tests."""
    folder = tmp_path_factory.mktemp(request.module.__name__.rpartition(".")[2])
    with open_copy_of(shipped_demo_template, folder / "demo.cpm") as workspace:
        yield workspace
