"""The Workload and Costs sheet writers: the grid with its over-allocated weeks marked, the cost
tables with their totals, unknown amounts as "–", and how each prints."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from cpm_desktop.reports.cost_rows import CostRow
from cpm_desktop.reports.excel.content import CostSheet, LoadCell, PersonLoad, WorkloadSheet
from tests.reports.excel.support import load, sample_book, written

MONDAYS = tuple(dt.date(2026, 11, 16) + dt.timedelta(days=7 * n) for n in range(12))
WORKLOAD = WorkloadSheet(
    weeks=MONDAYS,
    people=(
        PersonLoad("Anna Weber", "WMS consultant", (LoadCell(25.0, 62.5, False),) * 12),
        PersonLoad(
            "Lukas Brandt",
            "WMS consultant",
            (LoadCell(56.0, 175.0, True), *(LoadCell(0.0, 0.0, False),) * 11),
        ),
    ),
    notes=("Hours planned on this project per week.",),
)
COSTS = CostSheet(
    phases=(
        CostRow("Design", Decimal("107000.00"), Decimal("81082.50"), Decimal("120875.34"), "3"),
        CostRow("Build", Decimal("170000.00"), None, None, "4"),
    ),
    roles=(CostRow("WMS consultant", Decimal("277000.00"), Decimal("81082.50"), None),),
    total=CostRow("Project", Decimal("277000.00"), None, None),
    notes=("Forecast at completion: budget ÷ CPI.",),
)


def test_workload_marks_over_allocated_weeks_and_prints_across(tmp_path: Path) -> None:
    """Two rows a person (hours, % of capacity), weeks as dates, an over-allocated week
    filled and marked "!", a week without hours blank; one landscape page wide."""
    sheet = load(written(tmp_path, sample_book(workload=WORKLOAD)))["Workload"]
    assert [sheet.cell(3, c).value for c in (1, 2)] == ["Person", "Role"]
    assert sheet.cell(3, 4).value.date() == MONDAYS[0]
    assert [sheet.cell(r, 3).value for r in (4, 5)] == ["Hours", "% of capacity"]
    assert (sheet.cell(4, 4).value, sheet.cell(5, 4).value) == (25, 62.5)
    over_hours, over_share = sheet.cell(6, 4), sheet.cell(7, 4)
    assert (over_hours.value, over_share.value) == (56, 175)
    assert "!" in over_hours.number_format
    assert "!" in over_share.number_format
    assert over_hours.fill.fgColor.rgb != sheet.cell(4, 4).fill.fgColor.rgb
    assert sheet.cell(6, 5).value is None  # nothing planned that week
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage  # twelve weeks: one page across
    assert sheet.freeze_panes == "D4"


def test_costs_tables_total_and_show_unknown_amounts_as_a_dash(tmp_path: Path) -> None:
    """By phase, then by role, each with the total; an unknown amount reads "–", not 0; the
    sheet prints one portrait page wide."""
    sheet = load(written(tmp_path, sample_book(costs=COSTS)))["Costs"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    flat = [v for row in values for v in row if v is not None]
    for words in ("By phase", "By role", "3 Design", "4 Build", "WMS consultant", "Total"):
        assert words in flat, words
    design = next(row for row in values if row[0] == "3 Design")
    assert design[1:5] == [107000, 81082.5, 120875.34, -13875.34]
    build = next(row for row in values if row[0] == "4 Build")
    assert build[1:5] == [170000, "–", "–", "–"]
    assert sum(1 for row in values if row[0] == "Total") == 2
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage


def test_no_cost_data_and_no_team_print_one_line(tmp_path: Path) -> None:
    """A sheet with nothing to show says why in one line."""
    book = sample_book(
        workload=WorkloadSheet(MONDAYS[:1], (), empty_note="No team recorded yet."),
        costs=CostSheet((), (), COSTS.total, empty_note="No cost data."),
    )
    read = load(written(tmp_path, book))
    assert read["Workload"].cell(4, 1).value == "No team recorded yet."
    assert read["Costs"].cell(4, 1).value == "No cost data."
    assert read.sheetnames[-3:] == ["Workload", "Costs", "_cpm"]
