"""The window's actions: text, icon, shortcut and tip in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from cpm_desktop.ui.icons import icon


@dataclass(frozen=True, slots=True)
class Actions:
    """Every top-level action of the main window."""

    new: QAction
    open: QAction
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
    """Create the actions; the main window connects their `triggered` signals."""

    def make(
        text: str,
        icon_name: str,
        tip: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
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
            "&New Workspace…", "new", "Create a new workspace file", QKeySequence.StandardKey.New
        ),
        open=make(
            "&Open Workspace…", "open", "Open another workspace file", QKeySequence.StandardKey.Open
        ),
        save_copy=make(
            "Save a &Copy…",
            "save-copy",
            "Write a copy of this workspace to another file",
            QKeySequence("Ctrl+Shift+S"),
        ),
        restore_backup=make(
            "Restore from &Backup…",
            "restore",
            "Put one of this workspace's backups in its place; the current file is kept aside",
        ),
        import_plan=make(
            "&Import…",
            "import",
            "Import an MS Project XML, GanttProject or GNOME Planner file as a new project",
            QKeySequence("Ctrl+I"),
        ),
        import_edits=make(
            "Import Client E&dits…",
            "import",
            "Read a client workbook that came back and choose which of its edits to apply",
        ),
        export_workbook=make(
            "&Excel Workbook…",
            "excel",
            "Write the selected project's client workbook (.xlsx): summary, schedule, risks, "
            "changes",
        ),
        export_pack=make(
            "&Steering Committee Pack (PDF)…",
            "pdf",
            "Print the selected project's steering committee pack: cover, executive summary, "
            "milestones, Gantt, finance, risks, changes, decisions",
        ),
        export_mspdi=make(
            "&MS Project XML…", "export", "Write the selected project as an MS Project XML file"
        ),
        open_workbook_when_done=_checkable(
            make(
                "&Open Workbook After Export",
                "",
                "Open each exported client workbook in the spreadsheet application",
            )
        ),
        exchange_rates=make(
            "E&xchange Rates…",
            "settings",
            "The workspace's reporting currency and the dated exchange rates the portfolio "
            "rolls up with",
        ),
        quit=make("&Quit", "quit", "Close CPM Desktop", QKeySequence.StandardKey.Quit),
        about=make("&About CPM Desktop", "about", "Version and credits"),
    )


def _checkable(action: QAction) -> QAction:
    """An on/off option (no icon: the check mark is its picture)."""
    action.setCheckable(True)
    return action
