"""The deliverables table's columns, the status chip's colours and the summary line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from cpm_desktop.domain import DeliverableStatus
from cpm_desktop.services.deliverables.views import DeliverableRow
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.chips import rag_chip_delegate, status_chip_delegate
from cpm_desktop.ui.project_records.table_model import Column
from cpm_desktop.ui.records.cells import ALIGN_CENTER, reference_number
from cpm_desktop.ui.theme import colors

S = DeliverableStatus
NO_DUE = dt.date.max.toordinal()  # a deliverable without a due date sorts last
REF, DUE, STATUS = 0, 3, 4  # the columns the panel sorts by or draws as chips
OVERDUE = "amber"  # the Due cell's chip: the theme's warning colour
# The Status column sorts along the road to acceptance, not alphabetically.
STATUS_ORDER = (S.NOT_STARTED, S.IN_PROGRESS, S.SUBMITTED, S.REJECTED, S.RESUBMITTED, S.ACCEPTED)
STATUS_LABELS = {
    S.NOT_STARTED: QT_TRANSLATE_NOOP("DeliverableStatus", "Not started"),
    S.IN_PROGRESS: QT_TRANSLATE_NOOP("DeliverableStatus", "In progress"),
    S.SUBMITTED: QT_TRANSLATE_NOOP("DeliverableStatus", "Submitted"),
    S.REJECTED: QT_TRANSLATE_NOOP("DeliverableStatus", "Rejected"),
    S.RESUBMITTED: QT_TRANSLATE_NOOP("DeliverableStatus", "Resubmitted"),
    S.ACCEPTED: QT_TRANSLATE_NOOP("DeliverableStatus", "Accepted"),
}
"""Each status's label (`status.label`) as the window shows it, in the PM's language."""


def status_text(status: DeliverableStatus) -> str:
    """The status's label in the window's language: 'Submitted', 'Eingereicht'."""
    return QCoreApplication.translate("DeliverableStatus", STATUS_LABELS.get(status, status.label))


def status_color(status: DeliverableStatus) -> QColor:
    """Grey before the work starts, blue while written, amber while the client has it, green
    once accepted, red while rejected."""
    c = colors()
    return QColor(
        {
            S.NOT_STARTED: c.muted_text,
            S.IN_PROGRESS: c.highlight,
            S.SUBMITTED: c.rag_amber,
            S.RESUBMITTED: c.rag_amber,
            S.ACCEPTED: c.rag_green,
            S.REJECTED: c.rag_red,
        }[status]
    )


def verdict_text(row: DeliverableRow) -> str:
    """'Henrik Sørensen, 11 Sep 2026': who gave the client's verdict and when; '—' for none."""
    if row.decided_on is None:
        return "—"
    return QCoreApplication.translate("DeliverablesPanel", "{who}, {day}").format(
        who=row.decided_by, day=short_date_text(row.decided_on)
    )


def criteria_text(row: DeliverableRow) -> str:
    """'3/4' criteria met; '—' without a checklist."""
    return f"{row.criteria_met}/{len(row.criteria)}" if row.criteria else "—"


def due_tip(row: DeliverableRow, today: dt.date) -> str:
    """Where the due date comes from, and whether it has passed."""
    if row.due is None:
        return QCoreApplication.translate(
            "DeliverablesPanel", "No due date: tie it to a milestone or give it a date"
        )
    source = (
        QCoreApplication.translate(
            "DeliverablesPanel", "Due with the milestone {milestone}"
        ).format(milestone=repr(row.milestone))
        if row.milestone
        else QCoreApplication.translate("DeliverablesPanel", "Its own due date")
    )
    if not row.overdue(today):
        return source
    late = QCoreApplication.translate(
        "DeliverablesPanel", "Overdue: due {day}, not accepted yet"
    ).format(day=short_date_text(row.due))
    return f"{source}\n{late}"


def columns(today: Callable[[], dt.date]) -> tuple[Column[DeliverableRow], ...]:
    """The table's columns; overdue is measured from `today()`."""
    return (
        Column(
            QCoreApplication.translate("DeliverablesPanel", "Ref"),
            lambda r: r.reference,
            sort=lambda r: reference_number(r.reference),
        ),
        Column(
            QCoreApplication.translate("DeliverablesPanel", "Deliverable"),
            lambda r: r.name,
            tip=_name_tip,
            stretch=True,
            max_width=420,
        ),
        Column(
            QCoreApplication.translate("DeliverablesPanel", "Owner"),
            lambda r: r.owner or "—",
            max_width=150,
        ),
        Column(
            QCoreApplication.translate("DeliverablesPanel", "Due"),
            lambda r: short_date_text(r.due) or "—",
            sort=lambda r: r.due.toordinal() if r.due else NO_DUE,
            tip=lambda r: due_tip(r, today()),
            chip=lambda r: OVERDUE if r.overdue(today()) else "",
            align=ALIGN_CENTER,
        ),
        Column(
            QCoreApplication.translate("DeliverablesPanel", "Status"),
            lambda r: status_text(r.status),
            sort=lambda r: STATUS_ORDER.index(r.status),
            chip=lambda r: r.status.value,
            align=ALIGN_CENTER,
        ),
        Column(
            QCoreApplication.translate("DeliverablesPanel", "Criteria"),
            criteria_text,
            sort=lambda r: (r.criteria_met / len(r.criteria)) if r.criteria else -1.0,
            tip=lambda r: QCoreApplication.translate(
                "DeliverablesPanel", "{met} of {total} acceptance criteria met"
            ).format(met=r.criteria_met, total=len(r.criteria)),
            align=ALIGN_CENTER,
            max_width=84,
        ),
        Column(
            QCoreApplication.translate("DeliverablesPanel", "Client's verdict"),
            verdict_text,
            sort=lambda r: (r.decided_on or dt.date.min).toordinal(),
            tip=lambda r: (
                QCoreApplication.translate("DeliverablesPanel", "{status} by {verdict}").format(
                    status=status_text(r.status), verdict=verdict_text(r)
                )
                if r.decided_on
                else ""
            ),
            max_width=210,
        ),
    )


def _name_tip(row: DeliverableRow) -> str:
    return f"{row.reference} {row.name}" + (f"\n\n{row.description}" if row.description else "")


def install_chips(table: QTableView) -> None:
    """The Status column as status chips, the Due column as a warning chip when overdue."""
    table.setItemDelegateForColumn(STATUS, status_chip_delegate(S, status_color, table))
    table.setItemDelegateForColumn(DUE, rag_chip_delegate(table))


def summary_line(rows: Sequence[DeliverableRow], today: dt.date) -> str:
    """'9 deliverables · 2 accepted · 1 rejected · 1 overdue'; '' for none."""
    if not rows:
        return ""
    accepted = sum(r.status is S.ACCEPTED for r in rows)
    rejected = sum(r.status is S.REJECTED for r in rows)
    overdue = sum(r.overdue(today) for r in rows)
    line = (
        QCoreApplication.translate(
            "DeliverablesPanel",
            "1 deliverable · {accepted} accepted · {rejected} rejected · {overdue} overdue",
        )
        if len(rows) == 1
        else QCoreApplication.translate(
            "DeliverablesPanel",
            "{count} deliverables · {accepted} accepted · {rejected} rejected · {overdue} overdue",
        )
    )
    return line.format(count=len(rows), accepted=accepted, rejected=rejected, overdue=overdue)
