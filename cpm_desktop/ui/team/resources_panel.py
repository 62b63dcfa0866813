"""ResourcesPanel: the workspace's resources with their rates today and their part of the
project shown; filtered, sorted; added, edited and deleted undoably."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from cpm_desktop.services.plan.calendars import calendars
from cpm_desktop.services.team.editing_ui_support import ResourceLine, resource_lines
from cpm_desktop.services.team.resources import add_resource, delete_resource, edit_resource
from cpm_desktop.services.team.views import roles
from cpm_desktop.services.vendors.views import vendors
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.table_model import titled
from cpm_desktop.ui.records.column_fit import FillColumn, content_width
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.refresh_on_show import RefreshOnShow
from cpm_desktop.ui.team.resource_columns import (
    EMPLOYER,
    FILTERS,
    NAME,
    RESOURCE_COLUMNS,
    shown_by,
)
from cpm_desktop.ui.team.resource_dialog import ResourceChoices, ResourceDialog
from cpm_desktop.ui.undo import Edit, Editor, edit, named
from cpm_desktop.workspace import ChangeEvent, RecordKind

EMPTY = QT_TRANSLATE_NOOP(
    "ResourcesPanel",
    "No resources yet. Add the people of the delivery team, the client's key users and the "
    "vendors' staff, with their role; then put them on tasks from the task's form.",
)
# The project's edits that change a resource's work, cost or hours there.
_PROJECT_KINDS = (RecordKind.TASK, RecordKind.ASSIGNMENT, RecordKind.TIMESHEET, RecordKind.PROJECT)
EMPLOYER_MIN = 90  # pixels: "Client", a vendor's name elided with its tooltip
NONE_SHOWN = QT_TRANSLATE_NOOP(
    "ResourcesPanel", "No resource matches the filter: choose “All resources” to see every one."
)


class ResourcesPanel(RecordPanel[ResourceLine]):
    """The workspace's resources; the filter narrows them to the project or an employer."""

    sig_refreshed = Signal()
    """Emitted after the resources were read again (no arguments)."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "resource")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Resources")
    KINDS = (
        RecordKind.RESOURCE,
        RecordKind.ROLE,
        RecordKind.RESOURCE_RATE,
        RecordKind.ASSIGNMENT,
        RecordKind.TIMESHEET,
        RecordKind.VENDOR,
        RecordKind.CALENDAR,
        RecordKind.EXCHANGE_RATE,
    )

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        self.today: Callable[[], dt.date] = dt.date.today  # tests fix the day
        self._lines: Sequence[ResourceLine] = ()
        empty = QCoreApplication.translate("ResourcesPanel", EMPTY)
        super().__init__(editor, titled(RESOURCE_COLUMNS, "ResourceColumns"), empty, parent)
        self._catch_up = RefreshOnShow(self, self.refresh)
        self.setObjectName("resourcesPanel")
        self.table.setObjectName("resourcesTable")
        self.add_action.setToolTip(
            QCoreApplication.translate(
                "ResourcesPanel", "Add a person, material or cost to the workspace"
            )
        )
        self.filter = QComboBox()
        self.filter.setObjectName("resourcesFilter")
        self.filter.setAccessibleName(
            QCoreApplication.translate("ResourcesPanel", "Show resources")
        )
        for data, text in FILTERS:
            self.filter.addItem(QCoreApplication.translate("ResourceColumns", text), data)
        self.filter.setToolTip(
            QCoreApplication.translate(
                "ResourcesPanel", "Show every resource, those on this project, or one employer's"
            )
        )
        self.filter.currentIndexChanged.connect(self._on_filter_changed)
        self.bar.addWidget(self.filter)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        # Ten columns in the width a projector's 1280 pixels leave: each as wide as its
        # texts (no room kept for a sort arrow it does not show), the employer filling in.
        self._employer_fill = FillColumn(self.table, EMPLOYER, EMPLOYER_MIN)

    def show_project(self, project_id: int | None) -> None:
        """Show the resources with their part of a project (None: nothing)."""
        self._catch_up.done()
        super().show_project(project_id)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its title and cells (capped), the employer the rest."""
        header = self.table.horizontalHeader()
        for column, spec in enumerate(RESOURCE_COLUMNS):
            if column != EMPLOYER:
                header.resizeSection(column, min(content_width(self.table, column), spec.max_width))
        self._employer_fill.fill()

    def _on_changed(self, event: ChangeEvent) -> None:
        # The project's costs are priced over its whole plan: not after every edit of a task
        # while the page is out of sight (a bar dragged on the Timeline), but once it shows.
        ours = event.concerns(self.project_id) and event.touches(*_PROJECT_KINDS)
        if not (ours or event.touches(*self.KINDS)):
            return
        self._catch_up.request()

    def read_rows(self, project_id: int) -> Sequence[ResourceLine]:
        """Every resource with its rate today and its part of the project, as filtered."""
        self._lines = self.editor.workspace.run(resource_lines, project_id, self.today())
        choice = str(self.filter.currentData())
        return [line for line in self._lines if shown_by(choice, line)]

    def after_refresh(self) -> None:
        """How many resources there are and how many work on the project."""
        lines = self._lines if self.project_id is not None else ()
        on_project = sum(line.on_project for line in lines)
        # Two or more always take the plural, in English, German and French alike.
        count = (
            QCoreApplication.translate(
                "ResourcesPanel", "1 resource · {on_project} on this project"
            )
            if len(lines) == 1
            else QCoreApplication.translate(
                "ResourcesPanel", "{count} resources · {on_project} on this project"
            )
        )
        self.summary.setText(count.format(count=len(lines), on_project=on_project) if lines else "")
        self.empty.setText(
            QCoreApplication.translate("ResourcesPanel", NONE_SHOWN if lines else EMPTY)
        )
        self.sig_refreshed.emit()

    def _on_filter_changed(self, *_: object) -> None:
        self.refresh()
        self.fit_columns()

    def dialog(self, row: ResourceLine | None, submit: Submit) -> RecordDialog:
        """The resource form with the roles, vendors and calendars to pick from."""
        run = self.editor.workspace.run
        choices = ResourceChoices(
            roles=tuple((r.id, r.name) for r in run(roles)),
            vendors=tuple((v.id, v.name) for v in run(vendors)),
            calendars=tuple((c.id, c.name) for c in run(calendars)),
        )
        return ResourceDialog(row.resource if row else None, choices, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Add the resource to the workspace."""
        fields = dict(values)
        name = fields.pop("name")
        return edit(QT_TRANSLATE_NOOP("Edits", "Add resource"), add_resource, name, **fields)

    def update_edit(self, row: ResourceLine, values: dict[str, Any]) -> Edit[object]:
        """Change the resource to the form's values."""
        label = named(QT_TRANSLATE_NOOP("Edits", "Edit {name}"), name=row.resource.name)
        return edit(label, edit_resource, row.id, **values)

    def delete_edit(self, row: ResourceLine) -> Edit[object]:
        """Remove the resource with its assignments and own rates (refused once it booked
        hours)."""
        label = named(QT_TRANSLATE_NOOP("Edits", "Delete {name}"), name=row.resource.name)
        return edit(label, delete_resource, row.id)

    def describe(self, row: ResourceLine) -> str:
        """'the resource “Anna Weber” with its assignments and own rates'."""
        return QCoreApplication.translate(
            "ResourcesPanel", "the resource “{name}” with its assignments and own rates"
        ).format(name=row.resource.name)
