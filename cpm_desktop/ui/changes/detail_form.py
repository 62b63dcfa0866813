"""ChangeForm: the editable fields of one request; each finished field edit is one request.

The form never changes the workspace: it asks (`sig_edit_requested`) and the refreshed row
comes back through `show_row`, so a refused value snaps back to what is stored.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from cpm_desktop.domain import ChangeCategory, ChangePriority
from cpm_desktop.domain.change_workflow import OPEN_FOR_IMPACT
from cpm_desktop.domain.labels import Labelled
from cpm_desktop.services.changes.views import ChangeRow
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import amount_entry_text, entry_date_format, parse_money, qdate
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.theme import colors

MAX_DAYS = 10_000
IMPACT_LOCKED_TIP = QT_TRANSLATE_NOOP(
    "ChangeForm", "The impact is fixed once the client has decided; it was agreed as shown."
)


class TextBox(QPlainTextEdit):
    """A few lines of text that count as edited when the user leaves them changed."""

    sig_edited = Signal(str)
    """Emitted with the text when focus leaves the box and the text differs from the shown one."""

    def __init__(self, placeholder: str, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = ""
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def show_text(self, text: str) -> None:
        """Show stored text (no signal); leaves the cursor alone when nothing changed."""
        self._shown = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def commit(self) -> None:
        """Say the text was edited, if it differs from the stored one."""
        text = self.toPlainText().strip()
        if text != self._shown:
            self.sig_edited.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the box finishes the edit, as leaving a line edit does."""
        super().focusOutEvent(event)
        self.commit()


class ChangeForm(QWidget):
    """Title, requester, dates, category and priority; the impact; each field commits alone."""

    sig_edit_requested = Signal(int, dict)
    """Emitted with the request id and {field: value} keywords of `edit_change_request`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row: ChangeRow | None = None
        self._contacts: list[tuple[int, str]] = []
        self.title = QLineEdit()
        self.title.setObjectName("changeTitle")
        self.requested_by = QComboBox()
        self.requested_by.setObjectName("changeRequestedBy")
        self.raised_on = QDateEdit()
        self.raised_on.setCalendarPopup(True)
        self.raised_on.setDisplayFormat(entry_date_format())
        self.category = _choice_combo(ChangeCategory)
        self.category.setAccessibleName(QCoreApplication.translate("ChangeForm", "Category"))
        self.priority = _choice_combo(ChangePriority)
        self.priority.setAccessibleName(QCoreApplication.translate("ChangeForm", "Priority"))
        self.description = TextBox(QCoreApplication.translate("ChangeForm", "What is asked for"))
        self.reason = TextBox(
            QCoreApplication.translate("ChangeForm", "Why the client asks for it")
        )
        self.schedule_days = _days_box(QCoreApplication.translate("ChangeForm", " working days"))
        self.effort_days = _days_box(QCoreApplication.translate("ChangeForm", " person-days"))
        self.cost_impact = _amount_box()
        self.billable = QCheckBox(
            QCoreApplication.translate("ChangeForm", "Billable to the client")
        )
        self.change_order_value = _amount_box()
        self.scope_impact = TextBox(
            QCoreApplication.translate("ChangeForm", "What changes in the deliverables"), lines=2
        )
        c = colors()
        self.setStyleSheet(
            'QLineEdit[readOnly="true"], QAbstractSpinBox[readOnly="true"],'
            f' QPlainTextEdit[readOnly="true"] {{ background: {c.window}; }}'
        )
        self.request_form = _form()
        self.request_form.addRow(QCoreApplication.translate("ChangeForm", "&Title"), self.title)
        self.request_form.addRow(
            QCoreApplication.translate("ChangeForm", "Requested &by"), self.requested_by
        )
        self.request_form.addRow(
            QCoreApplication.translate("ChangeForm", "&Raised"), self.raised_on
        )
        pair = QHBoxLayout()
        pair.addWidget(self.category, 1)
        pair.addWidget(self.priority, 1)
        self.request_form.addRow(
            QCoreApplication.translate("ChangeForm", "Category, priority"), pair
        )
        self.request_form.addRow(
            QCoreApplication.translate("ChangeForm", "&Description"), self.description
        )
        self.request_form.addRow(QCoreApplication.translate("ChangeForm", "Reas&on"), self.reason)
        self.impact_form = _form()
        self.impact_form.addRow(
            QCoreApplication.translate("ChangeForm", "&Schedule"), self.schedule_days
        )
        self.impact_form.addRow(
            QCoreApplication.translate("ChangeForm", "&Effort"), self.effort_days
        )
        self.impact_form.addRow(
            QCoreApplication.translate("ChangeForm", "&Cost impact"), self.cost_impact
        )
        self.impact_form.addRow("", self.billable)
        self.impact_form.addRow(
            QCoreApplication.translate("ChangeForm", "Change &order"), self.change_order_value
        )
        self.impact_form.addRow(
            QCoreApplication.translate("ChangeForm", "Sco&pe impact"), self.scope_impact
        )
        self._connect()
        self.show_row(None, [], "")

    def _connect(self) -> None:
        self.title.editingFinished.connect(lambda: self._commit("title", self.title.text().strip()))
        self.requested_by.activated.connect(
            lambda _: self._commit("requested_by_id", self.requested_by.currentData())
        )
        self.raised_on.editingFinished.connect(self._commit_raised)
        self.raised_on.calendarWidget().clicked.connect(lambda _: self._commit_raised())
        for name, combo in (("category", self.category), ("priority", self.priority)):
            combo.activated.connect(lambda _, n=name, c=combo: self._commit(n, c.currentData()))
        for name, box in (
            ("description", self.description),
            ("reason", self.reason),
            ("scope_impact", self.scope_impact),
        ):
            box.sig_edited.connect(lambda text, n=name: self._commit(n, text))
        for name, spin in (
            ("schedule_days", self.schedule_days),
            ("effort_days", self.effort_days),
        ):
            spin.editingFinished.connect(lambda n=name, s=spin: self._commit(n, s.value()))
        for name, line in (
            ("cost_impact", self.cost_impact),
            ("change_order_value", self.change_order_value),
        ):
            line.editingFinished.connect(lambda n=name, e=line: self._commit_amount(n, e.text()))
        self.billable.clicked.connect(self._commit_billable)

    @property
    def row(self) -> ChangeRow | None:
        """The request shown, if any."""
        return self._row

    def show_row(
        self, row: ChangeRow | None, contacts: list[tuple[int, str]], currency: str
    ) -> None:
        """Show `row` (None: an empty, disabled form); `contacts` fill the requester choice."""
        self._row = row
        if contacts != self._contacts or self.requested_by.count() == 0:
            self._contacts = contacts
            self.requested_by.clear()
            self.requested_by.addItem(
                QCoreApplication.translate("ChangeForm", "— (not recorded)"), None
            )
            for contact_id, name in contacts:
                self.requested_by.addItem(name, contact_id)
        self.setEnabled(row is not None)
        for box in (self.cost_impact, self.change_order_value):
            box.setPlaceholderText(f"0 {currency}".strip())
        if row is None:
            self.title.clear()
            for text in (self.description, self.reason, self.scope_impact):
                text.show_text("")
            return
        _set_line(self.title, row.title)
        self.requested_by.setCurrentIndex(max(0, self.requested_by.findData(row.requested_by_id)))
        self.raised_on.setDate(qdate(row.raised_on))
        self.category.setCurrentIndex(max(0, self.category.findData(row.category)))
        self.priority.setCurrentIndex(max(0, self.priority.findData(row.priority)))
        self.description.show_text(row.description)
        self.reason.show_text(row.reason)
        self.schedule_days.setValue(row.schedule_days)
        self.effort_days.setValue(row.effort_days)
        _set_line(self.cost_impact, amount_entry_text(row.cost_impact))
        self.billable.setChecked(row.billable)
        _set_line(self.change_order_value, amount_entry_text(row.change_order_value))
        self.scope_impact.show_text(row.scope_impact)
        self._lock_impact(row.status not in OPEN_FOR_IMPACT, row.billable)

    def _lock_impact(self, locked: bool, billable: bool) -> None:
        """Decided impact stays readable at full contrast (read-only, not greyed out)."""
        tip = QCoreApplication.translate("ChangeForm", IMPACT_LOCKED_TIP) if locked else ""
        for spin in (self.schedule_days, self.effort_days):
            spin.setReadOnly(locked)
            spin.setButtonSymbols(
                QSpinBox.ButtonSymbols.NoButtons if locked else QSpinBox.ButtonSymbols.UpDownArrows
            )
        for box in (self.cost_impact, self.change_order_value, self.scope_impact):
            box.setReadOnly(locked)
        for widget in (
            self.schedule_days,
            self.effort_days,
            self.cost_impact,
            self.billable,
            self.change_order_value,
            self.scope_impact,
        ):
            widget.setToolTip(tip)
        self.billable.setEnabled(not locked)
        self.change_order_value.setEnabled(billable)

    # -- committing ----------------------------------------------------------------------

    def _commit(self, name: str, value: Any) -> None:
        row = self._row
        if row is None or getattr(row, name) == value:
            return
        self.sig_edit_requested.emit(row.id, {name: value})

    def _commit_raised(self) -> None:
        day = self.raised_on.date()
        self._commit("raised_on", dt.date(day.year(), day.month(), day.day()))

    def _commit_amount(self, name: str, text: str) -> None:
        try:
            amount: Decimal | str = parse_money(text)
        except ValueError:
            amount = text.strip()  # the service names what is wrong with it
        self._commit(name, amount)

    def _commit_billable(self, billable: bool) -> None:
        row = self._row
        if row is None or row.billable == billable:
            return
        fields: dict[str, object] = {"billable": billable}
        if not billable and row.change_order_value:
            # A change the client does not pay for has no change-order value: one step.
            fields["change_order_value"] = Decimal(0)
        self.sig_edit_requested.emit(row.id, fields)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(6)
    return form


def _choice_combo(values: type[Labelled]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(_(value.label), value.value)
    return combo


def _days_box(suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_DAYS)
    box.setSuffix(suffix)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def _amount_box() -> QLineEdit:
    box = QLineEdit()
    box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return box


def _set_line(box: QLineEdit, text: str) -> None:
    """Show stored text without moving the cursor when it is already there."""
    if box.text() != text:
        box.setText(text)
        box.setCursorPosition(0)  # long titles show their beginning
