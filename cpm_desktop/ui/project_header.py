"""ProjectHeader: the strip above the tabs naming the project, its key dates and stage.

Under the people, a notice when the next status report is past due ("Status report due since
27 Nov 2026 — Update Status…", which opens the dialog) or when the project is closed; on a
team server, in its place, who has the project checked out (`ui/checkout/`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cpm_desktop.domain import Rag
from cpm_desktop.domain.lifecycle import next_status_date, status_overdue
from cpm_desktop.domain.overall_status import OverallStatus
from cpm_desktop.services.portfolio.status_words import badge_text, status_explanation
from cpm_desktop.services.portfolio.views import ProjectSummary
from cpm_desktop.texts import _
from cpm_desktop.ui.elided_label import ElidedLabel
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.theme import colors

UPDATE_LINK = "update-status"


def notice_text(summary: ProjectSummary, today: dt.date) -> str:
    """The header's notice as plain text: closed, a status report past due, or ''."""
    if summary.is_closed:
        closed = (
            short_date_text(summary.closed_on)
            if summary.closed_on
            else QCoreApplication.translate("ProjectHeader", "an earlier date")
        )
        return QCoreApplication.translate("ProjectHeader", "Closed on {date}, read-only").format(
            date=closed
        )
    if status_overdue(summary.cadence, summary.status_date, today) and summary.status_date:
        due = next_status_date(summary.cadence, summary.status_date)
        # The link is the text after the last " — " (_show_notice): translations keep it.
        return QCoreApplication.translate(
            "ProjectHeader", "Status report due since {date} — Update Status…"
        ).format(date=short_date_text(due))
    return ""


class ProjectHeader(QFrame):
    """Code, name, client and people on the left (and a notice under them: a status report
    past due, a closed project); status date, finish, stage and RAG on the right."""

    sig_update_status = Signal()
    """Emitted when the PM follows the notice's "Update Status…" link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectHeader")
        self.today: Callable[[], dt.date] = dt.date.today  # what "past due" is measured from
        # The name gives way (elided, whole in its tooltip) before the status badge does.
        self._title = ElidedLabel()
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self._title.setFont(font)
        self._notice = QLabel()
        self._notice.setObjectName("statusNotice")
        self._notice.setTextFormat(Qt.TextFormat.RichText)
        self._notice.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self._notice.linkActivated.connect(lambda _: self.sig_update_status.emit())
        self._notice.hide()
        self._notice_text = ""
        # A project checked out to a laptop: one line, shortened (whole in its tooltip).
        self._checkout_icon = QLabel()
        self._checkout_icon.hide()
        self._checkout = ElidedLabel()
        self._checkout.setObjectName("checkoutNotice")
        self._checkout.hide()
        self._subtitle = QLabel()
        self._facts = QLabel()
        self._rag = QLabel()
        self._rag.setMinimumWidth(72)
        self._code = ""
        notice_row = QHBoxLayout()
        notice_row.addWidget(self._notice)
        notice_row.addWidget(self._checkout_icon)
        notice_row.addWidget(self._checkout, 100)  # all the room it can have before eliding
        notice_row.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self._title)
        left.addWidget(self._subtitle)
        left.addLayout(notice_row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(left, 1)
        layout.addWidget(self._facts)
        layout.addSpacing(12)
        layout.addWidget(self._rag)

    def project_code(self) -> str:
        """The code of the project shown ('' when none)."""
        return self._code

    def notice(self) -> str:
        """The notice shown under the people, as plain text ('' when none)."""
        return self._notice_text

    def show_checkout(self, text: str) -> None:
        """Say who has the project checked out ('' for nobody). It stands in the notice's
        place: a status report could not be written meanwhile anyway."""
        self._checkout.setText(text)
        font = self._checkout.font()
        font.setBold(True)
        self._checkout.setFont(font)
        size = self._checkout.fontMetrics().height()
        self._checkout_icon.setPixmap(icon("lock").pixmap(size, size))
        for label in (self._checkout, self._checkout_icon):
            label.setVisible(bool(text))
        self._notice.setVisible(bool(self._notice_text) and not text)

    def show_project(
        self, summary: ProjectSummary | None, overall: OverallStatus | None = None
    ) -> None:
        """Show `summary` and the project's overall status, or nothing."""
        self._code = summary.code if summary is not None else ""
        if summary is None:
            for label in (self._title, self._subtitle, self._facts, self._rag):
                label.clear()
            self._rag.setStyleSheet("")
            self._notice.hide()
            self._notice_text = ""
            self.show_checkout("")
            return
        palette = colors()
        self._title.setText(f"{summary.code}  ·  {summary.name}")
        people = [summary.client]
        if summary.manager:
            people.append(
                QCoreApplication.translate("ProjectHeader", "PM {name}").format(
                    name=summary.manager
                )
            )
        if summary.sponsor:
            people.append(
                QCoreApplication.translate("ProjectHeader", "Sponsor {name}").format(
                    name=summary.sponsor
                )
            )
        self._subtitle.setText("   ·   ".join(people))
        self._subtitle.setStyleSheet(f"color: {palette.muted_text};")
        self._show_notice(summary)
        facts = (
            (
                QCoreApplication.translate("ProjectHeader", "Status date"),
                short_date_text(summary.status_date) or "—",
            ),
            (
                QCoreApplication.translate("ProjectHeader", "Finish"),
                short_date_text(summary.finish_date) or "—",
            ),
            (QCoreApplication.translate("ProjectHeader", "Stage"), _(summary.stage.label)),
        )
        rows = "".join(
            f"<tr><td style='color:{palette.muted_text}'>{escape(name)}&nbsp;&nbsp;</td>"
            f"<td><b>{escape(value)}</b></td></tr>"
            for name, value in facts
        )
        self._facts.setText(f"<table cellspacing='0' cellpadding='1'>{rows}</table>")
        self._show_overall(overall)

    def _show_notice(self, summary: ProjectSummary) -> None:
        """A status report past due (its link opens Update Status…), or a closed project."""
        text = notice_text(summary, self.today())
        self._notice_text = text
        if not text:
            self._notice.hide()
            return
        palette = colors()
        # Coloured words, not a boxed strip: the header keeps its height (the facts column
        # beside it is as tall as three lines), so the tabs keep theirs at 1280 × 800.
        if summary.is_closed:
            self._notice.setText(f"<b style='color:{palette.muted_text}'>{escape(text)}</b>")
            self._notice.setToolTip(
                QCoreApplication.translate(
                    "ProjectHeader", "Project › Reopen Project… makes it editable again"
                )
            )
        else:
            words, _, link = text.rpartition(" — ")
            self._notice.setText(
                f"<b style='color:{palette.rag_red}'>{escape(words)}</b> — "
                f"<a href='{UPDATE_LINK}'>{escape(link)}</a>"
            )
            self._notice.setToolTip(
                QCoreApplication.translate(
                    "ProjectHeader",
                    "The cadence's next status date has passed: enter progress and write the "
                    "report (Project › Update Status…, Ctrl+Shift+U)",
                )
            )
        self._notice.setVisible(not self._checkout.text())

    def _show_overall(self, overall: OverallStatus | None) -> None:
        """The overall status badge: who set it, and the computed one when the PM's differs."""
        palette = colors()
        if overall is None or overall.rag is None:
            self._rag.setText(QCoreApplication.translate("ProjectHeader", "NOT RATED"))
            self._rag.setToolTip(
                QCoreApplication.translate(
                    "ProjectHeader",
                    "Overall status: not rated by the PM, and nothing measured yet to compute "
                    "it from",
                )
            )
            self._rag.setStyleSheet(
                f"border: 1px solid {palette.muted_text}; color: {palette.muted_text}; "
                "font-weight: bold; border-radius: 10px; padding: 4px 12px;"
            )
            self._fit_badge()
            return
        rag_color = {Rag.RED: palette.rag_red, Rag.AMBER: palette.rag_amber}.get(
            overall.rag, palette.rag_green
        )
        self._rag.setText(badge_text(overall))
        self._rag.setToolTip(
            QCoreApplication.translate("ProjectHeader", "Overall status. {explanation}").format(
                explanation=status_explanation(overall)
            )
        )
        self._rag.setStyleSheet(
            f"background: {rag_color}; color: white; font-weight: bold; "
            "border-radius: 10px; padding: 4px 12px;"
        )
        self._fit_badge()

    def changeEvent(self, event: QEvent) -> None:
        """Fit the badge again when the text size or the look changes (View › Larger Text)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # Deferred: the badge itself gets the new font only after its parent does.
            QTimer.singleShot(0, self, self._fit_badge)

    def _fit_badge(self) -> None:
        """The badge is never cut: it keeps the width of its words in any language and size."""
        self._rag.ensurePolished()
        self._rag.setMinimumWidth(max(72, self._rag.sizeHint().width()))
