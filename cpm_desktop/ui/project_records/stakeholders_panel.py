"""StakeholdersPanel: the people at the project's client, their role, influence and details."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cpm_desktop.services.portfolio.clients import add_contact, update_contact
from cpm_desktop.services.portfolio.views import (
    StakeholderRow,
    portfolio,
    project_summary,
    stakeholders,
)
from cpm_desktop.texts import _
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.contact_dialog import INFLUENCES, ContactDialog
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.table_model import CHIP_ROLE, Column, titled
from cpm_desktop.ui.records.cells import ALIGN_CENTER
from cpm_desktop.ui.records.chip_delegate import ChipDelegate
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import Edit, Editor, edit, named
from cpm_desktop.workspace import RecordKind


def influence_color(index: QModelIndex | QPersistentModelIndex) -> QColor | None:
    """Influence in calm shades of the accent, never in RAG colours: high influence is no alarm,
    and the sponsor may well be looking at the projector."""
    c = colors()
    shade = {"high": c.highlight, "medium": c.muted_text, "low": c.border}
    named = shade.get(str(index.data(CHIP_ROLE) or ""))
    return QColor(named) if named else None


COLUMNS: tuple[Column[StakeholderRow], ...] = (
    Column(QT_TRANSLATE_NOOP("StakeholdersPanel", "Name"), lambda r: r.name, max_width=240),
    Column(QT_TRANSLATE_NOOP("StakeholdersPanel", "Role"), lambda r: r.role or "—", max_width=280),
    Column(
        QT_TRANSLATE_NOOP("StakeholdersPanel", "Influence"),
        lambda r: _(r.influence.capitalize()),
        align=ALIGN_CENTER,
        sort=lambda r: INFLUENCES.index(r.influence) if r.influence in INFLUENCES else -1,
        chip=lambda r: r.influence,
        tip=lambda r: QCoreApplication.translate(
            "StakeholdersPanel", "{influence} influence on the project's decisions"
        ).format(influence=_(r.influence.capitalize())),
    ),
    Column(
        QT_TRANSLATE_NOOP("StakeholdersPanel", "Sponsor"),
        lambda r: (
            QCoreApplication.translate("StakeholdersPanel", "Sponsor") if r.is_sponsor else ""
        ),
        align=ALIGN_CENTER,
        sort=lambda r: not r.is_sponsor,
        muted=lambda r: False,
        tip=lambda r: (
            QCoreApplication.translate("StakeholdersPanel", "The project's sponsor")
            if r.is_sponsor
            else ""
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("StakeholdersPanel", "E-mail"), lambda r: r.email or "—", stretch=True
    ),
    Column(
        QT_TRANSLATE_NOOP("StakeholdersPanel", "Phone"), lambda r: r.phone or "—", max_width=200
    ),
)
INFLUENCE = 2


class StakeholdersPanel(RecordPanel[StakeholderRow]):
    """The client's contacts (shared by the client's projects); add and edit undoably."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "contact")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Stakeholders")
    KINDS = (RecordKind.CONTACT, RecordKind.PROJECT)
    CAN_DELETE = False  # a contact may be named by other projects' records: not removed here

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(
            editor,
            titled(COLUMNS, "StakeholdersPanel"),
            QCoreApplication.translate(
                "StakeholdersPanel",
                "No contacts at this client yet. Add the sponsor, key users and approvers, "
                "with how much each sways the project's decisions.",
            ),
            parent,
        )
        self.setObjectName("stakeholdersPanel")
        self.table.setObjectName("stakeholdersTable")
        self.table.setItemDelegateForColumn(INFLUENCE, ChipDelegate(influence_color, self.table))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._client = ""
        self._client_id: int | None = None

    @property
    def client(self) -> str:
        """The name of the client whose people are shown ('' without a project)."""
        return self._client

    def show_project(self, project_id: int | None) -> None:
        """Show the people at the project's client."""
        self._client, self._client_id = "", None
        if project_id is not None:
            run = self.editor.workspace.run
            self._client = run(project_summary, project_id).client
            self._client_id = next(
                c.id for c in run(portfolio) if any(p.id == project_id for p in c.projects)
            )
        tip = QCoreApplication.translate(
            "StakeholdersPanel",
            "Contacts belong to {client}: every project of the client shares them",
        ).format(client=self._client)
        for widget in (self.summary, self.table, self.add_action):
            widget.setToolTip(tip if self._client else "")
        super().show_project(project_id)

    def read_rows(self, project_id: int) -> Sequence[StakeholderRow]:
        """The client's contacts, by name, the sponsor marked."""
        return self.editor.workspace.run(stakeholders, project_id)

    def after_refresh(self) -> None:
        """Whose people these are."""
        self.summary.setText(
            QCoreApplication.translate("StakeholdersPanel", "People at {client}").format(
                client=self._client
            )
            if self._client
            else ""
        )

    def dialog(self, row: StakeholderRow | None, submit: Submit) -> RecordDialog:
        """The contact form."""
        return ContactDialog(row, self._client, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Add the person to the project's client."""
        fields = dict(values)
        name = fields.pop("name")
        assert self._client_id is not None  # known whenever a project is shown
        return edit(
            QT_TRANSLATE_NOOP("Edits", "Add contact"), add_contact, self._client_id, name, **fields
        )

    def update_edit(self, row: StakeholderRow, values: dict[str, Any]) -> Edit[object]:
        """Change the contact's details."""
        return edit(
            named(QT_TRANSLATE_NOOP("Edits", "Edit contact {name}"), name=row.name),
            update_contact,
            row.id,
            **values,
        )
