"""TaskResourcesPanel: the task form's Resources tab: who works on the task, with what units
and work; the task's type, effort-driven flag and fixed cost.

Each change is made at once as its own undoable edit (as the exchange rates are), so the
form shows what the task's type made of it: a person added to an effort-driven task shortens
it there and then.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain.team import ResourceKind, TaskType
from cpm_desktop.services.plan.tasks import edit_task
from cpm_desktop.services.team.assignments import (
    AssignmentRow,
    assign,
    edit_assignment,
    unassign,
)
from cpm_desktop.services.team.editing_ui_support import TaskTeam, task_team
from cpm_desktop.services.team.views import resources
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import amount_entry_text, duration_text, parse_money
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import Submit
from cpm_desktop.ui.project_records.table_model import SORT_ROLE, Column, ColumnTableModel
from cpm_desktop.ui.project_records.table_view import RecordProxy, RecordTable
from cpm_desktop.ui.project_records.trial import refusal
from cpm_desktop.ui.records.cells import ALIGN_RIGHT
from cpm_desktop.ui.records.selection import current_record
from cpm_desktop.ui.records.widgets import action_button, keep_rows_shown, panel_action
from cpm_desktop.ui.team.team_text import cost_text, hours_text, quantity_text, units_text
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.timeline.assignments_dialog import AssignmentDialog, Candidate
from cpm_desktop.ui.undo import REFUSED, Edit, Editor, edit, named

TYPE_TIPS = {
    TaskType.FIXED_UNITS: QT_TRANSLATE_NOOP(
        "TaskResourcesPanel", "The people's units stay; more work makes the task longer"
    ),
    TaskType.FIXED_DURATION: QT_TRANSLATE_NOOP(
        "TaskResourcesPanel", "The task's length stays; more work raises the units"
    ),
    TaskType.FIXED_WORK: QT_TRANSLATE_NOOP(
        "TaskResourcesPanel", "The hours stay; more people make the task shorter"
    ),
}
# What the assignment form says a change does on a task of each type (its tip as a sentence).
TYPE_HINTS = {
    TaskType.FIXED_UNITS: QT_TRANSLATE_NOOP(
        "TaskResourcesPanel",
        "Fixed units task: the people's units stay; more work makes the task longer.",
    ),
    TaskType.FIXED_DURATION: QT_TRANSLATE_NOOP(
        "TaskResourcesPanel",
        "Fixed duration task: the task's length stays; more work raises the units.",
    ),
    TaskType.FIXED_WORK: QT_TRANSLATE_NOOP(
        "TaskResourcesPanel", "Fixed work task: the hours stay; more people make the task shorter."
    ),
}
NOTE = QT_TRANSLATE_NOOP(
    "TaskResourcesPanel", "Changes on this tab are made at once; Edit › Undo takes each one back."
)
SUMMARY_NOTE = QT_TRANSLATE_NOOP(
    "TaskResourcesPanel", "A summary task's people are its tasks': assign them there."
)
VISIBLE_ROWS = 5
RESOURCE, AMOUNT = 0, 3


def _panel_text(text: str) -> str:
    """A marked text of this module in the UI language."""
    return QCoreApplication.translate("TaskResourcesPanel", text)


def _tip(kind: TaskType) -> str:
    return _panel_text(TYPE_TIPS[kind])


def _units(row: AssignmentRow, units_of: dict[int, str]) -> str:
    if row.kind is ResourceKind.WORK:
        return units_text(row.units)
    if row.kind is ResourceKind.MATERIAL:
        return quantity_text(row.units, units_of.get(row.resource_id, ""))
    return "—"


def assignment_columns(
    units_of: dict[int, str], currency: str
) -> tuple[Column[AssignmentRow], ...]:
    """Resource, units (a material's quantity), work, and a cost resource's amount."""
    return (
        Column(
            QCoreApplication.translate("TaskResourcesPanel", "Resource"),
            lambda r: r.resource,
            stretch=True,
        ),
        Column(
            QCoreApplication.translate("TaskResourcesPanel", "Units"),
            lambda r: _units(r, units_of),
            sort=lambda r: r.units,
            align=ALIGN_RIGHT,
        ),
        Column(
            QCoreApplication.translate("TaskResourcesPanel", "Work"),
            lambda r: hours_text(r.work_hours) if r.kind is ResourceKind.WORK else "—",
            sort=lambda r: r.work_hours,
            align=ALIGN_RIGHT,
        ),
        Column(
            QCoreApplication.translate("TaskResourcesPanel", "Amount"),
            lambda r: cost_text(r.cost_amount, currency) if r.kind is ResourceKind.COST else "—",
            sort=lambda r: r.cost_amount or Decimal(0),
            align=ALIGN_RIGHT,
        ),
    )


# The edit that gives a task its type, by type ("Make 'Design' fixed units").
TYPE_EDITS = {
    TaskType.FIXED_UNITS: QT_TRANSLATE_NOOP("Edits", "Make {name!r} fixed units"),
    TaskType.FIXED_DURATION: QT_TRANSLATE_NOOP("Edits", "Make {name!r} fixed duration"),
    TaskType.FIXED_WORK: QT_TRANSLATE_NOOP("Edits", "Make {name!r} fixed work"),
}


class TaskResourcesPanel(QWidget):
    """The Resources tab of one task, editing through `editor` in the project's history."""

    sig_task_changed = Signal(object)
    """Emitted with the task's TaskTeam after an edit made here (its duration may differ)."""

    def __init__(
        self, editor: Editor, project_id: int, task_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskResourcesPanel")
        self.editor = editor
        self.project_id = project_id
        self.task_id = task_id
        self.team: TaskTeam = editor.workspace.run(task_team, task_id)
        self._units_of: dict[int, str] = {}
        self.task_type = QComboBox()
        self.task_type.setObjectName("taskType")
        for kind in TaskType:
            self.task_type.addItem(_(kind.label), kind.value)
            self.task_type.setItemData(
                self.task_type.count() - 1, _tip(kind), Qt.ItemDataRole.ToolTipRole
            )
        self.effort_driven = QCheckBox(
            QCoreApplication.translate("TaskResourcesPanel", "Effort-driven")
        )
        self.effort_driven.setObjectName("effortDriven")
        self.effort_driven.setToolTip(
            QCoreApplication.translate(
                "TaskResourcesPanel",
                "Adding a person shares the task's work with them (the task gets shorter); "
                "removing one hands their work to the others",
            )
        )
        self.fixed_cost = QLineEdit()
        self.fixed_cost.setObjectName("fixedCost")
        self.fixed_cost.setMaximumWidth(160)
        self.fixed_cost.setToolTip(
            QCoreApplication.translate(
                "TaskResourcesPanel", "A cost of the task besides its resources (a licence, a fee)"
            )
        )
        self.currency = QLabel(self.team.currency)
        self.model = ColumnTableModel(assignment_columns({}, self.team.currency))
        self.proxy = RecordProxy(self.model, SORT_ROLE)
        self.table = RecordTable(self.proxy)
        self.table.setObjectName("taskAssignments")
        self.table.sortByColumn(RESOURCE, Qt.SortOrder.AscendingOrder)
        keep_rows_shown(self.table, VISIBLE_ROWS)
        self.assign_action = panel_action(
            self,
            "new",
            QCoreApplication.translate("TaskResourcesPanel", "&Assign…"),
            QCoreApplication.translate("TaskResourcesPanel", "Put a resource on this task"),
        )
        self.edit_action = panel_action(
            self,
            "details",
            QCoreApplication.translate("TaskResourcesPanel", "&Edit…"),
            QCoreApplication.translate(
                "TaskResourcesPanel", "Change the selected resource's units or work"
            ),
        )
        self.remove_action = panel_action(
            self,
            "delete",
            QCoreApplication.translate("TaskResourcesPanel", "&Remove"),
            QCoreApplication.translate(
                "TaskResourcesPanel", "Take the selected resource off this task"
            ),
        )
        self.totals = QLabel()
        self.totals.setObjectName("taskWorkTotals")
        self.note = QLabel(_panel_text(NOTE))
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {colors().muted_text};")
        self._lay_out()
        self._connect()
        self._show(self.team)

    def _lay_out(self) -> None:
        type_row = QHBoxLayout()
        type_row.addWidget(self.task_type)
        type_row.addSpacing(12)
        type_row.addWidget(self.effort_driven)
        type_row.addStretch(1)
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.fixed_cost)
        cost_row.addWidget(self.currency)
        cost_row.addStretch(1)
        form = QFormLayout()
        type_label = QLabel(QCoreApplication.translate("TaskResourcesPanel", "Task &type"))
        type_label.setBuddy(self.task_type)
        cost_label = QLabel(QCoreApplication.translate("TaskResourcesPanel", "&Fixed cost"))
        cost_label.setBuddy(self.fixed_cost)
        form.addRow(type_label, type_row)
        form.addRow(cost_label, cost_row)
        form.addRow(QCoreApplication.translate("TaskResourcesPanel", "Work"), self.totals)
        bar = QHBoxLayout()
        for action in (self.assign_action, self.edit_action, self.remove_action):
            bar.addWidget(action_button(action))
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def _connect(self) -> None:
        self.task_type.activated.connect(lambda _index: self._set_type())
        self.effort_driven.clicked.connect(self._set_effort_driven)
        self.fixed_cost.editingFinished.connect(self._set_fixed_cost)
        self.assign_action.triggered.connect(self.add_assignment)
        self.edit_action.triggered.connect(self.edit_current)
        self.remove_action.triggered.connect(self.remove_current)
        self.table.doubleClicked.connect(lambda _: self.edit_current())
        self.table.sig_edit_requested.connect(self.edit_current)
        self.table.sig_delete_requested.connect(self.remove_current)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)

    # -- showing -------------------------------------------------------------------------

    def _show(self, team: TaskTeam) -> None:
        self.team = team
        self._units_of = {r.id: r.material_unit for r in self.editor.workspace.run(resources)}
        self.model.columns = assignment_columns(self._units_of, team.currency)
        current = current_record(self.table, self.proxy)
        self.model.set_rows(list(team.assignments))
        if current is not None:
            self._select(current.id)
        self.task_type.setCurrentIndex(self.task_type.findData(team.task_type.value))
        self.task_type.setToolTip(_tip(team.task_type))
        self.effort_driven.setChecked(team.effort_driven)
        self.fixed_cost.setText(amount_entry_text(team.fixed_cost))
        people = sum(a.kind is ResourceKind.WORK for a in team.assignments)
        totals = QCoreApplication.translate("TaskResourcesPanel", "{work} in {duration}").format(
            work=hours_text(team.work_hours), duration=duration_text(team.duration)
        )
        if people:
            totals = f"{totals} · {self._people(people)}"
        self.totals.setText(totals)
        # A cost resource's amount is the only thing that column shows.
        costs = any(a.kind is ResourceKind.COST for a in team.assignments)
        self.table.setColumnHidden(AMOUNT, not costs)
        self.task_type.setEnabled(not team.is_summary)
        self.effort_driven.setEnabled(not team.is_summary)
        if team.is_summary:
            self.note.setText(_panel_text(SUMMARY_NOTE))
        self.table.fit_columns()
        self._update_actions()

    def _people(self, count: int) -> str:
        # The English says "1 person" and "2 people"; self.tr, as lupdate reads a count (%n)
        # only there (TaskResourcesPanel is its context all the same).
        if count == 1:
            return self.tr("1 person")
        return self.tr("%n people", None, count)

    def _select(self, assignment_id: int) -> None:
        row = self.model.row_of(assignment_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _update_actions(self, *_: object) -> None:
        selected = current_record(self.table, self.proxy) is not None
        self.assign_action.setEnabled(not self.team.is_summary)
        self.edit_action.setEnabled(selected)
        self.remove_action.setEnabled(selected)

    # -- editing -------------------------------------------------------------------------

    def run(self, step: Edit[Any], title: str) -> bool:
        """Make `step` one undoable edit of the project; a refusal is shown, the form kept."""
        problem = self._try(step)
        if problem is not None:
            QMessageBox.warning(self, title, problem)
            self._show(self.team)  # put back what the user changed
            return False
        return self._made(step)

    def _try(self, step: Edit[Any]) -> str | None:
        return refusal(self.editor.workspace, step)

    def _made(self, step: Edit[Any]) -> bool:
        if self.editor.run(self.project_id, step) is REFUSED:
            self._show(self.team)
            return False
        team = self.editor.workspace.run(task_team, self.task_id)
        self._show(team)
        self.sig_task_changed.emit(team)
        return True

    def _set_type(self) -> None:
        kind = TaskType(self.task_type.currentData())
        if kind is not self.team.task_type:
            name = named(TYPE_EDITS[kind], name=self.team.name)
            self.run(
                edit(name, edit_task, self.task_id, task_type=kind),
                QCoreApplication.translate("TaskResourcesPanel", "Task type"),
            )

    def _set_effort_driven(self, on: bool) -> None:
        if on != self.team.effort_driven:
            template = (
                QT_TRANSLATE_NOOP("Edits", "Make {name!r} effort-driven")
                if on
                else QT_TRANSLATE_NOOP("Edits", "Make {name!r} not effort-driven")
            )
            self.run(
                edit(
                    named(template, name=self.team.name), edit_task, self.task_id, effort_driven=on
                ),
                QCoreApplication.translate("TaskResourcesPanel", "Effort-driven"),
            )

    def _set_fixed_cost(self) -> None:
        text = self.fixed_cost.text().strip() or "0"
        try:
            amount = parse_money(text)
        except ValueError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("TaskResourcesPanel", "Fixed cost"), str(exc)
            )
            self._show(self.team)
            return
        if amount != self.team.fixed_cost:
            step = edit(
                named(
                    QT_TRANSLATE_NOOP("Edits", "Set the fixed cost of {name!r}"),
                    name=self.team.name,
                ),
                edit_task,
                self.task_id,
                fixed_cost=amount,
            )
            self.run(step, QCoreApplication.translate("TaskResourcesPanel", "Fixed cost"))

    def _candidates(self, row: AssignmentRow | None) -> list[Candidate]:
        taken = {a.resource_id for a in self.team.assignments}
        found = []
        for r in self.editor.workspace.run(resources):
            wanted = r.id == row.resource_id if row else r.active and r.id not in taken
            if wanted:
                found.append(Candidate(r.id, r.name, r.kind, r.max_units, r.material_unit, r.role))
        return found

    def _submit_dialog(self, row: AssignmentRow | None, submit: Submit) -> AssignmentDialog:
        return AssignmentDialog(
            row, self._candidates(row), self.team.currency, submit, self, self._hint(row)
        )

    def _hint(self, row: AssignmentRow | None) -> str:
        """What the task's type will make of the change, in a sentence."""
        team = self.team
        if row is None and team.effort_driven and team.work_hours:
            return QCoreApplication.translate(
                "TaskResourcesPanel",
                "{kind} task, effort-driven: its {work} are shared with the newcomer "
                "(leave Work empty).",
            ).format(kind=_(team.task_type.label), work=hours_text(team.work_hours))
        return _panel_text(TYPE_HINTS[team.task_type])

    def add_assignment(self) -> None:
        """Pick a resource and put it on the task, as one undoable edit."""

        def submit(values: dict[str, Any]) -> str | None:
            fields = dict(values)
            resource_id = fields.pop("resource_id")
            name = next((c.name for c in candidates if c.id == resource_id), "resource")
            assigned = named(
                QT_TRANSLATE_NOOP("Edits", "Assign {resource} to {task!r}"),
                resource=name,
                task=self.team.name,
            )
            step = edit(assigned, assign, self.task_id, resource_id, **fields)
            problem = self._try(step)
            if problem is None:
                self._made(step)
            return problem

        candidates = self._candidates(None)
        self.open_dialog(self._submit_dialog(None, submit))

    def edit_current(self) -> None:
        """Change the selected assignment's units, work, quantity or amount."""
        row = current_record(self.table, self.proxy)
        if row is None:
            return

        def submit(values: dict[str, Any]) -> str | None:
            if not values:
                return None  # nothing changed
            changed = named(
                QT_TRANSLATE_NOOP("Edits", "Edit {resource} on {task!r}"),
                resource=row.resource,
                task=self.team.name,
            )
            step = edit(changed, edit_assignment, row.id, **values)
            problem = self._try(step)
            if problem is None:
                self._made(step)
            return problem

        self.open_dialog(self._submit_dialog(row, submit))

    def remove_current(self) -> None:
        """Take the selected resource off the task (an effort-driven task gets longer)."""
        row = current_record(self.table, self.proxy)
        if row is not None:
            removed = named(
                QT_TRANSLATE_NOOP("Edits", "Remove {resource} from {task!r}"),
                resource=row.resource,
                task=self.team.name,
            )
            step = edit(removed, unassign, row.id)
            self.run(step, QCoreApplication.translate("TaskResourcesPanel", "Remove resource"))

    def open_dialog(self, dialog: AssignmentDialog) -> None:
        """Run an assignment's form (tests answer it instead)."""
        dialog.exec()
