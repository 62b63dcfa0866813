"""The action log's columns, the status chip's colours, the overdue chip and the summary line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from cpm_desktop.domain.actions import ActionSource, ActionStatus
from cpm_desktop.services.actions.views import ActionRow
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.chips import rag_chip_delegate, status_chip_delegate
from cpm_desktop.ui.project_records.table_model import Column
from cpm_desktop.ui.records import internal
from cpm_desktop.ui.records.cells import ALIGN_CENTER, reference_number
from cpm_desktop.ui.theme import colors

S = ActionStatus
REF, TITLE, OWNER, DUE, STATUS, _SOURCE, DONE = range(7)
NO_DUE = dt.date.max.toordinal()  # an action without a due date sorts last
OVERDUE = "red"  # the Due cell's chip when the action is late
# The Status column sorts by what is left to do: open work first, then the closed.
STATUS_ORDER = (S.OPEN, S.IN_PROGRESS, S.DONE, S.CANCELLED)


def status_color(status: ActionStatus) -> QColor:
    """Grey while open or cancelled, blue while in progress, green once done."""
    c = colors()
    return QColor(
        {
            S.OPEN: c.muted_text,
            S.IN_PROGRESS: c.highlight,
            S.DONE: c.rag_green,
            S.CANCELLED: c.border,
        }[status]
    )


def source_text(row: ActionRow) -> str:
    """Where it came from: 'Meeting 17 Nov 2026', 'Risk R-010', 'Feedback 18 Nov 2026'."""
    if row.source is ActionSource.MEETING and row.meeting_on is not None:
        return QCoreApplication.translate("ActionColumns", "Meeting {date}").format(
            date=short_date_text(row.meeting_on)
        )
    if row.source is ActionSource.FEEDBACK and row.source_reference:
        return QCoreApplication.translate("ActionColumns", "Feedback {date}").format(
            date=short_date_text(dt.date.fromisoformat(row.source_reference))
        )
    # ActionRow.source_text, its label in the language spoken: 'Risk R-002', 'Other'.
    return " ".join(p for p in (_(row.source.label), row.source_reference) if p)


def due_text(row: ActionRow) -> str:
    """The due date; an overdue one says so in words too (the chip's colour is not enough)."""
    if row.due_on is None:
        return "—"
    if row.overdue:
        return QCoreApplication.translate("ActionColumns", "{date} · overdue").format(
            date=short_date_text(row.due_on)
        )
    return short_date_text(row.due_on)


def _title_tip(row: ActionRow) -> str:
    lines = [f"{row.reference} {row.title}"]
    if row.meeting_title:
        lines.append(
            QCoreApplication.translate("ActionColumns", "Set at {meeting} ({date})").format(
                meeting=row.meeting_title, date=short_date_text(row.meeting_on)
            )
        )
    lines.append(
        QCoreApplication.translate("ActionColumns", "Raised {date}").format(
            date=short_date_text(row.raised_on)
        )
    )
    if row.comments:
        lines += ["", row.comments]
    return "\n".join(lines)


COLUMNS: tuple[Column[ActionRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("ActionColumns", "Ref"),
        lambda r: r.reference,
        sort=lambda r: reference_number(r.reference),
        tip=lambda r: internal.TIP if r.internal else "",
        icon=lambda r: internal.internal_icon(r.internal),
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionColumns", "Action"),
        lambda r: r.title,
        tip=_title_tip,
        stretch=True,
    ),
    # Owner and source give way to the action's text; their tooltips keep the whole of each.
    Column(
        QT_TRANSLATE_NOOP("ActionColumns", "Owner"),
        lambda r: r.owner or "—",
        tip=lambda r: r.owner,
        max_width=150,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionColumns", "Due"),
        due_text,
        sort=lambda r: r.due_on.toordinal() if r.due_on else NO_DUE,
        tip=lambda r: (
            QCoreApplication.translate(
                "ActionColumns", "Overdue: still to be done and past its due date"
            )
            if r.overdue
            else ""
        ),
        chip=lambda r: OVERDUE if r.overdue else "",
        align=ALIGN_CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionColumns", "Status"),
        lambda r: _(r.status.label),
        sort=lambda r: STATUS_ORDER.index(r.status),
        chip=lambda r: r.status.value,
        align=ALIGN_CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionColumns", "Source"), source_text, tip=source_text, max_width=150
    ),
    Column(
        QT_TRANSLATE_NOOP("ActionColumns", "Done on"),
        lambda r: short_date_text(r.done_on) if r.done_on else "—",
        sort=lambda r: r.done_on.toordinal() if r.done_on else 0,
        align=ALIGN_CENTER,
    ),
)


def install_chips(table: QTableView) -> None:
    """The Status column as status chips; the Due column red when the action is overdue."""
    table.setItemDelegateForColumn(STATUS, status_chip_delegate(S, status_color, table))
    table.setItemDelegateForColumn(DUE, rag_chip_delegate(table))


def summary_line(rows: Sequence[ActionRow]) -> str:
    """'14 actions · 9 open · 3 overdue'; '' for none."""
    if not rows:
        return ""
    still_open = sum(r.is_open for r in rows)
    overdue = sum(r.overdue for r in rows)
    line = (
        QCoreApplication.translate("ActionColumns", "1 action · {open} open · {overdue} overdue")
        if len(rows) == 1
        else QCoreApplication.translate(
            "ActionColumns", "{count} actions · {open} open · {overdue} overdue"
        )
    )
    return line.format(count=len(rows), open=still_open, overdue=overdue)
