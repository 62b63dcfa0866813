"""Fixtures of the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.templates import copy_of


@pytest.fixture(scope="module")
def demo_file(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, demo_template: Path
) -> Path:
    """The demo workspace as `cpm-desktop demo` writes it, one copy for the module's tests
    (they read it; test_cli.py writes its own with the `demo` command)."""
    folder = tmp_path_factory.mktemp(request.module.__name__.rpartition(".")[2])
    return copy_of(demo_template, folder / "demo.cpm")
