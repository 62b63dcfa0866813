"""The window's actions: text, icon, shortcut and tip in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Actions:
    """Every top-level action of the main window."""

    new: QAction
    open: QAction
    connect_server: QAction
    save_copy: QAction
    restore_backup: QAction
    import_plan: QAction
    import_edits: QAction
    export_workbook: QAction
    export_pack: QAction
    export_mspdi: QAction
    open_workbook_when_done: QAction
    exchange_rates: QAction
    quit: QAction
    about: QAction


def build_actions(parent: QWidget) -> Actions:
    """Create the actions, in the window's language; the main window connects their
    `triggered` signals."""

    def make(
        text: str,
        icon_name: str,
        tip: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        text = QCoreApplication.translate("Actions", text)
        tip = QCoreApplication.translate("Actions", tip)
        action = QAction(icon(icon_name), text, parent)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if shortcut is not None:
            keys = QKeySequence(shortcut)
            action.setShortcut(keys)
            native = keys.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({native})")
        return action

    return Actions(
        new=make(
            QT_TRANSLATE_NOOP("Actions", "&New Workspace…"),
            "new",
            QT_TRANSLATE_NOOP("Actions", "Create a new workspace file"),
            QKeySequence.StandardKey.New,
        ),
        open=make(
            QT_TRANSLATE_NOOP("Actions", "&Open Workspace…"),
            "open",
            QT_TRANSLATE_NOOP("Actions", "Open another workspace file"),
            QKeySequence.StandardKey.Open,
        ),
        connect_server=make(
            QT_TRANSLATE_NOOP("Actions", "Connect to &Team Server…"),
            "team",
            QT_TRANSLATE_NOOP(
                "Actions", "Open the workspace your team shares on a PostgreSQL server"
            ),
        ),
        save_copy=make(
            QT_TRANSLATE_NOOP("Actions", "Save a &Copy…"),
            "save-copy",
            QT_TRANSLATE_NOOP("Actions", "Write a copy of this workspace to another file"),
            QKeySequence("Ctrl+Shift+S"),
        ),
        restore_backup=make(
            QT_TRANSLATE_NOOP("Actions", "Restore from &Backup…"),
            "restore",
            QT_TRANSLATE_NOOP(
                "Actions",
                "Put one of this workspace's backups in its place; the current file is kept aside",
            ),
        ),
        import_plan=make(
            QT_TRANSLATE_NOOP("Actions", "&Import…"),
            "import",
            QT_TRANSLATE_NOOP(
                "Actions",
                "Import an MS Project XML, GanttProject or GNOME Planner file as a new project",
            ),
            QKeySequence("Ctrl+I"),
        ),
        import_edits=make(
            QT_TRANSLATE_NOOP("Actions", "Import Client E&dits…"),
            "import",
            QT_TRANSLATE_NOOP(
                "Actions",
                "Read a client workbook that came back and choose which of its edits to apply",
            ),
        ),
        export_workbook=make(
            QT_TRANSLATE_NOOP("Actions", "&Excel Workbook…"),
            "excel",
            QT_TRANSLATE_NOOP(
                "Actions",
                "Write the selected project's client workbook (.xlsx): summary, schedule, risks, "
                "changes",
            ),
        ),
        export_pack=make(
            QT_TRANSLATE_NOOP("Actions", "&Steering Committee Pack (PDF)…"),
            "pdf",
            QT_TRANSLATE_NOOP(
                "Actions",
                "Print the selected project's steering committee pack: cover, executive summary, "
                "milestones, Gantt, finance, risks, changes, decisions",
            ),
        ),
        export_mspdi=make(
            QT_TRANSLATE_NOOP("Actions", "&MS Project XML…"),
            "export",
            QT_TRANSLATE_NOOP("Actions", "Write the selected project as an MS Project XML file"),
        ),
        open_workbook_when_done=_checkable(
            make(
                QT_TRANSLATE_NOOP("Actions", "&Open Workbook After Export"),
                "",
                QT_TRANSLATE_NOOP(
                    "Actions", "Open each exported client workbook in the spreadsheet application"
                ),
            )
        ),
        exchange_rates=make(
            QT_TRANSLATE_NOOP("Actions", "E&xchange Rates…"),
            "settings",
            QT_TRANSLATE_NOOP(
                "Actions",
                "The workspace's reporting currency and the dated exchange rates the portfolio "
                "rolls up with",
            ),
        ),
        quit=make(
            QT_TRANSLATE_NOOP("Actions", "&Quit"),
            "quit",
            QT_TRANSLATE_NOOP("Actions", "Close CPM Desktop"),
            QKeySequence.StandardKey.Quit,
        ),
        about=make(
            QT_TRANSLATE_NOOP("Actions", "&About CPM Desktop"),
            "about",
            QT_TRANSLATE_NOOP("Actions", "Version and credits"),
        ),
    )


def _checkable(action: QAction) -> QAction:
    """An on/off option (no icon: the check mark is its picture)."""
    action.setCheckable(True)
    return action
