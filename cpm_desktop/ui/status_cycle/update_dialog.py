"""Project › Update Status…: the status date, the progress sheet, the report, then what changed.

Three pages: the new status date (the cadence's suggestion first) with the progress sheet for
it, re-read when the date changes; the status report for that date; after Finish, "Since the
last report". Nothing is written before Finish, which runs `record_status` as ONE undoable
edit (progress, status date, report and its kept facts); Cancel writes nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain.since_last import SinceLast
from cpm_desktop.errors import CpmError
from cpm_desktop.services.portfolio.views import project_summary
from cpm_desktop.services.records.status_reports import StatusReportRow, status_report
from cpm_desktop.services.status_cycle.cycle import record_status
from cpm_desktop.services.status_cycle.progress import progress_sheet
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.records.widgets import style_heading
from cpm_desktop.ui.status_cycle.progress_model import PERCENT
from cpm_desktop.ui.status_cycle.progress_page import ProgressPage
from cpm_desktop.ui.status_cycle.report_page import ReportPage, has_content
from cpm_desktop.ui.status_cycle.since_last_view import SinceLastView
from cpm_desktop.ui.undo import REFUSED, Editor, edit

TITLE = "Update Status"
PROGRESS, REPORT, DONE = range(3)
SIZE = (1180, 700)  # fits a 1280 × 800 screen with its window frame and task bar


class UpdateStatusDialog(QDialog):
    """One status cycle of a project, page by page; `since_last` is set once it is saved."""

    def __init__(self, editor: Editor, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.project_id = project_id
        self.summary = editor.workspace.run(project_summary, project_id)
        self.since_last: SinceLast | None = None
        self.setWindowTitle(f"{TITLE} — {self.summary.code}")
        self.setWindowIcon(icon("calendar"))

        self.step = QLabel()
        self.step.setObjectName("updateStep")
        style_heading(self.step)
        self.progress = ProgressPage(self.summary)
        self.report = ReportPage()
        self.since = SinceLastView()
        self.pages = QStackedWidget()
        for page in (self.progress, self.report, self.since):
            self.pages.addWidget(page)

        self.back = QPushButton("< &Back")
        self.next = QPushButton("&Next >")
        self.next.setObjectName("nextPage")
        self.finish = QPushButton("&Finish")
        self.finish.setObjectName("finishUpdate")
        self.finish.setToolTip("Save the progress, the new status date and the report (one undo)")
        self.cancel = QPushButton("Cancel")
        self.close_button = QPushButton("Close")
        self.close_button.setObjectName("closeUpdate")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back, self.next, self.finish, self.cancel, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.back.clicked.connect(lambda: self._show_page(PROGRESS))
        self.next.clicked.connect(self.go_to_report)
        self.finish.clicked.connect(self.save)
        self.cancel.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.progress.status_date.dateChanged.connect(lambda _: self.read_sheet())
        self.progress.model.sig_refused.connect(
            lambda reason: QMessageBox.warning(self, TITLE, reason)
        )
        self.resize(*SIZE)
        self.read_sheet()
        self._show_page(PROGRESS)

    # -- the pages -------------------------------------------------------------------------

    def read_sheet(self) -> None:
        """Read the progress sheet for the status date chosen (what was typed stays)."""
        day = self.progress.picked_date()
        try:
            rows = self.editor.workspace.run(progress_sheet, self.project_id, day)
        except CpmError as exc:
            show_error(self, TITLE, exc)
            return
        self.progress.model.set_sheet(rows, day)
        self.progress.fit_columns()
        if self.pages.currentIndex() == PROGRESS:
            self._show_page(PROGRESS)  # the step line names the date

    def go_to_report(self) -> None:
        """On to the report page, prefilled, once the status date is one the cycle takes."""
        day = self.progress.picked_date()
        problem = self._date_problem(day)
        if problem:
            QMessageBox.warning(self, TITLE, problem)
            self.progress.status_date.setFocus()
            return
        self.report.prefill(self._starting_report(day), day)
        self._show_page(REPORT)

    def save(self) -> None:
        """Write the whole cycle as one undoable edit, then show what changed since the last
        report; stay on the page if the edit is refused (the Editor said why)."""
        day = self.progress.picked_date()
        draft = self.progress.model.draft
        done = self.editor.run(
            self.project_id,
            edit(
                f"Update status to {short_date_text(day)}",
                record_status,
                self.project_id,
                day,
                progress=draft.progress(),
                as_planned=draft.as_planned(),
                **self.report.fields(),
            ),
        )
        if done is REFUSED:
            return
        self.since_last = done
        self.since.show_since(done, note=_saved_note(len(draft.progress()), draft.as_planned()))
        self._show_page(DONE)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        day = short_date_text(self.progress.picked_date())
        self.step.setText(
            (
                f"Step 1 of 2: progress of {self.summary.code} as of {day}",
                f"Step 2 of 2: the status report as of {day}",
                f"Status of {self.summary.code} updated to {day}",
            )[page]
        )
        self.back.setVisible(page == REPORT)
        self.next.setVisible(page == PROGRESS)
        self.finish.setVisible(page == REPORT)
        self.cancel.setVisible(page != DONE)
        self.close_button.setVisible(page == DONE)
        default = (self.next, self.finish, self.close_button)[page]
        default.setDefault(True)
        table = self.progress.table
        if page == PROGRESS and not table.currentIndex().isValid():
            # Typing goes straight into the first task's % complete.
            table.setCurrentIndex(self.progress.model.index(0, PERCENT))
        focus = (table, self.report.commentary, self.close_button)[page]
        if page != PROGRESS or not self.progress.status_date.hasFocus():
            focus.setFocus()

    # -- reading ---------------------------------------------------------------------------

    def _date_problem(self, day: dt.date) -> str:
        """Why the cycle cannot report as of `day` ('' when it can)."""
        summary = self.summary
        if day < summary.start_date:
            return (
                f"The status date cannot be before the project starts "
                f"({short_date_text(summary.start_date)})."
            )
        if summary.status_date is not None and day < summary.status_date:
            return (
                f"The new status date cannot be before the current one "
                f"({short_date_text(summary.status_date)}): status moves forward."
            )
        return ""

    def _starting_report(self, day: dt.date) -> StatusReportRow:
        """The report saved for `day` if there is one, else the last report."""
        workspace = self.editor.workspace
        saved = workspace.run(status_report, self.project_id, day)
        if has_content(saved) or self.summary.status_date is None:
            return saved
        return workspace.run(status_report, self.project_id, self.summary.status_date)


def _saved_note(typed: int, as_planned: tuple[int, ...]) -> str:
    """What Finish saved, and how to take it back."""
    parts = []
    if as_planned:
        parts.append(f"{len(as_planned)} task{'s' * (len(as_planned) != 1)} as planned")
    if typed:
        parts.append(f"progress typed for {typed} task{'s' * (typed != 1)}")
    progress = f"Saved {' and '.join(parts)}, " if parts else "Saved no progress, "
    return f"{progress}the new status date and the report. Edit › Undo takes it all back."


def update_status(parent: QWidget, editor: Editor, project_id: int) -> SinceLast | None:
    """Run Project › Update Status… for a project; what changed since the last report, or
    None when cancelled."""
    dialog = UpdateStatusDialog(editor, project_id, parent)
    dialog.exec()
    return dialog.since_last
