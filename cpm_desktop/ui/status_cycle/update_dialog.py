"""Project › Update Status…: the status date, the progress sheet, the report, then what changed.

Three pages: the new status date (the cadence's suggestion first) with the progress sheet for
it, re-read when the date changes; the status report for that date; after Finish, "Since the
last report". Nothing is written before Finish, which runs `record_status` as ONE undoable
edit (progress, status date, report and its kept facts); Cancel writes nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
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
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.widgets import style_heading
from cpm_desktop.ui.status_cycle.progress_model import PERCENT
from cpm_desktop.ui.status_cycle.progress_page import ProgressPage
from cpm_desktop.ui.status_cycle.report_page import ReportPage, has_content
from cpm_desktop.ui.status_cycle.since_last_view import SinceLastView
from cpm_desktop.ui.undo import REFUSED, Editor, edit, named

TITLE = QT_TRANSLATE_NOOP("UpdateStatusDialog", "Update Status")
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
        self.title = QCoreApplication.translate("UpdateStatusDialog", TITLE)
        self.setWindowTitle(f"{self.title} — {self.summary.code}")
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

        self.back = QPushButton(QCoreApplication.translate("UpdateStatusDialog", "< &Back"))
        self.next = QPushButton(QCoreApplication.translate("UpdateStatusDialog", "&Next >"))
        self.next.setObjectName("nextPage")
        self.finish = QPushButton(QCoreApplication.translate("UpdateStatusDialog", "&Finish"))
        self.finish.setObjectName("finishUpdate")
        self.finish.setToolTip(
            QCoreApplication.translate(
                "UpdateStatusDialog",
                "Save the progress, the new status date and the report (one undo)",
            )
        )
        self.cancel = QPushButton(QCoreApplication.translate("UpdateStatusDialog", "Cancel"))
        self.close_button = QPushButton(QCoreApplication.translate("UpdateStatusDialog", "Close"))
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
            lambda reason: QMessageBox.warning(self, self.title, reason)
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
            show_error(self, self.title, exc)
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
            QMessageBox.warning(self, self.title, problem)
            self.progress.status_date.setFocus()
            return
        self.report.prefill(self._starting_report(day), day)
        self._show_page(REPORT)

    def save(self) -> None:
        """Write the whole cycle as one undoable edit, then show what changed since the last
        report; stay on the page if the edit is refused (the Editor said why)."""
        day = self.progress.picked_date()
        draft = self.progress.model.draft
        name = named(
            QT_TRANSLATE_NOOP("Edits", "Update status to {date}"), date=short_date_text(day)
        )
        done = self.editor.run(
            self.project_id,
            edit(
                name,
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
        self.since.show_since(
            done, note=self._saved_note(len(draft.progress()), draft.as_planned())
        )
        self._show_page(DONE)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        day = short_date_text(self.progress.picked_date())
        steps = (
            QCoreApplication.translate(
                "UpdateStatusDialog", "Step 1 of 2: progress of {code} as of {date}"
            ),
            QCoreApplication.translate(
                "UpdateStatusDialog", "Step 2 of 2: the status report as of {date}"
            ),
            QCoreApplication.translate("UpdateStatusDialog", "Status of {code} updated to {date}"),
        )
        self.step.setText(steps[page].format(code=self.summary.code, date=day))
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
            return QCoreApplication.translate(
                "UpdateStatusDialog",
                "The status date cannot be before the project starts ({date}).",
            ).format(date=short_date_text(summary.start_date))
        if summary.status_date is not None and day < summary.status_date:
            return QCoreApplication.translate(
                "UpdateStatusDialog",
                "The new status date cannot be before the current one ({date}): status moves "
                "forward.",
            ).format(date=short_date_text(summary.status_date))
        return ""

    def _starting_report(self, day: dt.date) -> StatusReportRow:
        """The report saved for `day` if there is one, else the last report."""
        workspace = self.editor.workspace
        saved = workspace.run(status_report, self.project_id, day)
        if has_content(saved) or self.summary.status_date is None:
            return saved
        return workspace.run(status_report, self.project_id, self.summary.status_date)

    def _saved_note(self, typed: int, as_planned: tuple[int, ...]) -> str:
        """What Finish saved, and how to take it back."""
        # self.tr (the class is never subclassed): pyside6-lupdate takes a plural's count from
        # tr only, not from QCoreApplication.translate.
        planned = self.tr("%n task(s) as planned", "", len(as_planned))
        progress = self.tr("progress typed for %n task(s)", "", typed)
        if as_planned and typed:
            saved = self.tr("Saved {planned} and {progress}, the new status date and the report.")
        elif as_planned or typed:
            saved = self.tr("Saved {progress}, the new status date and the report.")
            progress = planned if as_planned else progress
        else:
            saved = self.tr("Saved no progress, the new status date and the report.")
        undo = self.tr("Edit › Undo takes it all back.")
        return f"{saved.format(planned=planned, progress=progress)} {undo}"


def update_status(parent: QWidget, editor: Editor, project_id: int) -> SinceLast | None:
    """Run Project › Update Status… for a project; what changed since the last report, or
    None when cancelled."""
    dialog = UpdateStatusDialog(editor, project_id, parent)
    dialog.exec()
    return dialog.since_last
