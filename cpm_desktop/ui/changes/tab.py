"""ChangesTab: the change log's controller (reads, selection, the workflow's steps, actions).

Its view (`view.py`) holds the log, its roll-up and the selected request's form, built when the
tab first comes forward or a command needs it (`ViewBuiltWhenShown`); its actions
(`actions.py`) exist from the start, so Ctrl+Shift+N works from every tab.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtWidgets import QInputDialog

from cpm_desktop.domain import ChangeStatus, View
from cpm_desktop.domain.change_workflow import DECISIONS, PENDING
from cpm_desktop.services.portfolio.views import (
    TaskRow,
    client_contacts,
    project_summary,
    task_rows,
)
from cpm_desktop.ui.built_when_shown import ViewBuiltWhenShown
from cpm_desktop.ui.changes.actions import build_change_actions, submit_text
from cpm_desktop.ui.feature_tab import MenuPart
from cpm_desktop.ui.undo import REFUSED, Edit, Editor, R, Refused
from cpm_desktop.workspace import ChangeEvent

if TYPE_CHECKING:
    from cpm_desktop.services.changes.views import ChangeLog, ChangeRow, ChangeSummary
    from cpm_desktop.ui.changes.view import ChangesView

# The log's reads, its model, the dialogs, the edits and the services they call are imported in
# the methods that run them, when first used: loaded with the window, they delayed its first
# picture.


class ChangesTab(ViewBuiltWhenShown["ChangesView"]):
    """Keep the change log: raise, assess, decide and apply requests; Ctrl+Z undoes each step."""

    view_name = View.CHANGES
    title = "Changes"
    icon_name = "changes"

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = QCoreApplication.translate("ChangesTab", "Changes")
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
        self._connect_actions()
        self._update_actions()

    def _connect_actions(self) -> None:
        a = self.change_actions
        self.editor.sig_changed.connect(self._on_changed)
        a.new.triggered.connect(self.new_request)
        # The shortcut works from every tab: show the request where it was added.
        a.new.triggered.connect(lambda: self.sig_open_view.emit(View.CHANGES))
        for target, action in a.steps.items():
            action.triggered.connect(lambda _=False, t=target: self.step_to(t))
        a.decision.triggered.connect(lambda: self.record_decision(None))
        a.affected_tasks.triggered.connect(self.edit_affected_tasks)
        a.scope_lines.triggered.connect(self.edit_scope_lines)
        a.apply_impact.triggered.connect(self.apply_schedule_impact)
        a.export_form.triggered.connect(self.export_sign_off_form)

    def build_view(self) -> ChangesView:
        """The log, its roll-up and the selected request, made when the tab first comes
        forward or a command needs them."""
        from cpm_desktop.ui.changes.view import ChangesView

        return ChangesView(self.change_actions)

    def view_built(self, view: ChangesView) -> None:
        """Connect the view; read the log if it came on screen (before it was connected)."""
        from cpm_desktop.ui.changes import sign_off

        view.sig_shown.connect(self.ensure_current)
        view.filters.sig_filters_changed.connect(self._on_filters_changed)
        view.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        for signal in (view.proxy.modelReset, view.proxy.layoutChanged, view.proxy.rowsRemoved):
            signal.connect(self._on_current_changed)
        view.detail.form.sig_edit_requested.connect(self._on_field_edit)
        view.detail.saved_label.linkActivated.connect(
            lambda link: sign_off.open_document(_path_of(link))
        )
        if view.isVisible():
            self.ensure_current()

    def menus(self) -> tuple[MenuPart, ...]:
        """The workflow's commands, enabled as the log is when the menu opens."""
        return (
            MenuPart(
                QCoreApplication.translate("Menu", "&Changes"),
                self.change_actions.for_menu(),
                self.ensure_current,
            ),
        )

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
        self._first_load = self._stale = True
        if not self.is_built():  # the log is read when the view is
            self._update_actions()
            return
        self.view.model.set_log(None)
        if self.view.isVisible():
            self.ensure_current()

    def ensure_current(self) -> None:
        """Read the log if an edit or a project switch happened since it was last shown."""
        from cpm_desktop.ui.changes.change_model import TITLE

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
        self.view.table.fit_columns()
        first = self.view.proxy.index(0, TITLE)
        if first.isValid():
            self.view.table.setCurrentIndex(first)

    def refresh(self) -> None:
        """Re-read the log and the roll-up and show them; the selected request stays selected."""
        from cpm_desktop.services.changes.views import change_log, change_summary

        current = self.current_cr_id()
        if self._project_id is None:
            self._log, self._summary = None, None
        else:
            self._log = self.editor.workspace.run(change_log, self._project_id)
            self._summary = self.editor.workspace.run(change_summary, self._project_id)
        self.view.model.set_log(self._log)
        self.view.totals.show_summary(self._summary)
        self.view.show_empty_page(self._log is not None and not self._log.rows)
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
        if not self.is_built():
            return None
        # The log's modules load with its view, when the tab first comes forward.
        from cpm_desktop.ui.records.selection import current_record

        return current_record(self.view.table, self.view.proxy)

    def current_cr_id(self) -> int | None:
        """The id of the selected request, if any."""
        if not self.is_built():
            return None
        from cpm_desktop.ui.records.selection import current_record_id  # see current_row

        return current_record_id(self.view.table, self.view.proxy)

    def select_change(self, cr_id: int) -> bool:
        """Select a request if the filters show it."""
        from cpm_desktop.ui.changes.change_model import REF
        from cpm_desktop.ui.records.selection import select_record

        return select_record(self.view.table, self.view.proxy, cr_id, REF)

    def _on_filters_changed(self, values: dict[str, str]) -> None:
        self.view.proxy.set_filter(**values)
        self._on_current_changed()

    def _on_current_changed(self, *_: object) -> None:
        from cpm_desktop.services.charter.scope import change_scope
        from cpm_desktop.ui.charter.change_scope_dialog import scope_summary

        row = self.current_row()
        log = self._log
        names = {t.wbs: t.name for t in self.tasks()} if row and row.task_wbs else {}
        self.view.detail.show_row(row, log.currency if log else "", self.contacts(), names)
        if row is not None:
            scope = self.editor.workspace.run(change_scope, row.id)
            self.view.detail.show_scope(scope_summary(scope))
        if row is None or row.id != self._saved_for:
            self.view.detail.show_saved("")
        if log is not None:
            awaiting = sum(1 for r in log.rows if r.status in PENDING)
            self.view.filters.set_count(self.view.proxy.rowCount(), len(log.rows), awaiting)
        else:
            self.view.filters.set_count(0, 0, 0)
        self._update_actions()

    def _update_actions(self) -> None:
        a = self.change_actions
        row = self.current_row()
        legal = set(row.legal_next) if row is not None else set()
        a.new.setEnabled(self._project_id is not None)
        for target, action in a.steps.items():
            action.setEnabled(target in legal)
        deferred = row is not None and row.status == ChangeStatus.DEFERRED
        a.steps[ChangeStatus.SUBMITTED].setText(submit_text(resubmit=deferred))
        a.decision.setEnabled(bool(legal & set(DECISIONS)))
        a.affected_tasks.setEnabled(row is not None)
        a.scope_lines.setEnabled(row is not None and row.status != ChangeStatus.CLOSED)
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
        if self.is_built() and self.view.isVisible():
            self.ensure_current()

    def _on_field_edit(self, cr_id: int, fields: dict[str, object]) -> None:
        from cpm_desktop.ui.changes import edits

        row = self.current_row()
        if row is not None and row.id == cr_id:
            self.run_edit(edits.field_edit(row, fields))

    def new_request(self) -> None:
        """Ask for a new request's essentials and add it as a Draft (selected afterwards)."""
        from cpm_desktop.ui.changes import edits
        from cpm_desktop.ui.changes.new_change_dialog import NewChangeDialog

        self.ensure_current()
        if self._project_id is None:
            return
        dialog = NewChangeDialog(self.contacts(), self.view)
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
            self.view.filters.show_everything()  # the filters hide it: show what was added
            self.select_change(row.id)
        self.sig_message.emit(
            QCoreApplication.translate("ChangesTab", "Added {reference} as a draft").format(
                reference=row.reference
            )
        )

    def step_to(self, target: str) -> None:
        """Move the selected request to `target`; decisions open the decision dialog."""
        from cpm_desktop.ui.changes import edits

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
                self.view,
                QCoreApplication.translate("ChangesTab", "Close {reference}").format(
                    reference=row.reference
                ),
                QCoreApplication.translate(
                    "ChangesTab", "Closing note (optional, kept in the history):"
                ),
            )
            if not ok:
                return
        self.run_edit(edits.step(row, target, {"comment": comment.strip()}))

    def record_decision(self, outcome: str | None) -> None:
        """Record the client's decision (approve, reject or defer) on the selected request."""
        from cpm_desktop.ui.changes import edits
        from cpm_desktop.ui.changes.client_decision_dialog import ClientDecisionDialog

        self.ensure_current()
        row = self.current_row()
        if row is None or not set(row.legal_next) & set(DECISIONS):
            return
        deciders = [name for _, name in self.contacts()]
        deciders += [r.decided_by for r in self._log.rows if r.decided_by] if self._log else []
        dialog = ClientDecisionDialog(
            row, outcome or ChangeStatus.APPROVED, deciders, self._sponsor, self.view
        )
        if dialog.exec():
            target, kwargs = dialog.values()
            self.run_edit(edits.step(row, target, kwargs))

    def edit_affected_tasks(self) -> None:
        """Tick the tasks the selected request affects (one undoable step)."""
        from cpm_desktop.ui.changes import edits
        from cpm_desktop.ui.changes.tasks_dialog import AffectedTasksDialog

        self.ensure_current()
        row = self.current_row()
        if row is None:
            return
        dialog = AffectedTasksDialog(row, self.tasks(), self.view)
        if dialog.exec():
            ids = dialog.task_ids()
            wbs = {t.id: t.wbs for t in self.tasks()}
            if sorted(wbs[i] for i in ids) != sorted(row.task_wbs):
                self.run_edit(edits.affected_tasks(row, ids))

    def edit_scope_lines(self) -> None:
        """Name the charter's scope lines the selected request adds or removes (one step)."""
        from cpm_desktop.services.charter.views import project_charter
        from cpm_desktop.ui.changes import edits
        from cpm_desktop.ui.charter.change_scope_dialog import ChangeScopeDialog

        self.ensure_current()
        row = self.current_row()
        if row is None or self._project_id is None:
            return
        charter = self.editor.workspace.run(project_charter, self._project_id)
        dialog = ChangeScopeDialog(row.id, row.reference, row.title, charter, self.view)
        if dialog.exec():
            self.run_edit(edits.scope_lines(row, dialog.adds(), dialog.removes()))

    def apply_schedule_impact(self) -> None:
        """Put the approved schedule days into the plan the way the PM picks; say where."""
        from cpm_desktop.ui.changes import edits
        from cpm_desktop.ui.changes.impact_dialog import ImpactDialog, impact_target

        self.ensure_current()
        row = self.current_row()
        target = impact_target(row, self.tasks()) if row is not None else None
        if row is None or target is None:
            return
        dialog = ImpactDialog(row, target, self.view)
        if not dialog.exec():
            return
        add_task = dialog.adds_task()
        if self.run_edit(edits.apply_impact(row, add_task=add_task)) is REFUSED:
            return
        days = row.schedule_days
        span = (
            QCoreApplication.translate("ChangesTab", "{count} working day").format(count=days)
            if days == 1
            else QCoreApplication.translate("ChangesTab", "{count} working days").format(count=days)
        )
        where = f"{target.wbs} {target.name}"
        said = (
            QCoreApplication.translate(
                "ChangesTab", "Added a task of {span} after {task} ({reference})"
            )
            if add_task
            else QCoreApplication.translate("ChangesTab", "Added {span} to {task} ({reference})")
        )
        self.sig_message.emit(said.format(span=span, task=where, reference=row.reference))

    def export_sign_off_form(self) -> None:
        """Write the selected request's sign-off form as a PDF; offer to open it."""
        from cpm_desktop.ui.changes import sign_off

        self.ensure_current()
        row = self.current_row()
        if row is None or self._project_id is None:
            return
        path = sign_off.ask_and_export(self.view, self.editor.workspace, self._project_id, row)
        if path is None:
            return
        self._saved_for = row.id
        name = html.escape(path.name)
        self.view.detail.show_saved(
            QCoreApplication.translate(
                "ChangesTab", "Saved <b>{file}</b> · <a href='{link}'>Open</a>"
            ).format(file=name, link=path.as_uri())
        )
        self.sig_message.emit(
            QCoreApplication.translate("ChangesTab", "Saved {file} to {folder}").format(
                file=path.name, folder=path.parent
            )
        )


def _path_of(link: str) -> Path:
    """The file a 'file://' link of the saved note points to."""
    return Path(QUrl(link).toLocalFile())
