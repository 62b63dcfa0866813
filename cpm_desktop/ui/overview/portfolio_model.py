"""PortfolioTableModel: each project's KPIs with their RAGs, for a client or the workspace.

Closed projects stay listed (their KPIs still count in the roll-ups), greyed, their stage
"Closed" with a lock.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from cpm_desktop.domain import ProjectStatus
from cpm_desktop.domain.lifecycle import STAGES
from cpm_desktop.domain.overall_status import status_words
from cpm_desktop.services.portfolio.standing import ProjectStanding
from cpm_desktop.services.portfolio.status_words import status_explanation
from cpm_desktop.services.portfolio.views import ProjectItem
from cpm_desktop.services.workload.views import Utilisation
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.icons import dot, icon
from cpm_desktop.ui.overview.kpi_text import (
    NONE,
    csat_text,
    days_text,
    percent_text,
    ratio_text,
    signed_percent_text,
)
from cpm_desktop.ui.overview.kpi_tiles import RAG_WORDS
from cpm_desktop.ui.records.cells import ALIGN_RIGHT
from cpm_desktop.ui.records.table_model import AnyIndex, RowTableModel
from cpm_desktop.ui.theme import colors, rag_color
from cpm_desktop.ui.workload.utilisation_text import utilisation_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CODE_ROLE = Qt.ItemDataRole.UserRole + 4
_LAST = float("inf")  # a KPI with nothing to measure sorts after every value


Text = Callable[[ProjectStanding], str]
Key = Callable[[ProjectStanding], object]


def _column(title: str, text: Text, key: Key, rag: str = "") -> tuple[str, Text, Key, str]:
    """A column: its title, its cell text, its sort key, and the RAG it shows (if rated)."""
    return title, text, key, rag


def _or_last(value: float | int | None) -> float:
    return _LAST if value is None else float(value)


COLUMNS = (
    _column("Project", lambda r: f"{r.code}  {r.name}", lambda r: r.code.casefold()),
    _column("Client", lambda r: r.client, lambda r: r.client.casefold()),
    # The stage is not part of a standing: the model answers this column from its ProjectItems.
    _column("Stage", lambda r: "", lambda r: 0),
    _column(
        "RAG",
        lambda r: status_words(r.overall) if r.overall.rag else NONE,
        lambda r: ("red", "amber", "green").index(r.overall.rag) if r.overall.rag else 3,
    ),
    _column(
        "On time",
        lambda r: percent_text(r.kpis.on_time_rate),
        lambda r: _or_last(r.kpis.on_time_rate),
        "on_time_rate",
    ),
    _column(
        "Finish",
        lambda r: days_text(r.kpis.finish_variance_days),
        lambda r: _or_last(r.kpis.finish_variance_days),
        "finish_variance_days",
    ),
    _column(
        "Budget",
        lambda r: signed_percent_text(r.kpis.budget_variance_pct),
        lambda r: _or_last(r.kpis.budget_variance_pct),
        "budget_variance_pct",
    ),
    _column("CPI", lambda r: ratio_text(r.kpis.cpi), lambda r: _or_last(r.kpis.cpi), "cpi"),
    _column("SPI", lambda r: ratio_text(r.kpis.spi), lambda r: _or_last(r.kpis.spi), "spi"),
    _column(
        "CSAT",
        lambda r: csat_text(r.kpis.csat_average),
        lambda r: _or_last(r.kpis.csat_average),
        "csat_average",
    ),
    _column(
        "Margin",
        lambda r: percent_text(r.kpis.margin_pct, 1),
        lambda r: _or_last(r.kpis.margin_pct),
        "margin_pct",
    ),
    _column("Red R & I", lambda r: str(r.risks.red_items), lambda r: r.risks.red_items),
    _column(
        "Pending CRs",
        lambda r: str(r.kpis.pending_change_requests),
        lambda r: r.kpis.pending_change_requests,
    ),
    # Nor is utilisation (timesheets against capacity): answered from `show_projects`' map.
    _column("Utilisation", lambda r: "", lambda r: 0),
)
TIPS = {
    "On time": "Share of the milestones due by the status date met against the baseline",
    "Finish": "Forecast finish against the baseline, in working days; + is late",
    "Budget": "Budget variance at completion; − is over budget",
    "CPI": "Cost performance index (earned value ÷ actual cost)",
    "SPI": "Schedule performance index (earned value ÷ planned value)",
    "CSAT": "Average client satisfaction, 1–5",
    "Margin": "Margin % of revenue (contract + approved billable changes)",
    "RAG": "Overall status: the PM's rating (PM), else computed from the KPIs",
    "Red R & I": "Open red risks and red issues",
    "Stage": "Lifecycle stage, moved by dated stage gates (Project › Stage Gate…)",
    "Utilisation": "The team's billable hours booked ÷ hours available, to the status date",
}
PROJECT, CLIENT, STAGE, RAG = 0, 1, 2, 3
UTILISATION = len(COLUMNS) - 1
CLOSED_TEXT = "Closed"


class PortfolioTableModel(RowTableModel[ProjectStanding]):
    """One row per project; a rated KPI carries its RAG as a dot and in its tooltip."""

    def __init__(self) -> None:
        super().__init__([title for title, *_ in COLUMNS])
        self._items: dict[int, ProjectItem] = {}
        self._utilisation: dict[int, Utilisation] = {}

    def show_projects(
        self,
        rows: Sequence[ProjectStanding],
        items: Mapping[int, ProjectItem],
        utilisation: Mapping[int, Utilisation] | None = None,
    ) -> None:
        """Show `rows`, each project's stage read from its navigator item (`items` by id) and
        its team's utilisation from `utilisation` (by id)."""
        self._items = dict(items)
        self._utilisation = dict(utilisation or {})
        self.set_rows(rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        closed = row.status is ProjectStatus.CLOSED
        if role == Qt.ItemDataRole.ForegroundRole and closed:
            return QColor(colors().muted_text)
        if index.column() == STAGE:
            return self._stage_data(row, role)
        if index.column() == UTILISATION:
            return self._utilisation_data(row, role)
        title, text, key, rag_key = COLUMNS[index.column()]
        overall = row.overall.rag if index.column() == RAG else None
        rag = row.rags.get(rag_key) if rag_key else overall
        if role == Qt.ItemDataRole.DisplayRole:
            return text(row)
        if role == SORT_ROLE:
            return key(row)
        if role == CODE_ROLE:
            return row.code
        if role == Qt.ItemDataRole.DecorationRole and rag:
            color = rag_color(rag)
            return dot(color.name()) if color is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > RAG:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == RAG:
                return f"{row.code} · {status_explanation(row.overall)}"
            words = f" — {RAG_WORDS[rag]}" if rag else ""
            return f"{row.code} · {title}: {text(row)}{words}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return TIPS.get(COLUMNS[section][0])
        return super().headerData(section, orientation, role)

    def _utilisation_data(self, row: ProjectStanding, role: int) -> object:
        """The Utilisation column: the team's share of billable hours, "–" before any."""
        used = self._utilisation.get(row.project_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return utilisation_text(used)
        if role == SORT_ROLE:
            return _or_last(used.percent if used and used.booked else None)
        if role == CODE_ROLE:
            return row.code
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if used is None or not used.booked:
                return f"{row.code} · Utilisation: no hours booked yet"
            return (
                f"{row.code} · Utilisation {utilisation_text(used)}: "
                f"{used.billable_hours:,.0f} billable of {used.available_hours:,.0f} h"
            )
        return None

    def _stage_data(self, row: ProjectStanding, role: int) -> object:
        """The Stage column: the stage's name, or "Closed" with a lock and the day it closed."""
        item = self._items.get(row.project_id)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return CLOSED_TEXT if item.is_closed else item.stage.label
        if role == SORT_ROLE:
            return len(STAGES) if item.is_closed else STAGES.index(item.stage)
        if role == CODE_ROLE:
            return row.code
        if role == Qt.ItemDataRole.DecorationRole and item.is_closed:
            return icon("lock")
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.is_closed:
                return (
                    f"{row.code} · closed on {date_text(item.closed_on)}: read-only; its KPIs "
                    "still count in the portfolio"
                )
            return f"{row.code} · stage: {item.stage.label}"
        return None


class PortfolioProxy(QSortFilterProxyModel):
    """Sorts by each column's value; ties keep the project order."""

    def __init__(self, source: PortfolioTableModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """By the sort key, then by the rows' order, so equal keys never swap at random."""
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a != b:
            return bool(a < b)
        return left.row() < right.row()
