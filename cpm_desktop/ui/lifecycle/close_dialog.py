"""Project › Close Project…: what is still open, the final status report, the client's final
feedback and the lessons learned; OK records them all and closes the project as ONE undoable
edit (`close_project`), after which the project is read-only until reopened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain import FeedbackChannel
from cpm_desktop.identity import current_user
from cpm_desktop.services.portfolio.lifecycle import (
    Closing,
    FinalFeedback,
    close_project,
    closure_warnings,
)
from cpm_desktop.services.portfolio.views import (
    ContactItem,
    ProjectSummary,
    client_contacts,
    project_summary,
)
from cpm_desktop.texts import _
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.dialogs.modal import run_modal
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.lifecycle.lessons_model import (
    INTERNAL,
    RECOMMENDATION,
    TITLE,
    WHAT_HAPPENED,
    LessonsModel,
)
from cpm_desktop.ui.project_records.feedback_dialog import SCORE_LABELS
from cpm_desktop.ui.project_records.record_dialog import date_field, picked_date, text_box
from cpm_desktop.ui.records.column_fit import FillColumn
from cpm_desktop.ui.records.widgets import rows_height, style_heading
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import REFUSED, Editor, edit, named

LESSON_ROWS = 3  # lessons shown without scrolling; more scroll
WIDTH = 780  # pixels: the lessons' three texts side by side, well inside 1280
TEXT_MIN = 150  # pixels: the recommendation's least width (it takes what the others leave)


class CloseProjectDialog(QDialog):
    """Warnings first, then the closing date, final commentary, feedback and lessons."""

    def __init__(
        self,
        summary: ProjectSummary,
        warnings: tuple[str, ...],
        contacts: list[ContactItem],
        save: Callable[[CloseProjectDialog], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("CloseProjectDialog", "Close Project — {code}").format(
                code=summary.code
            )
        )
        self.summary = summary
        self._save = save
        heading = QLabel(
            QCoreApplication.translate("CloseProjectDialog", "Close {code}  ·  {name}").format(
                code=summary.code, name=summary.name
            )
        )
        style_heading(heading)
        explain = QLabel(
            QCoreApplication.translate(
                "CloseProjectDialog",
                "Closing records what you enter here, moves the project into closure and makes "
                "it read-only; Project › Reopen Project… makes it editable again. Its KPIs still "
                "count in the portfolio.",
            )
        )
        explain.setWordWrap(True)
        explain.setStyleSheet(f"color: {colors().muted_text};")

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        if warnings:
            layout.addWidget(_warnings_box(warnings))

        default_day = max(dt.date.today(), summary.status_date or summary.start_date)
        self.closed_on = date_field(default_day)
        self.closed_on.setObjectName("closedOn")
        self.approved_by = QLineEdit(summary.sponsor)
        self.approved_by.setObjectName("closureApprovedBy")
        self.approved_by.setPlaceholderText(
            QCoreApplication.translate(
                "CloseProjectDialog", "{user} (you), or the sponsor's name"
            ).format(user=current_user())
        )
        top = QHBoxLayout()
        top_form = QFormLayout()
        top_form.addRow(
            QCoreApplication.translate("CloseProjectDialog", "Closed &on"), self.closed_on
        )
        approver_form = QFormLayout()
        approver_form.addRow(
            QCoreApplication.translate("CloseProjectDialog", "Closure &approved by"),
            self.approved_by,
        )
        top.addLayout(top_form)
        top.addSpacing(16)
        top.addLayout(approver_form, 1)
        layout.addLayout(top)

        self.commentary = text_box(
            "",
            QCoreApplication.translate(
                "CloseProjectDialog",
                "How the project ended: delivered scope, dates, budget, what is handed over",
            ),
            3,
        )
        self.commentary.setObjectName("finalCommentary")
        report = QGroupBox(QCoreApplication.translate("CloseProjectDialog", "Final status report"))
        report_layout = QVBoxLayout(report)
        report_layout.addWidget(self.commentary)
        layout.addWidget(report)

        layout.addWidget(self._feedback_box(summary, contacts))
        layout.addWidget(self._lessons_box())

        self.error = QLabel()
        self.error.setObjectName("closeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colors().rag_red};")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = ok_cancel_buttons(self, self._on_ok)
        close = buttons.button(QDialogButtonBox.StandardButton.Ok)
        close.setText(QCoreApplication.translate("CloseProjectDialog", "Close Project"))
        close.setIcon(icon("lock"))
        layout.addWidget(buttons)
        # Its preferred height: at its minimum the lessons' buttons would ride on the table.
        hint = self.sizeHint()
        self.resize(max(WIDTH, hint.width()), hint.height())

    def _feedback_box(self, summary: ProjectSummary, contacts: list[ContactItem]) -> QGroupBox:
        self.score = QComboBox()
        self.score.setObjectName("finalScore")
        self.score.addItem(QCoreApplication.translate("CloseProjectDialog", "— (no score)"), None)
        for score, label in SCORE_LABELS.items():
            self.score.addItem(f"{score} {label}", score)
        self.contact = QComboBox()
        self.contact.setObjectName("finalContact")
        self.contact.addItem(
            QCoreApplication.translate("CloseProjectDialog", "— (nobody named)"), None
        )
        # The name alone: the role would widen the dialog; it is in the item's tooltip.
        self.contact.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for person in contacts:
            self.contact.addItem(person.name, person.id)
            self.contact.setItemData(
                self.contact.count() - 1, person.role, Qt.ItemDataRole.ToolTipRole
            )
        self.contact.setCurrentIndex(max(0, self.contact.findData(summary.sponsor_id)))
        self.channel = QComboBox()
        self.channel.setObjectName("finalChannel")
        for channel in FeedbackChannel:
            self.channel.addItem(_(channel.label), channel)
        self.feedback_comment = text_box(
            "",
            QCoreApplication.translate(
                "CloseProjectDialog", "What the client said about the project"
            ),
            2,
        )
        self.feedback_comment.setObjectName("finalFeedbackComment")
        box = QGroupBox(
            QCoreApplication.translate("CloseProjectDialog", "The client's final feedback")
        )
        row = QHBoxLayout()
        for label, widget in (
            (QCoreApplication.translate("CloseProjectDialog", "CSAT &score"), self.score),
            (QCoreApplication.translate("CloseProjectDialog", "&Given by"), self.contact),
            (QCoreApplication.translate("CloseProjectDialog", "C&hannel"), self.channel),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, 1 if widget is self.contact else 0)
            row.addSpacing(8)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.feedback_comment)
        return box

    def _lessons_box(self) -> QGroupBox:
        self.lessons = LessonsModel()
        self.lessons_table = QTableView()
        self.lessons_table.setObjectName("closingLessons")
        self.lessons_table.setModel(self.lessons)
        self.lessons_table.verticalHeader().hide()
        self.lessons_table.setWordWrap(False)
        self.lessons_table.setAlternatingRowColors(True)
        header = self.lessons_table.horizontalHeader()
        for column, width in ((TITLE, 180), (WHAT_HAPPENED, 200)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(INTERNAL, QHeaderView.ResizeMode.ResizeToContents)
        FillColumn(self.lessons_table, RECOMMENDATION, TEXT_MIN)  # owned by the table
        self.lessons_table.setFixedHeight(rows_height(self.lessons_table, LESSON_ROWS))
        self.add_button = QPushButton(
            icon("new"), QCoreApplication.translate("CloseProjectDialog", "&Add Lesson")
        )
        self.add_button.setObjectName("addLesson")
        self.add_button.clicked.connect(self._add_lesson)
        self.remove_button = QPushButton(
            icon("delete"), QCoreApplication.translate("CloseProjectDialog", "&Remove")
        )
        self.remove_button.setObjectName("removeLesson")
        self.remove_button.clicked.connect(self._remove_lesson)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QGroupBox(QCoreApplication.translate("CloseProjectDialog", "Lessons learned"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.lessons_table)
        layout.addLayout(buttons)
        return box

    def closing(self) -> Closing:
        """What the form says to record with the closure; ValueError for an unreadable lesson."""
        score = self.score.currentData()
        comment = self.feedback_comment.toPlainText()
        feedback = None
        if score is not None or comment.strip():
            feedback = FinalFeedback(
                score=score,
                comment=comment,
                contact_id=self.contact.currentData(),
                channel=self.channel.currentData(),
            )
        return Closing(
            closed_on=picked_date(self.closed_on),
            commentary=self.commentary.toPlainText(),
            feedback=feedback,
            lessons=self.lessons.lessons(),
            approved_by=self.approved_by.text(),
        )

    def _add_lesson(self) -> None:
        index = self.lessons.add_lesson()
        self.lessons_table.setCurrentIndex(index)
        self.lessons_table.edit(index)

    def _remove_lesson(self) -> None:
        self.lessons.remove_lesson(self.lessons_table.currentIndex().row())

    def _on_ok(self) -> None:
        try:
            done = self._save(self)
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        if done:
            self.accept()


def _warnings_box(warnings: tuple[str, ...]) -> QFrame:
    """What is still open, in a notice strip: closing freezes it as it is."""
    palette = colors()
    frame = QFrame()
    frame.setObjectName("closureWarnings")
    frame.setStyleSheet(
        f"QFrame#closureWarnings {{ background: {palette.notice}; border-radius: 4px; }}"
    )
    lines = "".join(f"<li>{text}</li>" for text in warnings)
    intro = QCoreApplication.translate(
        "CloseProjectDialog", "<b>Still open</b> — closing freezes these as they are:"
    )
    label = QLabel(f"{intro}<ul style='margin: 2px 0 0 -20px'>{lines}</ul>")
    label.setWordWrap(True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 6, 10, 6)
    layout.addWidget(label)
    return frame


def close_project_dialog(parent: QWidget, editor: Editor, project_id: int) -> bool:
    """Ask for the closure's records and close the project (one undoable edit); True if so."""
    summary = editor.workspace.run(project_summary, project_id)
    if summary.is_closed:
        return False
    warnings = editor.workspace.run(closure_warnings, project_id)
    contacts = editor.workspace.run(client_contacts, project_id)
    closed: list[bool] = []

    def save(dialog: CloseProjectDialog) -> bool:
        closing = dialog.closing()  # a ValueError is shown in the dialog
        name = named(QT_TRANSLATE_NOOP("Edits", "Close {code}"), code=summary.code)
        change = edit(name, close_project, project_id, closing)
        if editor.run(project_id, change) is REFUSED:
            return False  # the Editor said why; the dialog stays open to correct it
        closed.append(True)
        return True

    dialog = CloseProjectDialog(summary, warnings, contacts, save, parent)
    run_modal(dialog)
    return bool(closed)
