"""The main window over a demo workspace: navigator, task table, header, files."""

from __future__ import annotations

from pathlib import Path

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import View
from cpm_desktop.domain.views import GOVERNANCE_PAGES, OVERVIEW_PAGES, TEAM_PAGES
from cpm_desktop.errors import CpmError
from cpm_desktop.ui import file_commands
from cpm_desktop.ui import main_window as main_window_module
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.timeline.task_model import PERCENT, WBS
from cpm_desktop.workspace import create_workspace
from tests.imports import loaded_with
from tests.templates import open_copy_of
from tests.ui.navigator_support import select_other_project


def test_navigator_lists_clients_and_projects(window: MainWindow, qtmodeltester) -> None:
    """ "All clients", then two demo clients with their projects, through Qt's model checks."""
    model = window.navigator_model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "All clients"
    assert model.rowCount(model.index(0, 0)) == 0
    assert all(model.rowCount(model.index(row, 0)) >= 1 for row in (1, 2))
    assert model.portfolio_index(None) == model.index(0, 0)
    assert model.portfolio_index("ALPENMARKT AG") == model.index(1, 0)
    assert not model.portfolio_index("Nobody").isValid()


def test_selected_project_fills_header_and_task_table(window: MainWindow, qtmodeltester) -> None:
    """The demo project opens with its code in the header and its WBS in the table."""
    qtmodeltester.check(window.timeline.view.model)
    assert window.central.currentIndex() == 1
    assert DEMO_PROJECT_CODE in window.header._title.text()
    model = window.timeline.view.model
    assert model.rowCount() == 7  # the seven phases
    first_phase = model.index(0, WBS)
    assert model.rowCount(first_phase) > 0
    assert model.index(0, 0).data() == "1"
    assert model.index(0, PERCENT).data() == "100 %"


def test_selecting_another_project_switches_the_table(window: MainWindow) -> None:
    """Clicking another project in the navigator shows that project's tasks."""
    select_other_project(window)
    assert DEMO_PROJECT_CODE not in window.header._title.text()
    assert window.timeline.view.model.rowCount() > 0


def test_views_can_be_brought_forward(window: MainWindow) -> None:
    """--view names map to tabs, to the Overview's record pages and to the portfolio."""
    tabs = [tab.view_name for tab in window.feature_tabs]
    assert set(main_window_module.VIEWS) == {
        *tabs,
        *OVERVIEW_PAGES,
        *GOVERNANCE_PAGES,
        *TEAM_PAGES,
        View.PORTFOLIO,
    }
    for position, view in enumerate(tabs):
        window.show_view(view)
        assert window.tabs.currentIndex() == position
    pages = window.overview.view.pages
    for position, view in enumerate(OVERVIEW_PAGES, start=1):  # page 0 is the summary
        window.show_view(view)
        assert window.tabs.currentWidget() is window.overview.page
        assert pages.currentIndex() == position
    for position, view in enumerate(GOVERNANCE_PAGES):
        window.show_view(view)
        assert window.tabs.currentWidget() is window.governance.page
        assert window.governance.view.pages.currentIndex() == position
    for position, view in enumerate(TEAM_PAGES):
        window.show_view(view)
        assert window.tabs.currentWidget() is window.team.page
        assert window.team.view.pages.currentIndex() == position
    window.show_view(View.PORTFOLIO)
    assert window.central.currentWidget() is window.portfolio_page


def test_open_path_switches_workspace_and_remembers_it(
    window: MainWindow, tmp_path: Path, settings: AppSettings
) -> None:
    """Opening another workspace releases the first and lands in the recent-files list."""
    first = window.workspace.path
    other = create_workspace(tmp_path / "empty.cpm")
    other.close()
    assert window.files.open_path(other.path)
    assert window.workspace.path == other.path
    assert window.navigator_model.rowCount() == 0
    assert window.central.currentIndex() == 0
    assert settings.recent_files()[0] == other.path
    assert window.files.open_path(first)  # the first one's lock was released


def test_open_path_reports_a_bad_file_and_keeps_the_current_one(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    """A file that is not a workspace gives a message; the window stays on its workspace."""
    shown: list[BaseException] = []
    monkeypatch.setattr(file_commands, "show_error", lambda _p, _t, exc: shown.append(exc))
    bad = tmp_path / "bad.cpm"
    bad.write_bytes(b"\x00garbage" * 100)
    current = window.workspace.path
    assert not window.files.open_path(bad)
    assert len(shown) == 1
    assert isinstance(shown[0], CpmError)
    assert window.workspace.path == current


def test_closing_remembers_layout_and_releases_the_lock(
    qtbot, tmp_path: Path, settings: AppSettings, demo_template: Path
) -> None:
    """Closing the window saves its geometry and frees the workspace for the next process."""
    win = MainWindow(open_copy_of(demo_template, tmp_path / "w.cpm"), settings)
    qtbot.addWidget(win)
    win.close()
    assert settings.window_state("geometry") is not None
    from cpm_desktop.workspace import open_workspace

    open_workspace(tmp_path / "w.cpm").close()


def test_a_file_open_event_opens_that_workspace(window: MainWindow, qapp, tmp_path: Path) -> None:
    """macOS hands a double-clicked .cpm over as a QFileOpenEvent; the window opens it."""
    from PySide6.QtGui import QFileOpenEvent

    from cpm_desktop.ui.file_open import FileOpenFilter

    other = create_workspace(tmp_path / "from-finder.cpm")
    other.close()
    file_open = FileOpenFilter(window.files.open_path, window)
    qapp.installEventFilter(file_open)
    try:
        qapp.sendEvent(qapp, QFileOpenEvent(str(other.path)))
    finally:
        qapp.removeEventFilter(file_open)
    assert window.workspace.path == other.path


def test_the_window_starts_without_the_export_and_upgrade_libraries() -> None:
    """openpyxl, reportlab and Alembic load on first export or upgrade, not with the window:
    together they were about half a second of every start."""
    libraries = ("openpyxl", "reportlab", "alembic")
    assert loaded_with("cpm_desktop.ui.main_window", libraries) == []


def test_the_window_module_leaves_dialogs_and_hidden_pages_for_later() -> None:
    """The dialogs, the import formats and the portfolio's roll-up load when first used, not
    with the window's module: importing them delayed the first picture of every start."""
    later = (
        "cpm_desktop.interchange.formats",
        "cpm_desktop.services.portfolio.lifecycle",
        "cpm_desktop.ui.backups.dialog",
        "cpm_desktop.ui.changes.new_change_dialog",
        "cpm_desktop.ui.exchange_rates.dialog",
        "cpm_desktop.ui.lifecycle.close_dialog",
        "cpm_desktop.ui.overview.portfolio_view",
        "cpm_desktop.ui.risks.risk_dialog",
        "cpm_desktop.ui.setup.client_dialog",
        "cpm_desktop.ui.status_cycle.update_dialog",
    )
    assert loaded_with("cpm_desktop.ui.main_window", later) == []


def test_the_portfolio_is_built_when_first_shown(window: MainWindow) -> None:
    """A window opened on a project has not built the portfolio's page; showing it builds it."""
    assert window.project_id is not None
    assert not window.portfolio_page.is_built()
    assert window.select_portfolio(None)
    assert window.portfolio_page.is_built()
    assert window.central.currentWidget() is window.portfolio_page
