"""ImpactDialog: how an approved request's days go into the plan, lengthened or as a new task."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.changes.views import ChangeRow
from cpm_desktop.services.portfolio.views import TaskRow
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons


def impact_target(row: ChangeRow, tasks: list[TaskRow]) -> TaskRow | None:
    """The task the days go to: the last affected work task in outline order (as the service)."""
    affected = set(row.task_wbs)
    work = [t for t in tasks if t.wbs in affected and not t.is_summary and not t.is_milestone]
    return work[-1] if work else None


class ImpactDialog(QDialog):
    """Two choices, each saying exactly what will change; lengthening is the default."""

    def __init__(self, row: ChangeRow, target: TaskRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        days = row.schedule_days
        span = (
            QCoreApplication.translate("ImpactDialog", "{count} working day").format(count=days)
            if days == 1
            else QCoreApplication.translate("ImpactDialog", "{count} working days").format(
                count=days
            )
        )
        self.setWindowTitle(
            QCoreApplication.translate(
                "ImpactDialog", "Apply the schedule impact of {reference}"
            ).format(reference=row.reference)
        )
        intro = QLabel(
            QCoreApplication.translate(
                "ImpactDialog",
                "{reference} was approved with {span} of schedule impact. "
                "How should the plan show them?",
            ).format(reference=row.reference, span=span)
        )
        intro.setWordWrap(True)
        where = f"{target.wbs} {target.name}"
        self.extend = QRadioButton(
            QCoreApplication.translate("ImpactDialog", "&Lengthen the affected task")
        )
        self.add_task = QRadioButton(
            QCoreApplication.translate("ImpactDialog", "&Add a task for the change")
        )
        self.extend.setChecked(True)
        choices = (
            (
                self.extend,
                QCoreApplication.translate(
                    "ImpactDialog", "{task}: {before} → {after} days."
                ).format(task=where, before=target.duration, after=target.duration + days),
            ),
            (
                self.add_task,
                QCoreApplication.translate(
                    "ImpactDialog",
                    "“{reference} {title}”, {span}, right after {wbs}; "
                    "the tasks that followed {wbs} wait for it.",
                ).format(reference=row.reference, title=row.title, span=span, wbs=target.wbs),
            ),
        )
        note = QLabel(
            QCoreApplication.translate(
                "ImpactDialog",
                "Either way the plan is rescheduled, and Undo takes it back in one step.",
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)  # secondary text in the palette's muted colour
        buttons = ok_cancel_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("ImpactDialog", "Apply to plan")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for choice, detail in choices:
            pair = QVBoxLayout()
            pair.setSpacing(0)  # the detail belongs to its choice, not between two
            pair.addWidget(choice)
            pair.addWidget(_indented(detail, choice))
            layout.addSpacing(4)
            layout.addLayout(pair)
        layout.addSpacing(6)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def adds_task(self) -> bool:
        """True when the PM chose a new task over lengthening."""
        return self.add_task.isChecked()


def _indented(text: str, buddy: QRadioButton) -> QLabel:
    """What a choice changes, wrapped under it and aligned with its text, not its circle."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setContentsMargins(buddy.iconSize().width() + 12, 0, 0, 0)
    return label
