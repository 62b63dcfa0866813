"""NextMilestonesModel: the open milestones that come next, against their baseline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from cpm_desktop.domain.milestones import MilestoneStanding
from cpm_desktop.services.portfolio.overview import NextMilestone
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.overview.kpi_text import days_text
from cpm_desktop.ui.records.cells import ALIGN_RIGHT
from cpm_desktop.ui.records.table_model import AnyIndex, RowTableModel
from cpm_desktop.ui.theme import colors, rag_color

COLUMNS = (  # English, marked; headerData translates
    QT_TRANSLATE_NOOP("NextMilestonesModel", "Milestone"),
    QT_TRANSLATE_NOOP("NextMilestonesModel", "Forecast"),
    QT_TRANSLATE_NOOP("NextMilestonesModel", "Baseline"),
    QT_TRANSLATE_NOOP("NextMilestonesModel", "Variance"),
    QT_TRANSLATE_NOOP("NextMilestonesModel", "Status"),
)
NAME, FORECAST, BASELINE, VARIANCE, STATUS = range(len(COLUMNS))
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3


def milestone_status_color(index: QModelIndex | QPersistentModelIndex) -> QColor:
    """Red overdue or late, amber at risk, green on track or achieved (as the pack colours them)."""
    c = colors()
    status = index.data(STATUS_ROLE)
    flag = MilestoneStanding(status).rag if status else None
    return rag_color(flag) or QColor(c.rag_green)


class NextMilestonesModel(RowTableModel[NextMilestone]):
    """One row per open milestone, soonest first."""

    def __init__(self) -> None:
        super().__init__(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                NAME: row.name,
                FORECAST: short_date_text(row.finish),
                BASELINE: short_date_text(row.baseline_finish) or "–",
                VARIANCE: days_text(row.variance_days),
                STATUS: _(row.status),
            }[column]
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VARIANCE:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return f"{row.wbs}  {row.name}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("NextMilestonesModel", COLUMNS[section])
        return super().headerData(section, orientation, role)
