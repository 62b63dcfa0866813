"""A small client workbook as plain content, written once per call, and ways to read it back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from cpm_desktop.reports.excel.content import (
    ClientWorkbook,
    Column,
    Kind,
    ScheduleRow,
    SummaryFigures,
    TableSheet,
)
from cpm_desktop.reports.excel.workbook_file import write_workbook

STATUS = dt.date(2026, 11, 20)
LEVELS = ("1 - Very low", "2 - Low", "3 - Medium", "4 - High", "5 - Very high")
TRICKY_NAMES = ('=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "\tTab", "Bell\x07ring", "#N/A")


def task(wbs: str, name: str, level: int, **changes: Any) -> ScheduleRow:
    """A work task of 5 days from 2 Nov 2026, 40 % done; `changes` override any field."""
    fields: dict[str, Any] = {
        "wbs": wbs,
        "name": name,
        "level": level,
        "is_summary": False,
        "is_milestone": False,
        "is_critical": False,
        "duration": 5,
        "start": dt.date(2026, 11, 2),
        "finish": dt.date(2026, 11, 6),
        "percent_complete": 40,
        "predecessors": "",
        "owner": "Anna Weber",
        "total_slack": 3,
        "baseline_start": dt.date(2026, 11, 2),
        "baseline_finish": dt.date(2026, 11, 5),
        "finish_variance": 1,
        "budget_cost": Decimal("1000.00"),
        "actual_cost": Decimal("400.00"),
    }
    fields.update(changes)
    return ScheduleRow(**fields)


def schedule() -> tuple[ScheduleRow, ...]:
    """A summary over two tasks (one critical) and a milestone, then tasks named to trick."""
    rows = [
        task("1", "Build", 0, is_summary=True, duration=15, finish=dt.date(2026, 11, 20)),
        task("1.1", "Design", 1, is_critical=True),
        task("1.2", "Code", 1, start=dt.date(2026, 11, 9), finish=dt.date(2026, 11, 20)),
        task(
            "1.3",
            "Go-live",
            1,
            is_milestone=True,
            duration=0,
            start=dt.date(2026, 12, 1),
            finish=dt.date(2026, 12, 1),
            is_critical=True,
        ),
    ]
    rows += [task(f"2.{n}", name, 1) for n, name in enumerate(TRICKY_NAMES, start=1)]
    rows.append(task("3", "x" * 40_000, 0))
    return tuple(rows)


RISK_COLUMNS = (
    Column("Ref", Kind.TEXT, width=7),
    Column("Title", Kind.TEXT, "title", width=24),
    Column("Description", Kind.LONG_TEXT, "description"),
    Column("Probability", Kind.CHOICE, "probability", LEVELS),
    Column("Score", Kind.INT),
    Column("RAG", Kind.TEXT),
    Column("Cost impact", Kind.MONEY, "cost_impact", total=True),
    Column("Review on", Kind.DATE, "review_on"),
    Column("Done", Kind.PERCENT, "percent"),
    Column("Billable", Kind.YES_NO, "billable"),
    Column("Days", Kind.INT, "days", total=True),
)
RISK_ROWS = (
    (
        "R-001",
        "Late scanners",
        "Supplier slips.\nSecond line.",
        "3 - Medium",
        12,
        "amber",
        Decimal("1200.50"),
        dt.date(2026, 12, 1),
        40,
        True,
        3,
    ),
    ("R-002", "=1+1", "", "5 - Very high", 20, "red", Decimal("0.00"), None, 0, False, 0),
)


def tables() -> tuple[TableSheet, ...]:
    """Milestones (not read back) and a keyed Risks table."""
    milestones = TableSheet(
        name="Milestones",
        title="Milestones",
        columns=(
            Column("WBS", Kind.TEXT),
            Column("Milestone", Kind.TEXT),
            Column("Forecast", Kind.DATE),
        ),
        rows=(("1.3", "Go-live", dt.date(2026, 12, 1)),),
    )
    risks = TableSheet(
        name="Risks",
        title="Risk register",
        columns=RISK_COLUMNS,
        rows=RISK_ROWS,
        read_back=True,
        keys=("R11", "R12"),
        rag_column="RAG",
        score_column="Score",
        frozen_columns=2,
    )
    return milestones, risks


def sample_book(**changes: Any) -> ClientWorkbook:
    """A EUR project with a status date; `changes` override ClientWorkbook fields."""
    summary = SummaryFigures(
        client="Acme & Sons",
        project_code="ACME-01",
        project_name="Warehouse roll-out",
        manager="Laura Becker",
        sponsor="Miriam Albers",
        status_date=STATUS,
        overall_rag="amber",
        planned_finish=dt.date(2026, 12, 1),
        baseline_finish=dt.date(2026, 11, 27),
        finish_variance_days=2,
        original_budget=Decimal("480000.00"),
        approved_changes=Decimal("27500.00"),
        current_budget=Decimal("507500.00"),
        forecast_cost=Decimal("516627.74"),
        earned_value=(("Planned value (PV)", Decimal("1000.00")), ("SPI", 0.91), ("CPI", None)),
        risks_by_rag=(("red", 1), ("amber", 1), ("green", 0)),
        changes_by_status=(("Approved", 2), ("Draft", 1)),
        next_milestones=(("1.3", "Go-live", dt.date(2026, 12, 1)),),
        notes=("Earned value against the current plan: no baseline.",),
    )
    book = ClientWorkbook(
        currency="EUR",
        title="ACME-01 Warehouse roll-out: client workbook",
        author="Laura Becker",
        project_code="ACME-01",
        project_key="7:ACME-01",
        exported_at=dt.datetime(2026, 11, 22, 9, 30, 15, 123),
        summary=summary,
        schedule=schedule(),
        status_date=STATUS,
        tables=tables(),
        heat_map=tuple(tuple(int((p, i) == (1, 3)) for i in range(5)) for p in range(5)),  # P2 × I4
        risk_thresholds=(5, 15),
    )
    return replace(book, **changes)


def written(folder: Path, book: ClientWorkbook | None = None) -> Path:
    """`book` (default: the sample) written to folder/book.xlsx."""
    return write_workbook(book or sample_book(), folder / "book.xlsx")


def load(path: Path) -> Any:
    """The workbook at `path` as openpyxl reads it (formulas as written)."""
    return openpyxl.load_workbook(path)
