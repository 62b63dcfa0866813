"""Issue 11's pack pages: KPI summary, billing schedule, client satisfaction, decision log."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from cpm_desktop.reports.pdf.pack import content as pack
from cpm_desktop.reports.pdf.pack.csat_chart import csat_chart
from cpm_desktop.reports.pdf.pack.render import write_pack
from tests.reports.pack.sample import (
    BILLING,
    DECISIONS,
    FEEDBACK,
    LONG_NAME,
    outline_titles,
    pages_text,
    sample_pack,
)
from tests.reports.support import qpdf_check

CLIENT_SECTIONS = ("summary", "billing", "feedback", "decisions")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The text of the summary, billing, feedback and decisions sections, by section."""
    path = write_pack(sample_pack(sections=CLIENT_SECTIONS), tmp_path_factory.mktemp("c") / "c.pdf")
    texts = pages_text(path)
    reader = PdfReader(path)
    starts = [reader.get_destination_page_number(item) for item in reader.outline]
    ends = [*starts[1:], len(texts)]
    assert len(starts) == len(CLIENT_SECTIONS)
    spans = zip(CLIENT_SECTIONS, starts, ends, strict=True)
    return {name: " ".join(texts[a:b]) for name, a, b in spans}


def test_kpis_print_value_and_rag_dot_and_none_as_a_dash(pages: dict[str, str]) -> None:
    """Each KPI shows its value and '● Rag'; an unknown one '–' twice (value, RAG), no dot."""
    text = pages["summary"]
    assert "Key performance indicators" in text
    assert "On-time delivery 66.7% ● Red 4 of 6 milestones" in text
    assert "3.5 of 5 ● Amber 6 scores; trend: ▼ falling" in text
    assert "Finish variance – – no baseline finish saved" in text
    assert text.count("●") == 2


def test_summary_without_kpis_has_no_kpi_table(tmp_path: Path) -> None:
    """Content carrying no KPIs prints no empty KPI heading."""
    base = sample_pack(sections=("summary",))
    path = write_pack(
        dataclasses.replace(base, summary=dataclasses.replace(base.summary, kpis=())),
        tmp_path / "s.pdf",
    )
    assert "Key performance indicators" not in " ".join(pages_text(path))


def test_billing_schedule_has_totals_rows_and_invoice_numbers(pages: dict[str, str]) -> None:
    """Billable, invoiced, paid, outstanding and not invoiced in euros; each milestone a row."""
    text = pages["billing"]
    for words in (
        "Billable €280,000.00",
        "Invoiced €168,000.00",
        "Paid €56,000.00",
        "Outstanding €112,000.00",
        "Not yet invoiced €112,000.00",
        "WBS Milestone Amount Status Due Invoiced Paid",
        "14 Sep 2026 NHL-2026-031",
        "INV-77",
        "Not due",
        "18 May 2027",
    ):
        assert words in text, words
    assert LONG_NAME.split()[-1] in text  # the 300-character name wrapped, all of it printed


def test_feedback_shows_average_trend_chart_and_latest_entries(pages: dict[str, str]) -> None:
    """Average with its dot, trend, counts, the chart's key and the entries with follow-ups."""
    text = pages["feedback"]
    for words in (
        "CSAT average 3.5 of 5 ● Amber",
        "Trend ▼ falling",
        "7 (6 scored)",
        "Scores given up to 20 Nov 2026",
        "CSAT score (1–5)",
        "Average green from 4.0",
        "Amber from 3.5",
        "Miriam Albers Meeting 3 Key users feel stretched Propose a backfill",
        "Not named Email –",
        "(more in the feedback log)",
    ):
        assert words in text, words


def test_decisions_keep_the_lists_and_add_the_log_newest_first(pages: dict[str, str]) -> None:
    """Required and next steps stay; D-002 before D-001 with links; long context is cut."""
    text = pages["decisions"]
    assert "1. Approve CR-007" in text
    assert "Workshop in week 49" in text
    assert "Ref. Date Decision Decided by Linked CR/risk" in text
    assert text.index("D-002") < text.index("D-001")
    assert "D-002 17 Nov 2026 Keep the 12 April go-live date" in text
    assert re.search(r"D-001 20 Oct 2026 Escalate late IDoc specifications .*CR-001 R-002", text)
    assert "(more in the decision log)" in text


def test_empty_logs_print_one_calm_line(tmp_path: Path) -> None:
    """No decisions, billing milestones, scores or feedback: a line each, no empty table."""
    content = sample_pack(
        sections=CLIENT_SECTIONS[1:],
        decisions=pack.Decisions((), (), ()),
        billing=pack.Billing("EUR", (), *(Decimal(0),) * 5),
        feedback=dataclasses.replace(
            FEEDBACK, average=None, rag="", trend="new", scores=(), latest=(), entries=0
        ),
    )
    path = write_pack(content, tmp_path / "empty.pdf")
    assert qpdf_check(path).returncode == 0
    text = " ".join(pages_text(path))
    for words in (
        "No decisions recorded yet.",
        "No billing milestones recorded yet.",
        "No CSAT scores recorded yet.",
        "No client feedback recorded yet.",
        "CSAT average – –",
        "Trend too few to trend",
    ):
        assert words in text, words
    for header in ("Ref. Date Decision", "WBS Milestone Amount", "Date From Score"):
        assert header not in text
    assert "●" not in text


def test_long_logs_split_over_pages_with_their_headers(tmp_path: Path) -> None:
    """60 decisions and 60 billing milestones run over pages, each page repeating the header."""
    decisions = tuple(
        dataclasses.replace(DECISIONS[1], reference=f"D-{n:03d}") for n in range(60, 0, -1)
    )
    lines = tuple(dataclasses.replace(BILLING.lines[2], wbs=f"9.{n}") for n in range(60))
    content = sample_pack(
        sections=("billing", "decisions"),
        decisions=dataclasses.replace(sample_pack().decisions, taken=decisions),
        billing=dataclasses.replace(BILLING, lines=lines),
    )
    path = write_pack(content, tmp_path / "long.pdf")
    texts = pages_text(path)
    assert sum("WBS Milestone Amount Status Due" in t for t in texts) > 1
    assert sum("Ref. Date Decision Decided by" in t for t in texts) > 1
    assert "D-001" in texts[-1]
    assert qpdf_check(path).returncode == 0


def test_switched_off_sections_vanish(tmp_path: Path) -> None:
    """Without billing and feedback neither their pages nor their outline entries are there."""
    path = write_pack(sample_pack(sections=("summary", "decisions")), tmp_path / "two.pdf")
    assert outline_titles(path) == ["Executive summary", "Decisions and next steps"]
    text = " ".join(pages_text(path))
    for words in ("Billing milestones", "NHL-2026-031", "Latest feedback", "CSAT score (1–5)"):
        assert words not in text


def test_csat_chart_is_vector_and_takes_one_or_same_day_scores(tmp_path: Path) -> None:
    """The chart draws no image; one score, or all on one day, still gives a chart."""
    one = (pack.Score(dt.date(2026, 11, 2), 5),)
    same_day = (pack.Score(dt.date(2026, 11, 2), 2), pack.Score(dt.date(2026, 11, 2), 4))
    for scores in (one, same_day):
        drawing = csat_chart(scores, 500, 4.0, 3.5)
        assert drawing.height > 0
    content = sample_pack(
        sections=("feedback",), feedback=dataclasses.replace(FEEDBACK, scores=one)
    )
    path = write_pack(content, tmp_path / "one.pdf")
    assert all(not page.images for page in PdfReader(path).pages)
    assert "CSAT score (1–5)" in pages_text(path)[0]
