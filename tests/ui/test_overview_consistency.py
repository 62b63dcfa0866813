"""One truth on screen: the Overview's KPI tiles, its as-of line and the project header show what
`cpm-desktop kpis --json` says, for generated projects and for the demo; and the demo's pack,
workbook, CLI JSON and Overview agree on its finish, red risks and issues, pending changes and
overall status."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.services.client_workbook.export import export_client_workbook
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.steering_pack.pack import export_steering_pack
from cpm_desktop.ui.formatting import parse_money
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.workspace import open_workspace
from tests.services.portfolio.generated_projects import (
    CODE,
    EVERYTHING_SET,
    NOTHING_SET,
    ProjectSpec,
    build_project,
    project_specs,
)
from tests.services.portfolio.shown_figures import (
    OVERVIEW_PRECISION,
    PDFTOTEXT,
    Figures,
    cli_project,
    disagreements,
    explained,
    pack_figures,
    pdf_text,
    reference_figures,
    workbook_figures,
)
from tests.templates import copy_of
from tests.ui.windows import shown_on

# The tiles by the figure each shows (their RAG is "rag.<figure>").
TILES = {
    "on_time": "on_time_rate",
    "finish_variance": "finish_variance_days",
    "spi": "spi",
    "cpi": "cpi",
    "budget_variance_pct": "budget_variance_pct",
    "csat": "csat_average",
    "margin_pct": "margin_pct",
    "red_items": "open_red_risks",
    "pending": "pending_change_requests",
}
# What the demo's outputs must agree on (issue 19), each wherever an output shows it.
DEMO_FIGURES = frozenset(
    {
        "forecast_finish",
        "baseline_finish",
        "finish_variance",
        "red_risks",
        "red_issues",
        "red_items",
        "pending",
        "overall_rag",
        "overall_source",
        "overall_computed",
    }
)


def overview_figures(window: MainWindow) -> Figures:
    """The shared figures as the Overview's tiles, its as-of line and the header show them."""
    page = window.overview.view.summary
    tiles = page.tiles

    def value(key: str) -> str:
        return tiles.tile(key).value.text()

    when, _, note = page.as_of.text().partition("  ·  Overall status: ")
    source, computed = explained(note)
    red = re.fullmatch(r"(\d+) risks?, (\d+) issues?", tiles.tile("open_red_risks").detail.text())
    assert red, tiles.tile("open_red_risks").detail.text()
    figures: Figures = {
        "as_of": _date(when.removeprefix("KPIs as of ").partition(" (")[0], "ddd dd MMM yyyy"),
        "on_time": _number(value("on_time_rate"), "%", 100),
        "finish_variance": _days(value("finish_variance_days")),
        "spi": _number(value("spi")),
        "cpi": _number(value("cpi")),
        "budget_variance_pct": _number(value("budget_variance_pct"), "%", 100),
        "budget_variance": _money(
            tiles.tile("budget_variance_pct").detail.text().removesuffix(" at completion")
        ),
        "csat": _number(value("csat_average"), "/ 5"),
        "margin_pct": _number(value("margin_pct"), "%", 100),
        "margin": _money(tiles.tile("margin_pct").detail.text().partition(" on ")[0]),
        "red_items": int(value("open_red_risks")),
        "red_risks": int(red[1]),
        "red_issues": int(red[2]),
        "pending": int(value("pending_change_requests")),
        "overall_source": source,
        "overall_computed": computed,
    }
    for name, key in TILES.items():
        tile = tiles.tile(key)
        figures[f"rag.{name}"] = tile.rag
        assert tile.rag_word.text().lower() == (tile.rag or ""), key
    figures.update(_header(window))
    return figures


def _header(window: MainWindow) -> Figures:
    """The header's finish and overall status badge, and the status bar's finish."""
    badge = window.header._rag.text()
    figures: Figures = {}
    if badge == "NOT RATED":
        figures["overall_rag@header badge"] = None
        figures["overall_source@header badge"] = "none"
    else:
        rag, by_pm, kpis = re.fullmatch(r"(\w+)( \(PM\))?(?: · KPIs (\w+))?", badge).groups()  # type: ignore[union-attr]
        figures["overall_rag@header badge"] = rag.lower()
        figures["overall_source@header badge"] = "pm" if by_pm else "computed"
        if kpis:
            figures["overall_computed@header badge"] = kpis.lower()
    finish = re.findall(r"<b>(.*?)</b>", window.header._facts.text())[1]
    figures["forecast_finish@header"] = None if finish == "—" else _date(finish, "dd MMM yyyy")
    bar = window._finish_label.text().removeprefix("Finish: ")
    figures["forecast_finish@status bar"] = None if bar == "—" else _date(bar, "ddd dd MMM yyyy")
    return figures


def _date(text: str, form: str) -> object:
    day = QLocale().toDate(text, form)
    assert day.isValid(), (text, form)
    return day.toPython()


def _number(text: str, unit: str = "", scale: int = 1) -> float | None:
    """'−2.5 %' → -0.025 (unit '%', scale 100); '–' is none."""
    if text == "–":
        return None
    return float(text.removesuffix(unit).strip().replace("−", "-").replace(",", "")) / scale


def _days(text: str) -> int | None:
    """'+8 days', '0 days', '−1 day' → 8, 0, -1; '–' is none."""
    if text == "–":
        return None
    return int(text.split()[0].replace("−", "-"))


def _money(text: str) -> Decimal | None:
    """'−2,545 CHF' → Decimal(-2545); a sentence ('no budget set') is none."""
    if not any(c.isdigit() for c in text):
        return None
    return parse_money(text.replace("−", "-").replace("+", ""))


def _opened(qtbot: QtBot, db: Path, tmp_path: Path) -> MainWindow:
    """A main window on `db`, shown on the Overview of project CODE."""
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(open_workspace(db, backup=False), settings)
    window.start(CODE)
    shown_on(qtbot, window, "overview")
    qtbot.waitUntil(lambda: window.overview.view.summary.as_of.text() != "")
    return window


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=project_specs)
@example(spec=NOTHING_SET)
@example(spec=EVERYTHING_SET)
def test_overview_shows_the_figures_of_the_cli(
    spec: ProjectSpec, qtbot: QtBot, empty_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Every tile's value, RAG and detail figures, the as-of line and the header badge agree
    with the CLI JSON."""
    folder = tmp_path_factory.mktemp("overview")
    db = copy_of(empty_template, folder / "generated.cpm")
    with open_workspace(db, backup=False) as workspace:
        build_project(workspace, spec)
    reference = reference_figures(cli_project(db, CODE))
    window = _opened(qtbot, db, folder)
    try:
        shown = overview_figures(window)
    finally:
        window.close()
        window.deleteLater()
    if spec.status_offset is None:  # as of today: the CLI's and the window's may straddle midnight
        del shown["as_of"]
    found = disagreements(reference, shown, "the Overview", OVERVIEW_PRECISION)
    assert not found, "\n".join(found)


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_demo_outputs_agree_on_finish_risks_changes_and_status(
    window: MainWindow, qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    """The demo's pack, workbook, CLI JSON and Overview: one finish, one count of red risks, of
    red issues and of pending changes, one overall status."""
    db = copy_of(demo_template, tmp_path / "exports.cpm")
    reference = reference_figures(cli_project(db, DEMO_PROJECT_CODE))
    with open_workspace(db, backup=False) as workspace:
        project_id = workspace.run(find_project_id, DEMO_PROJECT_CODE)
        assert project_id is not None
        book = workspace.run(
            export_client_workbook, project_id, tmp_path / "demo.xlsx", audience="internal"
        )
        pack = workspace.run(
            export_steering_pack, project_id, tmp_path / "demo.pdf", audience="internal"
        )
    shown_on(qtbot, window, "overview")
    outputs = {
        "the workbook": workbook_figures(book),
        "the pack": pack_figures(pdf_text(pack)),
        "the Overview": overview_figures(window),
    }
    found = []
    for output, figures in outputs.items():
        wanted = {k: v for k, v in figures.items() if k.partition("@")[0] in DEMO_FIGURES}
        assert {k.partition("@")[0] for k in wanted} == DEMO_FIGURES - _not_shown(output)
        found += disagreements(reference, wanted, output)
    assert not found, "\n".join(found)
    # The demo has something to agree on: red risks, red issues, changes pending.
    assert reference["red_risks"]
    assert reference["red_issues"]
    assert reference["pending"]


def _not_shown(output: str) -> frozenset[str]:
    """The demo figures an output does not show: the Overview has no baseline finish."""
    return frozenset({"baseline_finish"}) if output == "the Overview" else frozenset()
