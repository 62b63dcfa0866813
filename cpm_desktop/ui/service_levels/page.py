"""ServiceLevelsPage: the project's service levels above, the selected one's periods below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from cpm_desktop.ui.service_levels.periods_panel import PeriodsPanel
from cpm_desktop.ui.service_levels.sla_panel import SlaListPanel
from cpm_desktop.ui.undo import Editor


class ServiceLevelsPage(QWidget):
    """The SLAs (target, last value, met or missed, RAG, trend, attainment) and, for the one
    selected, each period's value with a chart against the target; every edit undoable."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceLevelsPage")
        self.editor = editor
        self.slas = SlaListPanel(editor)
        self.periods = PeriodsPanel(editor)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("serviceLevelsSplitter")
        self.splitter.addWidget(self.slas)
        self.splitter.addWidget(self.periods)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.slas.sig_refreshed.connect(self._show_selected)
        self.slas.table.selectionModel().currentRowChanged.connect(self._show_selected)

    def show_project(self, project_id: int | None) -> None:
        """Show a project (None: nothing); its first SLA is selected."""
        self.slas.show_project(project_id)
        if self.slas.current_row() is None and self.slas.model.rowCount():
            self.slas.table.selectRow(0)
        self._show_selected()

    def _show_selected(self, *_: object) -> None:
        self.periods.show_sla(self.slas.project_id, self.slas.current_row())
