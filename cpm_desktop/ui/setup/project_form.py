"""ProjectForm: a project's frame in two columns, shared by New Project… and Properties….

Left, who and what (client, code, name, sponsor, manager, objective); right, the contract
(start, currency, budget, contract value, contract type, reporting cadence). The dialogs add
their own rows (the client chooser, the calendar, the open-book contract) to either column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cpm_desktop.domain import Cadence, ContractType
from cpm_desktop.services.portfolio.projects import ProjectChanges
from cpm_desktop.services.portfolio.views import ProjectSummary
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import (
    amount_entry_text,
    entry_date_format,
    parse_money,
    py_date,
    qdate,
)
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP

NO_SPONSOR = QT_TRANSLATE_NOOP("ProjectForm", "(no sponsor yet)")


@dataclass(frozen=True, slots=True)
class ProjectFields:
    """What the form holds, money read; the services check the rest."""

    code: str
    name: str
    objective: str
    manager: str
    sponsor_id: int | None
    start_date: dt.date
    currency: str
    budget: Decimal
    contract_value: Decimal
    contract_type: ContractType
    cadence: Cadence


@dataclass(frozen=True, slots=True)
class Person:
    """A contact the sponsor may be chosen from."""

    id: int
    name: str
    role: str


class ProjectForm(QWidget):
    """The fields of a project's frame; `who` and `contract` are the two columns' forms."""

    def __init__(self, client_row: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLineEdit()
        self.code.setObjectName("projectCode")
        self.code.setMaxLength(20)
        self.code.setToolTip(
            QCoreApplication.translate(
                "ProjectForm", "1–20 letters, digits, '.', '_' or '-'; unique in the workspace"
            )
        )
        self.code.setPlaceholderText(QCoreApplication.translate("ProjectForm", "e.g. ACME-WMS"))
        self.name = QLineEdit()
        self.name.setObjectName("projectName")
        self.sponsor = QComboBox()
        self.sponsor.setObjectName("sponsor")
        self.sponsor.setToolTip(
            QCoreApplication.translate(
                "ProjectForm",
                "The client's contact who sponsors the project (Client › Properties adds people)",
            )
        )
        self.manager = QLineEdit()
        self.manager.setObjectName("manager")
        self.objective = QPlainTextEdit()
        self.objective.setObjectName("objective")
        self.objective.setTabChangesFocus(True)
        self.objective.setPlaceholderText(
            QCoreApplication.translate(
                "ProjectForm", "What the client gets, and how success is measured"
            )
        )
        self.objective.setFixedHeight(self.objective.fontMetrics().lineSpacing() * 4 + 14)

        self.start_date = QDateEdit()
        self.start_date.setObjectName("startDate")
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat(entry_date_format())
        self.start_date.setDate(qdate(dt.date.today()))
        self.currency = QLineEdit()
        self.currency.setObjectName("currency")
        self.currency.setMaxLength(3)
        self.currency.setToolTip(
            QCoreApplication.translate(
                "ProjectForm", "The ISO code the project is priced in: EUR, CHF, USD…"
            )
        )
        self.budget = QLineEdit("0")
        self.budget.setObjectName("budget")
        self.budget.setToolTip(
            QCoreApplication.translate("ProjectForm", "The cost the delivery team may spend")
        )
        self.contract_value = QLineEdit("0")
        self.contract_value.setObjectName("contractValue")
        self.contract_value.setToolTip(
            QCoreApplication.translate("ProjectForm", "What the client pays")
        )
        self.contract_type = QComboBox()
        self.contract_type.setObjectName("contractType")
        for kind in ContractType:
            self.contract_type.addItem(_(kind.label), kind)
        self.cadence = QComboBox()
        self.cadence.setObjectName("cadence")
        self.cadence.setToolTip(
            QCoreApplication.translate(
                "ProjectForm", "How often a status report is due: it suggests the next status date"
            )
        )
        for cadence in Cadence:
            self.cadence.addItem(_(cadence.label), cadence)

        self.who = QFormLayout()
        self.who.addRow(QCoreApplication.translate("ProjectForm", "C&lient"), client_row)
        self.who.addRow(QCoreApplication.translate("ProjectForm", "&Code"), self.code)
        self.who.addRow(QCoreApplication.translate("ProjectForm", "&Name"), self.name)
        self.who.addRow(QCoreApplication.translate("ProjectForm", "&Sponsor"), self.sponsor)
        self.who.addRow(QCoreApplication.translate("ProjectForm", "Project &manager"), self.manager)
        self.who.addRow(QCoreApplication.translate("ProjectForm", "&Objective"), self.objective)
        self.contract = QFormLayout()
        self.contract.addRow(
            QCoreApplication.translate("ProjectForm", "S&tart date"), self.start_date
        )
        self.contract.addRow(QCoreApplication.translate("ProjectForm", "C&urrency"), self.currency)
        self.contract.addRow(QCoreApplication.translate("ProjectForm", "&Budget"), self.budget)
        self.contract.addRow(
            QCoreApplication.translate("ProjectForm", "Contract &value"), self.contract_value
        )
        self.contract.addRow(
            QCoreApplication.translate("ProjectForm", "Contract t&ype"), self.contract_type
        )
        self.contract.addRow(QCoreApplication.translate("ProjectForm", "&Reporting"), self.cadence)
        left = QGroupBox(QCoreApplication.translate("ProjectForm", "Project"))
        left.setLayout(self.who)
        right = QGroupBox(QCoreApplication.translate("ProjectForm", "Contract"))
        right.setLayout(self.contract)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(left, 3)
        layout.addWidget(right, 2)
        self.set_people((), None)

    def set_people(self, people: Sequence[Person], sponsor_id: int | None) -> None:
        """Offer the client's contacts as sponsor, `sponsor_id` chosen (None: no sponsor)."""
        self.sponsor.clear()
        self.sponsor.addItem(QCoreApplication.translate("ProjectForm", NO_SPONSOR), None)
        for person in people:
            text = f"{person.name} — {person.role}" if person.role else person.name
            self.sponsor.addItem(text, person.id)
        self.sponsor.setCurrentIndex(max(0, self.sponsor.findData(sponsor_id)))

    def load(self, summary: ProjectSummary) -> None:
        """Show a project's frame."""
        self.code.setText(summary.code)
        self.name.setText(summary.name)
        self.manager.setText(summary.manager)
        self.objective.setPlainText(summary.objective)
        self.start_date.setDate(qdate(summary.start_date))
        self.currency.setText(summary.currency)
        self.budget.setText(amount_entry_text(summary.budget))
        self.contract_value.setText(amount_entry_text(summary.contract_value))
        self.contract_type.setCurrentIndex(self.contract_type.findData(summary.contract_type))
        self.cadence.setCurrentIndex(self.cadence.findData(summary.cadence))

    def fields(self) -> ProjectFields:
        """The form's values; ValueError (a sentence for the user) if an amount is not one."""
        return ProjectFields(
            code=self.code.text().strip(),
            name=self.name.text(),
            objective=self.objective.toPlainText(),
            manager=self.manager.text(),
            sponsor_id=self.sponsor.currentData(),
            start_date=py_date(self.start_date.date()),
            currency=self.currency.text(),
            budget=_money(
                self.budget.text(),
                QCoreApplication.translate("ProjectForm", "The budget: {reason}"),
            ),
            contract_value=_money(
                self.contract_value.text(),
                QCoreApplication.translate("ProjectForm", "The contract value: {reason}"),
            ),
            contract_type=ContractType(self.contract_type.currentData()),
            cadence=Cadence(self.cadence.currentData()),
        )

    def set_read_only(self) -> None:
        """Show the fields without letting them change (a closed project)."""
        for line in (self.code, self.name, self.manager, self.currency):
            line.setReadOnly(True)
        for line in (self.budget, self.contract_value):
            line.setReadOnly(True)
        self.objective.setReadOnly(True)
        self.start_date.setReadOnly(True)
        for combo in (self.sponsor, self.contract_type, self.cadence):
            combo.setEnabled(False)


def changed_fields(summary: ProjectSummary, fields: ProjectFields) -> ProjectChanges:
    """The fields that differ from the project's, as `update_project` takes them."""
    found: ProjectChanges = {}
    if fields.code.upper() != summary.code:
        found["code"] = fields.code
    if " ".join(fields.name.split()) != summary.name:
        found["name"] = fields.name
    if fields.objective.strip() != summary.objective:
        found["objective"] = fields.objective
    if fields.manager.strip() != summary.manager:
        found["manager"] = fields.manager
    if fields.sponsor_id != summary.sponsor_id:
        found["sponsor_id"] = fields.sponsor_id
    if fields.start_date != summary.start_date:
        found["start_date"] = fields.start_date
    if fields.currency.strip().upper() != summary.currency:
        found["currency"] = fields.currency
    if fields.budget != summary.budget:
        found["budget"] = fields.budget
    if fields.contract_value != summary.contract_value:
        found["contract_value"] = fields.contract_value
    if fields.contract_type != summary.contract_type:
        found["contract_type"] = fields.contract_type
    if fields.cadence != summary.cadence:
        found["cadence"] = fields.cadence
    return found


def _money(text: str, problem: str) -> Decimal:
    """The amount in `text`; ValueError saying `problem` ("The budget: {reason}") if none."""
    try:
        return parse_money(text)
    except ValueError as exc:
        raise ValueError(problem.format(reason=exc)) from None
