"""Edit › Exchange Rates…: choose the reporting currency and keep the dated rates into it.

Every change is a workspace-wide undoable edit (`Editor.run(WORKSPACE_WIDE, …)`); the dialog's
Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) step through them, and so does the main window's Edit
menu on the portfolio. The portfolio re-reads its roll-ups from the change event each edit
announces; refusals reach the user as the Editor's message.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QItemSelection, QRegularExpression, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.portfolio.exchange_rates import (
    ExchangeRateRow,
    ExchangeRates,
    exchange_rates,
)
from cpm_desktop.ui.dialogs.modal import run_modal
from cpm_desktop.ui.exchange_rates.edits import (
    add_rate_edit,
    change_rate_edit,
    delete_rate_edit,
    reporting_currency_edit,
)
from cpm_desktop.ui.exchange_rates.rates_model import RatesTableModel, rate_text
from cpm_desktop.ui.formatting import qdate
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import date_field, picked_date
from cpm_desktop.ui.records.widgets import rows_height, style_record_table
from cpm_desktop.ui.undo import REFUSED, WORKSPACE_WIDE, Edit, Editor, undo_action
from cpm_desktop.workspace import ChangeEvent, RecordKind

TITLE = QT_TRANSLATE_NOOP("ExchangeRatesDialog", "Exchange Rates")
VISIBLE_RATES = 6  # whole rows the table shows before it scrolls
CODE = QRegularExpression("[A-Za-z]{0,3}")
NOT_SET = QT_TRANSLATE_NOOP("ExchangeRatesDialog", "per currency, no conversion")


class ExchangeRatesDialog(QDialog):
    """The reporting currency, a table of the rates, and a form to add, change or delete one."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ExchangeRatesDialog", TITLE))
        self.editor = editor
        self.settings = ExchangeRates(None, ())
        intro = QLabel(
            QCoreApplication.translate(
                "ExchangeRatesDialog",
                "The portfolio rolls up the money of every project in the reporting currency, "
                "converted with the latest rate from each project's status date or before. "
                "Without a reporting currency, or a rate for a project's day, it shows the sums "
                "per currency. Each project's own figures stay in its own currency.",
            )
        )
        intro.setWordWrap(True)
        self.reporting = _code_combo(QCoreApplication.translate("ExchangeRatesDialog", NOT_SET))
        self.reporting.setObjectName("reportingCurrency")
        self.reporting.activated.connect(lambda _index: self.apply_reporting())
        line = self.reporting.lineEdit()
        if line is not None:
            line.editingFinished.connect(self.apply_reporting)
        reporting_row = QFormLayout()
        reporting_row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        reporting_row.addRow(
            QCoreApplication.translate("ExchangeRatesDialog", "&Reporting currency:"),
            self.reporting,
        )

        self.rates_label = QLabel()
        self.rates_label.setWordWrap(True)
        self.model = RatesTableModel()
        self.table = QTableView()
        self.table.setObjectName("exchangeRates")
        self.table.setModel(self.model)
        style_record_table(self.table, sortable=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(rows_height(self.table, VISIBLE_RATES))
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.currency = _code_combo("CHF")
        self.currency.setObjectName("rateCurrency")
        self.valid_from = date_field(dt.date.today())
        self.rate = QLineEdit()
        self.rate.setObjectName("rateValue")
        self.rate.setPlaceholderText(
            QCoreApplication.translate("ExchangeRatesDialog", "e.g. 1.065")
        )
        self.rate.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.add_button = QPushButton(
            icon("new"), QCoreApplication.translate("ExchangeRatesDialog", "&Add")
        )
        self.add_button.setToolTip(
            QCoreApplication.translate(
                "ExchangeRatesDialog", "Add the rate in the fields on the left"
            )
        )
        self.add_button.clicked.connect(self.add_rate)
        self.save_button = QPushButton(QCoreApplication.translate("ExchangeRatesDialog", "&Change"))
        self.save_button.setToolTip(
            QCoreApplication.translate(
                "ExchangeRatesDialog", "Give the selected rate the values in the fields"
            )
        )
        self.save_button.clicked.connect(self.save_rate)
        self.delete_button = QPushButton(
            icon("delete"), QCoreApplication.translate("ExchangeRatesDialog", "&Delete")
        )
        self.delete_button.setToolTip(
            QCoreApplication.translate("ExchangeRatesDialog", "Delete the selected rate")
        )
        self.delete_button.clicked.connect(self.delete_rate)
        form = QGridLayout()
        fields = (
            (QCoreApplication.translate("ExchangeRatesDialog", "C&urrency"), self.currency),
            (QCoreApplication.translate("ExchangeRatesDialog", "&Valid from"), self.valid_from),
            (QCoreApplication.translate("ExchangeRatesDialog", "Ra&te"), self.rate),
        )
        for column, (text, field) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(field)
            form.addWidget(label, 0, column)
            form.addWidget(field, 1, column)
        form.setColumnStretch(2, 1)
        buttons_row = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)

        stack = editor.stack(WORKSPACE_WIDE)
        self.undo_action = undo_action(stack, self, redo=False)
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_action(stack, self, redo=True)
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        footer = QHBoxLayout()
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)  # the shortcuts work while the dialog has the focus
            step = QToolButton()
            step.setDefaultAction(action)
            step.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            footer.addWidget(step)
        footer.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        footer.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(reporting_row)
        layout.addWidget(self.rates_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addLayout(footer)
        self.resize(620, 520)
        editor.sig_changed.connect(self._on_changed)
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the reporting currency and the rates again and show them."""
        chosen = self._selected()
        self.settings = settings = self.editor.workspace.run(exchange_rates)
        reporting = settings.reporting_currency
        _fill(self.reporting, ("", *settings.project_currencies), reporting or "")
        others = [c for c in settings.project_currencies if c != reporting]
        _fill(self.currency, others, self.currency.currentText() or (others or [""])[0])
        self.model.set_reporting_currency(reporting)
        self.model.set_rows(settings.rates)
        if chosen is not None and (row := self.model.row_of(chosen.id)) >= 0:
            self.table.selectRow(row)
        if reporting is None:
            self.rates_label.setText(
                QCoreApplication.translate(
                    "ExchangeRatesDialog",
                    "Rates: choose a reporting currency first; rates are quoted in it.",
                )
            )
        else:
            self.rates_label.setText(
                QCoreApplication.translate(
                    "ExchangeRatesDialog",
                    "Rates: 1 unit of the currency is worth the rate in {reporting}, from its "
                    "day until the next rate of that currency.",
                ).format(reporting=reporting)
            )
        self._enable()

    def _on_changed(self, event: ChangeEvent) -> None:
        if event.touches(
            RecordKind.EXCHANGE_RATE, RecordKind.WORKSPACE_SETTING, RecordKind.PROJECT
        ):
            self.reload()

    def _selected(self) -> ExchangeRateRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0]) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self._selected()
        if row is not None:
            self.currency.setCurrentText(row.currency)
            self.valid_from.setDate(qdate(row.valid_from))
            self.rate.setText(rate_text(row))
        self._enable()

    def _enable(self) -> None:
        has_reporting = self.settings.reporting_currency is not None
        chosen = self._selected() is not None
        self.add_button.setEnabled(has_reporting)
        self.save_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- edits -----------------------------------------------------------------------------

    def apply_reporting(self) -> None:
        """Make the typed or chosen code the reporting currency (empty: none), if it changed."""
        code = self.reporting.currentText().strip().upper()
        if code == (self.settings.reporting_currency or ""):
            return
        if self._run(reporting_currency_edit(code)) is REFUSED:
            self.reporting.setCurrentText(self.settings.reporting_currency or "")

    def add_rate(self) -> None:
        """Add the rate in the form's fields."""
        self._run(add_rate_edit(self.currency.currentText(), self._day(), self.rate.text()))

    def save_rate(self) -> None:
        """Give the selected rate the form's values."""
        row = self._selected()
        if row is not None:
            edit = change_rate_edit(row, self.currency.currentText(), self._day(), self.rate.text())
            self._run(edit)

    def delete_rate(self) -> None:
        """Delete the selected rate (Undo brings it back)."""
        row = self._selected()
        if row is not None:
            self._run(delete_rate_edit(row))

    def _day(self) -> dt.date:
        return picked_date(self.valid_from)

    def _run(self, edit: Edit[object]) -> object:
        # The Editor reports a refusal (sig_failed → a message box) and announces a success
        # (sig_changed → reload here and in the portfolio).
        return self.editor.run(WORKSPACE_WIDE, edit)


def _code_combo(placeholder: str) -> QComboBox:
    """An editable combo of currency codes that takes three letters typed freely."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setValidator(QRegularExpressionValidator(CODE, combo))
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(placeholder)
    combo.setMinimumContentsLength(max(len(placeholder), 4))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def _fill(combo: QComboBox, codes: tuple[str, ...] | list[str], current: str) -> None:
    """Offer `codes`, showing `current` (typed codes not in the list are kept as text)."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItems(list(codes))
    combo.setCurrentText(current)
    combo.blockSignals(False)


def edit_exchange_rates(editor: Editor, parent: QWidget) -> None:
    """Show the Exchange Rates dialog until the user closes it."""
    dialog = ExchangeRatesDialog(editor, parent)
    run_modal(dialog)
