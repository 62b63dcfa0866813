"""FeedbackPanel: the client's feedback log with its CSAT average and trend."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from cpm_desktop.domain import Trend
from cpm_desktop.scheduling.kpi_inputs import CsatScore
from cpm_desktop.scheduling.kpis import (
    CSAT_TREND_SCORES,
    CSAT_TREND_TEXT,
    csat_average,
    csat_trend,
)
from cpm_desktop.services.portfolio.views import client_contacts
from cpm_desktop.services.records.feedback import (
    FeedbackRow,
    add_feedback,
    delete_feedback,
    feedback_log,
    update_feedback,
)
from cpm_desktop.texts import _
from cpm_desktop.ui.action_log.make_action import install_feedback_command
from cpm_desktop.ui.formatting import number_text, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.chips import rag_chip_delegate
from cpm_desktop.ui.project_records.feedback_dialog import (
    FeedbackDialog,
    channel_text,
    score_label,
)
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.table_model import Column, titled
from cpm_desktop.ui.records.cells import ALIGN_CENTER
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.undo import Edit, Editor, edit
from cpm_desktop.workspace import RecordKind

NO_SCORE = 0  # sorts unscored entries below the lowest score


def score_rag(score: int | None) -> str:
    """The chip's colour of a CSAT score: 1–2 red, 3 amber, 4–5 green; none for no score."""
    if score is None:
        return ""
    return "red" if score <= 2 else "amber" if score == 3 else "green"


COLUMNS: tuple[Column[FeedbackRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("FeedbackPanel", "Date"),
        lambda r: short_date_text(r.given_on),
        sort=lambda r: r.given_on.toordinal(),
    ),
    Column(
        QT_TRANSLATE_NOOP("FeedbackPanel", "Contact"), lambda r: r.contact or "—", max_width=180
    ),
    Column(QT_TRANSLATE_NOOP("FeedbackPanel", "Channel"), lambda r: channel_text(r.channel)),
    Column(
        QT_TRANSLATE_NOOP("FeedbackPanel", "CSAT"),
        lambda r: "—" if r.score is None else str(r.score),
        sort=lambda r: NO_SCORE if r.score is None else r.score,
        align=ALIGN_CENTER,
        chip=lambda r: score_rag(r.score),
        tip=lambda r: (
            QCoreApplication.translate("FeedbackPanel", "No score given")
            if r.score is None
            else QCoreApplication.translate("FeedbackPanel", "{score} of 5: {label}").format(
                score=r.score, label=score_label(r.score)
            )
        ),
    ),
    Column(QT_TRANSLATE_NOOP("FeedbackPanel", "Comment"), lambda r: r.comment, stretch=True),
    Column(
        QT_TRANSLATE_NOOP("FeedbackPanel", "Follow-up action"),
        lambda r: r.follow_up or "—",
        max_width=300,
    ),
)
DATE, CSAT = 0, 3


def csat_line(rows: Sequence[FeedbackRow]) -> str:
    """'CSAT average 4.2 over 6 scores · trend ▲ improving', from the KPI formulas."""
    scores = [CsatScore(r.given_on, r.score) for r in rows if r.score is not None]
    average = csat_average(scores)
    if average is None:
        return QCoreApplication.translate("FeedbackPanel", "No CSAT scores yet")
    count = len(scores)
    line = (
        QCoreApplication.translate("FeedbackPanel", "CSAT average {average} over 1 score")
        if count == 1
        else QCoreApplication.translate(
            "FeedbackPanel", "CSAT average {average} over {count} scores"
        )
    ).format(average=number_text(average, 1), count=count)
    trend = csat_trend(scores)
    if Trend(trend) is not Trend.NEW:
        return QCoreApplication.translate("FeedbackPanel", "{line} · trend {trend}").format(
            line=line, trend=_(CSAT_TREND_TEXT[trend])
        )
    return QCoreApplication.translate(
        "FeedbackPanel", "{line} · a trend shows from {count} scores"
    ).format(line=line, count=2 * CSAT_TREND_SCORES)


class FeedbackPanel(RecordPanel[FeedbackRow]):
    """What the client said, when and how, with a CSAT chip; add, edit and delete undoably."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "feedback")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Client feedback")
    KINDS = (RecordKind.FEEDBACK, RecordKind.CONTACT)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(
            editor,
            titled(COLUMNS, "FeedbackPanel"),
            QCoreApplication.translate(
                "FeedbackPanel",
                "No feedback recorded yet. Log what the client says in meetings, calls and "
                "surveys; a CSAT score from 1 to 5 feeds the project's KPIs.",
            ),
            parent,
        )
        self.setObjectName("feedbackPanel")
        self.table.setObjectName("feedbackTable")
        self.table.setItemDelegateForColumn(CSAT, rag_chip_delegate(self.table))
        self._rows: Sequence[FeedbackRow] = ()
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)  # the latest on top
        install_feedback_command(self)  # “Make action…”: the follow-up, an action of the log

    def read_rows(self, project_id: int) -> Sequence[FeedbackRow]:
        """The project's feedback log."""
        self._rows = self.editor.workspace.run(feedback_log, project_id)
        return self._rows

    def after_refresh(self) -> None:
        """The CSAT line above the table."""
        self.summary.setText(csat_line(self._rows) if self.project_id is not None else "")

    def dialog(self, row: FeedbackRow | None, submit: Submit) -> RecordDialog:
        """The feedback form with the client's contacts to choose from."""
        pid = self.project_id
        people = self.editor.workspace.run(client_contacts, pid) if pid is not None else []
        return FeedbackDialog(row, [(p.id, p.name) for p in people], submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Log the feedback on the project."""
        return edit(QT_TRANSLATE_NOOP("Edits", "Add feedback"), add_feedback, project_id, **values)

    def update_edit(self, row: FeedbackRow, values: dict[str, Any]) -> Edit[object]:
        """Change the entry to the form's values."""
        return edit(QT_TRANSLATE_NOOP("Edits", "Edit feedback"), update_feedback, row.id, **values)

    def delete_edit(self, row: FeedbackRow) -> Edit[object]:
        """Remove the entry."""
        return edit(QT_TRANSLATE_NOOP("Edits", "Delete feedback"), delete_feedback, row.id)

    def describe(self, row: FeedbackRow) -> str:
        """'the feedback of 05 Oct 2026 from Mia Jansen'."""
        day = short_date_text(row.given_on)
        if row.contact:
            return QCoreApplication.translate(
                "FeedbackPanel", "the feedback of {date} from {contact}"
            ).format(date=day, contact=row.contact)
        return QCoreApplication.translate("FeedbackPanel", "the feedback of {date}").format(
            date=day
        )
