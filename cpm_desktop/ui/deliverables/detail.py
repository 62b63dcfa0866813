"""DeliverableDetail: the selected deliverable — its checklist to tick, the client's verdict and
the history of its steps; the buttons follow the panel's actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain import DeliverableStatus
from cpm_desktop.services.deliverables.views import DeliverableRow
from cpm_desktop.ui.deliverables.checklist_model import ChecklistModel
from cpm_desktop.ui.deliverables.columns import status_color, status_text
from cpm_desktop.ui.deliverables.history_model import COMMENT, StepHistoryModel
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.detail_parts import (
    StepHistoryTable,
    follow_action,
    muted_label,
    plain_label,
    section_label,
    show_status_chip,
)
from cpm_desktop.ui.records.widgets import read_only_form, style_heading
from cpm_desktop.ui.theme import colors

S = DeliverableStatus
COMMENT_MIN = 120  # pixels; a longer comment is elided, whole in its tooltip
TICK_HINT = QT_TRANSLATE_NOOP(
    "DeliverableDetail", "Tick each criterion the client found met: acceptance needs them all."
)
FINAL_HINT = QT_TRANSLATE_NOOP("DeliverableDetail", "Accepted: the checklist is final.")
NO_CHECKLIST = QT_TRANSLATE_NOOP(
    "DeliverableDetail", "No acceptance criteria yet: Edit… lists them, one per line."
)
VERDICT_TITLES = {
    "by": QT_TRANSLATE_NOOP("DeliverableDetail", "Decided by"),
    "on": QT_TRANSLATE_NOOP("DeliverableDetail", "On"),
    "reasons": QT_TRANSLATE_NOOP("DeliverableDetail", "Reasons"),
}


class DeliverableDetail(QWidget):
    """Everything about one DeliverableRow; `checklist` asks the panel for each tick."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        c = colors()
        self.heading = plain_label()
        self.heading.setObjectName("deliverableHeading")
        style_heading(self.heading)
        self.status_chip = QLabel()
        self.status_chip.setObjectName("deliverableStatusChip")
        self.summary = plain_label()
        self.summary.setObjectName("deliverableSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {c.muted_text};")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("deliverableSaved")
        self.saved_label.setTextFormat(Qt.TextFormat.RichText)
        self.saved_label.setWordWrap(True)
        self.saved_label.hide()
        self.description = plain_label()
        self.description.setObjectName("deliverableDescription")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checklist = ChecklistModel()
        self.checklist_view = _checklist_view(self.checklist)
        self.checklist_hint = muted_label("")
        self.checklist_hint.setWordWrap(True)
        self._verdict: dict[str, QLabel] = {}
        self._verdict_form = verdict = read_only_form(vertical_spacing=4)
        self._verdict_titles: dict[str, QLabel] = {}
        for key, title in VERDICT_TITLES.items():
            name = muted_label(QCoreApplication.translate("DeliverableDetail", title))
            value = plain_label()
            value.setObjectName(f"deliverableVerdict_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._verdict[key], self._verdict_titles[key] = value, name
            verdict.addRow(name, value)
        self.history_model = StepHistoryModel()
        self.history = StepHistoryTable(self.history_model, COMMENT, COMMENT_MIN)
        self.history.setObjectName("deliverableHistory")

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addSpacing(4)
        top.addWidget(self.heading, 1)
        for action in actions:
            top.addWidget(_button(action))
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(
            section_label(QCoreApplication.translate("DeliverableDetail", "Acceptance checklist"))
        )
        left.addWidget(self.checklist_view)
        left.addWidget(self.checklist_hint)
        left.addWidget(
            section_label(QCoreApplication.translate("DeliverableDetail", "Description"))
        )
        left.addWidget(self.description)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(
            section_label(QCoreApplication.translate("DeliverableDetail", "Client's verdict"))
        )
        right.addLayout(verdict)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(left, 6)
        columns.addLayout(right, 4)
        self.body = QWidget()  # hidden while no deliverable is selected
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        body.addLayout(columns)
        body.addWidget(section_label(QCoreApplication.translate("DeliverableDetail", "History")))
        body.addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.show_row(None, dt.date.today())

    def show_row(self, row: DeliverableRow | None, today: dt.date) -> None:
        """Show `row` (None: a hint to select one); overdue is measured from `today`."""
        if row is None:
            self.heading.setText(
                QCoreApplication.translate("DeliverableDetail", "No deliverable selected")
            )
            self.summary.setText(
                QCoreApplication.translate(
                    "DeliverableDetail", "Select a deliverable in the table to see its acceptance."
                )
            )
            self.status_chip.hide()
            self.checklist.set_criteria((), editable=False)
            self.history_model.set_rows(())
            self.body.hide()
            self.show_saved("")
            return
        self.body.show()
        self.heading.setText(f"{row.reference}  {row.name}")
        self._show_status(row.status)
        self.summary.setText(summary_text(row, today))
        final = row.status is S.ACCEPTED
        self.checklist.set_criteria(row.criteria, editable=not final)
        self.checklist_view.setFixedHeight(_list_height(self.checklist_view, len(row.criteria)))
        hint = FINAL_HINT if final else TICK_HINT
        self.checklist_hint.setText(
            QCoreApplication.translate("DeliverableDetail", hint if row.criteria else NO_CHECKLIST)
        )
        self.description.setText(row.description or "—")
        self.description.setEnabled(bool(row.description))  # a muted dash reads as "none"
        self._show_verdict(row)
        self.history_model.set_rows(row.steps)
        self.history.fit()

    def show_saved(self, text: str) -> None:
        """Show a note (rich text, e.g. with an Open link) under the summary; '' hides it."""
        self.saved_label.setText(text)
        self.saved_label.setVisible(bool(text))

    def verdict_text(self, key: str) -> str:
        """The text shown for 'by', 'on' or 'reasons' of the client's verdict, for tests."""
        return self._verdict[key].text()

    def _show_verdict(self, row: DeliverableRow) -> None:
        decided = {
            S.ACCEPTED: QCoreApplication.translate("DeliverableDetail", "Accepted by"),
            S.REJECTED: QCoreApplication.translate("DeliverableDetail", "Rejected by"),
        }.get(row.status)
        # A resubmitted deliverable keeps its last rejection's reasons: the rework answers them.
        reasons_title = (
            QCoreApplication.translate("DeliverableDetail", "Reasons")
            if row.status is S.REJECTED
            else QCoreApplication.translate("DeliverableDetail", "Last rejection")
        )
        self._verdict_titles["by"].setText(
            decided or QCoreApplication.translate("DeliverableDetail", "Decided by")
        )
        self._verdict_titles["reasons"].setText(reasons_title)
        texts = {
            "by": row.decided_by,
            "on": short_date_text(row.decided_on),
            "reasons": row.rejection_reasons if row.status is not S.ACCEPTED else "",
        }
        if decided is None:
            texts["by"] = QCoreApplication.translate(
                "DeliverableDetail", "Not yet: {awaiting}"
            ).format(awaiting=_awaiting(row.status))
        for key, value in self._verdict.items():
            value.setText(texts[key] or "—")
            value.setEnabled(bool(texts[key]))
        self._verdict_form.setRowVisible(self._verdict["on"], bool(texts["on"]))
        self._verdict_form.setRowVisible(self._verdict["reasons"], bool(texts["reasons"]))

    def _show_status(self, status: DeliverableStatus) -> None:
        show_status_chip(self.status_chip, status_text(status), status_color(status))


def summary_text(row: DeliverableRow, today: dt.date) -> str:
    """'Owner Anna Weber · due 15 Dec 2026 with “Design signed off” · 1 of 2 criteria met'."""
    parts = [
        QCoreApplication.translate("DeliverableDetail", "Owner {owner}").format(owner=row.owner)
        if row.owner
        else QCoreApplication.translate("DeliverableDetail", "No owner")
    ]
    if row.due is None:
        parts.append(QCoreApplication.translate("DeliverableDetail", "no due date"))
    else:
        day = short_date_text(row.due)
        parts.append(
            QCoreApplication.translate("DeliverableDetail", "due {day} with “{milestone}”").format(
                day=day, milestone=row.milestone
            )
            if row.milestone
            else QCoreApplication.translate("DeliverableDetail", "due {day}").format(day=day)
        )
        if row.overdue(today):
            parts.append(QCoreApplication.translate("DeliverableDetail", "overdue"))
    if row.criteria:
        parts.append(
            QCoreApplication.translate("DeliverableDetail", "{met} of {total} criteria met").format(
                met=row.criteria_met, total=len(row.criteria)
            )
        )
    if row.rejections:
        parts.append(
            QCoreApplication.translate("DeliverableDetail", "rejected {count}×").format(
                count=row.rejections
            )
        )
    return " · ".join(parts)


def _awaiting(status: DeliverableStatus) -> str:
    """What a deliverable without a verdict waits for."""
    if status in (S.SUBMITTED, S.RESUBMITTED):
        return QCoreApplication.translate("DeliverableDetail", "with the client")
    return QCoreApplication.translate("DeliverableDetail", "not submitted")


def _button(action: QAction) -> QPushButton:
    """A push button with the action's icon and text: shown only while the action is enabled.
    Named after the action's object name (the English words, whatever the language shown)."""
    text = action.text().replace("&", "")
    button = QPushButton(action.icon(), text)
    button.setObjectName(f"deliverableButton_{action.objectName() or name_key(text)}")
    button.setToolTip(action.toolTip())
    return follow_action(button, action)


def name_key(text: str) -> str:
    """'S&ubmit to client' → 'submit_to_client': an object name from an action's English text."""
    return text.replace("&", "").rstrip("…").replace(" ", "_").lower()


def _checklist_view(model: ChecklistModel) -> QListView:
    view = QListView()
    view.setObjectName("deliverableChecklist")
    view.setAccessibleName(QCoreApplication.translate("DeliverableDetail", "Acceptance checklist"))
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setUniformItemSizes(True)
    view.setSpacing(1)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def _list_height(view: QListView, rows: int) -> int:
    """Tall enough for every criterion (at least one empty row): the page scrolls, not the list."""
    row = view.fontMetrics().height() + 8
    return max(rows, 1) * row + 2 * view.frameWidth() + 4
