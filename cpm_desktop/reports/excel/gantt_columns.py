"""The Schedule sheet's cell Gantt: one narrow column per week, bars drawn by conditional formats.

Each week column's header holds the Monday of that week (a real date). A rule per bar kind
compares it with the row's Start, Finish and % complete, so the 10,000 × 150 cells of a big
plan stay empty: only milestones get a value (a diamond) and the status date's week a border.
Writing a fill into every bar cell instead costs more than the rest of the workbook
(benchmarks/bench_export.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from babel.dates import format_date
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter

from cpm_desktop.domain.locales import language_of
from cpm_desktop.reports import palette
from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.content import ScheduleRow
from cpm_desktop.reports.excel.styles import STATUS_SIDE, CellStyles, Look, argb, font, solid
from cpm_desktop.reports.formatting import MONTHS
from cpm_desktop.texts import N_, _, current_locale

WEEK_WIDTH = 2.7  # characters: a week is a narrow column
MAX_WEEKS = 156  # three years; a longer plan's Gantt stops there (a note says so)
DIAMOND = "◆"
# The Type column's values, shown in the reader's language (the bar rules compare with them).
SUMMARY, TASK, MILESTONE = N_("Summary"), N_("Task"), N_("Milestone")
# A thin white line under each bar cell keeps the bars of adjacent rows apart.
_GAP = Border(bottom=Side(style="thin", color=argb(palette.WHITE)))


@dataclass(frozen=True, slots=True)
class WeekGrid:
    """Where the weeks are: `weeks` columns from `first_column`, the first starting `monday`."""

    monday: dt.date
    weeks: int
    first_column: int
    cut: bool  # the plan runs past MAX_WEEKS

    def column_of(self, day: dt.date) -> int | None:
        """The column of the week holding `day`, or None outside the grid."""
        week = (day - self.monday).days // 7
        return self.first_column + week if 0 <= week < self.weeks else None

    @property
    def last_column(self) -> int:
        """The column of the last week."""
        return self.first_column + self.weeks - 1


@dataclass(frozen=True, slots=True)
class RowColumns:
    """The columns the bar rules read, as letters: Type, Start, Finish, % complete, Critical."""

    type: str
    start: str
    finish: str
    percent: str
    critical: str


def week_grid(
    rows: Sequence[ScheduleRow], status_date: dt.date | None, first_column: int
) -> WeekGrid | None:
    """The weeks from the plan's first start to its last finish (and the status date)."""
    days = [d for r in rows for d in (r.start, r.finish) if d is not None]
    if status_date is not None and days:
        days.append(status_date)
    if not days:
        return None
    first, last = min(days), max(days)
    monday = first - dt.timedelta(days=first.weekday())
    weeks = (last - monday).days // 7 + 1
    return WeekGrid(monday, min(weeks, MAX_WEEKS), first_column, weeks > MAX_WEEKS)


def write_week_headers(
    cells: SheetCells, grid: WeekGrid, header_row: int, status_date: dt.date | None
) -> None:
    """Each week's Monday in the header row, turned upright; month names in the row above."""
    styles = cells.styles
    week, month = _header_styles(styles)
    status = styles.define(
        "gantt_status_header",
        Look(
            font=font(bold=True, size=8, colour=palette.WHITE),
            fill=solid(palette.GANTT_STATUS_DATE),
            alignment=week.alignment,
            number_format=styles.formats.week,
        ),
    )
    status_column = grid.column_of(status_date) if status_date else None
    plain, month_style = styles["gantt_week"], styles["gantt_month"]
    for offset in range(grid.weeks):
        monday = grid.monday + dt.timedelta(weeks=offset)
        column = grid.first_column + offset
        cells.put(header_row, column, monday, status if column == status_column else plain)
        month_start = _month_starting(monday, first=offset == 0)
        if month_start is not None:
            # Text, not a date: only text runs on into the empty cells to its right.
            label = month_label(month_start)
            cells.text(header_row - 1, column, label, month_style)
    for column in range(grid.first_column, grid.last_column + 1):
        cells.sheet.column_dimensions[get_column_letter(column)].width = WEEK_WIDTH


def month_columns(grid: WeekGrid) -> frozenset[int]:
    """The week columns where a month's name stands: where a printed Gantt page may begin."""
    return frozenset(
        grid.first_column + offset
        for offset in range(grid.weeks)
        if _month_starting(grid.monday + dt.timedelta(weeks=offset), first=offset == 0)
    )


def write_bars(
    cells: SheetCells,
    grid: WeekGrid,
    rows: Sequence[ScheduleRow],
    first_row: int,
    header_row: int,
    columns: RowColumns,
    status_date: dt.date | None,
) -> None:
    """The bar rules over the grid, a diamond per milestone, the status week's border."""
    if not rows:
        return
    last_row = first_row + len(rows) - 1
    styles = cells.styles
    status_column = grid.column_of(status_date) if status_date else None
    if status_column is not None:
        marked = styles.define("gantt_status", Look(border=Border(left=STATUS_SIDE)))
        for row in range(first_row, last_row + 1):
            cells.put(row, status_column, None, marked)
    for offset, task in enumerate(rows):
        if task.is_milestone and task.finish is not None:
            column = grid.column_of(task.finish)
            if column is not None:
                style = _diamond(styles, task.is_critical, column == status_column)
                cells.text(first_row + offset, column, DIAMOND, style)
    first = get_column_letter(grid.first_column)
    target = f"{first}{first_row}:{get_column_letter(grid.last_column)}{last_row}"
    for rule in bar_rules(first, header_row, first_row, columns):
        cells.sheet.conditional_formatting.add(target, rule)


def bar_rules(week: str, header_row: int, row: int, c: RowColumns) -> list[FormulaRule]:
    """The rules for the top-left grid cell (week column `week`, data row `row`), first wins."""
    monday = f"{week}${header_row}"
    start, finish = f"${c.start}{row}", f"${c.finish}{row}"
    covers = f"{monday}<={finish},{monday}+6>={start}"
    done = f"{monday}<{start}+({finish}-{start}+1)*${c.percent}{row}/100"
    is_task, is_summary = f'${c.type}{row}="{_(TASK)}"', f'${c.type}{row}="{_(SUMMARY)}"'
    on_path = f'${c.critical}{row}="{_("Yes")}"'
    kinds = (
        (f"{is_summary},{covers}", palette.GANTT_SUMMARY),
        (f"{is_task},{on_path},{covers},{done}", palette.GANTT_CRITICAL_PROGRESS),
        (f"{is_task},{on_path},{covers}", palette.GANTT_CRITICAL_BAR),
        (f"{is_task},{covers},{done}", palette.GANTT_PROGRESS),
        (f"{is_task},{covers}", palette.GANTT_BAR),
    )
    return [
        FormulaRule(formula=[f"AND({test})"], fill=solid(colour), border=_GAP, stopIfTrue=True)
        for test, colour in kinds
    ]


def month_label(first: dt.date) -> str:
    """A month over the Gantt's weeks: "Oct 2026"; "Okt. 2026", "oct. 2026" in the reader's
    language."""
    locale = current_locale()
    if language_of(locale) == "en":
        return f"{MONTHS[first.month - 1]} {first.year}"
    return format_date(first, "LLL y", locale=locale)


def _month_starting(monday: dt.date, *, first: bool) -> dt.date | None:
    """The 1st of the month that begins in the week of `monday` (any month for the first)."""
    sunday = monday + dt.timedelta(days=6)
    if monday.day == 1 or first:
        return monday.replace(day=1)
    if sunday.month != monday.month:
        return sunday.replace(day=1)
    return None


def _diamond(styles: CellStyles, critical: bool, at_status: bool) -> StyleArray:
    """A milestone's diamond: vermillion on the critical path; keeps the status week's line."""
    name = f"gantt_diamond_{critical:d}{at_status:d}"
    colour = palette.GANTT_CRITICAL_PROGRESS if critical else palette.GANTT_MILESTONE
    return styles.define(
        name,
        Look(
            font=font(size=9, colour=colour),
            alignment=Alignment(horizontal="center", vertical="center"),
            border=Border(left=STATUS_SIDE) if at_status else None,
        ),
    )


def _header_styles(styles: CellStyles) -> tuple[Look, Look]:
    week = Look(
        font=font(size=8, colour=palette.MUTED),
        alignment=Alignment(horizontal="center", vertical="bottom", text_rotation=90),
        number_format=styles.formats.week,
        border=Border(left=Side(style="thin", color=argb(palette.GANTT_GRID))),
    )
    month = Look(font=font(bold=True, size=8, colour=palette.INK))
    styles.define("gantt_week", week)
    styles.define("gantt_month", month)
    return week, month
