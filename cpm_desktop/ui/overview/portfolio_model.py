"""PortfolioTableModel: each project's KPIs with their RAGs, for a client or the workspace.

Closed projects stay listed (their KPIs still count in the roll-ups), greyed, their stage
"Closed" with a lock.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from cpm_desktop.domain import ProjectStatus
from cpm_desktop.domain.lifecycle import STAGES
from cpm_desktop.services.portfolio.standing import ProjectStanding
from cpm_desktop.services.portfolio.status_words import status_explanation, status_words
from cpm_desktop.services.portfolio.views import ProjectItem
from cpm_desktop.services.workload.views import Utilisation
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import date_text, number_text
from cpm_desktop.ui.icons import dot, icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.overview.kpi_text import (
    NONE,
    csat_text,
    days_text,
    percent_text,
    ratio_text,
    signed_percent_text,
)
from cpm_desktop.ui.overview.kpi_tiles import rag_word
from cpm_desktop.ui.records.cells import ALIGN_RIGHT
from cpm_desktop.ui.records.table_model import AnyIndex, RowTableModel
from cpm_desktop.ui.theme import colors, rag_color
from cpm_desktop.ui.workload.utilisation_text import utilisation_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CODE_ROLE = Qt.ItemDataRole.UserRole + 4
_LAST = float("inf")  # a KPI with nothing to measure sorts after every value


Text = Callable[[ProjectStanding], str]
Key = Callable[[ProjectStanding], object]


def _column(title: object, text: Text, key: Key, rag: str = "") -> tuple[str, Text, Key, str]:
    """A column: its title (English, marked; translated where shown), its cell text, its sort
    key, and the RAG it shows (if rated)."""
    return str(title), text, key, rag


def _or_last(value: float | int | None) -> float:
    return _LAST if value is None else float(value)


COLUMNS = (
    _column(
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Project"),
        lambda r: f"{r.code}  {r.name}",
        lambda r: r.code.casefold(),
    ),
    _column(
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Client"),
        lambda r: r.client,
        lambda r: r.client.casefold(),
    ),
    # The stage is not part of a standing: the model answers this column from its ProjectItems.
    _column(QT_TRANSLATE_NOOP("PortfolioTableModel", "Stage"), lambda r: "", lambda r: 0),
    _column(
        QT_TRANSLATE_NOOP("PortfolioTableModel", "RAG"),
        lambda r: status_words(r.overall) if r.overall.rag else NONE,
        lambda r: ("red", "amber", "green").index(r.overall.rag) if r.overall.rag else 3,
    ),
    _column(
        QT_TRANSLATE_NOOP("PortfolioTableModel", "On time"),
        lambda r: percent_text(r.kpis.on_time_rate),
        lambda r: _or_last(r.kpis.on_time_rate),
        "on_time_rate",
    ),
    _column(
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Finish"),
        lambda r: days_text(r.kpis.finish_variance_days),
        lambda r: _or_last(r.kpis.finish_variance_days),
        "finish_variance_days",
    ),
    _column(
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Budget"),
        lambda r: signed_percent_text(r.kpis.budget_variance_pct),
        lambda r: _or_last(r.kpis.budget_variance_pct),
        "budget_variance_pct",
    ),
    _column(
        QT_TRANSLATE_NOOP("PortfolioTableModel", "CPI"),
        lambda r: ratio_text(r.kpis.cpi),
        lambda r: _or_last(r.kpis.cpi),
        "cpi",
    ),
    _column(
        QT_TRANSLATE_NOOP("PortfolioTableModel", "SPI"),
        lambda r: ratio_text(r.kpis.spi),
        lambda r: _or_last(r.kpis.spi),
        "spi",
    ),
    _column(
        QT_TRANSLATE_NOOP("PortfolioTableModel", "CSAT"),
        lambda r: csat_text(r.kpis.csat_average),
        lambda r: _or_last(r.kpis.csat_average),
        "csat_average",
    ),
    _column(
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Margin"),
        lambda r: percent_text(r.kpis.margin_pct, 1),
        lambda r: _or_last(r.kpis.margin_pct),
        "margin_pct",
    ),
    _column(
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Red R & I"),
        lambda r: str(r.risks.red_items),
        lambda r: r.risks.red_items,
    ),
    _column(
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Pending CRs"),
        lambda r: str(r.kpis.pending_change_requests),
        lambda r: r.kpis.pending_change_requests,
    ),
    # Nor is utilisation (timesheets against capacity): answered from `show_projects`' map.
    _column(QT_TRANSLATE_NOOP("PortfolioTableModel", "Utilisation"), lambda r: "", lambda r: 0),
)
TIPS: dict[str, object] = {  # English, marked; translated where shown
    "On time": QT_TRANSLATE_NOOP(
        "PortfolioTableModel",
        "Share of the milestones due by the status date met against the baseline",
    ),
    "Finish": QT_TRANSLATE_NOOP(
        "PortfolioTableModel", "Forecast finish against the baseline, in working days; + is late"
    ),
    "Budget": QT_TRANSLATE_NOOP(
        "PortfolioTableModel", "Budget variance at completion; − is over budget"
    ),
    "CPI": QT_TRANSLATE_NOOP(
        "PortfolioTableModel", "Cost performance index (earned value ÷ actual cost)"
    ),
    "SPI": QT_TRANSLATE_NOOP(
        "PortfolioTableModel", "Schedule performance index (earned value ÷ planned value)"
    ),
    "CSAT": QT_TRANSLATE_NOOP("PortfolioTableModel", "Average client satisfaction, 1–5"),
    "Margin": QT_TRANSLATE_NOOP(
        "PortfolioTableModel", "Margin % of revenue (contract + approved billable changes)"
    ),
    "RAG": QT_TRANSLATE_NOOP(
        "PortfolioTableModel", "Overall status: the PM's rating (PM), else computed from the KPIs"
    ),
    "Red R & I": QT_TRANSLATE_NOOP("PortfolioTableModel", "Open red risks and red issues"),
    "Stage": QT_TRANSLATE_NOOP(
        "PortfolioTableModel", "Lifecycle stage, moved by dated stage gates (Project › Stage Gate…)"
    ),
    "Utilisation": QT_TRANSLATE_NOOP(
        "PortfolioTableModel",
        "The team's billable hours booked ÷ hours available, to the status date",
    ),
}
PROJECT, CLIENT, STAGE, RAG = 0, 1, 2, 3
UTILISATION = len(COLUMNS) - 1
CLOSED_TEXT = QT_TRANSLATE_NOOP("PortfolioTableModel", "Closed")  # translated where shown


class PortfolioTableModel(RowTableModel[ProjectStanding]):
    """One row per project; a rated KPI carries its RAG as a dot and in its tooltip."""

    def __init__(self) -> None:
        super().__init__([title for title, *_ in COLUMNS])  # English: headerData translates
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
            words = f" — {rag_word(rag)}" if rag else ""
            heading = QCoreApplication.translate("PortfolioTableModel", title)
            return f"{row.code} · {heading}: {text(row)}{words}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        title = COLUMNS[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = TIPS.get(title)
            return QCoreApplication.translate("PortfolioTableModel", str(tip)) if tip else None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PortfolioTableModel", title)
        return None

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
                return QCoreApplication.translate(
                    "PortfolioTableModel", "{code} · Utilisation: no hours booked yet"
                ).format(code=row.code)
            return QCoreApplication.translate(
                "PortfolioTableModel",
                "{code} · Utilisation {share}: {billable} billable of {available} h",
            ).format(
                code=row.code,
                share=utilisation_text(used),
                billable=number_text(used.billable_hours),
                available=number_text(used.available_hours),
            )
        return None

    def _stage_data(self, row: ProjectStanding, role: int) -> object:
        """The Stage column: the stage's name, or "Closed" with a lock and the day it closed."""
        item = self._items.get(row.project_id)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("PortfolioTableModel", CLOSED_TEXT)
                if item.is_closed
                else _(item.stage.label)
            )
        if role == SORT_ROLE:
            return len(STAGES) if item.is_closed else STAGES.index(item.stage)
        if role == CODE_ROLE:
            return row.code
        if role == Qt.ItemDataRole.DecorationRole and item.is_closed:
            return icon("lock")
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.is_closed:
                return QCoreApplication.translate(
                    "PortfolioTableModel",
                    "{code} · closed on {date}: read-only; its KPIs still count in the portfolio",
                ).format(code=row.code, date=date_text(item.closed_on))
            return QCoreApplication.translate(
                "PortfolioTableModel", "{code} · stage: {stage}"
            ).format(code=row.code, stage=_(item.stage.label))
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
