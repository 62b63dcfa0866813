"""LevellingDialog: what Level Resources would move, by how much and why, and the button that
applies it as one undoable edit.

Nothing is written here: accepting the dialog is the PM's yes; the page applies the plan.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.workload.levelling import LevellingPlan
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.records.widgets import rows_height, style_record_table
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.workload.levelling_model import (
    RESOLVES,
    TASK,
    TEXT_COLUMNS,
    MovesModel,
    overload_text,
)

MAX_TEXT_WIDTH = 320  # px: a long name is elided (its tooltip has all of it)
VISIBLE_ROWS = 12
SCREEN_SHARE = 0.9
LISTED_UNRESOLVED = 6  # over-allocations named below the table; the rest counted


class LevellingDialog(QDialog):
    """A heading, the moves, what stays over-allocated, and Level/Cancel."""

    def __init__(self, plan: LevellingPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("LevellingDialog", "Level resources of {code}").format(
                code=plan.code
            )
        )
        self.plan = plan
        self.model = MovesModel(plan.moves)
        self.table = QTableView()
        self.table.setObjectName("levellingMoves")
        self.table.setModel(self.model)
        style_record_table(self.table, sortable=False)
        self.heading = QLabel(self._heading(plan))
        self.heading.setWordWrap(True)
        self.left = QLabel(self._left(plan))
        self.left.setWordWrap(True)
        self.left.setVisible(bool(plan.unresolved))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        count = len(plan.moves)
        self.apply_button.setText(
            QCoreApplication.translate("LevellingDialog", "Level (1 task)")
            if count == 1
            else self.tr("Level (%n tasks)", None, count)
        )
        self.apply_button.setEnabled(bool(plan.moves))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.left)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.setVisible(bool(plan.moves))
        self._size()
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        (self.apply_button if plan.moves else cancel).setFocus()

    def _size(self) -> None:
        """Columns fit their content (long texts capped); the dialog fits them, on screen."""
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for column in TEXT_COLUMNS:
            header.resizeSection(column, min(header.sectionSize(column), MAX_TEXT_WIDTH))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        rows = max(min(self.model.rowCount(), VISIBLE_ROWS), 3)
        self.table.setMinimumHeight(rows_height(self.table, rows))
        width = header.length() + 2 * self.table.frameWidth() + 40
        width = max(width, header.sectionSize(RESOLVES) + 400)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, int(room.width() * SCREEN_SHARE))
        self.resize(max(width, 560), self.sizeHint().height())

    def _heading(self, plan: LevellingPlan) -> str:
        """What levelling does in a sentence or two, as rich text."""
        code = html.escape(plan.code)
        if not plan.moves:
            if plan.unresolved:
                return QCoreApplication.translate(
                    "LevellingDialog",
                    "<b>{code}</b>: no delay can resolve the over-allocations left: the tasks "
                    "involved have started, are pinned by a date or priority 1000, or would "
                    "break a deadline.",
                ).format(code=code)
            return QCoreApplication.translate(
                "LevellingDialog",
                "<b>{code}</b>: nobody is over-allocated; there is nothing to level.",
            ).format(code=code)
        count = len(plan.moves)
        finish = ""
        if plan.finish_after and plan.finish_before and plan.finish_after != plan.finish_before:
            finish = " " + QCoreApplication.translate(
                "LevellingDialog", "The project then finishes on <b>{after}</b> (now {before})."
            ).format(
                after=short_date_text(plan.finish_after),
                before=short_date_text(plan.finish_before),
            )
        elif plan.finish_after:
            finish = " " + QCoreApplication.translate(
                "LevellingDialog", "The project still finishes on {finish}."
            ).format(finish=short_date_text(plan.finish_after))
        days = plan.over_before
        # Plurals through self.tr: pyside6-lupdate sees a variable count only there.
        over = (
            QCoreApplication.translate(
                "LevellingDialog", "<b>{code}</b>: 1 over-allocated person-day."
            )
            if days == 1
            else self.tr("<b>{code}</b>: %n over-allocated person-days.", None, days)
        )
        delays = (
            QCoreApplication.translate(
                "LevellingDialog",
                "Levelling delays 1 task (within their slack first, then by priority); links "
                "and constraints hold.",
            )
            if count == 1
            else self.tr(
                "Levelling delays %n tasks (within their slack first, then by priority); links "
                "and constraints hold.",
                None,
                count,
            )
        )
        return f"{over.format(code=code)} {delays}{finish}"

    def _left(self, plan: LevellingPlan) -> str:
        """The over-allocations levelling leaves, in the theme's red."""
        if not plan.unresolved:
            return ""
        named = [html.escape(overload_text(o)) for o in plan.unresolved[:LISTED_UNRESOLVED]]
        more = len(plan.unresolved) - len(named)
        tail = self.tr("; and %n more", None, more) if more > 0 else ""
        red = colors().rag_red
        still = QCoreApplication.translate("LevellingDialog", "Still over-allocated:")
        return f"<span style='color:{red}'>{still}</span> " + "; ".join(named) + tail + "."
