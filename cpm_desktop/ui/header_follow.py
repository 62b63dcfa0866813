"""The project header and the status bar's plan figures follow every load and edit of the plan.

The status bar's finish and critical count come with the Timeline itself, so they change with
the repaint. The header's overall status reads the project's whole standing (costs, earned
value, risks, changes): on a 10,000-task plan that takes longer than the edit itself, so after
an edit it follows once the PM pauses; a project newly shown gets its header at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel

from cpm_desktop.services.plan.timeline import Timeline
from cpm_desktop.services.portfolio.standing import project_standing
from cpm_desktop.services.portfolio.views import project_summary
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.project_header import ProjectHeader
from cpm_desktop.ui.undo import Editor

# As long as a short pause between two nudges of a bar: a run of edits reads the standing once.
PAUSE_MS = 250


class HeaderFollower(QObject):
    """Keeps `header`, `finish` and `critical` showing the project of the last Timeline."""

    def __init__(
        self, editor: Editor, header: ProjectHeader, finish: QLabel, critical: QLabel
    ) -> None:
        super().__init__(header)
        self._editor = editor
        self._header = header
        self._finish = finish
        self._critical = critical
        self._project_id: int | None = None
        self._plan: Timeline | None = None  # the last one shown, so it is not read again
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self.show_header)

    def follow(self, data: Timeline | None) -> None:
        """Show the figures of `data` (None: no project), the header's after a pause when the
        same project was shown before."""
        self._plan = data
        if data is None:
            self._timer.stop()
            self._project_id = None
            self._header.show_project(None)
            self._finish.clear()
            self._critical.clear()
            return
        self._finish.setText(
            QCoreApplication.translate("MainWindow", "Finish: {date}").format(
                date=date_text(data.finish_date) or "—"
            )
        )
        self._critical.setText(
            QCoreApplication.translate("MainWindow", "Critical tasks: {count}").format(
                count=data.critical_count
            )
        )
        if data.project_id == self._project_id:
            self._timer.start()
        else:
            self._project_id = data.project_id
            self.show_header()

    def show_header(self) -> None:
        """Read the shown project's summary and standing into the header now."""
        self._timer.stop()
        if self._project_id is None:
            return
        workspace = self._editor.workspace
        summary = workspace.run(project_summary, self._project_id)
        standing = workspace.run(project_standing, self._project_id, plan=self._plan)
        self._header.show_project(summary, standing.overall)

    def stop(self) -> None:
        """Forget the project (the workspace is being released): nothing more is read."""
        self._timer.stop()
        self._project_id = self._plan = None
