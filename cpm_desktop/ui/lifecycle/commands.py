"""LifecycleCommands: the Project menu's entries that move a project through its stages.

Stage Gate… (the next stage, dated and approved), Close Project… (final report, feedback and
lessons; the project becomes read-only), Reopen Project… (with its reason, audited) and Show
Closed Projects, the navigator's filter (remembered between runs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QSignalBlocker
from PySide6.QtGui import QAction

from cpm_desktop.domain import Stage
from cpm_desktop.domain.lifecycle import next_stage
from cpm_desktop.services.portfolio.views import ProjectSummary, project_summary
from cpm_desktop.texts import _
from cpm_desktop.ui.feature_tab import MenuPart
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.navigator.model import PORTFOLIO_ROLE
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.workspace import RecordKind

if TYPE_CHECKING:
    from cpm_desktop.ui.main_window import MainWindow
    from cpm_desktop.workspace import ChangeEvent

STAGE_GATE_TIP = QT_TRANSLATE_NOOP(
    "LifecycleCommands", "Move the project to its next stage: the date and who approved the gate"
)
SHOW_CLOSED_TIP = QT_TRANSLATE_NOOP(
    "LifecycleCommands", "List closed projects in the navigator (greyed, with a lock)"
)
MESSAGE_MS = 10000


class LifecycleCommands(QObject):
    """Stage Gate…, Close Project…, Reopen Project…, Show Closed Projects."""

    def __init__(self, window: MainWindow, settings: AppSettings | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings or AppSettings()
        self.stage_gate = _action(
            window,
            QCoreApplication.translate("LifecycleCommands", "&Stage Gate…"),
            "milestone",
            self._stage_gate,
        )
        self.stage_gate.setObjectName("stageGate")
        self.close_project = _action(
            window,
            QCoreApplication.translate("LifecycleCommands", "C&lose Project…"),
            "lock",
            self._close,
        )
        self.close_project.setObjectName("closeProject")
        self.close_project.setToolTip(
            QCoreApplication.translate(
                "LifecycleCommands",
                "Record the final report, feedback and lessons, then make the project read-only",
            )
        )
        self.reopen_project = _action(
            window,
            QCoreApplication.translate("LifecycleCommands", "Re&open Project…"),
            "restore",
            self._reopen,
        )
        self.reopen_project.setObjectName("reopenProject")
        self.reopen_project.setToolTip(
            QCoreApplication.translate(
                "LifecycleCommands", "Make a closed project editable again (audited)"
            )
        )
        self.show_closed = QAction(
            QCoreApplication.translate("LifecycleCommands", "Sho&w Closed Projects"), window
        )
        self.show_closed.setObjectName("showClosedProjects")
        self.show_closed.setCheckable(True)
        self.show_closed.setChecked(self._settings.show_closed_projects())
        window.navigator_model.set_show_closed(self.show_closed.isChecked())
        self.show_closed.toggled.connect(self._on_show_closed)
        window.editor.sig_changed.connect(self._on_edited)
        window.sig_project_selected.connect(lambda _: self.update_actions())
        self.update_actions()

    def menus(self) -> tuple[MenuPart, ...]:
        """The parts of the menu bar these commands own."""
        items = (self.stage_gate, self.close_project, self.reopen_project, None)
        project = QCoreApplication.translate("Menu", "&Project")
        return (MenuPart(project, (*items, self.show_closed), self.update_actions),)

    def update_actions(self) -> None:
        """Enable what the project shown allows: a gate or closing while open, else reopening."""
        window = self._window
        summary = self._summary()
        # A project checked out to a laptop is read-only on the server until its check-in.
        writable = not (window.workspace.read_only or window.checkout.shown_checked_out())
        target = None if summary is None else stage_gate_target(summary)
        self.stage_gate.setEnabled(writable and target is not None)
        if target is not None:
            self.stage_gate.setText(
                QCoreApplication.translate("LifecycleCommands", "&Stage Gate: {stage}…").format(
                    stage=_(target.label)
                )
            )
            self.stage_gate.setToolTip(
                QCoreApplication.translate("LifecycleCommands", STAGE_GATE_TIP)
            )
        else:
            self.stage_gate.setText(QCoreApplication.translate("LifecycleCommands", "&Stage Gate…"))
            self.stage_gate.setToolTip(_no_gate_reason(summary))
        is_open = summary is not None and not summary.is_closed
        self.close_project.setEnabled(writable and is_open)
        self.reopen_project.setEnabled(writable and summary is not None and summary.is_closed)
        hidden = window.navigator_model.hidden_count()
        tip = QCoreApplication.translate("LifecycleCommands", SHOW_CLOSED_TIP)
        if hidden:
            # self.tr: pyside6-lupdate takes a count for a plural only from tr (never subclassed)
            tip = self.tr("{tip} (%n hidden now)", "", hidden).format(tip=tip)
        self.show_closed.setToolTip(tip)

    # -- the commands ----------------------------------------------------------------------

    # The dialogs and their services are imported where they run, when first asked for:
    # loading them with the window delayed its first picture.

    def _stage_gate(self) -> None:
        from cpm_desktop.ui.lifecycle.stage_gate_dialog import pass_stage_gate

        window, project_id = self._window, self._window.project_id
        if project_id is not None and pass_stage_gate(window, window.editor, project_id):
            summary = window.workspace.run(project_summary, project_id)
            moved = QCoreApplication.translate("LifecycleCommands", "{code} moved to {stage}")
            window.statusBar().showMessage(
                moved.format(code=summary.code, stage=_in_sentence(summary.stage)), MESSAGE_MS
            )

    def _close(self) -> None:
        from cpm_desktop.ui.lifecycle.close_dialog import close_project_dialog

        window, project_id = self._window, self._window.project_id
        if project_id is None or not close_project_dialog(window, window.editor, project_id):
            return
        summary = window.workspace.run(project_summary, project_id)
        message = QCoreApplication.translate(
            "LifecycleCommands", "{code} closed: read-only until reopened."
        ).format(code=summary.code)
        if not self.show_closed.isChecked():
            message += " " + QCoreApplication.translate(
                "LifecycleCommands", "Project › Show Closed Projects lists it."
            )
        window.statusBar().showMessage(message, MESSAGE_MS)

    def _reopen(self) -> None:
        from cpm_desktop.ui.lifecycle.reopen_dialog import reopen_project_dialog

        window, project_id = self._window, self._window.project_id
        if project_id is not None and reopen_project_dialog(window, window.editor, project_id):
            summary = window.workspace.run(project_summary, project_id)
            reopened = QCoreApplication.translate("LifecycleCommands", "{code} reopened").format(
                code=summary.code
            )
            window.statusBar().showMessage(reopened, MESSAGE_MS)

    # -- the navigator's filter ------------------------------------------------------------

    def _on_show_closed(self, show: bool) -> None:
        """Filter the navigator again, the same project (or portfolio) still selected."""
        self._settings.set_show_closed_projects(show)
        window = self._window
        navigator, model = window.navigator, window.navigator_model
        summary = self._summary()
        client = navigator.currentIndex().data(PORTFOLIO_ROLE)
        index: QModelIndex | None = None
        with QSignalBlocker(navigator.selectionModel()):  # nothing to re-show: the same row
            model.set_show_closed(show)
            navigator.expandAll()
            if summary is not None:
                index = model.project_index(summary.code)
            elif isinstance(client, str):
                index = model.portfolio_index(client or None)
            if index is not None and index.isValid():
                navigator.setCurrentIndex(index)
        navigator.viewport().update()

    def _on_edited(self, event: ChangeEvent) -> None:
        project_id = self._window.project_id
        # Only the project's own record and its gates decide these actions: a plan edit of a
        # 10,000-task project need not read its summary again.
        if (
            project_id is not None
            and event.concerns(project_id)
            and event.touches(RecordKind.PROJECT, RecordKind.STAGE_GATE)
        ):
            self.update_actions()

    def _summary(self) -> ProjectSummary | None:
        project_id = self._window.project_id
        if project_id is None:
            return None
        return self._window.workspace.run(project_summary, project_id)


def stage_gate_target(summary: ProjectSummary) -> Stage | None:
    """The stage a gate would move the project into; None when closed or next is closure."""
    if summary.is_closed:
        return None
    target = next_stage(summary.stage)
    return None if target in (None, Stage.CLOSURE) else target


def _no_gate_reason(summary: ProjectSummary | None) -> str:
    """Why Stage Gate… is disabled, for its tooltip."""
    if summary is None:
        return QCoreApplication.translate(
            "LifecycleCommands", "Select a project to pass its next stage gate"
        )
    if summary.is_closed:
        return QCoreApplication.translate(
            "LifecycleCommands", "{code} is closed: reopen it to pass a stage gate"
        ).format(code=summary.code)
    return QCoreApplication.translate(
        "LifecycleCommands", "{code} is in {stage}: Close Project… ends it"
    ).format(code=summary.code, stage=_in_sentence(summary.stage))


def _in_sentence(stage: Stage) -> str:
    """The stage's name inside a sentence: lower-case in English ("moved to execution"), as
    its translation writes it otherwise (a German noun keeps its capital)."""
    label = _(stage.label)
    return label.lower() if label == stage.label else label


def _action(window: MainWindow, text: str, icon_name: str, slot: Callable[[], None]) -> QAction:
    action = QAction(icon(icon_name), text, window)
    action.triggered.connect(slot)
    return action
