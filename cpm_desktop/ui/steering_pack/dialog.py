"""SteeringPackDialog: what goes into the steering committee pack, and the PM's summary."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain import PaperSize
from cpm_desktop.domain.audience import Audience
from cpm_desktop.domain.locales import DEFAULT_LOCALE
from cpm_desktop.services.portfolio.views import ProjectSummary
from cpm_desktop.services.records.pack_settings import PackFields, PackSettings
from cpm_desktop.services.records.status_reports import TEXT_LIMITS, StatusReportRow
from cpm_desktop.ui.dialogs.audience import AudienceChoice
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.dialogs.export_language import LanguageChoice
from cpm_desktop.ui.formatting import date_text, entry_date_format, qdate
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.steering_pack.logo_picker import LogoPicker
from cpm_desktop.ui.steering_pack.rag_combo import RagCombo
from cpm_desktop.ui.steering_pack.sections_model import SectionsModel
from cpm_desktop.ui.theme import colors

PAPERS = (
    (QT_TRANSLATE_NOOP("SteeringPackDialog", "A4"), PaperSize.A4.value),
    (QT_TRANSLATE_NOOP("SteeringPackDialog", "Letter"), PaperSize.LETTER.value),
)
GANTT_DETAILS = (
    (QT_TRANSLATE_NOOP("SteeringPackDialog", "Summary tasks and milestones"), "summary"),
    (QT_TRANSLATE_NOOP("SteeringPackDialog", "Every task"), "full"),
)
RAG_LABELS = (
    (QT_TRANSLATE_NOOP("SteeringPackDialog", "Schedule:"), "schedule_rag"),
    (QT_TRANSLATE_NOOP("SteeringPackDialog", "Budget:"), "budget_rag"),
    (QT_TRANSLATE_NOOP("SteeringPackDialog", "Scope:"), "scope_rag"),
    (QT_TRANSLATE_NOOP("SteeringPackDialog", "Risk:"), "risk_rag"),
)
TEXT_FIELDS = {
    "commentary": QT_TRANSLATE_NOOP("SteeringPackDialog", "Commentary"),
    "decisions_required": QT_TRANSLATE_NOOP("SteeringPackDialog", "Decisions required"),
    "next_steps": QT_TRANSLATE_NOOP("SteeringPackDialog", "Next steps"),
    "internal_notes": QT_TRANSLATE_NOOP("SteeringPackDialog", "Internal notes"),
}
"""The executive summary's texts, by field, with the name a message gives each."""
OPEN_BOOK_TEXT = QT_TRANSLATE_NOOP(
    "SteeringPackDialog", "Open-book contract: the client may see cost figures"
)


class SteeringPackDialog(QDialog):
    """Sections, paper, Gantt detail, cover fields and the executive summary; Export… asks where.

    `ask_path` is called on Export…: None (the user cancelled) keeps the dialog open.
    """

    def __init__(
        self,
        summary: ProjectSummary,
        settings: PackSettings,
        report: StatusReportRow,
        *,
        open_when_done: bool,
        ask_path: Callable[[], Path | None],
        client_locale: str = DEFAULT_LOCALE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_locale = client_locale
        self._settings = settings
        self._report = report
        self._open_book = summary.open_book
        self._ask_path = ask_path
        self.path: Path | None = None
        self.setWindowTitle(
            QCoreApplication.translate(
                "SteeringPackDialog", "Steering Committee Pack — {code}"
            ).format(code=summary.code)
        )
        self.setObjectName("steeringPackDialog")
        status_date = date_text(report.status_date) or QCoreApplication.translate(
            "SteeringPackDialog", "not set"
        )
        as_of = QCoreApplication.translate("SteeringPackDialog", "status date {date}").format(
            date=status_date
        )
        intro = QLabel(
            f"<b>{html.escape(summary.code)}</b>&nbsp; {html.escape(summary.name)}"
            f"<br><span style='color:{colors().muted_text}'>{html.escape(summary.client)}"
            f" · {html.escape(as_of)}</span>"
        )
        intro.setTextFormat(Qt.TextFormat.RichText)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._pack_group(), 0)
        columns.addWidget(self._summary_group(report), 1)
        self.open_when_done = QCheckBox(
            QCoreApplication.translate("SteeringPackDialog", "&Open the PDF when done")
        )
        self.open_when_done.setObjectName("openPdfWhenDone")
        self.open_when_done.setChecked(open_when_done)
        self.error = QLabel()
        self.error.setObjectName("packError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colors().rag_red};")
        self.error.hide()
        buttons = ok_cancel_buttons(self, self.export_if_valid)
        self.export_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(QCoreApplication.translate("SteeringPackDialog", "&Export…"))
        foot = QHBoxLayout()
        foot.addWidget(self.open_when_done)
        foot.addStretch(1)
        foot.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addLayout(foot)
        self.resize(960, 720)
        self.commentary.setFocus()  # what the PM writes every week

    # -- building ------------------------------------------------------------------------

    def _pack_group(self) -> QGroupBox:
        s = self._settings
        self.sections = SectionsModel(s.sections)
        self.section_list = QListView()
        self.section_list.setObjectName("packSections")
        self.section_list.setModel(self.sections)
        self.section_list.setSpacing(1)
        rows = self.sections.rowCount()
        # Every section in view at once: a list to scroll hides what will be printed.
        self.section_list.setFixedHeight((self.section_list.sizeHintForRow(0) + 2) * rows + 8)
        self.paper = _combo(PAPERS, s.paper)
        self.gantt_detail = _combo(GANTT_DETAILS, s.gantt_detail)
        self.has_meeting = QCheckBox()
        self.has_meeting.setToolTip(
            QCoreApplication.translate(
                "SteeringPackDialog", "Print the steering committee's date on the cover"
            )
        )
        self.meeting_date = QDateEdit()
        self.meeting_date.setCalendarPopup(True)
        self.meeting_date.setDisplayFormat(entry_date_format())
        self.meeting_date.setDate(qdate(s.meeting_date or dt.date.today()))
        self.has_meeting.toggled.connect(self.meeting_date.setEnabled)
        self.has_meeting.setChecked(s.meeting_date is not None)
        self.meeting_date.setEnabled(s.meeting_date is not None)
        meeting = QWidget()  # a widget, not a layout: the form's label gets it as buddy
        meeting_row = QHBoxLayout(meeting)
        meeting_row.setContentsMargins(0, 0, 0, 0)
        meeting_row.addWidget(self.has_meeting)
        meeting_row.addWidget(self.meeting_date, 1)
        meeting.setFocusProxy(self.has_meeting)
        self.confidentiality = QLineEdit(s.confidentiality)
        self.confidentiality.setMaxLength(200)
        self.confidentiality.setCursorPosition(0)  # show the label's start, not its end
        self.confidentiality.setPlaceholderText(
            QCoreApplication.translate(
                "SteeringPackDialog", "e.g. Confidential — client and supplier only"
            )
        )
        self.logo = LogoPicker(s.logo, s.logo_name)
        self.audience_choice = AudienceChoice()
        self.language = LanguageChoice(self._client_locale)
        self.open_book = QCheckBox(QCoreApplication.translate("SteeringPackDialog", OPEN_BOOK_TEXT))
        self.open_book.setObjectName("openBook")
        self.open_book.setToolTip(
            QCoreApplication.translate(
                "SteeringPackDialog",
                "A project setting: client packs, workbooks and sign-off forms then show cost "
                "figures (never the margin)",
            )
        )
        self.open_book.setChecked(self._open_book)
        form = _form()
        form.addRow(QCoreApplication.translate("SteeringPackDialog", "&For:"), self.audience_choice)
        form.addRow(QCoreApplication.translate("SteeringPackDialog", "&Written in:"), self.language)
        form.addRow(QCoreApplication.translate("SteeringPackDialog", "Contract:"), self.open_book)
        form.addRow(
            QCoreApplication.translate("SteeringPackDialog", "&Sections:"), self.section_list
        )
        form.addRow(QCoreApplication.translate("SteeringPackDialog", "&Paper:"), self.paper)
        form.addRow(
            QCoreApplication.translate("SteeringPackDialog", "&Gantt chart:"), self.gantt_detail
        )
        form.addRow(QCoreApplication.translate("SteeringPackDialog", "&Meeting date:"), meeting)
        form.addRow(
            QCoreApplication.translate("SteeringPackDialog", "&Confidentiality:"),
            self.confidentiality,
        )
        form.addRow(QCoreApplication.translate("SteeringPackDialog", "Client logo:"), self.logo)
        group = QGroupBox(QCoreApplication.translate("SteeringPackDialog", "Pack"))
        group.setLayout(form)
        group.setMinimumWidth(400)
        return group

    def _summary_group(self, report: StatusReportRow) -> QGroupBox:
        self.rags: dict[str, RagCombo] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for i, (text, name) in enumerate(RAG_LABELS):
            combo = RagCombo(getattr(report, name))
            combo.setObjectName(name)
            label = QLabel(QCoreApplication.translate("SteeringPackDialog", text))
            label.setBuddy(combo)
            grid.addWidget(label, i // 2, (i % 2) * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
            self.rags[name] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.commentary = _text(
            report.commentary,
            5,
            QCoreApplication.translate(
                "SteeringPackDialog", "What the sponsor should know this week"
            ),
        )
        self.decisions_required = _text(
            report.decisions_required,
            3,
            QCoreApplication.translate("SteeringPackDialog", "One decision per line"),
        )
        self.next_steps = _text(
            report.next_steps,
            3,
            QCoreApplication.translate("SteeringPackDialog", "One step per line"),
        )
        self.internal_notes = _text(
            report.internal_notes,
            2,
            QCoreApplication.translate(
                "SteeringPackDialog",
                "For our own team: margin, rates, what the client must not read",
            ),
        )
        self.internal_notes.setObjectName("internalNotes")
        layout = QVBoxLayout()
        layout.setSpacing(6)
        layout.addLayout(grid)
        for text, widget in (
            (QCoreApplication.translate("SteeringPackDialog", "Co&mmentary"), self.commentary),
            (
                QCoreApplication.translate("SteeringPackDialog", "&Decisions required"),
                self.decisions_required,
            ),
            (QCoreApplication.translate("SteeringPackDialog", "&Next steps"), self.next_steps),
            (
                QCoreApplication.translate(
                    "SteeringPackDialog", "Internal no&tes (internal pack only)"
                ),
                self.internal_notes,
            ),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addSpacing(4)
            layout.addWidget(label)
            layout.addWidget(widget, 3 if widget is self.commentary else 2)
        group = QGroupBox(QCoreApplication.translate("SteeringPackDialog", "Executive summary"))
        group.setLayout(layout)
        return group

    # -- results -------------------------------------------------------------------------

    def settings_changes(self) -> PackFields:
        """The pack settings the user changed, as keywords of `save_pack_settings`."""
        s = self._settings
        now: dict[str, Any] = {
            "sections": self.sections.chosen(),
            "paper": self.paper.currentData(),
            "gantt_detail": self.gantt_detail.currentData(),
            "confidentiality": " ".join(self.confidentiality.text().split()),
            "meeting_date": self._meeting_date(),
        }
        changes = {name: value for name, value in now.items() if getattr(s, name) != value}
        if (self.logo.logo(), self.logo.name()) != (s.logo, s.logo_name):
            changes["logo"] = self.logo.logo()
            changes["logo_name"] = self.logo.name()
        return cast(PackFields, changes)  # keys from the loop above, all of PackFields

    def report_changes(self) -> dict[str, str]:
        """The status report fields the user changed, as keywords of `save_status_report`."""
        now = {name: combo.value() for name, combo in self.rags.items()}
        for name in TEXT_FIELDS:
            now[name] = getattr(self, name).toPlainText().strip()
        return {name: value for name, value in now.items() if getattr(self._report, name) != value}

    def audience(self) -> Audience:
        """Who the pack is for: the client (the default) or our own team."""
        return self.audience_choice.audience()

    def written_in(self) -> str:
        """The locale the pack is written in: the client's unless the user chose another."""
        return self.language.chosen()

    def open_book_change(self) -> bool | None:
        """The project's new open-book setting, or None when the user left it as it was."""
        chosen = self.open_book.isChecked()
        return None if chosen == self._open_book else chosen

    def problem(self) -> str:
        """What keeps the pack from being exported, in one sentence ('' when nothing does)."""
        if not self.sections.chosen():
            return QCoreApplication.translate(
                "SteeringPackDialog", "Choose at least one section for the pack."
            )
        for name, what in TEXT_FIELDS.items():
            limit = TEXT_LIMITS[name]
            length = len(getattr(self, name).toPlainText().strip())
            if length > limit:
                return QCoreApplication.translate(
                    "SteeringPackDialog",
                    "{what} is {length} characters long; shorten it to {limit} at most.",
                ).format(
                    what=QCoreApplication.translate("SteeringPackDialog", what),
                    length=length,
                    limit=limit,
                )
        return ""

    def export_if_valid(self) -> None:
        """Check the choices, ask for the file name, and close with OK once one is given."""
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem:
            return
        path = self._ask_path()
        if path is not None:
            self.path = path
            self.accept()

    def _meeting_date(self) -> dt.date | None:
        if not self.has_meeting.isChecked():
            return None
        day: QDate = self.meeting_date.date()
        return dt.date(day.year(), day.month(), day.day())


def _combo(items: tuple[tuple[str, str], ...], value: str) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(QCoreApplication.translate("SteeringPackDialog", text), data)
    combo.setCurrentIndex(max(combo.findData(value), 0))
    return combo


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(10)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _text(value: str, lines: int, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(value)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field of the dialog
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit
