"""UsageModel: adapts a Workload to a people × weeks QAbstractTableModel.

Column 0 names the person, column 1 is their utilisation to date, then one column per week:
planned hours and percent of capacity, over-allocated weeks in the theme's red. A last row
adds the team up. The project's own load or every project's, as `set_workload` is told.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from cpm_desktop.services.workload.views import (
    PersonUtilisation,
    ResourceWorkload,
    WeekLoad,
    Workload,
)
from cpm_desktop.ui.formatting import number_text, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.theme import colors

AnyIndex = QModelIndex | QPersistentModelIndex
NAME, UTILISATION = 0, 1
FIRST_WEEK = 2  # the column of the first week
OVER_ROLE = Qt.ItemDataRole.UserRole + 1  # True on an over-allocated week's cell
TEAM = QT_TRANSLATE_NOOP("UsageModel", "Team")  # the last row's name, translated when built
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class UsageRow:
    """One line of the grid: a person (or the team) with their weeks and utilisation."""

    name: str
    role: str | None
    weeks: tuple[WeekLoad, ...]
    utilisation: PersonUtilisation | None
    team: bool = False


class UsageModel(QAbstractTableModel):
    """People × weeks: hours and percent of capacity, with the team's total last."""

    def __init__(self) -> None:
        super().__init__()
        self.workload: Workload | None = None
        self.rows: list[UsageRow] = []
        self.everywhere = False
        self._bold = QFont()
        self._bold.setBold(True)

    def set_workload(self, workload: Workload | None, *, everywhere: bool) -> None:
        """Show `workload`: the project's own hours, or every project's (`everywhere`)."""
        self.beginResetModel()
        self.workload, self.everywhere = workload, everywhere
        self.rows = _rows(workload, everywhere) if workload else []
        self.endResetModel()

    def over_allocated(self) -> list[str]:
        """The names of the people over-allocated in a week shown."""
        return [
            row.name
            for row in self.rows
            if not row.team and any(w.over_allocated for w in row.weeks)
        ]

    # -- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.workload is None:
            return 0
        return FIRST_WEEK + len(self.workload.weeks)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.workload is None:
            return None
        row = self.rows[index.row()]
        column = index.column()
        week = row.weeks[column - FIRST_WEEK] if column >= FIRST_WEEK else None
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, column, week)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column, week)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if row.team or (week and week.over_allocated) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if column == NAME else _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and week and week.over_allocated:
            shade = QColor(colors().rag_red)
            shade.setAlpha(70)
            return shade
        if role == Qt.ItemDataRole.ForegroundRole:
            if week and week.over_allocated:
                return QColor(colors().rag_red)
            if week is not None and week.hours == 0:
                return QColor(colors().muted_text)
        if role == OVER_ROLE:
            return bool(week and week.over_allocated)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or self.workload is None:
            return None
        monday = self.workload.weeks[section - FIRST_WEEK] if section >= FIRST_WEEK else None
        if role == Qt.ItemDataRole.DisplayRole:
            if monday is None:
                if section == NAME:
                    return QCoreApplication.translate("UsageModel", "Resource")
                return QCoreApplication.translate("UsageModel", "Utilisation")
            return QCoreApplication.translate("UsageModel", "W{week} {day}").format(
                week=monday.isocalendar().week, day=short_date_text(monday)[:6]
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if monday is not None:
                sunday = monday + dt.timedelta(days=6)
                return QCoreApplication.translate(
                    "UsageModel", "Week {week}: Monday {monday} to Sunday {sunday}"
                ).format(
                    week=monday.isocalendar().week,
                    monday=short_date_text(monday),
                    sunday=short_date_text(sunday),
                )
            if section == UTILISATION:
                return QCoreApplication.translate(
                    "UsageModel",
                    "Billable hours booked ÷ hours available, from the project's start",
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and section != NAME:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _tip(self, row: UsageRow, column: int, week: WeekLoad | None) -> str | None:
        if column == NAME:
            return row.name + (f" ({row.role})" if row.role else "")
        if column == UTILISATION:
            used = row.utilisation
            if used is None or self.workload is None:
                return QCoreApplication.translate(
                    "UsageModel",
                    "No billable hours to count (the client's staff, or another project's)",
                )
            period = self.workload.utilisation
            return QCoreApplication.translate(
                "UsageModel",
                "{name}: {billable} billable hours of {available} available, {start} to {end}",
            ).format(
                name=row.name,
                billable=number_text(used.billable_hours, 1),
                available=number_text(used.available_hours, 1),
                start=short_date_text(period.start),
                end=short_date_text(period.end),
            )
        if week is None or self.workload is None:
            return None
        monday = self.workload.weeks[column - FIRST_WEEK]
        if self.everywhere:
            text = QCoreApplication.translate(
                "UsageModel",
                "{name}, week of {monday}: {hours} h planned on every project of {capacity} h "
                "available ({percent})",
            )
        else:
            text = QCoreApplication.translate(
                "UsageModel",
                "{name}, week of {monday}: {hours} h planned on {code} of {capacity} h "
                "available ({percent})",
            )
        text = text.format(
            name=row.name,
            monday=short_date_text(monday),
            hours=number_text(week.hours, 1),
            code=self.workload.code,
            capacity=number_text(week.capacity, 1),
            percent=_percent(week.percent),
        )
        if week.over_allocated:
            text += "\n" + (
                QCoreApplication.translate(
                    "UsageModel",
                    "Over-allocated: more hours than the person has on a day of this week",
                )
                if not row.team
                else QCoreApplication.translate("UsageModel", "Someone is over-allocated this week")
            )
        return text


def _rows(workload: Workload, everywhere: bool) -> list[UsageRow]:
    """The people shown (the project's, or anyone planned in these weeks), then the team."""
    used = {p.resource_id: p for p in workload.utilisation.people}
    people = [r for r in workload.resources if everywhere or r.on_project]
    rows = [
        UsageRow(r.name, r.role, _weeks(r, everywhere), used.get(r.resource_id)) for r in people
    ]
    team = tuple(
        WeekLoad(
            sum(row.weeks[n].hours for row in rows),
            sum(row.weeks[n].capacity for row in rows),
            any(row.weeks[n].over_allocated for row in rows),
        )
        for n in range(len(workload.weeks))
    )
    name = QCoreApplication.translate("UsageModel", TEAM)
    team_use = PersonUtilisation(
        0, name, workload.utilisation.billable_hours, workload.utilisation.available_hours
    )
    return [*rows, UsageRow(name, None, team, team_use, team=True)] if rows else []


def _weeks(row: ResourceWorkload, everywhere: bool) -> tuple[WeekLoad, ...]:
    return row.everywhere if everywhere else row.project


def _text(row: UsageRow, column: int, week: WeekLoad | None) -> str:
    if column == NAME:
        return row.name
    if column == UTILISATION:
        return "" if row.utilisation is None else _percent(row.utilisation.percent)
    if week is None:
        return ""
    if week.hours == 0 and not week.over_allocated:
        return "–"
    return f"{number_text(week.hours)} h · {_percent(week.percent)}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{number_text(value)} %"
