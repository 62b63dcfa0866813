"""A hand-made PackContent for the renderer tests: every section filled, nothing from a database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from cpm_desktop.reports.pdf.gantt.content import GanttRow, PrintedGantt
from cpm_desktop.reports.pdf.pack import content as pack

STATUS = dt.date(2026, 11, 20)
LONG_NAME = (
    "Migrate the item master, the bin locations and the open purchase orders from the "
    "legacy system " * 4
)[:300]


KPIS = (
    pack.Kpi("On-time delivery", "66.7%", "red", "4 of 6 milestones due met their baseline"),
    pack.Kpi("Finish variance", "–", "", "no baseline finish saved"),
    pack.Kpi("Client satisfaction (CSAT)", "3.5 of 5", "amber", "6 scores; trend: ▼ falling"),
)
DECISIONS = (  # most recent first, as the service orders them
    pack.DecisionLine(
        "D-002",
        "Keep the 12 April go-live date",
        dt.date(2026, 11, 17),
        "Henrik Sørensen",
        "Contingency covers the design delay.",
        ("CR-005",),
    ),
    pack.DecisionLine(
        "D-001",
        "Escalate late IDoc specifications",
        dt.date(2026, 10, 20),
        "Steering committee",
        LONG_NAME * 20,
        ("CR-001", "R-002"),
    ),
)
BILLING = pack.Billing(
    "EUR",
    (
        pack.BillingLine(
            "1.4",
            "Billing milestone: charter sign-off",
            Decimal(56000),
            "Paid",
            dt.date(2026, 9, 11),
            dt.date(2026, 9, 14),
            dt.date(2026, 10, 12),
            "NHL-2026-031",
        ),
        pack.BillingLine(
            "3.8",
            "Billing milestone: design sign-off",
            Decimal(112000),
            "Invoiced",
            dt.date(2026, 11, 2),
            dt.date(2026, 11, 3),
            None,
            "INV-77",
        ),
        pack.BillingLine("7.6", LONG_NAME, Decimal(112000), "Not due", dt.date(2027, 5, 18)),
    ),
    Decimal(280000),
    Decimal(168000),
    Decimal(56000),
    Decimal(112000),
    Decimal(112000),
)
FEEDBACK = pack.Feedback(
    as_of=STATUS,
    average=3.5,
    rag="amber",
    trend="down",
    trend_window=3,
    scores=tuple(
        pack.Score(dt.date(2026, 9, 4) + dt.timedelta(days=14 * n), score)
        for n, score in enumerate((4, 4, 4, 3, 3, 3))
    ),
    latest=(
        pack.FeedbackLine(
            dt.date(2026, 11, 18),
            "Miriam Albers",
            "Meeting",
            3,
            "Key users feel stretched",
            "Propose a backfill for two key users",
        ),
        pack.FeedbackLine(dt.date(2026, 11, 6), "", "Email", None, LONG_NAME * 20, ""),
    ),
    entries=7,
    green_from=4.0,
    amber_from=3.5,
)


def gantt_rows(count: int, name: str = "Task") -> tuple[GanttRow, ...]:
    """`count` one-week tasks in a row, under one summary."""
    start = dt.date(2026, 9, 7)
    rows = [
        GanttRow(
            "1",
            "Phase",
            1,
            True,
            False,
            False,
            start,
            start + dt.timedelta(days=7 * count),
            None,
            None,
            40,
        )
    ]
    for n in range(count):
        day = start + dt.timedelta(days=7 * n)
        end = day + dt.timedelta(days=4)
        rows.append(
            GanttRow(
                f"1.{n + 1}", f"{name} {n + 1}", 2, False, False, n % 3 == 0, day, end, day, end, 50
            )
        )
    return tuple(rows)


def sample_pack(**changes: Any) -> pack.PackContent:
    """A pack of a EUR project with every section, with `changes` applied."""
    curve = tuple(
        pack.CurvePoint(
            dt.date(2026, 9, 7) + dt.timedelta(days=7 * n),
            Decimal(1000 * n),
            Decimal(900 * n) if n < 11 else None,
            Decimal(950 * n) if n < 11 else None,
        )
        for n in range(30)
    )
    content = pack.PackContent(
        cover=pack.Cover(
            "Nordhaven Logistics GmbH",
            "NHL-WMS",
            "Warehouse management rollout",
            dt.date(2026, 11, 25),
            STATUS,
            "Laura Becker",
            "Henrik Sørensen",
            "Confidential",
        ),
        summary=pack.Summary(
            "amber",
            (
                pack.Rating("Schedule", "amber", False, ""),
                pack.Rating("Budget", "green", True, "estimate at completion is 98% of the budget"),
                pack.Rating("Scope", "red", True, "approved changes add 12% to the budget"),
                pack.Rating("Risk", "", True, "no risks"),
            ),
            "Overall amber: the data migration slips.\n\nThe budget is on track.",
            (
                pack.KeyFigure("Forecast finish", "18 May 2027"),
                pack.KeyFigure("Current budget", "€507,500.00"),
            ),
            KPIS,
        ),
        milestones=(
            pack.Milestone("1.1", "Kick-off", STATUS, STATUS, 0, "Achieved"),
            pack.Milestone(
                "6.3", "Go-live", dt.date(2027, 4, 7), dt.date(2027, 4, 12), 3, "At risk"
            ),
            pack.Milestone("7.5", LONG_NAME, None, dt.date(2027, 5, 18), None, "On track"),
        ),
        gantt=PrintedGantt(gantt_rows(12), STATUS, STATUS, "NHL-WMS · Gantt (summary)"),
        finance=pack.Finance(
            "EUR",
            STATUS,
            "Baseline",
            Decimal(480000),
            Decimal(27500),
            Decimal(507500),
            Decimal(480000),
            Decimal(10000),
            Decimal(9000),
            Decimal(9500),
            Decimal("0.95"),
            Decimal("0.90"),
            Decimal("505263.16"),
            Decimal("-25263.16"),
            curve,
        ),
        risks=pack.Risks(
            tuple(tuple(1 if (p + i) % 4 == 0 else 0 for i in range(5)) for p in range(5)),
            5,
            15,
            (
                pack.RiskLine(
                    "R-005",
                    "Key users unavailable during peak season",
                    "Miriam Albers",
                    20,
                    "red",
                    "up",
                    "open",
                ),
                pack.RiskLine("R-001", LONG_NAME, "Anna Weber", 12, "amber", "down", "open"),
            ),
            (
                pack.RiskLine(
                    "R-003",
                    "IDoc specifications late",
                    "Daniel Hoffmann",
                    None,
                    "red",
                    "steady",
                    "open",
                    dt.date(2026, 11, 27),
                ),
            ),
            2,
        ),
        changes=pack.Changes(
            "EUR",
            (("Submitted", 1), ("Approved", 2)),
            Decimal(27500),
            9,
            Decimal(47600),
            14,
            (
                pack.ChangeLine(
                    "CR-007",
                    "Additional test cycle",
                    "Submitted",
                    Decimal(9600),
                    4,
                    "Jonas Richter",
                ),
            ),
        ),
        decisions=pack.Decisions(("Approve CR-007",), ("Workshop in week 49",), DECISIONS),
        billing=BILLING,
        feedback=FEEDBACK,
    )
    return dataclasses.replace(content, **changes)


def pages_text(path: Path) -> list[str]:
    """Each page's text with runs of white space as one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def outline_titles(path: Path) -> list[str]:
    """The titles of the top-level outline entries."""
    return [item.title for item in PdfReader(path).outline if not isinstance(item, list)]


def page_sizes(path: Path) -> list[tuple[int, int]]:
    """Width and height of every page in whole points."""
    return [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in PdfReader(path).pages
    ]


def assert_same_pages(mine: Path, theirs: Path, *, more_than: int) -> None:
    """Assert two PDFs have the same number of pages (more than `more_than`), each page
    rendered by pdftoppm at 72 dpi to the same pixels; skip where pdftoppm is missing."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (Debian: poppler-utils) is not installed")
    pictures = []
    for path in (mine, theirs):
        subprocess.run(["pdftoppm", "-png", "-r", "72", str(path), str(path.with_suffix(""))])
        pictures.append(sorted(path.parent.glob(f"{path.stem}-*.png")))
    assert len(pictures[0]) == len(pictures[1]) > more_than
    for page, other in zip(*pictures, strict=True):
        assert page.read_bytes() == other.read_bytes(), page.name
