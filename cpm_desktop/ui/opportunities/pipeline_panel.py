"""PipelinePanel: a client's opportunities and their open value, under the client's portfolio.

Read-only: the opportunities are edited on the Governance tab of any of the client's projects.
Double-clicking one opens the project that spotted it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cpm_desktop.services.opportunities.views import OpportunityRow, Pipeline, client_pipeline
from cpm_desktop.services.portfolio.clients import find_client
from cpm_desktop.ui.elided_label import ElidedLabel
from cpm_desktop.ui.opportunities.columns import (
    pipeline_line,
    private_tip,
    spotted_text,
    stage_color,
    stage_text,
    value_text,
)
from cpm_desktop.ui.project_records.table_model import SORT_ROLE, Column, ColumnTableModel
from cpm_desktop.ui.project_records.table_view import RecordProxy, RecordTable
from cpm_desktop.ui.records.cells import ALIGN_CENTER, ALIGN_RIGHT, reference_number
from cpm_desktop.ui.records.chip_delegate import ChipDelegate
from cpm_desktop.ui.records.widgets import rows_height, style_heading
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import Editor

MOST_ROWS = 4  # shown at once; more scroll, so the charts below keep their room


def pipeline_columns() -> tuple[Column[OpportunityRow], ...]:
    """The table's columns, titled in the window's language (hence built with the panel)."""
    return (
        Column(
            QCoreApplication.translate("PipelinePanel", "Ref"),
            lambda r: r.reference,
            sort=lambda r: reference_number(r.reference),
        ),
        Column(
            QCoreApplication.translate("PipelinePanel", "Opportunity"),
            lambda r: r.title,
            stretch=True,
        ),
        Column(
            QCoreApplication.translate("PipelinePanel", "Value"),
            value_text,
            sort=lambda r: r.estimated_value or 0,
            align=ALIGN_RIGHT,
        ),
        Column(
            QCoreApplication.translate("PipelinePanel", "Stage"),
            lambda r: stage_text(r.stage),
            sort=lambda r: list(type(r.stage)).index(r.stage),
            chip=lambda r: r.stage.value,
            align=ALIGN_CENTER,
        ),
        Column(
            QCoreApplication.translate("PipelinePanel", "Handed to"), lambda r: r.handed_to or "—"
        ),
        Column(
            QCoreApplication.translate("PipelinePanel", "Spotted"),
            spotted_text,
            sort=lambda r: r.spotted_on.toordinal(),
        ),
    )


STAGE = 3


class PipelinePanel(QWidget):
    """The client's opportunities and the pipeline's open value; hidden for all clients."""

    sig_open_project = Signal(str)
    """Emitted with the code of the project that spotted a double-clicked opportunity."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelinePanel")
        self.editor = editor
        self.pipeline: Pipeline | None = None
        self.title = QLabel(QCoreApplication.translate("PipelinePanel", "Pipeline"))
        self.title.setObjectName("pipelineTitle")
        style_heading(self.title)
        self.title.setWordWrap(False)
        self.summary = ElidedLabel()
        self.summary.setObjectName("pipelineSummary")
        self.summary.setStyleSheet(f"color: {colors().muted_text};")
        self.summary.setToolTip(private_tip())
        self.model = ColumnTableModel(pipeline_columns())
        self.proxy = RecordProxy(self.model, SORT_ROLE)
        self.table = RecordTable(self.proxy)
        self.table.setObjectName("pipelineTable")
        self.table.setMinimumHeight(0)  # sized to its rows in `_fit_height`
        self.table.setItemDelegateForColumn(STAGE, ChipDelegate(stage_color, self.table))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setToolTip(
            QCoreApplication.translate(
                "PipelinePanel", "Double-click an opportunity to open the project that spotted it"
            )
        )
        self.table.doubleClicked.connect(self._open)
        self.empty = QLabel(
            QCoreApplication.translate(
                "PipelinePanel", "No opportunities spotted for this client yet."
            )
        )
        self.empty.setObjectName("pipelineEmpty")
        self.empty.setStyleSheet(f"color: {colors().muted_text};")
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.hide()

    def show_client(self, client: str | None) -> None:
        """Show the pipeline of the client called `client`; hide it for all clients."""
        run = self.editor.workspace.run
        found = run(find_client, client) if client is not None else None
        self.pipeline = run(client_pipeline, found.id) if found is not None else None
        self.setVisible(self.pipeline is not None)
        if self.pipeline is None:
            self.model.set_rows([])
            return
        rows = self.pipeline.opportunities
        self.model.set_rows(rows)
        self.summary.setText(pipeline_line(rows))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.table.fit_columns()
        self.table.setFixedHeight(rows_height(self.table, max(1, min(len(rows), MOST_ROWS))))

    def _open(self, index: QModelIndex) -> None:
        row = self.model.entry(self.proxy.mapToSource(index))
        if row is not None and row.project_code:
            self.sig_open_project.emit(row.project_code)
