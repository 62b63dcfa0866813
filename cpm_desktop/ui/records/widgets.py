"""Small widgets the record tabs build alike: search box, filter icon, heading, read-only form,
a panel's actions and the buttons that follow them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from cpm_desktop.ui.icons import icon


def search_field(object_name: str, placeholder: str, width: int) -> QLineEdit:
    """A fixed-width search box with a clear button and a magnifier."""
    search = QLineEdit()
    search.setObjectName(object_name)
    search.setPlaceholderText(placeholder)
    search.setAccessibleName(placeholder)  # what the box is for, also once it holds text
    search.setClearButtonEnabled(True)
    search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    search.setFixedWidth(width)
    return search


def filter_icon() -> QLabel:
    """The funnel that stands before a bar's filter dropdowns."""
    label = QLabel()
    label.setPixmap(icon("filter").pixmap(18, 18))
    label.setToolTip(QCoreApplication.translate("RecordWidgets", "Filters"))
    return label


def panel_action(parent: QWidget, icon_name: str, text: str, tip: str) -> QAction:
    """An action of a panel's bar with its icon; `tip` is both its tooltip and status tip."""
    action = QAction(icon(icon_name), text, parent)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    return action


def action_button(action: QAction) -> QPushButton:
    """A push button that follows an action (icon, text, tooltip, enabled state)."""
    button = QPushButton(action.icon(), action.text().replace("&", ""))
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    button.setEnabled(action.isEnabled())
    return button


def style_heading(label: QLabel) -> None:
    """Make `label` a detail panel's heading: word-wrapped, bold, a little larger."""
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)


def read_only_form(vertical_spacing: int) -> QFormLayout:
    """A form of labelled values: names top-left, values wrapped beside them, never below."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(vertical_spacing)
    return form


def style_record_table(table: QTableView, *, sortable: bool = True) -> None:
    """A read-only, row-selecting table as every records tab shows one: one row at a time,
    striped, rows as tall as a chip needs, no row numbers, and text that elides, not wraps."""
    table.setSortingEnabled(sortable)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 16)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(48)


def style_editable_table(table: QTableView, *, type_to_edit: bool = False) -> None:
    """A record table whose cells are edited in place (a sheet the user fills): several rows
    selectable, a cell opened by double-click or F2, or also by typing (`type_to_edit`)."""
    style_record_table(table, sortable=False)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    triggers = (
        QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
    )
    if type_to_edit:
        triggers |= QAbstractItemView.EditTrigger.AnyKeyPressed
    table.setEditTriggers(triggers)


def keep_rows_shown(table: QTableView, rows: int) -> None:
    """Keep `table` at least `rows` whole rows (and its header) high, measured again whenever
    its style or font changes: the style sheet reaches a window only once it is built, and the
    PM may change the text size."""
    _RowsShown(table, rows)


class _RowsShown(QObject):
    def __init__(self, table: QTableView, rows: int) -> None:
        super().__init__(table)
        self._table = table
        self._rows = rows
        table.installEventFilter(self)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # After the header and scroll bar have taken the new style as well.
            QTimer.singleShot(0, self, self._fit)
        return False

    def _fit(self) -> None:
        self._table.setMinimumHeight(rows_height(self._table, self._rows))


def rows_height(table: QTableView, rows: int) -> int:
    """The height of a table showing its header and `rows` whole rows (and a sideways scroll
    bar, unless the table never scrolls sideways)."""
    height = table.horizontalHeader().sizeHint().height()
    height += rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
    if table.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        height += table.horizontalScrollBar().sizeHint().height()
    return height
