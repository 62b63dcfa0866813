"""RolesPanel and RateCardPanel: the roles of the rate card and its dated rates, per role and
per person; each added, edited and deleted undoably."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from cpm_desktop.services.portfolio.views import project_summary
from cpm_desktop.services.team.editing_ui_support import (
    RateLine,
    RateStanding,
    RoleLine,
    add_rate,
    change_rate,
    rate_lines,
    role_lines,
)
from cpm_desktop.services.team.resources import add_role, delete_rate, delete_role, edit_role
from cpm_desktop.services.team.views import resources, roles
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.table_model import titled
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.team.rate_columns import (
    OWNER,
    RATE_COLUMNS,
    ROLE_COLUMNS,
    ROLE_NAME,
    install_standing_chips,
    owner_text,
)
from cpm_desktop.ui.team.rate_dialogs import RateDialog, RoleDialog
from cpm_desktop.ui.undo import Edit, Editor, edit, named
from cpm_desktop.workspace import ChangeEvent, RecordKind

_KINDS = (RecordKind.ROLE, RecordKind.RESOURCE, RecordKind.RESOURCE_RATE)


class RolesPanel(RecordPanel[RoleLine]):
    """The roles, who holds each and its rates in force today."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "role")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Roles")
    KINDS = _KINDS

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        self.today: Callable[[], dt.date] = dt.date.today  # tests fix the day
        self._lines: Sequence[RoleLine] = ()
        super().__init__(
            editor,
            titled(ROLE_COLUMNS, "RateColumns"),
            QCoreApplication.translate(
                "RolesPanel",
                "No roles yet. Add the roles your team sells (architect, consultant, developer) "
                "and give each its cost and bill rate on the rate card.",
            ),
            parent,
        )
        self.setObjectName("rolesPanel")
        self.table.setObjectName("rolesTable")
        self.add_action.setToolTip(
            QCoreApplication.translate("RolesPanel", "Add a role to the rate card")
        )
        self.table.sortByColumn(ROLE_NAME, Qt.SortOrder.AscendingOrder)

    def _on_changed(self, event: ChangeEvent) -> None:
        # The rate card is the workspace's: no edit of a project's plan or records changes it.
        if event.touches(*self.KINDS):
            self.refresh()

    def read_rows(self, project_id: int) -> Sequence[RoleLine]:
        """Every role of the workspace."""
        self._lines = self.editor.workspace.run(role_lines, self.today())
        return self._lines

    def after_refresh(self) -> None:
        """How many roles, held by how many people."""
        lines = self._lines if self.project_id is not None else ()
        people = sum(len(line.people) for line in lines)
        # Numbers through self.tr: pyside6-lupdate sees a variable count only there.
        roles_text = (
            QCoreApplication.translate("RolesPanel", "1 role")
            if len(lines) == 1
            else self.tr("%n roles", None, len(lines))
        )
        held = (
            QCoreApplication.translate("RolesPanel", "held by 1 person")
            if people == 1
            else self.tr("held by %n people", None, people)
        )
        self.summary.setText(f"{roles_text} · {held}" if lines else "")

    def dialog(self, row: RoleLine | None, submit: Submit) -> RecordDialog:
        """The role's name and description."""
        return RoleDialog(row.role if row else None, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Add the role."""
        fields = dict(values)
        name = fields.pop("name")
        return edit(QT_TRANSLATE_NOOP("Edits", "Add role"), add_role, name, **fields)

    def update_edit(self, row: RoleLine, values: dict[str, Any]) -> Edit[object]:
        """Rename the role or change its description."""
        label = named(QT_TRANSLATE_NOOP("Edits", "Edit role {name}"), name=row.role.name)
        return edit(label, edit_role, row.id, **values)

    def delete_edit(self, row: RoleLine) -> Edit[object]:
        """Remove the role and its rates (refused while someone holds it)."""
        label = named(QT_TRANSLATE_NOOP("Edits", "Delete role {name}"), name=row.role.name)
        return edit(label, delete_role, row.id)

    def describe(self, row: RoleLine) -> str:
        """'the role “Architect” and its rates'."""
        return QCoreApplication.translate("RolesPanel", "the role “{name}” and its rates").format(
            name=row.role.name
        )


class RateCardPanel(RecordPanel[RateLine]):
    """The dated rates of roles and of people (overrides), each in force, superseded or
    still to come."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "rate")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Rate card")
    KINDS = _KINDS

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        self.today: Callable[[], dt.date] = dt.date.today  # tests fix the day
        self._lines: Sequence[RateLine] = ()
        super().__init__(
            editor,
            titled(RATE_COLUMNS, "RateColumns"),
            QCoreApplication.translate(
                "RateCardPanel",
                "No rates yet. Give each role its cost and bill rate per hour from a date on; a "
                "person whose rate differs from the role's gets a rate of their own.",
            ),
            parent,
        )
        self.setObjectName("rateCardPanel")
        self.table.setObjectName("rateCardTable")
        self.add_action.setToolTip(
            QCoreApplication.translate("RateCardPanel", "Add a dated rate for a role or a person")
        )
        install_standing_chips(self.table)
        self.table.sortByColumn(OWNER, Qt.SortOrder.AscendingOrder)

    def _on_changed(self, event: ChangeEvent) -> None:
        # The rate card is the workspace's: no edit of a project's plan or records changes it.
        if event.touches(*self.KINDS):
            self.refresh()

    def read_rows(self, project_id: int) -> Sequence[RateLine]:
        """The whole rate card."""
        self._lines = self.editor.workspace.run(rate_lines, self.today())
        return self._lines

    def after_refresh(self) -> None:
        """How many rates, how many in force today and how many still to come."""
        lines = self._lines if self.project_id is not None else ()
        in_force = sum(line.standing is RateStanding.IN_FORCE for line in lines)
        scheduled = sum(line.standing is RateStanding.SCHEDULED for line in lines)
        rates = (
            QCoreApplication.translate("RateCardPanel", "1 rate · {in_force} in force")
            if len(lines) == 1
            else self.tr("%n rates · {in_force} in force", None, len(lines))
        ).format(in_force=in_force)
        if scheduled:
            rates += " · " + QCoreApplication.translate(
                "RateCardPanel", "{scheduled} scheduled"
            ).format(scheduled=scheduled)
        self.summary.setText(rates if lines else "")

    def dialog(self, row: RateLine | None, submit: Submit) -> RecordDialog:
        """The rate's form with the roles and people to choose from, in the project's
        currency by default."""
        pid = self.project_id
        assert pid is not None  # the panel edits only when a project is shown
        run = self.editor.workspace.run
        role_choices = [(r.id, r.name) for r in run(roles)]
        people = [(r.id, r.name) for r in run(resources)]
        currency = run(project_summary, pid).currency
        return RateDialog(row.rate if row else None, role_choices, people, currency, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Add the dated rate."""
        return edit(QT_TRANSLATE_NOOP("Edits", "Add rate"), add_rate, **values)

    def update_edit(self, row: RateLine, values: dict[str, Any]) -> Edit[object]:
        """Change the rate (moved if its owner or date changed)."""
        label = named(QT_TRANSLATE_NOOP("Edits", "Edit rate of {owner}"), owner=owner_text(row))
        return edit(label, change_rate, row.id, **values)

    def delete_edit(self, row: RateLine) -> Edit[object]:
        """Remove the rate; the one before it applies again."""
        label = named(QT_TRANSLATE_NOOP("Edits", "Delete rate of {owner}"), owner=owner_text(row))
        return edit(label, delete_rate, row.id)

    def describe(self, row: RateLine) -> str:
        """'the rate of Architect from 01 Jan 2026'."""
        return QCoreApplication.translate("RateCardPanel", "the rate of {owner} from {day}").format(
            owner=owner_text(row), day=short_date_text(row.rate.effective_from)
        )
