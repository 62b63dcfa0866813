"""ChangeDetailPanel: the selected request — its steps, its form, the decision and its history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain import ChangeCategory, ChangePriority, ChangeStatus
from cpm_desktop.services.changes.views import ChangeRow
from cpm_desktop.texts import _
from cpm_desktop.ui.changes.actions import ChangeActions
from cpm_desktop.ui.changes.detail_form import ChangeForm
from cpm_desktop.ui.changes.history_model import COMMENT, HistoryModel
from cpm_desktop.ui.changes.vocabulary import status_color, status_text, step_text
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.detail_parts import (
    StepHistoryTable,
    follow_action,
    muted_label,
    plain_label,
    section_label,
    show_status_chip,
)
from cpm_desktop.ui.records.widgets import read_only_form, style_heading
from cpm_desktop.ui.theme import colors

COMMENT_MIN = 80  # pixels; a longer comment is elided, whole in its tooltip
# (key, English title); shown through QCoreApplication.translate("ChangeDetailPanel", …).
DECISION_FIELDS = (
    ("decided_by", QT_TRANSLATE_NOOP("ChangeDetailPanel", "Decided by")),
    ("decided_on", QT_TRANSLATE_NOOP("ChangeDetailPanel", "Decision date")),
    ("decision_notes", QT_TRANSLATE_NOOP("ChangeDetailPanel", "Notes")),
    ("implemented_on", QT_TRANSLATE_NOOP("ChangeDetailPanel", "Implemented")),
    ("schedule_applied_on", QT_TRANSLATE_NOOP("ChangeDetailPanel", "Applied to plan")),
)


class ChangeDetailPanel(QWidget):
    """Everything about one ChangeRow; the buttons follow the tab's actions."""

    def __init__(self, actions: ChangeActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        c = colors()
        self.heading = plain_label()
        self.heading.setObjectName("changeDetailHeading")
        style_heading(self.heading)
        self.status_chip = QLabel()
        self.status_chip.setObjectName("changeStatusChip")
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {c.muted_text};")
        self.step_buttons = {
            status: _button(
                action,
                step_text("", status),
                f"changeButton_step_{status.value}",
                primary=status == ChangeStatus.APPROVED,
            )
            for status, action in actions.steps.items()
        }
        self.apply_button = _button(
            actions.apply_impact,
            QCoreApplication.translate("ChangeDetailPanel", "Apply schedule impact"),
            "changeButton_apply_schedule_impact",
        )
        self.export_button = _button(
            actions.export_form,
            QCoreApplication.translate("ChangeDetailPanel", "Export sign-off form…"),
            "changeButton_export_sign-off_form",
        )
        self.tasks_button = _button(
            actions.affected_tasks,
            QCoreApplication.translate("ChangeDetailPanel", "Edit affected tasks…"),
            "changeButton_edit_affected_tasks",
        )
        self.scope_button = _button(
            actions.scope_lines,
            QCoreApplication.translate("ChangeDetailPanel", "Edit scope lines…"),
            "changeButton_edit_scope_lines",
        )
        self.saved_label = QLabel()
        self.saved_label.setObjectName("changeFormSaved")
        self.saved_label.setTextFormat(Qt.TextFormat.RichText)
        self.saved_label.setWordWrap(True)
        self.saved_label.hide()
        self.form = ChangeForm()
        self._values: dict[str, QLabel] = {}
        decision = read_only_form(vertical_spacing=4)
        for key, title in DECISION_FIELDS:
            value = plain_label()
            value.setObjectName(f"changeDetail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._values[key] = value
            decision.addRow(
                muted_label(QCoreApplication.translate("ChangeDetailPanel", title)), value
            )
        self.tasks_label = plain_label()
        self.tasks_label.setObjectName("changeAffectedTasks")
        self.tasks_label.setWordWrap(True)
        self.tasks_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_model = HistoryModel()
        self.history = StepHistoryTable(self.history_model, COMMENT, COMMENT_MIN)
        self.history.setObjectName("changeHistory")

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addSpacing(4)
        top.addWidget(self.heading, 1)
        for button in self.step_buttons.values():
            top.addWidget(button)
        top.addSpacing(12)
        top.addWidget(self.apply_button)
        top.addWidget(self.export_button)
        tasks = QVBoxLayout()
        tasks.setSpacing(4)
        tasks.addWidget(self.tasks_label)
        tasks.addWidget(self.tasks_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.form.impact_form.addRow(
            QCoreApplication.translate("ChangeDetailPanel", "Affected tasks"), tasks
        )
        self.scope_label = plain_label()
        self.scope_label.setObjectName("changeScopeLines")
        self.scope_label.setWordWrap(True)
        scope = QVBoxLayout()
        scope.setSpacing(4)
        scope.addWidget(self.scope_label)
        scope.addWidget(self.scope_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.form.impact_form.addRow(
            QCoreApplication.translate("ChangeDetailPanel", "Charter scope"), scope
        )
        request = QVBoxLayout()
        request.setSpacing(6)
        request.addWidget(section_label(QCoreApplication.translate("ChangeDetailPanel", "Request")))
        request.addLayout(self.form.request_form)
        request.addStretch(1)
        impact = QVBoxLayout()
        impact.setSpacing(6)
        impact.addWidget(section_label(QCoreApplication.translate("ChangeDetailPanel", "Impact")))
        impact.addLayout(self.form.impact_form)
        impact.addStretch(1)
        outcome = QVBoxLayout()
        outcome.setSpacing(6)
        outcome.addWidget(
            section_label(QCoreApplication.translate("ChangeDetailPanel", "Decision"))
        )
        outcome.addLayout(decision)
        outcome.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        for column, stretch in ((request, 4), (impact, 4), (outcome, 6)):
            columns.addLayout(column, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.saved_label)
        layout.addLayout(columns)
        # The whole width: its steps and comments read in full on a 1280-pixel projector.
        layout.addWidget(section_label(QCoreApplication.translate("ChangeDetailPanel", "History")))
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.show_row(None, "", [], {})

    def show_row(
        self,
        row: ChangeRow | None,
        currency: str,
        contacts: list[tuple[int, str]],
        task_names: dict[str, str],
    ) -> None:
        """Show `row` (None: a hint to select one); task names by WBS code."""
        self.form.show_row(row, contacts, currency)
        if row is None:
            self.heading.setText(
                QCoreApplication.translate("ChangeDetailPanel", "No change request selected")
            )
            self.summary.setText(
                QCoreApplication.translate(
                    "ChangeDetailPanel", "Select a change request in the table to see and edit it."
                )
            )
            self.status_chip.hide()
            for value in self._values.values():
                value.clear()
            self.tasks_label.clear()
            self.history_model.set_transitions(())
            self.history.setEnabled(False)
            return
        self.heading.setText(f"{row.reference}  {row.title}")
        self._show_status(row.status)
        self.summary.setText(_summary(row))
        for status, button in self.step_buttons.items():
            button.setText(step_text(row.status, status))
        texts = {
            "decided_by": row.decided_by,
            "decided_on": short_date_text(row.decided_on),
            "decision_notes": row.decision_notes,
            "implemented_on": short_date_text(row.implemented_on),
            "schedule_applied_on": short_date_text(row.schedule_applied_on),
        }
        for key, value in self._values.items():
            value.setText(texts[key] or "—")
            value.setEnabled(bool(texts[key]))  # a dash in the muted colour reads as "none"
        lines = [f"{wbs}  {task_names.get(wbs, '')}".rstrip() for wbs in row.task_wbs]
        self.tasks_label.setText(
            "\n".join(lines)
            or QCoreApplication.translate(
                "ChangeDetailPanel", "None yet: link the tasks the change affects."
            )
        )
        self.tasks_label.setEnabled(bool(lines))
        self.history_model.set_transitions(row.transitions)
        self.history.setEnabled(True)
        self.history.fit()

    def show_scope(self, text: str) -> None:
        """Say which of the charter's scope lines the request adds and removes ('' for none)."""
        self.scope_label.setText(
            text
            or QCoreApplication.translate(
                "ChangeDetailPanel", "None named: Edit scope lines… to name them."
            )
        )
        self.scope_label.setEnabled(bool(text))

    def show_saved(self, text: str) -> None:
        """Show a note (rich text, e.g. with an Open link) under the buttons; '' hides it."""
        self.saved_label.setText(text)
        self.saved_label.setVisible(bool(text))

    def text_of(self, key: str) -> str:
        """The text shown for a decision field (see DECISION_FIELDS), for tests."""
        return self._values[key].text()

    def _show_status(self, status: str) -> None:
        show_status_chip(self.status_chip, status_text(status), status_color(status))


def _summary(row: ChangeRow) -> str:
    raised = short_date_text(row.raised_on)
    parts = [
        QCoreApplication.translate("ChangeDetailPanel", "raised {date} by {person}").format(
            date=raised, person=row.requested_by
        )
        if row.requested_by
        else QCoreApplication.translate("ChangeDetailPanel", "raised {date}").format(date=raised)
    ]
    parts.append(
        QCoreApplication.translate("ChangeDetailPanel", "{priority} priority").format(
            priority=_(ChangePriority(row.priority).label)
        )
    )
    parts.append(_(ChangeCategory(row.category).label))
    return " · ".join(parts)


def _button(action: QAction, text: str, name: str, *, primary: bool = False) -> QPushButton:
    """A push button that follows an action: shown only while the action is enabled."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(action.statusTip() or action.text().replace("&", ""))
    button.setDefault(False)
    if primary:
        c = colors()
        button.setStyleSheet(
            f"QPushButton {{ background: {c.highlight}; color: {c.highlighted_text};"
            f" border: 1px solid {c.highlight}; border-radius: 3px; padding: 4px 12px; }}"
        )
    return follow_action(button, action)
