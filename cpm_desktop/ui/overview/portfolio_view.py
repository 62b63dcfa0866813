"""PortfolioView: a client's projects, or the whole workspace's, with their KPIs and charts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain import ProjectStatus
from cpm_desktop.services.portfolio.kpis import KpiReport, kpi_report
from cpm_desktop.services.portfolio.standing import ProjectStanding
from cpm_desktop.services.portfolio.views import portfolio
from cpm_desktop.services.workload.views import portfolio_utilisation, project_utilisation
from cpm_desktop.ui.exchange_rates.rates_model import rate_text
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.opportunities.pipeline_panel import PipelinePanel
from cpm_desktop.ui.overview.charts import BudgetBurnChart, BurnRow, CsatSeries, CsatTrendChart
from cpm_desktop.ui.overview.kpi_text import SET_RATES, portfolio_tiles
from cpm_desktop.ui.overview.kpi_tiles import KpiTileGrid
from cpm_desktop.ui.overview.portfolio_model import (
    CODE_ROLE,
    PROJECT,
    PortfolioProxy,
    PortfolioTableModel,
)
from cpm_desktop.ui.records.column_fit import FillColumn
from cpm_desktop.ui.records.widgets import style_heading, style_record_table
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import Editor
from cpm_desktop.ui.workload.utilisation_text import PORTFOLIO_TIP, utilisation_tile
from cpm_desktop.workspace import ChangeEvent

WORKSPACE_TITLE = QT_TRANSLATE_NOOP("PortfolioView", "All clients")  # translated where shown
PROJECT_MIN = 180  # pixels: the project's code and the start of its name


class PortfolioView(QWidget):
    """Roll-up tiles, a sortable table of the projects, and the CSAT and budget-burn charts."""

    sig_open_project = Signal(str)
    """Emitted with a project's code when the user opens it from the table."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._client: str | None = None
        self._stale = True
        self.report: KpiReport | None = None
        self.title = QLabel(QCoreApplication.translate("PortfolioView", WORKSPACE_TITLE))
        self.title.setObjectName("portfolioTitle")
        style_heading(self.title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.note = QLabel()
        self.note.setObjectName("portfolioNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {colors().muted_text};")
        self.tiles = KpiTileGrid(columns=5)  # nine tiles: as the Overview's rows of five
        self.model = PortfolioTableModel()
        self.proxy = PortfolioProxy(self.model)
        self.table = QTableView()
        self.table.setObjectName("portfolioTable")
        self.table.setModel(self.proxy)
        style_record_table(self.table)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # client and code until asked
        self.table.setToolTip(
            QCoreApplication.translate("PortfolioView", "Double-click a project to open it")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The project keeps room to be read; a narrow window scrolls the table sideways.
        FillColumn(self.table, PROJECT, PROJECT_MIN)  # owned by the table
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.csat_chart = CsatTrendChart()
        self.burn_chart = BudgetBurnChart()
        charts = QHBoxLayout()
        charts.setSpacing(12)
        charts.addWidget(self.csat_chart, 1)
        charts.addWidget(self.burn_chart, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.tiles)
        layout.addWidget(self.table, 2)
        self.pipeline = PipelinePanel(editor)  # one client's opportunities, under its projects
        self.pipeline.sig_open_project.connect(self.sig_open_project)
        layout.addWidget(self.pipeline)
        layout.addLayout(charts, 3)
        editor.sig_changed.connect(self._on_changed)

    @property
    def client(self) -> str | None:
        """The client shown, None for the whole workspace."""
        return self._client

    def show_portfolio(self, client: str | None) -> None:
        """Show one client's projects (by name), or every project when `client` is None."""
        self._client = client
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the KPIs again and show them."""
        self._stale = False
        report = self.editor.workspace.run(kpi_report, client=self._client)
        self.report = report
        self.title.setText(
            report.client or QCoreApplication.translate("PortfolioView", WORKSPACE_TITLE)
        )
        self.note.setText(_note(report))
        run = self.editor.workspace.run
        team = run(portfolio_utilisation, self._client)
        self.tiles.set_tiles(
            [
                *portfolio_tiles(
                    report.total, report.total_rags, report.total_currency, report.total_by_currency
                ),
                utilisation_tile(team, PORTFOLIO_TIP),
            ]
        )
        items = {p.id: p for c in run(portfolio) for p in c.projects}
        used = {row.project_id: run(project_utilisation, row.project_id) for row in report.projects}
        self.model.show_projects(report.projects, items, used)
        self.csat_chart.set_series([_csat(row) for row in report.projects])
        self.burn_chart.set_rows([_burn(row) for row in report.projects])
        self.pipeline.show_client(self._client)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with edits made while the view was hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, _event: ChangeEvent) -> None:
        # Any edit, in any project, may move the portfolio's figures.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _open(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if isinstance(code, str):
            self.sig_open_project.emit(code)


def _note(report: KpiReport) -> str:
    """One line under the title: how many projects, as of when, and what currency money is in."""
    count = len(report.projects)
    days = sorted({row.as_of for row in report.projects})
    projects = (
        QCoreApplication.translate("PortfolioView", "{count} project")
        if count == 1
        else QCoreApplication.translate("PortfolioView", "{count} projects")
    )
    parts = [projects.format(count=count)]
    closed = sum(row.status is ProjectStatus.CLOSED for row in report.projects)
    if closed:
        parts[0] += QCoreApplication.translate(
            "PortfolioView", " ({closed} closed, counted in the KPIs)"
        ).format(closed=closed)
    if days:
        parts.append(
            QCoreApplication.translate(
                "PortfolioView", "KPIs as of each project's status date ({date} the latest)"
            ).format(date=date_text(days[-1]))
        )
    return " · ".join(parts + _money_note(report))


def _money_note(report: KpiReport) -> list[str]:
    """The roll-up money's currency and the rates it was converted at, or why it is not."""
    if report.converted and report.rates_used:
        rates = "; ".join(
            QCoreApplication.translate(
                "PortfolioView", "1 {currency} = {rate} {quote} from {date}"
            ).format(
                currency=r.currency,
                rate=rate_text(r),
                quote=r.quote_currency,
                date=date_text(r.valid_from),
            )
            for r in report.rates_used
        )
        return [
            QCoreApplication.translate("PortfolioView", "money in {currency} at {rates}").format(
                currency=report.reporting_currency, rates=rates
            )
        ]
    if report.total_currency is not None or len(report.currencies) <= 1:
        return []
    missing = ""
    if report.missing_rates:
        codes = ", ".join(report.missing_rates)
        missing = QCoreApplication.translate(
            "PortfolioView", " (no {codes} rate into {currency} for a project's day)"
        ).format(codes=codes, currency=report.reporting_currency)
    return [
        QCoreApplication.translate("PortfolioView", "money per currency{missing}.").format(
            missing=missing
        )
        + " "
        + QCoreApplication.translate("KpiText", SET_RATES)
    ]


def _csat(row: ProjectStanding) -> CsatSeries:
    return CsatSeries(row.code, tuple((s.day, s.score) for s in row.kpis.csat_scores))


def _burn(row: ProjectStanding) -> BurnRow:
    figures = row.figures
    earned = None
    if figures.earned_value is not None and figures.earned_value.bac:
        ev = figures.earned_value
        earned = float(ev.ev / ev.bac)  # share of the work's value earned, whatever the BAC
    return BurnRow(row.code, row.kpis.current_budget, figures.actual_cost, earned, row.currency)
