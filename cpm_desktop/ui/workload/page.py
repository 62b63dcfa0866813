"""WorkloadPage: the team's resource usage, people across weeks from the status date, with
over-allocations in red, each person's utilisation to date, and Level Resources.

Level Resources… previews the delays that resolve the over-allocations and applies them as
one undoable edit; Clear Levelling sets every delay back to 0, undoable too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.errors import ValidationError
from cpm_desktop.services.workload.levelling import (
    apply_levelling,
    clear_levelling,
    level_preview,
)
from cpm_desktop.services.workload.views import Workload, first_week, workload
from cpm_desktop.ui.dialogs.modal import run_modal
from cpm_desktop.ui.empty_state import EmptyState
from cpm_desktop.ui.formatting import number_text, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.widgets import action_button, panel_action
from cpm_desktop.ui.refresh_on_show import RefreshOnShow
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import Editor, edit, named
from cpm_desktop.ui.workload.levelling_dialog import LevellingDialog
from cpm_desktop.ui.workload.usage_model import UsageModel
from cpm_desktop.ui.workload.usage_view import UsageGrid
from cpm_desktop.workspace import ChangeEvent, RecordKind

SHOWN = (
    RecordKind.TASK,
    RecordKind.LINK,
    RecordKind.HOLIDAY,
    RecordKind.ASSIGNMENT,
    RecordKind.RESOURCE,
    RecordKind.TIMESHEET,
    RecordKind.CALENDAR,
    RecordKind.PROJECT,
)
DEFAULT_WEEKS = 26
THIS_PROJECT = QT_TRANSLATE_NOOP("WorkloadPage", "This project")
ALL_PROJECTS = QT_TRANSLATE_NOOP("WorkloadPage", "All projects")
HINT = QT_TRANSLATE_NOOP(
    "WorkloadPage",
    "Planned hours per week and their share of what the person can work (maximum units × 8 h "
    "on each working day of their calendar). Red: more hours than the person has on a day of "
    "that week. Utilisation: billable hours booked ÷ hours available since the project's start, "
    "for our own team (the client's and vendors' staff have none).",
)


class WorkloadPage(QWidget):
    """The toolbar (weeks, scope, levelling), the summary, the grid and its hint."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workloadPage")
        self.editor = editor
        self.project_id: int | None = None
        self.load: Workload | None = None
        self._catch_up = RefreshOnShow(self, self.refresh)
        self.weeks = QSpinBox()
        self.weeks.setObjectName("workloadWeeks")
        self.weeks.setAccessibleName(QCoreApplication.translate("WorkloadPage", "Weeks shown"))
        self.weeks.setRange(4, 104)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(QCoreApplication.translate("WorkloadPage", " weeks"))
        self.weeks.setToolTip(
            QCoreApplication.translate(
                "WorkloadPage", "How many weeks to show from the week of the status date"
            )
        )
        self.scope = QComboBox()
        self.scope.setObjectName("workloadScope")
        self.scope.setAccessibleName(QCoreApplication.translate("WorkloadPage", "Hours counted"))
        self.scope.addItems(
            [QCoreApplication.translate("WorkloadPage", s) for s in (THIS_PROJECT, ALL_PROJECTS)]
        )
        self.scope.setToolTip(
            QCoreApplication.translate(
                "WorkloadPage",
                "This project's hours only, or every project's: a person's load across the "
                "portfolio",
            )
        )
        self.level_action = panel_action(
            self,
            "level",
            QCoreApplication.translate("WorkloadPage", "&Level Resources…"),
            QCoreApplication.translate(
                "WorkloadPage",
                "Delay tasks so nobody is planned beyond their capacity; previewed first",
            ),
        )
        self.clear_action = panel_action(
            self,
            "undo",
            QCoreApplication.translate("WorkloadPage", "&Clear Levelling"),
            QCoreApplication.translate(
                "WorkloadPage", "Set every levelling delay of the project back to 0"
            ),
        )
        self.model = UsageModel()
        self.grid = UsageGrid(self.model)
        self.summary = QLabel()
        self.summary.setObjectName("workloadSummary")
        self.summary.setWordWrap(True)
        hint = QLabel(QCoreApplication.translate("WorkloadPage", HINT))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {colors().muted_text};")
        self.empty = EmptyState(
            "team", QCoreApplication.translate("WorkloadPage", "No workload yet"), ""
        )
        self.stack = QStackedWidget()
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.summary)
        page_layout.addWidget(self.grid, 1)
        page_layout.addWidget(hint)
        self.stack.addWidget(page)
        self.stack.addWidget(self.empty)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(QLabel(QCoreApplication.translate("WorkloadPage", "Show:")))
        bar.addWidget(self.scope)
        bar.addWidget(self.weeks)
        bar.addStretch(1)
        bar.addWidget(action_button(self.level_action))
        bar.addWidget(action_button(self.clear_action))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.weeks.valueChanged.connect(lambda _: self.refresh())
        self.scope.currentIndexChanged.connect(lambda _: self._show())
        self.level_action.triggered.connect(self.level)
        self.clear_action.triggered.connect(self.clear)
        editor.sig_changed.connect(self._on_changed)
        self.show_project(None)

    # -- showing -------------------------------------------------------------------------

    def show_project(self, project_id: int | None) -> None:
        """Show a project's workload (None: nothing)."""
        self.project_id = project_id
        self.refresh()

    def refresh(self) -> None:
        """Read the workload again from the week of the status date."""
        self._catch_up.done()
        self.load = None
        if self.project_id is not None:
            run = self.editor.workspace.run
            start = run(first_week, self.project_id)
            self.load = run(workload, self.project_id, start=start, weeks=self.weeks.value())
        self._show()

    @property
    def everywhere(self) -> bool:
        """True when every project's hours are shown, not only this project's."""
        return self.scope.currentIndex() == 1  # ALL_PROJECTS

    def _show(self) -> None:
        load = self.load
        self.model.set_workload(load, everywhere=self.everywhere)
        people = any(r.on_project for r in load.resources) if load else False
        self.level_action.setEnabled(people)
        self.clear_action.setEnabled(bool(load and load.levelled))
        if load is None:
            self.empty.set_text(
                QCoreApplication.translate(
                    "WorkloadPage", "Choose a project to see its team's workload."
                )
            )
            self.stack.setCurrentWidget(self.empty)
            return
        if not self.model.rowCount():
            self.empty.set_text(
                QCoreApplication.translate(
                    "WorkloadPage",
                    "Nobody is planned on {code} in these weeks. Assign people to its tasks "
                    "(Timeline, Task Details…) and their weekly load appears here.",
                ).format(code=load.code)
            )
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(0)
        self.summary.setText(self._summary(load))

    def _summary(self, load: Workload) -> str:
        over = self.model.over_allocated()
        people = self.model.rowCount() - 1  # the team's line
        team = (
            QCoreApplication.translate("WorkloadPage", "1 person from the week of {week}")
            if people == 1
            else self.tr("%n people from the week of {week}", None, people)
        )
        parts = [f"<b>{load.code}</b>", team.format(week=short_date_text(load.weeks[0]))]
        if over:
            red = colors().rag_red
            over_text = QCoreApplication.translate("WorkloadPage", "over-allocated: {names}")
            parts.append(
                f"<span style='color:{red}'>{over_text.format(names=', '.join(over))}</span>"
            )
        else:
            parts.append(QCoreApplication.translate("WorkloadPage", "nobody over-allocated"))
        used = load.utilisation
        if used.booked and used.percent is not None:
            parts.append(
                QCoreApplication.translate(
                    "WorkloadPage",
                    "team utilisation to date {percent} % ({billable} billable of {available} h)",
                ).format(
                    percent=number_text(used.percent),
                    billable=number_text(used.billable_hours),
                    available=number_text(used.available_hours),
                )
            )
        else:
            parts.append(QCoreApplication.translate("WorkloadPage", "no hours booked yet"))
        if load.levelled:
            count = load.levelled
            parts.append(
                QCoreApplication.translate("WorkloadPage", "1 task delayed by levelling")
                if count == 1
                else self.tr("%n tasks delayed by levelling", None, count)
            )
        return " · ".join(parts)

    def _on_changed(self, event: ChangeEvent) -> None:
        if self.project_id is not None and event.touches(*SHOWN):
            self._catch_up.request()

    # -- levelling -----------------------------------------------------------------------

    def level(self) -> None:
        """Preview Level Resources; on OK apply it as one undoable edit."""
        project_id = self.project_id
        if project_id is None:
            return
        try:
            plan = self.editor.workspace.run(level_preview, project_id)
        except ValidationError as exc:
            QMessageBox.information(
                self, QCoreApplication.translate("WorkloadPage", "Level Resources"), str(exc)
            )
            return
        if run_modal(LevellingDialog(plan, self)) and plan.moves:
            count = len(plan.moves)
            label = (
                named(QT_TRANSLATE_NOOP("Edits", "Level resources (1 task)"))
                if count == 1
                else named(
                    QT_TRANSLATE_NOOP("Edits", "Level resources ({count} tasks)"), count=count
                )
            )
            self.editor.run(project_id, edit(label, apply_levelling, project_id))

    def clear(self) -> None:
        """Set every levelling delay back to 0, as one undoable edit."""
        if self.project_id is not None:
            self.editor.run(
                self.project_id,
                edit(
                    QT_TRANSLATE_NOOP("Edits", "Clear levelling"), clear_levelling, self.project_id
                ),
            )
