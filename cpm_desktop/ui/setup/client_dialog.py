"""New Client… and Client › Properties…: one form for a client's fields and its contacts.

OK saves everything the user changed as one undoable edit; a refusal (a name already used, a
currency that is not an ISO code) is shown and the form stays open, nothing written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain.locales import DEFAULT_LOCALE, LOCALES
from cpm_desktop.reports.locale_format import ReportFormat
from cpm_desktop.services.portfolio.clients import (
    ClientChanges,
    ClientRecord,
    client_details,
    contacts_of,
)
from cpm_desktop.services.portfolio.setup import (
    ClientFields,
    ContactEntry,
    create_client_with_contacts,
    save_client,
)
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.dialogs.export_language import locale_name
from cpm_desktop.ui.dialogs.modal import run_modal
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.column_fit import FillColumn
from cpm_desktop.ui.records.widgets import rows_height
from cpm_desktop.ui.setup.contact_dialog import ContactDialog
from cpm_desktop.ui.setup.contacts_model import COLUMNS, ContactsModel
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import REFUSED, Editor, edit, named

DEFAULT_CURRENCY = "EUR"
ROLE = COLUMNS.index("Role")
ROLE_MIN = 120  # pixels
CONTACT_ROWS = 4  # the contacts table shows this many whole rows before it scrolls


class ClientDialog(QDialog):
    """A client's name, industry, default currency, address, notes and contacts."""

    def __init__(
        self,
        client: ClientRecord | None,
        contacts: Sequence[ContactEntry],
        save: Callable[[ClientDialog], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._saved_contacts = tuple(contacts)
        self._save = save
        self.setWindowTitle(
            QCoreApplication.translate("ClientDialog", "New Client")
            if client is None
            else QCoreApplication.translate("ClientDialog", "Client — {name}").format(
                name=client.name
            )
        )
        self.setMinimumWidth(920)  # a contact's role and e-mail address whole

        self.name = QLineEdit(client.name if client else "")
        self.name.setObjectName("clientName")
        self.industry = QLineEdit(client.industry if client else "")
        self.industry.setPlaceholderText(
            QCoreApplication.translate("ClientDialog", "e.g. Logistics, Retail, Public sector")
        )
        self.currency = QLineEdit(client.currency if client else DEFAULT_CURRENCY)
        self.currency.setObjectName("clientCurrency")
        self.currency.setMaxLength(3)
        self.currency.setToolTip(
            QCoreApplication.translate(
                "ClientDialog",
                "The ISO code (EUR, CHF, USD…) its new projects are priced in; "
                "existing projects keep theirs",
            )
        )
        self.currency.setMaximumWidth(self.currency.fontMetrics().horizontalAdvance("MMMM") + 24)
        self.export_locale = QComboBox()
        self.export_locale.setObjectName("clientLocale")
        for code in LOCALES:
            self.export_locale.addItem(locale_name(code), code)
        self.export_locale.setCurrentIndex(
            max(0, self.export_locale.findData(client.locale if client else DEFAULT_LOCALE))
        )
        self.export_locale.setToolTip(
            QCoreApplication.translate(
                "ClientDialog",
                "The language its exports (pack, workbook, sign-off forms) are written in, "
                "with that region's dates, numbers and money",
            )
        )
        self.address = QPlainTextEdit(client.address if client else "")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 3 + 14)
        self.notes = QPlainTextEdit(client.notes if client else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)

        self.contacts = ContactsModel()
        self.contacts.set_rows(contacts)
        self.contact_table = QTableView()
        self.contact_table.setObjectName("contacts")
        self.contact_table.setModel(self.contacts)
        self.contact_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contact_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contact_table.verticalHeader().hide()
        self.contact_table.setWordWrap(False)  # a long role is elided, whole in its tooltip
        header = self.contact_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Names, addresses and numbers whole; the role (free text, whole in its tooltip) fills.
        FillColumn(self.contact_table, ROLE, ROLE_MIN)  # owned by the table
        self.contact_table.setMinimumHeight(rows_height(self.contact_table, CONTACT_ROWS))
        self.contact_table.doubleClicked.connect(self._edit_contact_at)
        self.add_contact_button = QPushButton(
            QCoreApplication.translate("ClientDialog", "&Add Contact…")
        )
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button = QPushButton(
            QCoreApplication.translate("ClientDialog", "&Edit Contact…")
        )
        self.edit_contact_button.clicked.connect(
            lambda: self._edit_contact_at(self.contact_table.currentIndex())
        )
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.add_contact_button)
        contact_buttons.addWidget(self.edit_contact_button)
        contact_buttons.addStretch(1)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ClientDialog", "&Name"), self.name)
        form.addRow(QCoreApplication.translate("ClientDialog", "&Industry"), self.industry)
        form.addRow(QCoreApplication.translate("ClientDialog", "Default &currency"), self.currency)
        form.addRow(
            QCoreApplication.translate("ClientDialog", "Export &language"), self.export_locale
        )
        self.locale_sample = QLabel()
        self.locale_sample.setObjectName("clientLocaleSample")
        self.locale_sample.setStyleSheet(f"color: {colors().muted_text};")
        self.export_locale.currentIndexChanged.connect(self._show_locale_sample)
        self.currency.textChanged.connect(self._show_locale_sample)
        self._show_locale_sample()
        form.addRow("", self.locale_sample)
        form.addRow(QCoreApplication.translate("ClientDialog", "Add&ress"), self.address)
        form.addRow(QCoreApplication.translate("ClientDialog", "N&otes"), self.notes)
        form.addRow(QCoreApplication.translate("ClientDialog", "Contacts"), self.contact_table)
        form.addRow("", contact_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self, self._on_ok))

    # -- what the form holds ---------------------------------------------------------------

    def fields(self) -> ClientFields:
        """Every field as typed (the service cleans and checks them)."""
        return ClientFields(
            name=self.name.text(),
            industry=self.industry.text(),
            address=self.address.toPlainText(),
            currency=self.currency.text(),
            notes=self.notes.toPlainText(),
            locale=str(self.export_locale.currentData()),
        )

    def changes(self) -> ClientChanges:
        """The fields that differ from the client's, as `update_client` takes them."""
        found: ClientChanges = {}
        client, fields = self._client, self.fields()
        if client is None:
            return found
        if " ".join(fields.name.split()) != client.name:
            found["name"] = fields.name
        if fields.industry.strip() != client.industry:
            found["industry"] = fields.industry
        if fields.address.strip() != client.address:
            found["address"] = fields.address
        if fields.currency.strip().upper() != client.currency:
            found["currency"] = fields.currency
        if fields.notes.strip() != client.notes:
            found["notes"] = fields.notes
        if fields.locale != client.locale:
            found["locale"] = fields.locale
        return found

    def _show_locale_sample(self, *_: object) -> None:
        formats = ReportFormat(str(self.export_locale.currentData()))
        sample = dt.date(dt.date.today().year, 5, 18)
        amount = formats.money(Decimal("516627.74"), self.currency.text().strip() or "EUR")
        self.locale_sample.setText(
            QCoreApplication.translate(
                "ClientDialog", "Dates and money read: {date} · {amount}"
            ).format(date=formats.long_date(sample), amount=amount)
        )

    def contact_changes(self) -> tuple[ContactEntry, ...]:
        """The contacts added and the ones edited since the form opened."""
        saved = set(self._saved_contacts)
        return tuple(c for c in self.contacts.rows() if c not in saved)

    # -- contacts --------------------------------------------------------------------------

    def add_contact(self) -> None:
        """Ask for a new contact and list it (saved with the client on OK)."""
        dialog = ContactDialog(None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.contacts.set_rows((*self.contacts.rows(), dialog.contact()))
        dialog.deleteLater()

    def _edit_contact_at(self, index: QModelIndex) -> None:
        contact = self.contacts.entry(index)
        if contact is None:
            return
        dialog = ContactDialog(contact, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            rows = list(self.contacts.rows())
            rows[index.row()] = dialog.contact()
            self.contacts.set_rows(rows)
        dialog.deleteLater()

    def _on_ok(self) -> None:
        if self._save(self):
            self.accept()


def ask_new_client(
    parent: QWidget, editor: Editor, stack: int | None = None
) -> ClientRecord | None:
    """File › New Client…: the client created, or None (cancelled).

    `stack` is the undo stack the creation goes on (the project on screen; None: the
    workspace's own, active on the portfolio).
    """
    created: list[ClientRecord] = []

    def save(dialog: ClientDialog) -> bool:
        result = editor.run(
            stack,
            edit(
                QT_TRANSLATE_NOOP("Edits", "New client"),
                create_client_with_contacts,
                dialog.fields(),
                dialog.contacts.rows(),
            ),
        )
        if result is REFUSED:
            return False
        created.append(result)
        return True

    dialog = ClientDialog(None, (), save, parent)
    run_modal(dialog)
    return created[0] if created else None


def edit_client(
    parent: QWidget, editor: Editor, client_id: int, stack: int | None = None
) -> ClientRecord | None:
    """Client › Properties…: the client as saved, or None (cancelled or nothing changed)."""
    client = editor.workspace.run(client_details, client_id)
    contacts = tuple(
        ContactEntry(c.id, c.name, c.role, c.email, c.phone)
        for c in editor.workspace.run(contacts_of, client_id)
    )
    saved: list[ClientRecord] = []

    def save(dialog: ClientDialog) -> bool:
        changes, people = dialog.changes(), dialog.contact_changes()
        if not changes and not people:
            return True
        name = named(QT_TRANSLATE_NOOP("Edits", "Client properties of {name}"), name=client.name)
        result = editor.run(stack, edit(name, save_client, client_id, changes, people))
        if result is REFUSED:
            return False
        saved.append(result)
        return True

    dialog = ClientDialog(client, contacts, save, parent)
    run_modal(dialog)
    return saved[0] if saved else None
