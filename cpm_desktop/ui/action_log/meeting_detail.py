"""MeetingDetail: the selected steering meeting's record under the list: who attended, what it
decided, and each action it set with where that action stands now."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from cpm_desktop.services.actions.meetings import MeetingRow
from cpm_desktop.services.actions.views import ActionRow
from cpm_desktop.texts import _
from cpm_desktop.ui.action_log.columns import status_color
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.records.widgets import style_heading
from cpm_desktop.ui.theme import colors


class MeetingDetail(QScrollArea):
    """Shows one meeting (None: a hint to select one) as a heading and a few short lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDetail")
        self.setAccessibleName(QCoreApplication.translate("MeetingDetail", "Meeting notes"))
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.heading = QLabel()
        style_heading(self.heading)
        self.body = QLabel()
        self.body.setObjectName("meetingDetailBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(2, 4, 2, 4)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.setWidget(inner)
        self.show_meeting(None, ())

    def show_meeting(self, row: MeetingRow | None, actions: Sequence[ActionRow]) -> None:
        """Show `row` with its `actions` (the log's rows of the actions it set)."""
        muted = colors().muted_text
        if row is None:
            self.heading.setText("")
            hint = QCoreApplication.translate(
                "MeetingDetail", "Select a meeting to see its record."
            )
            self.body.setText(f'<span style="color:{muted}">{html.escape(hint)}</span>')
            return
        self.heading.setText(f"{row.title}, {short_date_text(row.held_on)}")
        parts = [
            _section(
                QCoreApplication.translate("MeetingDetail", "Attended"),
                [html.escape(a) for a in row.attendees],
                muted,
            ),
            _section(
                QCoreApplication.translate("MeetingDetail", "Decided"),
                [html.escape(d) for d in row.decisions],
                muted,
            ),
            _section(
                QCoreApplication.translate("MeetingDetail", "Actions set"),
                [_action(a) for a in actions],
                muted,
            ),
        ]
        if row.notes:
            notes = html.escape(row.notes).replace("\n", "<br>")
            title = html.escape(QCoreApplication.translate("MeetingDetail", "Notes"))
            parts.append(f'<p style="margin-bottom:0"><b>{title}</b></p><p>{notes}</p>')
        self.body.setText("".join(parts))


def _section(title: str, items: Sequence[str], muted: str) -> str:
    title = html.escape(title)
    if not items:
        none = html.escape(QCoreApplication.translate("MeetingDetail", "none recorded"))
        return f'<p><b>{title}:</b> <span style="color:{muted}">{none}</span></p>'
    lines = "".join(f"<li>{item}</li>" for item in items)
    return f'<p style="margin-bottom:0"><b>{title}</b></p><ul style="margin-top:2px">{lines}</ul>'


def _action(row: ActionRow) -> str:
    """'A-007 Circulate the criteria — Laura Becker, due 20 Nov 2026 · ● In progress'."""
    colour = colors().rag_red if row.overdue else status_color(row.status).name()
    state = (
        QCoreApplication.translate("MeetingDetail", "Overdue")
        if row.overdue
        else _(row.status.label)
    )
    if row.done_on is not None:
        state += f" {short_date_text(row.done_on)}"
    state = html.escape(state)
    who = html.escape(row.owner or QCoreApplication.translate("MeetingDetail", "no owner"))
    due = (
        html.escape(
            QCoreApplication.translate("MeetingDetail", ", due {date}").format(
                date=short_date_text(row.due_on)
            )
        )
        if row.due_on
        else ""
    )
    return (
        f"<b>{row.reference}</b> {html.escape(row.title)} — {who}{due} · "
        f'<span style="color:{colour}">●</span> {state}'
    )
