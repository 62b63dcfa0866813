"""What a record's detail panel builds alike (the change request's, the deliverable's): its
labels, its status chip, buttons that show only while their action applies, and the table of
the steps the record went through."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from cpm_desktop.ui.records.chip_delegate import chip_fill
from cpm_desktop.ui.records.column_fit import FillColumn, content_width
from cpm_desktop.ui.theme import colors


def plain_label() -> QLabel:
    """A label for text users typed: shown as typed, never read as HTML."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def section_label(title: str) -> QLabel:
    """A bold title over a part of the panel, as tall as its text."""
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 4, 0, 2)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return label


def muted_label(text: str) -> QLabel:
    """A label in the theme's muted colour (a field's name, a hint)."""
    label = QLabel(text)
    label.setStyleSheet(f"color: {colors().muted_text};")
    return label


def show_status_chip(chip: QLabel, text: str, color: QColor) -> None:
    """Show `chip` as a pill tinted in `color` saying `text`, as the tables draw status chips."""
    fill = chip_fill(color)
    chip.setText(text)
    chip.setStyleSheet(
        f"QLabel {{ background: rgba({fill.red()},{fill.green()},{fill.blue()},"
        f"{fill.alpha()}); border: 1px solid {color.name()}; border-radius: 10px;"
        f" padding: 1px 10px; color: {colors().text}; }}"
    )
    chip.show()


def follow_action(button: QPushButton, action: QAction) -> QPushButton:
    """Make `button` trigger `action` and show only while the action is enabled."""
    button.clicked.connect(action.trigger)

    def follow() -> None:
        button.setVisible(action.isEnabled())

    action.changed.connect(follow)
    follow()
    return button


class StepHistoryTable(QTableView):
    """A record's steps (date, step, person, comment), read-only and as tall as its rows: the
    panel scrolls, not the table. Each column is as wide as its texts; the comment takes the
    rest, never below `comment_min` pixels (a longer one elides, whole in its tooltip)."""

    def __init__(
        self,
        model: QAbstractItemModel,
        comment_column: int,
        comment_min: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setHighlightSections(False)
        self._comment = comment_column
        self._comment_fill = FillColumn(self, comment_column, comment_min)

    def fit(self) -> None:
        """Fit the height to the rows shown (at least one empty row) and the widths to the
        texts; call after the model changed."""
        header = self.horizontalHeader()
        rows = self.model().rowCount()
        self.setFixedHeight(
            header.sizeHint().height()
            + max(rows, 1) * self.verticalHeader().defaultSectionSize()
            + 4
        )
        for column in range(header.count()):
            if column != self._comment:
                header.resizeSection(column, content_width(self, column))
        self._comment_fill.fill()
