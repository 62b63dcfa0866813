"""RisksView: the register's filter bar and table, the entry's details and the heat map."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain.risk_scoring import LEVEL_LABELS
from cpm_desktop.services.risks.views import RiskRegister
from cpm_desktop.services.vendors.views import VendorRisk
from cpm_desktop.texts import _
from cpm_desktop.ui.elided_label import ElidedLabel
from cpm_desktop.ui.records.column_fit import FillColumn, content_width
from cpm_desktop.ui.records.widgets import keep_rows_shown, style_record_table
from cpm_desktop.ui.risks.actions import RiskActions
from cpm_desktop.ui.risks.delegates import RiskEditDelegate, ScoreChipDelegate
from cpm_desktop.ui.risks.detail_panel import RiskDetailPanel
from cpm_desktop.ui.risks.filter_bar import RiskFilterBar
from cpm_desktop.ui.risks.filter_proxy import HeatCell, RiskFilterProxy
from cpm_desktop.ui.risks.heat_map import HeatMapWidget
from cpm_desktop.ui.risks.risk_model import OWNER, SCORE, TITLE, RiskTableModel
from cpm_desktop.ui.theme import colors

OWNER_WIDTH = 150  # long names are elided; the full name is in the tooltip
MIN_ROWS = 6  # entries the register always shows, even on a 1366 × 768 projector
TITLE_MIN = 220  # pixels: a shorter title stops being readable; the table scrolls instead


class RisksView(QWidget):
    """The Risks tab's widgets; its controller fills them and reacts to them."""

    def __init__(self, actions: RiskActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RiskTableModel()
        self.proxy = RiskFilterProxy(self.model)
        self.filters = RiskFilterBar()
        self.table = QTableView()
        self.table.setObjectName("riskTable")
        self.table.setAccessibleName(QCoreApplication.translate("RisksView", "Risk register"))
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
        self._title_fill = FillColumn(self.table, TITLE, TITLE_MIN)
        self.table.setMinimumWidth(560)
        keep_rows_shown(self.table, MIN_ROWS)

        self.heat_map = HeatMapWidget()
        self.heat_map.setObjectName("riskHeatMap")
        self.detail = RiskDetailPanel()
        self.detail.setObjectName("riskDetail")

        scroll = QScrollArea()
        scroll.setObjectName("riskDetailArea")
        scroll.setAccessibleName(QCoreApplication.translate("RisksView", "Risk details"))
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
        # The vendors' late tasks: one read-only line (kept on Team › Vendors), whole in its tip;
        # beside the details, which give way on a low screen, not above the table and heat map.
        self.vendor_label = ElidedLabel()
        self.vendor_label.setObjectName("vendorRisks")
        self.vendor_label.setStyleSheet(f"color: {colors().rag_red}; padding: 0 12px 4px 12px;")
        self.vendor_label.hide()
        details.addWidget(self.vendor_label)
        details.addLayout(self._buttons(actions))
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

    def _buttons(self, actions: RiskActions) -> QHBoxLayout:
        self.new_button = _button(actions.new, QCoreApplication.translate("RisksView", "New risk…"))
        self.edit_button = _button(actions.edit, QCoreApplication.translate("RisksView", "Edit…"))
        self.close_button = _button(
            actions.close, QCoreApplication.translate("RisksView", "Close…")
        )
        self.reopen_button = _button(
            actions.reopen, QCoreApplication.translate("RisksView", "Reopen")
        )
        self.convert_button = _button(
            actions.convert, QCoreApplication.translate("RisksView", "Convert to issue…")
        )
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
        self.inherent_button = _segment(
            "heatMapInherent",
            QCoreApplication.translate("RisksView", "Inherent"),
            QCoreApplication.translate("RisksView", "Risks as judged, before their responses"),
        )
        self.residual_button = _segment(
            "heatMapResidual",
            QCoreApplication.translate("RisksView", "Residual"),
            QCoreApplication.translate("RisksView", "Risks after their planned responses"),
        )
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
        title = QLabel(QCoreApplication.translate("RisksView", "Heat map"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setToolTip(
            QCoreApplication.translate("RisksView", "Open risks by probability and impact")
        )
        self.cell_label = QLabel()
        self.cell_label.setObjectName("heatMapFilter")
        self.cell_label.setWordWrap(True)
        self.cell_label.setTextFormat(Qt.TextFormat.RichText)
        self.cell_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
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

    def show_vendor_risks(self, risks: Sequence[VendorRisk]) -> None:
        """Name the vendors' late tasks above the register, in one line; none hides it."""
        tasks: dict[str, list[VendorRisk]] = {}
        for risk in risks:
            tasks.setdefault(risk.vendor, []).append(risk)
        self.vendor_label.setText(
            "  ·  ".join(
                _late_task(late[0])
                if len(late) == 1
                else QCoreApplication.translate(
                    "RisksView", "Vendor: {vendor} late on tasks {tasks}"
                ).format(vendor=vendor, tasks=", ".join(r.wbs for r in late))
                for vendor, late in tasks.items()
            )
        )
        self.vendor_label.setToolTip(
            "\n".join(
                QCoreApplication.translate("RisksView", "{risk}: {reason} (PO {order})").format(
                    risk=_late_task(r), reason=r.reason, order=r.order_number
                )
                for r in risks
            )
        )
        self.vendor_label.setVisible(bool(risks))

    def fit_columns(self) -> None:
        """Columns as wide as their contents (owners capped); the title takes the rest."""
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            if column != TITLE:
                width = content_width(self.table, column)
                header.resizeSection(column, min(width, OWNER_WIDTH) if column == OWNER else width)
        self._title_fill.fill()

    def show_heat_map(self, data: RiskRegister | None, cell: HeatCell | None) -> None:
        """Show the register's inherent or residual heat map, and the cell filtered on."""
        if data is None:
            self.heat_map.set_heat_map(None, 5, 15)
        else:
            residual = self.residual_button.isChecked()
            shown = data.residual_heat_map if residual else data.heat_map
            self.heat_map.set_heat_map(shown, data.amber_from, data.red_from)
        self.heat_map.set_selected((cell.probability, cell.impact) if cell else None)
        if cell is None:
            self.cell_label.setText("")
            self.cell_label.hide()
        else:
            p, i = cell.probability, cell.impact
            if cell.residual:
                text = QCoreApplication.translate(
                    "RisksView",
                    "Showing residual probability {p} ({p_label}) × impact {i} ({i_label}) only",
                )
            else:
                text = QCoreApplication.translate(
                    "RisksView",
                    "Showing inherent probability {p} ({p_label}) × impact {i} ({i_label}) only",
                )
            words = text.format(p=p, p_label=_(LEVEL_LABELS[p]), i=i, i_label=_(LEVEL_LABELS[i]))
            clear = QCoreApplication.translate("RisksView", "Clear")
            self.cell_label.setText(
                f"{html.escape(words)} · <a href='clear'>{html.escape(clear)}</a>"
            )
            self.cell_label.show()


def _late_task(risk: VendorRisk) -> str:
    """'Vendor: Zebra handhelds late on task 4.3.3 RF scanner workflows: outbound'."""
    return QCoreApplication.translate(
        "RisksView", "Vendor: {vendor} late on task {wbs} {task}"
    ).format(vendor=risk.vendor, wbs=risk.wbs, task=risk.task)


def _segment(name: str, text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setCheckable(True)
    button.setToolTip(tip)
    button.setObjectName(name)
    return button


def _button(action: QAction, text: str) -> QPushButton:
    """A push button that follows an action (enabled state, trigger)."""
    button = QPushButton(text)
    button.setToolTip(action.statusTip() or action.text().replace("&", ""))
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    button.setEnabled(action.isEnabled())
    return button
