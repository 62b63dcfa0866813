"""The timesheet service tests work on a private copy of the staffed demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cpm_desktop.workspace import Workspace
from tests.services.timesheets.staffing import Staff, open_staffed, staffed_template


@pytest.fixture
def staffed(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Path, tmp_path: Path
) -> Iterator[tuple[Workspace, Staff]]:
    """The staffed demo (tests/services/timesheets/staffing.py), the test's own copy, open."""
    template, staff = staffed_template(tmp_path_factory, demo_template)
    workspace = open_staffed(template, tmp_path / "staffed.cpm")
    yield workspace, staff
    workspace.close()
