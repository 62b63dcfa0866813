"""AffectedTasksDialog: tick the plan's tasks a change request affects."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.changes.views import ChangeRow
from cpm_desktop.services.portfolio.views import TaskRow
from cpm_desktop.ui.changes.task_choice_model import TaskChoiceModel
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.theme import colors


class AffectedTasksDialog(QDialog):
    """A searchable, checkable task list; OK sets exactly the ticked tasks."""

    def __init__(self, row: ChangeRow, tasks: list[TaskRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate(
                "AffectedTasksDialog", "Affected tasks — {reference}"
            ).format(reference=row.reference)
        )
        self.setMinimumSize(560, 520)
        wanted = set(row.task_wbs)
        self.model = TaskChoiceModel(tasks, {task.id for task in tasks if task.wbs in wanted})
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("AffectedTasksDialog", "Find a task by WBS or name")
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setObjectName("affectedTaskList")
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        hint = QLabel(
            QCoreApplication.translate(
                "AffectedTasksDialog",
                "The approved schedule impact ({count} working days) is added to the "
                "last ticked work task in outline order; summaries and milestones take no days.",
            ).format(count=row.schedule_days)
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {colors().muted_text};")
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def task_ids(self) -> list[int]:
        """The ticked tasks, in outline order."""
        return self.model.checked_ids()
