"""The Overview's "Since the last report": the demo's kept reports, a new status cycle through
the Editor (and its undo), client-safe lines, and the states with nothing to compare."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QScrollArea

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.demo.portfolio import RETAIL_PROJECT_CODE
from cpm_desktop.demo.risks import INTERNAL_RISK
from cpm_desktop.domain import RiskStatus
from cpm_desktop.domain.since_last import RiskFact, SinceLast
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.services.status_cycle.cycle import record_status
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.overview.since_last_panel import (
    INTERNAL_LEFT_OUT,
    NO_REPORT,
    SinceLastPanel,
    panel_title,
)
from cpm_desktop.ui.undo import REFUSED, edit
from tests.ui.clipping import clipped
from tests.ui.windows import shown_on

NEXT_WEEK = dt.date(2026, 11, 27)
SECRET = "Our own bench is thin for the cut-over weekend"


@pytest.fixture
def window(window: MainWindow, qtbot) -> MainWindow:
    """The demo's main window on the Overview of the demo project."""
    return shown_on(qtbot, window, "overview")


def _panel(window: MainWindow) -> SinceLastPanel:
    return window.findChild(SinceLastPanel)


def _text(panel: SinceLastPanel) -> str:
    """The lines shown, whole (however much of each the width shows)."""
    return "\n".join(row.text() for row in panel.rows)


def _id(window: MainWindow, code: str = DEMO_PROJECT_CODE) -> int:
    return window.workspace.run(find_project_id, code)


def test_the_demo_shows_what_changed_since_13_november(window: MainWindow) -> None:
    """Titled with last week's report date; the week from the kept facts: tasks slipped, the
    issue raised on 18 Nov, the 20 Nov rescores; the internal risk of 16 Nov only noted."""
    panel = _panel(window)
    assert panel.isVisible()
    assert panel.heading.text() == "Since the last report (13 Nov 2026)"
    lines = [row.text() for row in panel.rows]
    assert [line.split(":")[0] for line in lines] == [
        "•  28 tasks slipped",
        "•  Register entries raised",
        "•  Rescored",
    ]
    assert "R-018 Label printers' firmware rejects the carrier label layout" in lines[1]
    assert "R-005 Key users unavailable during peak season" in lines[2]
    assert INTERNAL_RISK not in _text(panel)
    assert panel.note.isVisible()
    assert panel.note.text() == INTERNAL_LEFT_OUT


def test_a_status_cycle_through_the_editor_refreshes_it_and_undo_restores_it(
    window: MainWindow, qtbot
) -> None:
    """Recording next week's report (one undoable edit) re-dates the panel and lists the risk
    raised; the internal one stays off the screen, a note says so; undo brings 13 Nov back."""
    project_id = _id(window)
    panel = _panel(window)
    risks = edit(
        "Raise risks",
        _raise_two,
        project_id,
    )
    assert window.editor.run(project_id, risks) is not REFUSED
    cycle = edit("Update status", record_status, project_id, NEXT_WEEK, commentary="Week 48.")
    assert window.editor.run(project_id, cycle) is not REFUSED
    qtbot.waitUntil(lambda: panel.heading.text() == "Since the last report (20 Nov 2026)")
    text = _text(panel)
    assert "Carrier label stock runs short" in text
    assert SECRET not in text
    assert panel.note.isVisible()
    assert panel.note.text() == INTERNAL_LEFT_OUT
    window.editor.stack(project_id).undo()
    qtbot.waitUntil(lambda: panel.heading.text() == "Since the last report (13 Nov 2026)")


def _raise_two(session, project_id: int) -> None:
    add_risk(session, project_id, SECRET, on=NEXT_WEEK, probability=2, impact=3, internal=True)
    add_risk(
        session, project_id, "Carrier label stock runs short", on=NEXT_WEEK, probability=3, impact=2
    )


def test_a_project_without_reports_says_how_to_record_one(window: MainWindow, qtbot) -> None:
    """The retail pilot has no kept report: the first-report sentence, muted."""
    assert window.select_project(RETAIL_PROJECT_CODE)
    panel = _panel(window)
    qtbot.waitUntil(lambda: panel.heading.text() == "Since the last report")
    assert "First report: nothing to compare with." in _text(panel)


def test_no_status_date_and_no_project(qtbot) -> None:
    """Without a status date it says how to record a report; without a project too."""
    panel = SinceLastPanel()
    qtbot.addWidget(panel)
    panel.show_since(SinceLast(None, None, None, None))
    assert _text(panel) == NO_REPORT
    panel.show_since(None)
    assert _text(panel) == NO_REPORT
    assert panel_title(None) == "Since the last report"


def test_only_internal_changes_read_as_nothing_changed(qtbot) -> None:
    """A week whose one change is internal: "Nothing changed" on screen, and the note."""
    day = dt.date(2026, 11, 20)
    secret = RiskFact("R-020", SECRET, RiskStatus.OPEN, 6, True)
    since = SinceLast(dt.date(2026, 11, 13), day, day, day, risks_raised=(secret,))
    panel = SinceLastPanel()
    qtbot.addWidget(panel)
    panel.show_since(since)
    assert "Nothing changed since the last report" in _text(panel)
    assert SECRET not in _text(panel)
    assert not panel.note.isHidden()


def test_nothing_is_clipped_at_1280_by_800(window: MainWindow, qtbot, tmp_path: Path) -> None:
    """At 1280 × 800 the panel scrolls into view whole, nothing cut."""
    window.resize(1280, 800)
    panel = _panel(window)
    area = window.findChild(QScrollArea, "overviewSummaryArea")
    qtbot.waitUntil(lambda: panel.isVisible())
    area.ensureWidgetVisible(panel)
    assert [c for c in clipped(window) if "sinceLast" in str(c)] == []
    if shots := os.environ.get("CPM_SHOTS"):  # for a look by eye
        window.grab().save(str(Path(shots) / "sl-overview-scrolled.png"))
