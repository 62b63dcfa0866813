"""ReportPage: the Update Status dialog's second page, the status report for the new date.

Prefilled from the report for that date when there is one, else from the last report: a week's
report mostly carries the previous one forward, edited.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from cpm_desktop.services.records.status_reports import ReportFields, StatusReportRow
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import text_box
from cpm_desktop.ui.steering_pack.rag_combo import RagCombo
from cpm_desktop.ui.theme import colors

AREAS = (
    (QT_TRANSLATE_NOOP("ReportPage", "&Schedule"), "schedule_rag"),
    (QT_TRANSLATE_NOOP("ReportPage", "B&udget"), "budget_rag"),
    (QT_TRANSLATE_NOOP("ReportPage", "Sco&pe"), "scope_rag"),
    (QT_TRANSLATE_NOOP("ReportPage", "&Risk"), "risk_rag"),
)


class ReportPage(QWidget):
    """Commentary, decisions required, next steps and the four area ratings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QLabel()
        self.source.setObjectName("reportSource")
        self.source.setWordWrap(True)
        self.source.setStyleSheet(f"color: {colors().muted_text};")
        self.commentary = text_box(
            "",
            QCoreApplication.translate("ReportPage", "How the project stands, for the client"),
            lines=8,
        )
        self.commentary.setObjectName("reportCommentary")
        self.decisions = text_box(
            "",
            QCoreApplication.translate("ReportPage", "One decision the client must take per line"),
            lines=4,
        )
        self.next_steps = text_box(
            "", QCoreApplication.translate("ReportPage", "One step per line"), lines=5
        )
        self.rags = {name: RagCombo() for _, name in AREAS}
        for name, combo in self.rags.items():
            combo.setObjectName(name)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (text, box) in enumerate(
            (
                (QCoreApplication.translate("ReportPage", "&Commentary"), self.commentary),
                (QCoreApplication.translate("ReportPage", "&Decisions required"), self.decisions),
                (QCoreApplication.translate("ReportPage", "Ne&xt steps"), self.next_steps),
            )
        ):
            label = QLabel(text)
            label.setBuddy(box)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(box, row, 1)
        ratings = QGridLayout()
        for column, (text, name) in enumerate(AREAS):
            label = QLabel(QCoreApplication.translate("ReportPage", text))
            label.setBuddy(self.rags[name])
            ratings.addWidget(label, 0, 2 * column)
            ratings.addWidget(self.rags[name], 0, 2 * column + 1)
            ratings.setColumnMinimumWidth(2 * column + 1, self.rags[name].sizeHint().width())
        ratings.setColumnStretch(2 * len(AREAS), 1)
        grid.addWidget(QLabel(QCoreApplication.translate("ReportPage", "Area ratings")), 3, 0)
        grid.addLayout(ratings, 3, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source)
        layout.addLayout(grid)
        layout.addStretch(1)

    def prefill(self, report: StatusReportRow, day: dt.date) -> None:
        """Show `report` as the starting point of the report as of `day`."""
        if report.status_date == day:
            self.source.setText(
                QCoreApplication.translate(
                    "ReportPage", "The report already saved for {date}."
                ).format(date=short_date_text(day))
            )
        elif report.status_date is not None and has_content(report):
            self.source.setText(
                QCoreApplication.translate(
                    "ReportPage",
                    "The report as of {date}, starting from the last one ({last}): edit what "
                    "changed.",
                ).format(date=short_date_text(day), last=short_date_text(report.status_date))
            )
        else:
            self.source.setText(
                QCoreApplication.translate("ReportPage", "The report as of {date}.").format(
                    date=short_date_text(day)
                )
            )
        self.commentary.setPlainText(report.commentary)
        self.decisions.setPlainText(report.decisions_required)
        self.next_steps.setPlainText(report.next_steps)
        for name, combo in self.rags.items():
            combo.set_value(getattr(report, name))

    def fields(self) -> ReportFields:
        """The report as typed, for `record_status`."""
        return ReportFields(
            commentary=self.commentary.toPlainText().strip(),
            decisions_required=self.decisions.toPlainText().strip(),
            next_steps=self.next_steps.toPlainText().strip(),
            schedule_rag=self.rags["schedule_rag"].value(),
            budget_rag=self.rags["budget_rag"].value(),
            scope_rag=self.rags["scope_rag"].value(),
            risk_rag=self.rags["risk_rag"].value(),
        )


def has_content(report: StatusReportRow) -> bool:
    """True when the report holds any text or rating (an unsaved one holds none)."""
    texts = (report.commentary, report.decisions_required, report.next_steps)
    rags = (report.schedule_rag, report.budget_rag, report.scope_rag, report.risk_rag)
    return any(texts) or any(rags)
