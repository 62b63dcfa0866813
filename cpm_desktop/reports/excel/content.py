"""What the client workbook shows, as plain values: the services fill it, the writer lays it out.

The writer never decides what a figure is; the services never decide how a cell looks. The
Milestones, Risks, Changes, Deliverables, Actions, Billing, Feedback and Decisions sheets are
generic tables described by their columns, so the read-back finds each edited value by the
field its column names (Risks, Changes, Deliverables and Actions are read back; the others are
for reading).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal

from cpm_desktop.domain import PaperSize
from cpm_desktop.reports.cost_rows import CostRow

CellValue = str | int | Decimal | dt.date | bool | None


class Kind(enum.StrEnum):
    """How a column's values are typed, formatted and validated."""

    TEXT = "text"  # short text, one line
    LONG_TEXT = "long_text"  # wrapped, wide
    INT = "int"
    MONEY = "money"  # Decimal in the workbook's currency
    DATE = "date"
    PERCENT = "percent"  # 0..100 as a whole number, shown as %
    YES_NO = "yes_no"  # bool, shown and chosen as Yes / No
    CHOICE = "choice"  # one of `choices` (labels), dropdown when editable
    SHARE = "share"  # a fraction (0.25) shown as a percentage (25.0%); never read back
    HOURS = "hours"  # hours of work, one decimal; never read back


class Unit(enum.StrEnum):
    """What a figure measures, so the writer picks its number format."""

    MONEY = "money"
    SHARE = "share"  # a fraction shown as a percentage
    RATIO = "ratio"  # CPI, SPI: two decimals
    SCORE = "score"  # a mean CSAT score: one decimal
    DAYS = "days"  # working days, signed: + late
    COUNT = "count"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Figure:
    """One labelled figure of a block (a KPI, a total); None shows as "–", never as 0."""

    label: str
    value: Decimal | float | int | str | None
    unit: Unit
    rag: str | None = None  # green / amber / red: shown as a coloured badge; None: no badge


@dataclass(frozen=True, slots=True)
class ScoreScale:
    """A green-amber-red colour scale over a score column, from `low` to `high`."""

    low: int
    mid: int
    high: int
    high_is_good: bool = False


RISK_SCORE_SCALE = ScoreScale(1, 10, 25)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table sheet; `field` names the value for the read-back when editable."""

    header: str
    kind: Kind
    field: str | None = None  # None: shown only, never read back
    choices: tuple[str, ...] = ()  # labels the dropdown offers (CHOICE; 1..5 for scores)
    width: float | None = None  # characters; None: the writer picks by kind
    total: bool = False  # a SUBTOTAL(109, …) in the totals row


@dataclass(frozen=True, slots=True)
class TableSheet:
    """A filterable, printable table; a `read_back` one has row i's hidden key in `keys[i]`."""

    name: str  # the sheet tab: "Risks", "Changes", "Milestones"
    title: str  # printed above the table
    columns: tuple[Column, ...]
    rows: tuple[tuple[CellValue, ...], ...]
    # The client's edits of the sheet come back: it gets the hidden KEY_HEADER column even
    # with no rows yet, so the first entries a client adds to an empty table are read back.
    read_back: bool = False
    keys: tuple[str, ...] = ()  # one per row of a read-back sheet; none for the others
    # Editable fields whose column this export left out (a client's workbook has no cost
    # column): the read-back neither expects nor misses them.
    left_out: tuple[str, ...] = ()
    rag_column: str | None = None  # header of a column whose values are green/amber/red
    score_column: str | None = None  # header of a score column (colour scale)
    frozen_columns: int = 1  # leading columns kept in view when scrolling right (Ref, Title)
    score_scale: ScoreScale = RISK_SCORE_SCALE
    # Header of a column of status labels, and the tone of each label's soft fill
    # ("grey", "amber", "blue", "green", "red"): ("Paid", "green").
    status_column: str | None = None
    status_tones: tuple[tuple[str, str], ...] = ()
    # Figures above the header (totals, averages): each label right-aligned in the column left
    # of `figures_column`, its value in that column. Only for sheets that are not read back,
    # whose header row may then move down.
    figures: tuple[Figure, ...] = ()
    figures_column: str | None = None
    # The one line shown in place of rows when there are none; not on a read-back sheet, where
    # it would come back as a row the client added.
    empty_note: str = ""
    # A read-back sheet that is mostly for reading (Deliverables, Actions): its few editable
    # columns have an accent header and a pale fill, so the client sees where to write.
    mark_inputs: bool = False


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """One task of the Schedule sheet in outline order."""

    wbs: str
    name: str
    level: int  # 0 = top; the Excel outline level is level (summaries collapse)
    is_summary: bool
    is_milestone: bool
    is_critical: bool
    duration: int  # working days
    start: dt.date | None
    finish: dt.date | None
    percent_complete: int
    predecessors: str
    owner: str
    total_slack: int | None
    baseline_start: dt.date | None
    baseline_finish: dt.date | None
    finish_variance: int | None  # working days, + late
    budget_cost: Decimal
    actual_cost: Decimal


@dataclass(frozen=True, slots=True)
class SummaryFigures:
    """The Summary sheet: who, where the project stands, and the totals behind it."""

    client: str
    project_code: str
    project_name: str
    manager: str
    sponsor: str
    status_date: dt.date | None
    overall_rag: str  # green / amber / red; "" when not rated and nothing measured
    planned_finish: dt.date | None  # the forecast finish
    baseline_finish: dt.date | None
    finish_variance_days: int | None
    original_budget: Decimal | None  # None: no budget set
    approved_changes: Decimal
    current_budget: Decimal | None
    forecast_cost: Decimal | None  # estimate at completion; None when nothing to estimate
    earned_value: tuple[tuple[str, Decimal | float | None], ...]  # ("PV", …), ("SPI", …)
    risks_by_rag: tuple[tuple[str, int], ...]  # open risks: ("red", 2), ("amber", 5) …
    changes_by_status: tuple[tuple[str, int], ...]  # ("Approved", 3) …
    next_milestones: tuple[tuple[str, str, dt.date | None], ...]  # (wbs, name, forecast)
    notes: tuple[str, ...] = ()  # e.g. "Earned value against the current plan: no baseline"
    overall_note: str = ""  # who set the overall status, and what the KPIs give
    # Shown instead of the budget block where cost may not be shown: what the client pays.
    contract: tuple[tuple[str, Decimal], ...] = ()


@dataclass(frozen=True, slots=True)
class LoadCell:
    """One person's planned hours in one week and their share of what the person can work."""

    hours: float
    percent: float | None  # of the week's capacity; None: no capacity that week
    over_allocated: bool  # some day of the week asks more hours than the person has


@dataclass(frozen=True, slots=True)
class PersonLoad:
    """One person's weeks on the Workload sheet."""

    name: str
    role: str
    weeks: tuple[LoadCell, ...]


@dataclass(frozen=True, slots=True)
class WorkloadSheet:
    """People × weeks from the status date's week: planned hours and % of capacity."""

    weeks: tuple[dt.date, ...]  # each week's Monday
    people: tuple[PersonLoad, ...]
    notes: tuple[str, ...] = ()  # printed under the grid
    empty_note: str = ""  # the one line shown when nobody is on the project


@dataclass(frozen=True, slots=True)
class CostSheet:
    """The cost breakdown: budget, actual cost and forecast at completion by phase and by
    role, with the project's total; only in a workbook whose reader may see cost."""

    phases: tuple[CostRow, ...]
    roles: tuple[CostRow, ...]
    total: CostRow
    notes: tuple[str, ...] = ()
    empty_note: str = ""  # instead of the tables: the project has no cost data


@dataclass(frozen=True, slots=True)
class ClientWorkbook:
    """Everything one project's client workbook holds."""

    currency: str  # ISO code: number formats follow it
    title: str  # workbook property and print header
    author: str  # the PM
    project_code: str
    project_key: str  # identifies the project in its workspace (read back to match)
    exported_at: dt.datetime
    summary: SummaryFigures
    schedule: tuple[ScheduleRow, ...]
    status_date: dt.date | None
    tables: tuple[TableSheet, ...]  # Milestones, Risks, Changes, Deliverables, Actions, Billing …
    heat_map: tuple[tuple[int, ...], ...] = field(default=())  # [probability-1][impact-1] counts
    risk_thresholds: tuple[int, int] = (5, 15)  # first amber and first red score: map colours
    cost_shown: bool = True  # False: no task budget or actual cost (a fixed-price client's book)
    paper: PaperSize = PaperSize.A4
    audience_note: str = ""  # "Internal — not for the client" in every sheet's footer
    kpis: tuple[Figure, ...] = ()  # the Summary's KPI block, each with its RAG
    kpis_as_of: dt.date | None = None
    # After the tables (the Team sheet is one of them): the Workload and Costs sheets; None
    # leaves a sheet out (Costs where the reader may not see cost).
    workload: WorkloadSheet | None = None
    costs: CostSheet | None = None


# -- the round trip: what a returned workbook must keep for its edits to be read back ---------

WORKBOOK_KIND = "CPM Desktop client workbook"
FORMAT_VERSION = 2  # 2: one state row per read-back row (1, a row per field, is refused)
STATE_SHEET = "_cpm"  # very hidden; layout in state_sheet.py
KEY_HEADER = "Key"  # the last column of a read-back table sheet, hidden; "R12", "C5", "D3"
TABLE_HEADER_ROW = 3  # row 1 title, row 2 project and status date, row 3 headers, data below
# Row 7 of the state sheet; from row 8 a row per keyed row: its sheet, its key, and the JSON
# object {field: canonical_text(value)} of its editable fields, cut into pieces in C, D, …
STATE_HEADER = ("sheet", "key", "values")
# Characters of JSON per state cell: within Excel's 32,767 UTF-16 units even when every
# character is outside the Basic Multilingual Plane (two units each).
STATE_CHUNK = 16_000


def canonical_text(value: CellValue) -> str:
    """A value as the state sheet holds it, so exported and returned values compare as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value.quantize(Decimal("0.01")))
    return str(value)
