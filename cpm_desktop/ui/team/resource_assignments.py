"""ResourceAssignments: the tasks of the project shown that one resource works on."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cpm_desktop.services.team.assignments import AssignmentRow
from cpm_desktop.services.team.editing_ui_support import ResourceLine
from cpm_desktop.ui.elided_label import ElidedLabel
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.table_model import SORT_ROLE, ColumnTableModel
from cpm_desktop.ui.project_records.table_view import RecordProxy, RecordTable
from cpm_desktop.ui.records.widgets import style_heading
from cpm_desktop.ui.team.resource_columns import assignment_columns
from cpm_desktop.ui.team.team_text import hours_text
from cpm_desktop.ui.theme import colors

NOTHING_SELECTED = QT_TRANSLATE_NOOP(
    "ResourceAssignments", "Select a resource to see the tasks it works on."
)


class ResourceAssignments(QWidget):
    """A heading naming the resource and a read-only table of its assignments on the project
    (task, units, work, start, finish); assignments are edited in the task's form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourceAssignments")
        self.heading = QLabel(QCoreApplication.translate("ResourceAssignments", "Assignments"))
        style_heading(self.heading)
        self.heading.setWordWrap(False)
        self.note = ElidedLabel()
        self.note.setStyleSheet(f"color: {colors().muted_text};")
        self._unit, self._currency = "", ""
        self.model = ColumnTableModel(assignment_columns("", ""))
        self.proxy = RecordProxy(self.model, SORT_ROLE)
        self.table = RecordTable(self.proxy)
        self.table.setObjectName("resourceAssignmentsTable")
        self.table.setAccessibleName(
            QCoreApplication.translate("ResourceAssignments", "Assignments of the resource")
        )
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def show_assignments(
        self, line: ResourceLine | None, rows: Sequence[AssignmentRow], project: str
    ) -> None:
        """Show `line`'s assignments `rows` on the project coded `project` (None: nobody)."""
        if line is None:
            self.heading.setText(QCoreApplication.translate("ResourceAssignments", "Assignments"))
            self.note.setText(QCoreApplication.translate("ResourceAssignments", NOTHING_SELECTED))
            self.model.set_rows([])
            self.table.hide()
            return
        unit = line.resource.material_unit
        if (unit, line.currency) != (self._unit, self._currency):
            # A material's unit and the project's currency are in the cells' texts.
            self._unit, self._currency = unit, line.currency
            self.model.columns = assignment_columns(unit, line.currency)
        name = line.resource.name
        self.heading.setText(
            QCoreApplication.translate(
                "ResourceAssignments", "Assignments of {name} on {project}"
            ).format(name=name, project=project)
        )
        work = hours_text(sum(r.work_hours for r in rows))
        count = len(rows)
        # Two or more always take the plural, in English, German and French alike.
        if count == 1:
            note = QCoreApplication.translate(
                "ResourceAssignments",
                "1 task · {work} planned · change them in the task's form on the Timeline "
                "(Task Details…, Resources)",
            )
        elif count:
            note = QCoreApplication.translate(
                "ResourceAssignments",
                "{count} tasks · {work} planned · change them in the task's form on the "
                "Timeline (Task Details…, Resources)",
            )
        else:
            note = QCoreApplication.translate(
                "ResourceAssignments",
                "{name} has no task on {project}: assign it in a task's form on the Timeline "
                "(Task Details…, Resources).",
            )
        self.note.setText(note.format(count=count, work=work, name=name, project=project))
        self.model.set_rows(list(rows))
        self.table.setVisible(bool(rows))
        self.table.fit_columns()
