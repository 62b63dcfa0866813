"""RisksTab: the register as a filterable table, its heat map and the selected entry's details."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain import RiskKind, RiskStatus
from cpm_desktop.domain.risk_scoring import LEVEL_LABELS
from cpm_desktop.services.risks.register import (
    add_risk,
    close_risk,
    convert_to_issue,
    edit_risk_details,
    reopen_risk,
)
from cpm_desktop.services.risks.views import RiskRegister, RiskRow, risk_register
from cpm_desktop.ui.formatting import money_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.records.selection import current_record, current_record_id, select_record
from cpm_desktop.ui.records.widgets import style_record_table
from cpm_desktop.ui.risks.delegates import RiskEditDelegate, ScoreChipDelegate
from cpm_desktop.ui.risks.detail_panel import RiskDetailPanel
from cpm_desktop.ui.risks.edits import cell_edit
from cpm_desktop.ui.risks.filter_bar import RiskFilterBar
from cpm_desktop.ui.risks.filter_proxy import HeatCell, RiskFilterProxy
from cpm_desktop.ui.risks.heat_map import HeatMapWidget
from cpm_desktop.ui.risks.new_risk_dialog import NewRiskDialog
from cpm_desktop.ui.risks.risk_dialog import RiskDialog
from cpm_desktop.ui.risks.risk_model import OWNER, SCORE, TITLE, RiskTableModel
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import REFUSED, Edit, Editor, R, Refused, edit
from cpm_desktop.workspace import ChangeEvent

OWNER_WIDTH = 150  # long names are elided; the full name is in the tooltip


class RisksTab(QWidget):
    """Keep the risk register: edit in the table, filter from the heat map; Ctrl+Z undoes."""

    sig_register_changed = Signal(object)
    """Emitted with the RiskRegister shown (None when no project is) after every load and edit."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._project_id: int | None = None
        self._register: RiskRegister | None = None
        self._cell: HeatCell | None = None

        self.new_action = QAction(icon("new"), "&New Risk…", self)
        self.new_action.setStatusTip("Add a risk or opportunity to the register")
        self.edit_action = QAction(icon("details"), "&Edit Risk…", self)
        self.edit_action.setStatusTip(
            "Edit every field of the selected entry: response, impacts, dates, linked tasks"
        )
        self.close_action = QAction("&Close Risk…", self)
        self.reopen_action = QAction("&Reopen Risk", self)
        self.convert_action = QAction("Convert to &Issue…", self)
        self.convert_action.setStatusTip("The risk happened: close it and raise an issue")

        self.model = RiskTableModel()
        self.proxy = RiskFilterProxy(self.model)
        self.filters = RiskFilterBar()
        self.table = QTableView()
        self.table.setObjectName("riskTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(RiskEditDelegate(self.model, self.table))
        self.table.setItemDelegateForColumn(SCORE, ScoreChipDelegate(self.table))
        style_record_table(self.table)
        self.table.sortByColumn(SCORE, Qt.SortOrder.DescendingOrder)
        self.table.setEditTriggers(  # the register is edited in place, unlike the other tables
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(560)
        self.table.setMinimumHeight(200)

        self.heat_map = HeatMapWidget()
        self.heat_map.setObjectName("riskHeatMap")
        self.detail = RiskDetailPanel()
        self.detail.setObjectName("riskDetail")

        scroll = QScrollArea()
        scroll.setObjectName("riskDetailArea")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bottom = QWidget()
        bottom.setObjectName("riskBottom")
        row = QHBoxLayout(bottom)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        details = QVBoxLayout()
        details.setContentsMargins(0, 8, 0, 0)
        details.addLayout(self._buttons())
        details.addWidget(scroll, 1)
        row.addLayout(details, 1)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.VLine)
        rule.setFrameShadow(QFrame.Shadow.Plain)
        rule.setObjectName("riskRule")
        row.addWidget(rule)
        row.addWidget(self._heat_map_column())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("risksSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([480, 360])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self._connect()
        self._update_actions()

    def _buttons(self) -> QHBoxLayout:
        self.new_button = _button(self.new_action, "New risk…")
        self.edit_button = _button(self.edit_action, "Edit…")
        self.close_button = _button(self.close_action, "Close…")
        self.reopen_button = _button(self.reopen_action, "Reopen")
        self.convert_button = _button(self.convert_action, "Convert to issue…")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 0, 12, 0)
        buttons.setSpacing(6)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        for button in (self.close_button, self.reopen_button, self.convert_button):
            buttons.addWidget(button)
        return buttons

    def _heat_map_column(self) -> QWidget:
        self.inherent_button = _segment("Inherent", "Risks as judged, before their responses")
        self.residual_button = _segment("Residual", "Risks after their planned responses")
        self.inherent_button.setChecked(True)
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.inherent_button)
        self._mode.addButton(self.residual_button)
        c = colors()
        for button in (self.inherent_button, self.residual_button):
            button.setStyleSheet(
                f"QPushButton {{ padding: 3px 10px; }}"
                f"QPushButton:checked {{ background: {c.highlight}; color: {c.highlighted_text};"
                f" border: 1px solid {c.highlight}; }}"
            )
        title = QLabel("Heat map")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setToolTip("Open risks by probability and impact")
        self.cell_label = QLabel()
        self.cell_label.setObjectName("heatMapFilter")
        self.cell_label.setWordWrap(True)
        self.cell_label.setTextFormat(Qt.TextFormat.RichText)
        self.cell_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.cell_label.linkActivated.connect(lambda _: self.clear_cell_filter())
        top = QHBoxLayout()
        top.setSpacing(0)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.inherent_button)
        top.addWidget(self.residual_button)
        side = QWidget()
        side.setFixedWidth(330)
        column = QVBoxLayout(side)
        column.setContentsMargins(12, 8, 10, 6)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.heat_map)
        column.addWidget(self.cell_label)
        column.addStretch(1)
        return side

    def _connect(self) -> None:
        self.model.sig_edit_requested.connect(self._on_cell_edit)
        self.filters.sig_filters_changed.connect(lambda values: self.proxy.set_filter(**values))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.proxy.modelReset.connect(self._on_current_changed)
        self.proxy.layoutChanged.connect(self._on_current_changed)
        self.proxy.rowsRemoved.connect(self._on_current_changed)
        self.heat_map.sig_cell_clicked.connect(self.toggle_cell_filter)
        self.residual_button.toggled.connect(self._on_mode_changed)
        self.editor.sig_changed.connect(self._on_changed)
        self.new_action.triggered.connect(self.new_risk)
        self.edit_action.triggered.connect(self.edit_current)
        self.table.doubleClicked.connect(self._on_double_click)
        self.close_action.triggered.connect(self.close_current)
        self.reopen_action.triggered.connect(self.reopen_current)
        self.convert_action.triggered.connect(self.convert_current)

    @property
    def actions_for_menu(self) -> tuple[QAction, ...]:
        """The tab's commands, in menu order."""
        return (
            self.new_action,
            self.edit_action,
            self.close_action,
            self.reopen_action,
            self.convert_action,
        )

    # -- showing -------------------------------------------------------------------------

    @property
    def project_id(self) -> int | None:
        """The project shown, if any."""
        return self._project_id

    @property
    def register(self) -> RiskRegister | None:
        """The register shown, if any."""
        return self._register

    def show_project(self, project_id: int | None) -> None:
        """Show a project's register (None: nothing); heat-map filter cleared."""
        self._project_id = project_id
        self._cell = None
        self.proxy.set_filter(cell=None)
        self.model.set_register(None)
        self.refresh()
        self._fit_columns()
        first = self.proxy.index(0, TITLE)
        if first.isValid():
            self.table.setCurrentIndex(first)

    def _fit_columns(self) -> None:
        """Columns as wide as their contents (owners capped); the title takes the rest."""
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        header.resizeSection(OWNER, min(header.sectionSize(OWNER), OWNER_WIDTH))
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)

    def refresh(self) -> None:
        """Re-read the register and show it; the selected entry stays selected."""
        current = self.current_risk_id()
        if self._project_id is None:
            self._register = None
        else:
            self._register = self.editor.workspace.run(risk_register, self._project_id)
        data = self._register
        self.model.set_register(data)
        if data is None:
            self.filters.set_counts({}, "")
            self.filters.set_choices([], [])
        else:
            self.filters.set_counts(data.rag_counts, money_text(data.total_emv, data.currency))
            self.filters.set_choices(self.model.owners(), self.model.categories())
        self._show_heat_map()
        if current is not None:
            self.select_risk(current)
        self._on_current_changed()
        self.sig_register_changed.emit(data)

    def _show_heat_map(self) -> None:
        data = self._register
        if data is None:
            self.heat_map.set_heat_map(None, 5, 15)
        else:
            residual = self.residual_button.isChecked()
            shown = data.residual_heat_map if residual else data.heat_map
            self.heat_map.set_heat_map(shown, data.amber_from, data.red_from)
        cell = self._cell
        self.heat_map.set_selected((cell.probability, cell.impact) if cell else None)
        if cell is None:
            self.cell_label.setText("")
            self.cell_label.hide()
        else:
            p, i = cell.probability, cell.impact
            which = "residual" if cell.residual else "inherent"
            self.cell_label.setText(
                f"Showing {which} probability {p} ({LEVEL_LABELS[p]}) × impact {i} "
                f"({LEVEL_LABELS[i]}) only · <a href='clear'>Clear</a>"
            )
            self.cell_label.show()

    # -- heat map filter -----------------------------------------------------------------

    def toggle_cell_filter(self, probability: int, impact: int) -> None:
        """Show only the risks of a heat-map cell; the same cell again shows all."""
        cell = HeatCell(probability, impact, self.residual_button.isChecked())
        self._cell = None if cell == self._cell else cell
        self.proxy.set_filter(cell=self._cell)
        self._show_heat_map()

    def clear_cell_filter(self) -> None:
        """Show the risks of every heat-map cell again."""
        self._cell = None
        self.proxy.set_filter(cell=None)
        self._show_heat_map()

    def _on_mode_changed(self, residual: bool) -> None:
        if self._cell is not None:
            self._cell = HeatCell(self._cell.probability, self._cell.impact, residual)
            self.proxy.set_filter(cell=self._cell)
        self._show_heat_map()

    # -- selection -----------------------------------------------------------------------

    def current_row(self) -> RiskRow | None:
        """The selected entry, if any."""
        return current_record(self.table, self.proxy)

    def current_risk_id(self) -> int | None:
        """The id of the selected entry, if any."""
        return current_record_id(self.table, self.proxy)

    def select_risk(self, risk_id: int) -> bool:
        """Select an entry if the filters show it."""
        return select_record(self.table, self.proxy, risk_id, TITLE)

    def _on_current_changed(self, *_: object) -> None:
        data = self._register
        row = self.current_row()
        self.detail.show_entry(row, data.currency if data else "", data.since if data else None)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.current_row()
        self.new_action.setEnabled(self._project_id is not None)
        is_open = row is not None and row.status != RiskStatus.CLOSED
        self.edit_action.setEnabled(row is not None)
        self.close_action.setEnabled(is_open)
        self.reopen_action.setEnabled(row is not None and row.status == RiskStatus.CLOSED)
        self.convert_action.setEnabled(is_open and row is not None and row.kind == RiskKind.RISK)

    # -- editing -------------------------------------------------------------------------

    def run_edit(self, step: Edit[R]) -> R | Refused:
        """Run `step` as one undoable edit on the project shown: the service's answer.

        REFUSED when the service refused it (the user is told) or no project is shown.
        """
        if self._project_id is None:
            return REFUSED
        return self.editor.run(self._project_id, step)

    def _on_changed(self, event: ChangeEvent) -> None:
        if event.concerns(self._project_id):
            self.refresh()

    def _on_cell_edit(self, risk_id: int, column: int, value: object) -> None:
        row = self.model.row_at(self.model.row_of(risk_id))
        self.run_edit(cell_edit(row, column, value))

    def new_risk(self) -> None:
        """Ask for a new entry's essentials and add it (selected afterwards)."""
        if self._project_id is None:
            return
        dialog = NewRiskDialog(self.model.owners(), self.model.categories(), self)
        if not dialog.exec():
            return
        title, fields = dialog.values()
        added = self.run_edit(edit("New risk", add_risk, self._project_id, title, **fields))
        if added is not REFUSED and not self.select_risk(added.id):
            # The filters hide it: show everything so the user sees what was added.
            self.filters.status.setCurrentIndex(self.filters.status.findData(""))
            self.clear_cell_filter()
            self.select_risk(added.id)

    def edit_current(self) -> None:
        """Open the full form of the selected entry; OK applies its changes as one step."""
        row = self.current_row()
        if row is None:
            return
        dialog = RiskDialog(row, self.model.owners(), self.model.categories(), self)
        if dialog.exec() and (changes := dialog.changes()):
            self.run_edit(edit(f"Edit {row.reference}", edit_risk_details, row.id, **changes))

    def _on_double_click(self, index: QModelIndex) -> None:
        # Cells that take a value edit in place; the others open the full form.
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.edit_current()

    def close_current(self) -> None:
        """Close the selected entry, with an optional closing note."""
        row = self.current_row()
        if row is None:
            return
        note, ok = QInputDialog.getText(
            self, f"Close {row.reference}", "Why is it closed? (optional, kept with the entry)"
        )
        if ok:
            self.run_edit(edit(f"Close {row.reference}", close_risk, row.id, note=note))

    def reopen_current(self) -> None:
        """Reopen the selected closed entry."""
        row = self.current_row()
        if row is not None:
            self.run_edit(edit(f"Reopen {row.reference}", reopen_risk, row.id))

    def convert_current(self) -> None:
        """Record that the selected risk happened: it becomes an issue of a chosen severity."""
        row = self.current_row()
        if row is None:
            return
        levels = [f"{level} {label}" for level, label in LEVEL_LABELS.items()]
        start = (row.impact or 3) - 1
        choice, ok = QInputDialog.getItem(
            self, f"{row.reference} occurred", "Severity of the issue:", levels, start, False
        )
        if not ok:
            return
        severity = int(choice.split()[0])
        issue = self.run_edit(
            edit(
                f"Convert {row.reference} to an issue", convert_to_issue, row.id, severity=severity
            )
        )
        if issue is not REFUSED:
            self.select_risk(issue.id)


def _segment(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setCheckable(True)
    button.setToolTip(tip)
    button.setObjectName(f"heatMap{text}")
    return button


def _button(action: QAction, text: str) -> QPushButton:
    """A push button that follows an action (enabled state, trigger)."""
    button = QPushButton(text)
    button.setToolTip(action.statusTip() or action.text().replace("&", ""))
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    button.setEnabled(action.isEnabled())
    return button
