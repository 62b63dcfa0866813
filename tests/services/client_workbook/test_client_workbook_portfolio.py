"""The Billing, Feedback and Decisions sheets and the Summary's KPI block, from hand-made rows.

The rows are the services' plain dataclasses made by hand, turned into sheets by
client_workbook_logs / client_workbook_kpis and written, then read back with openpyxl.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from cpm_desktop.domain import Audience
from cpm_desktop.domain.audience import visibility
from cpm_desktop.reports.excel.content import Column, Figure, Kind, TableSheet, Unit
from cpm_desktop.reports.excel.figures import NOT_MEASURED
from cpm_desktop.reports.excel.workbook_file import write_workbook
from cpm_desktop.scheduling import (
    CsatScore,
    MilestoneOutcome,
    ProjectFigures,
    ProjectKpis,
    WorkCalendar,
    kpi_rags,
    project_kpis,
)
from cpm_desktop.services.client_workbook.kpis import kpi_figures
from cpm_desktop.services.client_workbook.logs import (
    billing_table,
    decisions_table,
    feedback_table,
)
from cpm_desktop.services.records.billing import BillingRow
from cpm_desktop.services.records.decisions import DecisionRow
from cpm_desktop.services.records.feedback import FeedbackRow
from tests.reports.excel.support import load, sample_book

AS_OF = dt.date(2026, 11, 20)
EURO = "[$€-2] #,##0.00"
DATE = "d mmm yyyy"
SHEETS = ["Summary", "Schedule", "Milestones", "Risks", "Billing", "Feedback", "Decisions", "_cpm"]
CONTRACT = Decimal("500000.00")
FORMULA_COMMENT = '=HYPERLINK("http://x","click")'

INTERNAL_VIEW = visibility(Audience.INTERNAL, open_book=False)


def day(month: int, date: int) -> dt.date:
    """A day of 2026."""
    return dt.date(2026, month, date)


BILLING = (
    BillingRow(
        1,
        11,
        "1.4",
        "Charter signed",
        Decimal("50000.00"),
        "paid",
        day(9, 11),
        day(9, 14),
        day(10, 12),
        "INV-031",
    ),
    BillingRow(
        2,
        12,
        "3.8",
        "Design signed",
        Decimal("100000.00"),
        "invoiced",
        day(11, 2),
        day(11, 3),
        None,
        "INV-044",
    ),
    BillingRow(
        3, 13, "4.7", "@Build complete", Decimal("150000.00"), "due", day(11, 19), None, None, ""
    ),
    BillingRow(
        4,
        14,
        "6.4",
        "Go-live",
        Decimal("200000.00"),
        "not_due",
        dt.date(2027, 4, 12),
        None,
        None,
        "",
    ),
)
FEEDBACK = tuple(
    FeedbackRow(
        n,
        day(9, 1) + dt.timedelta(weeks=n),
        "Henrik Sørensen",
        channel,
        score,
        comment,
        "Call back",
    )
    for n, (channel, score, comment) in enumerate(
        [
            ("meeting", 5, "Great start."),
            ("site_visit", 4, "Good."),
            ("call", 5, "Fine."),
            ("email", None, "No score given."),
            ("survey", 2, FORMULA_COMMENT),
            ("meeting", 3, "So-so."),
            ("meeting", 2, "Worried."),
        ]
    )
)
DECISIONS = (
    DecisionRow(
        1,
        "D-001",
        "Approve cross-docking",
        day(10, 6),
        "Steering committee",
        "Fixed price.",
        "CR-001",
        None,
    ),
    DecisionRow(
        2, "D-002", "-Escalate IDocs", day(10, 20), "Henrik Sørensen", "Late specs.", None, "R-002"
    ),
)


def measured() -> ProjectKpis:
    """KPIs with most figures measured: 1 of 2 milestones met, 6 scores falling, a margin."""
    figures = ProjectFigures(
        project_id=1,
        client_id=1,
        contract_value=CONTRACT,
        approved_billable_changes=Decimal("20000.00"),
        current_budget=Decimal("400000.00"),
        actual_cost=Decimal("150000.00"),
        estimate_to_complete=Decimal("270000.00"),
        milestones=(
            MilestoneOutcome(day(10, 1), day(10, 1), True),
            MilestoneOutcome(day(11, 1), day(11, 9), True),
        ),
        csat_scores=tuple(CsatScore(r.given_on, r.score) for r in FEEDBACK if r.score),
        baseline_finish=dt.date(2027, 5, 3),
        forecast_finish=dt.date(2027, 5, 5),
        open_red_risks=2,
        pending_change_requests=1,
    )
    return project_kpis(figures, WorkCalendar(), AS_OF)


def unmeasured() -> ProjectKpis:
    """KPIs of a project with nothing to measure yet: no revenue, budget, scores or baseline."""
    zero = Decimal("0.00")
    figures = ProjectFigures(1, 1, zero, zero, zero, zero, zero)
    return project_kpis(figures, WorkCalendar(), AS_OF)


def book_with(kpis: ProjectKpis, billing=BILLING, feedback=FEEDBACK, decisions=DECISIONS) -> Any:
    """The sample workbook with the three logs and the KPI block of `kpis`."""
    rags = kpi_rags(kpis)
    logs = (
        billing_table(billing, CONTRACT, kpis.revenue),
        feedback_table(feedback, kpis, rags),
        decisions_table(decisions),
    )
    base = sample_book()
    return sample_book(
        tables=base.tables + logs, kpis=kpi_figures(kpis, rags, INTERNAL_VIEW), kpis_as_of=AS_OF
    )


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The sample workbook with measured KPIs and the logs above, written and loaded."""
    path = tmp_path_factory.mktemp("portfolio") / "book.xlsx"
    return load(write_workbook(book_with(measured()), path))


def rows_of(sheet: Any, first: int) -> list[tuple[Any, ...]]:
    """The values of the rows from `first` on."""
    return list(sheet.iter_rows(min_row=first, values_only=True))


def labelled(sheet: Any, label_column: int) -> dict[str, tuple[Any, Any]]:
    """Each label in `label_column` → (its value cell, the cell right of that)."""
    found = {}
    for row in sheet.iter_rows(min_col=label_column, max_col=label_column + 2):
        if isinstance(row[0].value, str):
            found[row[0].value] = (row[1], row[2])
    return found


def test_the_new_sheets_come_after_the_changes_and_are_visible(book) -> None:
    """Billing, Feedback, Decisions after the tables, before the very hidden state sheet."""
    assert book.sheetnames == SHEETS
    assert all(book[name].sheet_state == "visible" for name in SHEETS[:-1])


@pytest.mark.parametrize(("name", "header"), [("Billing", 11), ("Feedback", 6), ("Decisions", 3)])
def test_new_sheets_freeze_filter_and_print_like_the_others(book, name, header) -> None:
    """Header frozen and repeated on every page, a filter over it, A4 landscape one page wide."""
    sheet = book[name]
    assert sheet.freeze_panes.endswith(str(header + 1))
    assert sheet.auto_filter.ref.startswith(f"A{header}:")
    assert sheet.print_title_rows == f"${header}:${header}"
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
        "landscape",
        9,
        1,
        0,
    )
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.oddFooter.center.text == "Page &P of &N"
    assert all(sheet.column_dimensions[c].width for c in "ABCDEF")
    assert not sheet.data_validations.dataValidation  # nothing here is read back


def test_billing_rows_are_typed_money_shares_dates(book) -> None:
    """Amounts in the project currency, the share of contract value as %, dates as dates."""
    sheet = book["Billing"]
    assert [c.value for c in sheet[11]] == [
        "WBS",
        "Milestone",
        "Amount",
        "Share of contract value",
        "Status",
        "Due",
        "Invoiced",
        "Invoice no.",
        "Paid",
    ]
    paid, invoiced, due, not_due = rows_of(sheet, 12)
    assert paid == (
        "1.4",
        "Charter signed",
        50000,
        0.1,
        "Paid",
        dt.datetime(2026, 9, 11),
        dt.datetime(2026, 9, 14),
        "INV-031",
        dt.datetime(2026, 10, 12),
    )
    assert (invoiced[4], due[4], not_due[4]) == ("Invoiced", "Due", "Not due")
    assert (sheet["C12"].number_format, sheet["D12"].number_format) == (EURO, "0.0%")
    assert sheet["F12"].number_format == sheet["I12"].number_format == DATE
    assert sheet["B14"].value == "@Build complete"
    assert sheet["B14"].data_type == "s"
    assert sheet["B14"].quotePrefix
    assert sheet.auto_filter.ref == "A11:I15"


def test_billing_totals_above_the_table(book) -> None:
    """Total, invoiced (and paid), paid, outstanding, not yet invoiced; contract and revenue."""
    figures = {label: value.value for label, (value, _) in labelled(book["Billing"], 2).items()}
    assert figures["Total billable"] == 500000
    assert figures["Invoiced"] == 150000
    assert figures["Paid"] == 50000
    assert figures["Outstanding (invoiced, not paid)"] == 100000
    assert figures["Not yet invoiced"] == 350000
    assert figures["Contract value"] == 500000
    assert figures["Revenue (contract value + approved billable change orders)"] == 520000
    assert book["Billing"]["C3"].number_format == EURO


def test_billing_status_has_a_soft_fill_per_status(book) -> None:
    """A conditional format per status label on the Status column, each with its own fill."""
    [rules] = [
        cf.rules for cf in book["Billing"].conditional_formatting if str(cf.sqref) == "E12:E5000"
    ]
    assert [r.formula[0] for r in rules] == [
        'LOWER($E12)="not due"',
        'LOWER($E12)="due"',
        'LOWER($E12)="invoiced"',
        'LOWER($E12)="paid"',
    ]
    assert len({r.dxf.fill.bgColor.rgb for r in rules}) == 4


def test_feedback_rows_with_csat_on_a_red_to_green_scale(book) -> None:
    """Dates, contact, channel label, score (blank when none), comment and follow-up."""
    sheet = book["Feedback"]
    assert [c.value for c in sheet[6]] == [
        "Date",
        "Contact",
        "Channel",
        "CSAT (1–5)",
        "Comment",
        "Follow-up action",
    ]
    first, second, _, no_score, *_ = rows_of(sheet, 7)
    assert first == (
        dt.datetime(2026, 9, 1),
        "Henrik Sørensen",
        "Meeting",
        5,
        "Great start.",
        "Call back",
    )
    assert second[2] == "Site visit"
    assert no_score[3] is None
    assert sheet["A7"].number_format == DATE
    [scale] = [cf.rules[0] for cf in sheet.conditional_formatting if str(cf.sqref) == "D7:D5000"]
    assert scale.type == "colorScale"
    values = [v.val for v in scale.colorScale.cfvo]
    colours = [c.rgb for c in scale.colorScale.color]
    assert values == [1, 3, 5]
    assert colours[0] == "FFF4C2BD"  # 1 is red
    assert colours[-1] == "FFD5EEDD"  # 5 is green


def test_feedback_comment_that_looks_like_a_formula_stays_text(book) -> None:
    """A comment typed as '=HYPERLINK(…)' is a quoted string, never a formula."""
    cell = book["Feedback"]["E11"]
    assert cell.value == FORMULA_COMMENT
    assert cell.data_type == "s"
    assert cell.quotePrefix


def test_feedback_shows_the_csat_average_and_trend_of_the_kpis(book) -> None:
    """The average of the six scores in its RAG colour, the trend in words."""
    kpis = measured()
    figures = labelled(book["Feedback"], 3)
    average = figures["CSAT average (6 scores)"][0]
    assert average.value == pytest.approx(kpis.csat_average)
    assert average.number_format == "0.0"
    assert kpis_rag_fill(kpi_rags(kpis)["csat_average"]) == average.fill.fgColor.rgb
    assert figures["CSAT trend"][0].value == {"down": "Down"}[kpis.csat_trend]


def test_decisions_rows(book) -> None:
    """Ref, decision, date, who, context and the linked change request or risk."""
    sheet = book["Decisions"]
    assert [c.value for c in sheet[3]] == [
        "Ref",
        "Decision",
        "Date",
        "Decided by",
        "Context",
        "Linked CR",
        "Linked risk",
    ]
    assert rows_of(sheet, 4) == [
        (
            "D-001",
            "Approve cross-docking",
            dt.datetime(2026, 10, 6),
            "Steering committee",
            "Fixed price.",
            "CR-001",
            None,
        ),
        (
            "D-002",
            "-Escalate IDocs",
            dt.datetime(2026, 10, 20),
            "Henrik Sørensen",
            "Late specs.",
            None,
            "R-002",
        ),
    ]
    assert sheet["B5"].quotePrefix
    assert sheet["C4"].number_format == DATE
    assert sheet.freeze_panes == "C4"


def kpis_rag_fill(rag: str | None) -> str | None:
    """The fill of a RAG badge, as openpyxl reads it back."""
    colours = {"red": "FFD0453A", "amber": "FFE0A100", "green": "FF2E9D5B"}
    return colours.get(rag or "")


def test_kpi_block_values_and_badges_follow_the_kpis(book) -> None:
    """Each KPI's value as computed, in its number format, and its RAG as a coloured badge."""
    kpis = measured()
    rags = kpi_rags(kpis)
    block = labelled(book["Summary"], 1)
    assert "Key performance indicators as of 20 Nov 2026" in block
    expected = {
        "On-time delivery (1 of 2 milestones)": (kpis.on_time_rate, "0.0%", "on_time_rate"),
        "Finish variance (working days, + late)": (2, "+0;-0;0", "finish_variance_days"),
        "Budget variance, % of budget": (kpis.budget_variance_pct, "0.0%", "budget_variance_pct"),
        "CSAT average, 1–5 (6 scores)": (kpis.csat_average, "0.0", "csat_average"),
        "Margin, % of revenue": (kpis.margin_pct, "0.0%", "margin_pct"),
    }
    for label, (value, number_format, name) in expected.items():
        cell, badge = block[label]
        assert cell.value == pytest.approx(value), label
        assert cell.number_format == number_format, label
        rag = rags[name]
        assert rag is not None
        assert badge.value == rag.capitalize(), label
        assert badge.fill.fgColor.rgb == kpis_rag_fill(rag), label
    assert (rags["on_time_rate"], rags["csat_average"]) == ("red", "amber")  # 50 %, 3.5
    money = {
        "Revenue (contract + billable changes)": kpis.revenue,
        "Cost (forecast at completion)": kpis.cost,
        "Margin": kpis.margin,
        "Budget variance (budget less forecast)": kpis.budget_variance,
    }
    for label, amount in money.items():
        cell, badge = block[label]
        assert (cell.value, cell.number_format, badge.value) == (amount, EURO, None), label
    assert block["Red risks and issues (open)"][0].value == 2
    assert block["Pending change requests"][0].value == 1
    assert block["CSAT trend (last 3 scores vs the 3 before)"][0].value == "Down"


def test_kpis_that_cannot_be_computed_show_a_dash_and_no_badge(tmp_path: Path) -> None:
    """No milestone due, no score, no revenue, no baseline: '–', never 0, and no RAG badge."""
    book = load(write_workbook(book_with(unmeasured()), tmp_path / "b.xlsx"))
    block = labelled(book["Summary"], 1)
    dashes = [
        "On-time delivery (no milestone due yet)",
        "Finish variance (working days, + late)",
        "Cost performance (CPI)",
        "Schedule performance (SPI)",
        "Budget variance, % of budget",
        "CSAT average, 1–5 (0 scores)",
        "CSAT trend (last 3 scores vs the 3 before)",
        "Margin, % of revenue",
    ]
    for label in dashes:
        cell, badge = block[label]
        assert cell.value == NOT_MEASURED, label
        assert badge.value is None, label
        assert badge.fill.fill_type is None, label
    assert block["Revenue (contract + billable changes)"][0].value == 0  # measured: no revenue
    feedback = labelled(book["Feedback"], 3)
    assert feedback["CSAT average (0 scores)"][0].value == NOT_MEASURED


def test_empty_logs_keep_their_sheet_header_and_say_so(tmp_path: Path) -> None:
    """No billing, feedback or decisions: each sheet has its header and one note below it."""
    book = load(write_workbook(book_with(unmeasured(), (), (), ()), tmp_path / "b.xlsx"))
    notes = {
        "Billing": (11, "No billing milestones recorded yet."),
        "Feedback": (6, "No client feedback recorded yet."),
        "Decisions": (3, "No decisions recorded yet."),
    }
    for name, (header, note) in notes.items():
        sheet = book[name]
        assert sheet.cell(header, 1).value in ("WBS", "Date", "Ref")
        assert sheet.cell(header + 1, 1).value == note
        assert sheet.max_row == header + 1
        assert sheet.auto_filter.ref.endswith(str(header))
    totals = labelled(book["Billing"], 2)
    assert totals["Total billable"][0].value == 0


def test_summary_prints_one_page_wide_with_the_kpi_block(book) -> None:
    """The KPI block sits under the left half; the dashboard prints one page wide."""
    sheet = book["Summary"]
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert not sheet.col_breaks.brk
    titles = [c.value for c in sheet["A"] if isinstance(c.value, str)]
    assert any(t.startswith("Key performance indicators") for t in titles)
    assert sheet.column_dimensions["B"].width >= 14  # money does not turn into ###


def test_figures_are_refused_on_a_read_back_sheet(tmp_path: Path) -> None:
    """A keyed sheet keeps its header in row 3: figures above it would move it."""
    keyed = TableSheet(
        name="Risks",
        title="Risks",
        columns=(Column("Ref", Kind.TEXT), Column("N", Kind.INT)),
        rows=(("R-1", 1),),
        read_back=True,
        keys=("R1",),
        figures=(Figure("Total", 1, Unit.COUNT),),
        figures_column="N",
    )
    with pytest.raises(ValueError, match="row 3"):
        write_workbook(replace(sample_book(), tables=(keyed,)), tmp_path / "b.xlsx")
