"""File > Import… and File > Export from the main window."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpm_desktop.interchange.mspdi_read import read_mspdi
from cpm_desktop.services.portfolio.views import project_summary
from cpm_desktop.ui.interchange import actions
from cpm_desktop.ui.main_window import MainWindow
from tests.cli.test_import_cli import GOOD


class _ShownReports:
    """Stands in for the report dialog: records what it would show."""

    shown: list[list[str]] = []

    def __init__(self, result, parent=None) -> None:
        self._lines = result.lines()

    def exec(self) -> int:
        _ShownReports.shown.append(self._lines)
        return 0


@pytest.fixture
def window(window: MainWindow, monkeypatch) -> MainWindow:
    """The demo's main window, with the import report dialog recorded, not shown."""
    _ShownReports.shown = []
    monkeypatch.setattr(actions, "ImportReportDialog", _ShownReports)
    return window


def test_import_shows_the_report_and_selects_the_new_project(window, tmp_path: Path) -> None:
    """After an import the report is shown and the navigator shows the new project."""
    source = tmp_path / "pilot.xml"
    source.write_bytes(GOOD)
    assert window.files.import_path(source)
    assert _ShownReports.shown[0][0].startswith("Imported MS Project XML plan as project PILOT")
    assert window.header.project_code() == "PILOT"
    assert window.timeline.view.model.rowCount() == 2


def test_a_bad_file_is_a_message_and_nothing_changes(window, tmp_path: Path, monkeypatch) -> None:
    """A damaged file shows one message; no report, no new project."""
    shown: list[BaseException] = []
    monkeypatch.setattr(actions, "show_error", lambda _p, _t, exc: shown.append(exc))
    source = tmp_path / "broken.xml"
    source.write_bytes(GOOD[:200])
    clients_before = window.navigator_model.rowCount()
    assert not window.files.import_path(source)
    assert "not well-formed" in str(shown[0])
    assert _ShownReports.shown == []
    assert window.navigator_model.rowCount() == clients_before


def test_export_writes_ms_project_xml_of_the_selected_project(window, tmp_path: Path) -> None:
    """Export writes a file that reads back with the project's tasks."""
    target = tmp_path / "out.xml"
    assert actions.export_mspdi(window, window.workspace, window._project_id, target)
    plan = read_mspdi(target.read_bytes(), target.name)
    assert plan.name == "Warehouse management system rollout"
    assert len(plan.tasks) == window.workspace.run(project_summary, window._project_id).task_count
