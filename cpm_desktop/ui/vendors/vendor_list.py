"""VendorListDialog: the workspace's vendors, added, edited and deleted in place; each change is
one undoable edit of the project on screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.vendors.vendors import add_vendor, delete_vendor, edit_vendor
from cpm_desktop.services.vendors.views import VendorRow, vendors
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.table_model import SORT_ROLE, Column, ColumnTableModel, titled
from cpm_desktop.ui.project_records.table_view import RecordProxy, RecordTable
from cpm_desktop.ui.records.cells import ALIGN_RIGHT
from cpm_desktop.ui.records.selection import current_record, select_record
from cpm_desktop.ui.records.widgets import action_button, panel_action
from cpm_desktop.ui.undo import Edit, edit, named
from cpm_desktop.ui.vendors.dialogs import VendorDialog
from cpm_desktop.workspace import Workspace

Run = Callable[[Edit[Any]], str | None]
"""Makes an edit one undoable step unless the service refuses it; the refusal, if any."""

# The titles are marked here and translated where shown (`titled`, context "VendorColumns").
COLUMNS: tuple[Column[VendorRow], ...] = (
    Column(QT_TRANSLATE_NOOP("VendorColumns", "Vendor"), lambda r: r.name, max_width=260),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Contact"), lambda r: r.contact or "—", max_width=220
    ),
    Column(
        QT_TRANSLATE_NOOP("VendorColumns", "Orders"),
        lambda r: str(r.orders),
        sort=lambda r: r.orders,
        align=ALIGN_RIGHT,
    ),
    Column(QT_TRANSLATE_NOOP("VendorColumns", "Notes"), lambda r: r.notes or "—", stretch=True),
)


class VendorListDialog(QDialog):
    """Add, edit and delete the supplier companies every project's orders name."""

    def __init__(self, workspace: Workspace, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("VendorListDialog", "Vendors"))
        self.setMinimumSize(780, 380)
        self._workspace = workspace
        self._run = run
        self.model = ColumnTableModel(titled(COLUMNS, "VendorColumns"))
        self.proxy = RecordProxy(self.model, SORT_ROLE)
        self.table = RecordTable(self.proxy)
        self.table.setObjectName("vendorList")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.add_action = panel_action(
            self,
            "new",
            QCoreApplication.translate("VendorListDialog", "&Add vendor…"),
            QCoreApplication.translate("VendorListDialog", "Add a supplier company"),
        )
        self.edit_action = panel_action(
            self,
            "details",
            QCoreApplication.translate("VendorListDialog", "&Edit…"),
            QCoreApplication.translate("VendorListDialog", "Edit the selected vendor"),
        )
        self.delete_action = panel_action(
            self,
            "delete",
            QCoreApplication.translate("VendorListDialog", "&Delete"),
            QCoreApplication.translate(
                "VendorListDialog", "Delete the selected vendor (one without orders)"
            ),
        )
        self.add_action.triggered.connect(self.add)
        self.edit_action.triggered.connect(self.edit_current)
        self.delete_action.triggered.connect(self.delete_current)
        self.table.doubleClicked.connect(lambda _: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        bar = QHBoxLayout()
        for action in (self.add_action, self.edit_action, self.delete_action):
            bar.addWidget(action_button(action))
        bar.addStretch(1)
        hint = QLabel(
            QCoreApplication.translate(
                "VendorListDialog", "Vendors are the workspace's: every project's orders name them."
            )
        )
        hint.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        """Read the vendors again; the selected one stays selected."""
        current = self.current()
        self.model.set_rows(self._workspace.run(vendors))
        self.table.fit_columns()
        if current is not None:
            select_record(self.table, self.proxy, current.id, 0)
        self._update_actions()

    def current(self) -> VendorRow | None:
        """The selected vendor, if any."""
        return current_record(self.table, self.proxy)

    def _update_actions(self, *_: object) -> None:
        selected = self.current()
        self.edit_action.setEnabled(selected is not None)
        self.delete_action.setEnabled(selected is not None and selected.orders == 0)

    def add(self) -> None:
        """Ask for a new vendor and add it."""
        if VendorDialog(None, lambda values: self._run(add_edit(values)), self).exec():
            self.refresh()

    def edit_current(self) -> None:
        """Edit the selected vendor."""
        row = self.current()
        if row is None:
            return

        def submit(values: dict[str, Any]) -> str | None:
            label = named(QT_TRANSLATE_NOOP("Edits", "Edit vendor {name}"), name=row.name)
            return self._run(edit(label, edit_vendor, row.id, **values))

        if VendorDialog(row, submit, self).exec():
            self.refresh()

    def delete_current(self) -> None:
        """Delete the selected vendor once the user confirms."""
        row = self.current()
        if row is None:
            return
        title = QCoreApplication.translate("VendorListDialog", "Delete vendor")
        answer = QMessageBox.question(
            self,
            title,
            QCoreApplication.translate(
                "VendorListDialog", "Delete {name}?\n\nEdit › Undo brings it back."
            ).format(name=row.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        label = named(QT_TRANSLATE_NOOP("Edits", "Delete vendor {name}"), name=row.name)
        problem = self._run(edit(label, delete_vendor, row.id))
        if problem:
            QMessageBox.warning(self, title, problem)
        self.refresh()


def add_edit(values: dict[str, Any]) -> Edit[VendorRow]:
    """The edit that adds a vendor from the form's values."""
    fields = dict(values)
    name = fields.pop("name")
    return edit(QT_TRANSLATE_NOOP("Edits", "Add vendor"), add_vendor, name, **fields)
