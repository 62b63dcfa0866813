"""ProjectSummaryPage: a project's KPI tiles, the PM's commentary, next milestones, what
changed since the last report, billing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain.since_last import SinceLast
from cpm_desktop.services.portfolio.overview import ProjectOverview
from cpm_desktop.services.portfolio.status_words import status_explanation
from cpm_desktop.services.workload.views import Utilisation
from cpm_desktop.ui.formatting import date_text, money_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.overview.billing_panel import BillingPanel
from cpm_desktop.ui.overview.commentary import CommentaryPanel
from cpm_desktop.ui.overview.kpi_text import project_tiles
from cpm_desktop.ui.overview.kpi_tiles import KpiTileGrid
from cpm_desktop.ui.overview.milestones_model import (
    NAME,
    STATUS,
    NextMilestonesModel,
    milestone_status_color,
)
from cpm_desktop.ui.overview.service_levels_card import ServiceLevelsCard
from cpm_desktop.ui.overview.since_last_panel import SinceLastPanel
from cpm_desktop.ui.records.chip_delegate import ChipDelegate
from cpm_desktop.ui.records.widgets import keep_rows_shown, style_heading, style_record_table
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import Editor
from cpm_desktop.ui.workload.utilisation_text import UTILISATION_KEY, utilisation_tile

MILESTONE_ROWS = 3  # next milestones in view; the page scrolls rather than hide them

# Where each KPI's detail is: a tab of the window, or the feedback page beside the summary
# (its words in English, marked; translated where shown).
KPI_LINKS = {
    "on_time_rate": ("timeline", QT_TRANSLATE_NOOP("ProjectSummaryPage", "the Timeline")),
    "finish_variance_days": ("timeline", QT_TRANSLATE_NOOP("ProjectSummaryPage", "the Timeline")),
    "spi": ("timeline", QT_TRANSLATE_NOOP("ProjectSummaryPage", "the Timeline")),
    "csat_average": ("feedback", QT_TRANSLATE_NOOP("ProjectSummaryPage", "the client feedback")),
    "open_red_risks": ("risks", QT_TRANSLATE_NOOP("ProjectSummaryPage", "the risk register")),
    "pending_change_requests": (
        "changes",
        QT_TRANSLATE_NOOP("ProjectSummaryPage", "the change log"),
    ),
    UTILISATION_KEY: ("workload", QT_TRANSLATE_NOOP("ProjectSummaryPage", "the team's workload")),
}


def _card(*widgets: QWidget) -> QFrame:
    """A framed card holding `widgets` one above the other."""
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(14, 12, 14, 12)
    for widget in widgets:
        layout.addWidget(widget)
    return card


class ProjectSummaryPage(QWidget):
    """The first page of a project's overview: the numbers it is judged on, and what is next."""

    sig_edited = Signal()
    """Emitted after an edit made on this page."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.as_of = QLabel()
        self.as_of.setObjectName("kpiAsOf")
        self.as_of.setWordWrap(True)  # a long status sentence (French) wraps, never widens the page
        self.as_of.setStyleSheet(f"color: {colors().muted_text};")
        self.tiles = KpiTileGrid(
            columns=5,
            links={
                key: QCoreApplication.translate("ProjectSummaryPage", words)
                for key, (_, words) in KPI_LINKS.items()
            },
        )
        self.commentary = CommentaryPanel(editor)
        self.commentary.sig_edited.connect(self.sig_edited)
        self.milestones = NextMilestonesModel()
        self.milestone_view = QTableView()
        self.milestone_view.setObjectName("nextMilestones")
        self.milestone_view.setAccessibleName(
            QCoreApplication.translate("ProjectSummaryPage", "Next milestones")
        )
        self.milestone_view.setModel(self.milestones)
        style_record_table(self.milestone_view, sortable=False)
        keep_rows_shown(self.milestone_view, MILESTONE_ROWS)
        self.milestone_view.setItemDelegateForColumn(
            STATUS, ChipDelegate(milestone_status_color, self.milestone_view)
        )
        header = self.milestone_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        milestones_heading = QLabel(
            QCoreApplication.translate("ProjectSummaryPage", "Next milestones")
        )
        style_heading(milestones_heading)
        self.since_last = SinceLastPanel()
        self.service_levels = ServiceLevelsCard(editor)  # shown only when there are SLAs
        self.billing = BillingPanel(editor)
        self.billing.sig_edited.connect(self.sig_edited)

        columns = QGridLayout()
        columns.setSpacing(12)
        columns.addWidget(_card(self.commentary), 0, 0)
        columns.addWidget(_card(milestones_heading, self.milestone_view), 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(self.as_of)
        layout.addWidget(self.tiles)
        layout.addLayout(columns, 1)
        # Under this week's commentary and milestones, before the money: a few lines only.
        # Full width in the page's own column, not the grid: the grid under-counts the height
        # of wrapped lines and would squeeze the billing table below it.
        layout.addWidget(_card(self.since_last))
        layout.addWidget(self.service_levels)
        layout.addWidget(_card(self.billing), 1)

    def show_overview(
        self,
        overview: ProjectOverview | None,
        since: SinceLast | None = None,
        utilisation: Utilisation | None = None,
    ) -> None:
        """Show a project's overview and what changed since its last report, or clear the page."""
        self.since_last.show_since(since if overview is not None else None)
        self.service_levels.show_project(overview.summary.id if overview is not None else None)
        if overview is None:
            self.tiles.set_tiles([])
            self.as_of.clear()
            self.commentary.show_report(None)
            self.milestones.set_rows([])
            self.billing.show_schedule(None, (), None, "EUR")
            return
        summary, standing = overview.summary, overview.standing
        self.as_of.setText(
            QCoreApplication.translate("ProjectSummaryPage", "KPIs as of {date}").format(
                date=date_text(standing.as_of)
            )
            + (
                ""
                if summary.status_date
                else QCoreApplication.translate(
                    "ProjectSummaryPage", " (no status date set: measured today)"
                )
            )
            + QCoreApplication.translate(
                "ProjectSummaryPage", "  ·  Overall status: {status}"
            ).format(status=status_explanation(standing.overall))
        )
        tiles = project_tiles(standing, summary.currency)
        if utilisation is not None:
            tiles.append(utilisation_tile(utilisation))
        self.tiles.set_tiles(tiles)
        self.commentary.show_report(overview.report)
        self.milestones.set_rows(overview.next_milestones)
        income = standing.kpis.revenue
        revenue = (
            QCoreApplication.translate("ProjectSummaryPage", "Revenue: no contract value set")
            if income is None
            else QCoreApplication.translate(
                "ProjectSummaryPage",
                "Revenue {revenue}: contract value {contract} + approved billable changes",
            ).format(
                revenue=money_text(income, summary.currency),
                contract=money_text(summary.contract_value, summary.currency),
            )
        )
        self.billing.show_schedule(
            summary.id, overview.billing, overview.billing_totals, summary.currency, revenue
        )
