"""ChangesTab: the change log as a filterable table, its roll-up and the selected request's form."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QInputDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain import ChangeStatus
from cpm_desktop.domain.change_workflow import DECISIONS, PENDING
from cpm_desktop.services.changes.views import ChangeLog, ChangeRow, ChangeSummary
from cpm_desktop.services.changes.views import change_log as read_change_log
from cpm_desktop.services.changes.views import change_summary as read_change_summary
from cpm_desktop.services.portfolio.views import (
    TaskRow,
    client_contacts,
    project_summary,
    task_rows,
)
from cpm_desktop.ui.changes import edits, sign_off
from cpm_desktop.ui.changes.actions import build_change_actions
from cpm_desktop.ui.changes.change_model import REF, TITLE, ChangeTableModel
from cpm_desktop.ui.changes.decision_dialog import DecisionDialog
from cpm_desktop.ui.changes.detail_panel import ChangeDetailPanel
from cpm_desktop.ui.changes.filter_bar import ChangeFilterBar
from cpm_desktop.ui.changes.filter_proxy import ChangeFilterProxy
from cpm_desktop.ui.changes.impact_dialog import ImpactDialog, impact_target
from cpm_desktop.ui.changes.new_change_dialog import NewChangeDialog
from cpm_desktop.ui.changes.table_view import ChangeTableView
from cpm_desktop.ui.changes.tasks_dialog import AffectedTasksDialog
from cpm_desktop.ui.changes.totals import ChangeTotals
from cpm_desktop.ui.empty_state import EmptyState
from cpm_desktop.ui.records.selection import current_record, current_record_id, select_record
from cpm_desktop.ui.undo import REFUSED, Edit, Editor, R, Refused
from cpm_desktop.workspace import ChangeEvent

TABLE_HEIGHT = 380  # the log and its roll-up; the detail below takes the rest


class ChangesTab(QWidget):
    """Keep the change log: raise, assess, decide and apply requests; Ctrl+Z undoes each step."""

    sig_message = Signal(str)
    """Emitted with a sentence for the status bar (what an action did)."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._project_id: int | None = None
        self._log: ChangeLog | None = None
        self._summary: ChangeSummary | None = None
        self._tasks: list[TaskRow] | None = None  # read when first needed
        self._sponsor = ""
        self._contacts: list[tuple[int, str]] = []
        self._saved_for: int | None = None  # the request whose exported form the panel names
        self._stale = False  # an edit or a project switch happened while the tab was hidden
        self._first_load = False  # the next read also selects the first request

        self.change_actions = build_change_actions(self)
        self.model = ChangeTableModel()
        self.proxy = ChangeFilterProxy(self.model)
        self.filters = ChangeFilterBar(self.change_actions.new)
        self.table = ChangeTableView()
        self.table.setModel(self.proxy)
        self.table.sortByColumn(REF, Qt.SortOrder.AscendingOrder)
        self.totals = ChangeTotals()
        self.detail = ChangeDetailPanel(self.change_actions)
        self.detail.setObjectName("changeDetail")
        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._log_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._connect()
        self._update_actions()

    def _empty_page(self) -> QWidget:
        self.empty = EmptyState(
            "changes",
            "No change requests yet",
            "When the client asks for something the plan does not hold, raise a change "
            "request: assess its impact, record the client's decision, then apply it.",
        )
        self.empty.setObjectName("changesEmpty")
        self.empty_button = QPushButton("New change request…")
        self.empty_button.setObjectName("changesEmptyNew")
        self.empty_button.clicked.connect(self.change_actions.new.trigger)
        self.empty.add_widget(self.empty_button)
        return self.empty

    def _log_page(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setObjectName("changeDetailArea")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.table, 1)
        column.addWidget(self.totals)
        # Table and roll-up above, the selected request below: as the Risks tab, so every
        # column of the log keeps its width on a 1600-pixel projector.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("changesSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([TABLE_HEIGHT, 480])
        self.splitter.setChildrenCollapsible(False)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        return page

    def _connect(self) -> None:
        a = self.change_actions
        self.filters.sig_filters_changed.connect(self._on_filters_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsRemoved):
            signal.connect(self._on_current_changed)
        self.editor.sig_changed.connect(self._on_changed)
        self.detail.form.sig_edit_requested.connect(self._on_field_edit)
        self.detail.saved_label.linkActivated.connect(
            lambda link: sign_off.open_document(_path_of(link))
        )
        a.new.triggered.connect(self.new_request)
        for target, action in a.steps.items():
            action.triggered.connect(lambda _=False, t=target: self.step_to(t))
        a.decision.triggered.connect(lambda: self.record_decision(None))
        a.affected_tasks.triggered.connect(self.edit_affected_tasks)
        a.apply_impact.triggered.connect(self.apply_schedule_impact)
        a.export_form.triggered.connect(self.export_sign_off_form)

    # -- showing -------------------------------------------------------------------------

    @property
    def project_id(self) -> int | None:
        """The project shown, if any."""
        return self._project_id

    @property
    def log(self) -> ChangeLog | None:
        """The change log shown, if any."""
        return self._log

    def show_project(self, project_id: int | None) -> None:
        """Show a project's change log (None: nothing), its first request selected.

        While the tab is hidden the log is read when it is next shown: a 10,000-task plan
        would otherwise pay for it on every project switch and every Timeline edit.
        """
        self._project_id = project_id
        self._tasks = None
        self._sponsor, self._contacts = "", []
        self._log, self._summary = None, None
        self.model.set_log(None)
        self._first_load = self._stale = True
        if self.isVisible():
            self.ensure_current()

    def ensure_current(self) -> None:
        """Read the log if an edit or a project switch happened since it was last shown."""
        if not self._stale:
            return
        self._stale = False
        if not self._first_load:
            self.refresh()
            return
        self._first_load = False
        if self._project_id is not None:
            self._sponsor = self.editor.workspace.run(project_summary, self._project_id).sponsor
            people = self.editor.workspace.run(client_contacts, self._project_id)
            self._contacts = [(person.id, person.name) for person in people]
        self.refresh()
        self.table.fit_columns()
        first = self.proxy.index(0, TITLE)
        if first.isValid():
            self.table.setCurrentIndex(first)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with what changed while the tab was hidden."""
        super().showEvent(event)
        self.ensure_current()

    def refresh(self) -> None:
        """Re-read the log and the roll-up and show them; the selected request stays selected."""
        current = self.current_cr_id()
        if self._project_id is None:
            self._log, self._summary = None, None
        else:
            self._log = self.editor.workspace.run(read_change_log, self._project_id)
            self._summary = self.editor.workspace.run(read_change_summary, self._project_id)
        self.model.set_log(self._log)
        self.totals.show_summary(self._summary)
        self.stack.setCurrentIndex(0 if self._log is not None and not self._log.rows else 1)
        if current is not None:
            self.select_change(current)
        self._on_current_changed()

    def contacts(self) -> list[tuple[int, str]]:
        """The people at the client who can request or decide a change, by name."""
        return self._contacts

    def tasks(self) -> list[TaskRow]:
        """The plan's tasks in outline order (read once per project and outline change)."""
        if self._tasks is None:
            pid = self._project_id
            self._tasks = [] if pid is None else self.editor.workspace.run(task_rows, pid)
        return self._tasks

    # -- selection -----------------------------------------------------------------------

    def current_row(self) -> ChangeRow | None:
        """The selected request, if any."""
        return current_record(self.table, self.proxy)

    def current_cr_id(self) -> int | None:
        """The id of the selected request, if any."""
        return current_record_id(self.table, self.proxy)

    def select_change(self, cr_id: int) -> bool:
        """Select a request if the filters show it."""
        return select_record(self.table, self.proxy, cr_id, REF)

    def _on_filters_changed(self, values: dict[str, str]) -> None:
        self.proxy.set_filter(**values)
        self._on_current_changed()

    def _on_current_changed(self, *_: object) -> None:
        row = self.current_row()
        log = self._log
        names = {t.wbs: t.name for t in self.tasks()} if row and row.task_wbs else {}
        self.detail.show_row(row, log.currency if log else "", self.contacts(), names)
        if row is None or row.id != self._saved_for:
            self.detail.show_saved("")
        if log is not None:
            awaiting = sum(1 for r in log.rows if r.status in PENDING)
            self.filters.set_count(self.proxy.rowCount(), len(log.rows), awaiting)
        else:
            self.filters.set_count(0, 0, 0)
        self._update_actions()

    def _update_actions(self) -> None:
        a = self.change_actions
        row = self.current_row()
        legal = set(row.legal_next) if row is not None else set()
        a.new.setEnabled(self._project_id is not None)
        for target, action in a.steps.items():
            action.setEnabled(target in legal)
        if row is not None and row.status == ChangeStatus.DEFERRED:
            a.steps[ChangeStatus.SUBMITTED].setText("Re&submit")
        else:
            a.steps[ChangeStatus.SUBMITTED].setText("&Submit")
        a.decision.setEnabled(bool(legal & set(DECISIONS)))
        a.affected_tasks.setEnabled(row is not None)
        a.apply_impact.setEnabled(
            row is not None
            and row.status == ChangeStatus.APPROVED
            and bool(row.task_wbs)
            and row.schedule_applied_on is None
            and row.schedule_days > 0
        )
        a.export_form.setEnabled(row is not None)

    # -- editing -------------------------------------------------------------------------

    def run_edit(self, step: Edit[R]) -> R | Refused:
        """Run `step` as one undoable edit: the service's answer, or REFUSED.

        If refused (the user is told), the form shows the stored values again.
        """
        if self._project_id is None:
            return REFUSED
        result = self.editor.run(self._project_id, step)
        if result is REFUSED:
            self._on_current_changed()
        else:
            self.ensure_current()  # a command from the menu may run while the tab is hidden
        return result

    def _on_changed(self, event: ChangeEvent) -> None:
        if not event.concerns(self._project_id):
            return
        # A task renamed, added, moved or removed changes the names and WBS codes shown.
        if event.outline_changed or event.tasks_renamed:
            self._tasks = None
        self._stale = True
        if self.isVisible():
            self.ensure_current()

    def _on_field_edit(self, cr_id: int, fields: dict[str, object]) -> None:
        row = self.current_row()
        if row is not None and row.id == cr_id:
            self.run_edit(edits.field_edit(row, fields))

    def new_request(self) -> None:
        """Ask for a new request's essentials and add it as a Draft (selected afterwards)."""
        self.ensure_current()
        if self._project_id is None:
            return
        dialog = NewChangeDialog(self.contacts(), self)
        if not dialog.exec():
            return
        title, fields = dialog.values()
        added = self.run_edit(edits.new_request(self._project_id, title, fields))
        if added is REFUSED or self._log is None:
            return
        row = next((r for r in self._log.rows if r.id == added.id), None)
        if row is None:
            return
        if not self.select_change(row.id):
            self.filters.show_everything()  # the filters hide it: show what was added
            self.select_change(row.id)
        self.sig_message.emit(f"Added {row.reference} as a draft")

    def step_to(self, target: str) -> None:
        """Move the selected request to `target`; decisions open the decision dialog."""
        self.ensure_current()
        row = self.current_row()
        if row is None:
            return
        if target in DECISIONS:
            self.record_decision(target)
            return
        comment = ""
        if target == ChangeStatus.CLOSED:
            comment, ok = QInputDialog.getText(
                self, f"Close {row.reference}", "Closing note (optional, kept in the history):"
            )
            if not ok:
                return
        self.run_edit(edits.step(row, target, {"comment": comment.strip()}))

    def record_decision(self, outcome: str | None) -> None:
        """Record the client's decision (approve, reject or defer) on the selected request."""
        self.ensure_current()
        row = self.current_row()
        if row is None or not set(row.legal_next) & set(DECISIONS):
            return
        deciders = [name for _, name in self.contacts()]
        deciders += [r.decided_by for r in self._log.rows if r.decided_by] if self._log else []
        dialog = DecisionDialog(
            row, outcome or ChangeStatus.APPROVED, deciders, self._sponsor, self
        )
        if dialog.exec():
            target, kwargs = dialog.values()
            self.run_edit(edits.step(row, target, kwargs))

    def edit_affected_tasks(self) -> None:
        """Tick the tasks the selected request affects (one undoable step)."""
        self.ensure_current()
        row = self.current_row()
        if row is None:
            return
        dialog = AffectedTasksDialog(row, self.tasks(), self)
        if dialog.exec():
            ids = dialog.task_ids()
            wbs = {t.id: t.wbs for t in self.tasks()}
            if sorted(wbs[i] for i in ids) != sorted(row.task_wbs):
                self.run_edit(edits.affected_tasks(row, ids))

    def apply_schedule_impact(self) -> None:
        """Put the approved schedule days into the plan the way the PM picks; say where."""
        self.ensure_current()
        row = self.current_row()
        target = impact_target(row, self.tasks()) if row is not None else None
        if row is None or target is None:
            return
        dialog = ImpactDialog(row, target, self)
        if not dialog.exec():
            return
        add_task = dialog.adds_task()
        if self.run_edit(edits.apply_impact(row, add_task=add_task)) is REFUSED:
            return
        days = row.schedule_days
        span = f"{days} working day{'s' if days != 1 else ''}"
        where = f"{target.wbs} {target.name}"
        self.sig_message.emit(
            f"Added a task of {span} after {where} ({row.reference})"
            if add_task
            else f"Added {span} to {where} ({row.reference})"
        )

    def export_sign_off_form(self) -> None:
        """Write the selected request's sign-off form as a PDF; offer to open it."""
        self.ensure_current()
        row = self.current_row()
        if row is None:
            return
        path = sign_off.ask_and_export(self, self.editor.workspace, row)
        if path is None:
            return
        self._saved_for = row.id
        name = html.escape(path.name)
        self.detail.show_saved(f"Saved <b>{name}</b> · <a href='{path.as_uri()}'>Open</a>")
        self.sig_message.emit(f"Saved {path.name} to {path.parent}")


def _path_of(link: str) -> Path:
    """The file a 'file://' link of the saved note points to."""
    return Path(QUrl(link).toLocalFile())
