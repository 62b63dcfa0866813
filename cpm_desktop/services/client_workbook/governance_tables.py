"""The client workbook's Deliverables and Actions sheets: mostly for reading, a few cells to fill.

Both are read back, but only their client's columns (marked in the sheet) and only for the rows
exported: a deliverable or an action is added in CPM Desktop, never in the workbook.

Deliverables (key "D<deliverable id>"; step_deliverable records the verdict):
    verdict: "Accepted" / "Rejected", the client's verdict on the deliverable as submitted
        or resubmitted; with it decided_by (text), decided_on (date; blank: the day it is
        imported) and comments (long text: the reasons of a rejection).
    An exported row shows the verdict the deliverable has now (blank while awaiting one).
Actions (key "A<action id>"; update_action):
    status: "Open", "In progress", "Done", "Cancelled"; comments (long text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cpm_desktop.domain.actions import ActionStatus
from cpm_desktop.domain.deliverables import DeliverableStatus
from cpm_desktop.reports.excel.content import CellValue, Column, Kind, TableSheet
from cpm_desktop.services.actions.views import ActionRow
from cpm_desktop.services.deliverables.views import DeliverableRow
from cpm_desktop.texts import N_, _

DELIVERABLES, ACTIONS = "Deliverables", "Actions"  # the sheet names
VERDICTS: dict[DeliverableStatus, str] = {
    s: s.label for s in (DeliverableStatus.ACCEPTED, DeliverableStatus.REJECTED)
}
ACTION_STATUSES: dict[ActionStatus, str] = {s: s.label for s in ActionStatus}
# The soft fill of each status: the client's attention goes to what waits for them (amber).
DELIVERABLE_TONES = {
    DeliverableStatus.NOT_STARTED: "grey",
    DeliverableStatus.IN_PROGRESS: "blue",
    DeliverableStatus.SUBMITTED: "amber",
    DeliverableStatus.RESUBMITTED: "amber",
    DeliverableStatus.ACCEPTED: "green",
    DeliverableStatus.REJECTED: "red",
}
ACTION_TONES = {
    ActionStatus.OPEN: "grey",
    ActionStatus.IN_PROGRESS: "blue",
    ActionStatus.DONE: "green",
    ActionStatus.CANCELLED: "grey",
}
MET, UNMET = "☑", "☐"  # a line of the acceptance checklist

T, L, D = Kind.TEXT, Kind.LONG_TEXT, Kind.DATE
# Narrow enough (170 characters) to print one page wide, landscape, at 8 points or more.
DELIVERABLE_COLUMNS = (
    Column(N_("Ref"), T, width=6.5),
    Column(N_("Deliverable"), T, width=21),
    Column(N_("Owner"), T, width=13),
    Column(N_("Due"), D, width=10.5),
    Column(N_("Status"), T, width=11),
    Column(N_("Criteria met"), T, width=8),
    Column(N_("Acceptance criteria"), L, width=28),
    Column(N_("Earlier rejection reasons"), L, width=16),
    Column(N_("Client verdict"), Kind.CHOICE, "verdict", tuple(VERDICTS.values()), width=10.5),
    Column(N_("Decided by"), T, "decided_by", width=13),
    Column(N_("Decided on"), D, "decided_on", width=10.5),
    Column(N_("Comments / reasons"), L, "comments", width=22),
)
ACTION_COLUMNS = (
    Column(N_("Ref"), T, width=7),
    Column(N_("Action"), T, width=36),
    Column(N_("Owner"), T, width=16),
    Column(N_("Due"), D, width=11),
    Column(N_("Status"), Kind.CHOICE, "status", tuple(ACTION_STATUSES.values()), width=12),
    Column(N_("Source"), T, width=16),
    Column(N_("Done on"), D, width=11),
    Column(N_("Comments"), L, "comments", width=40),
)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The client's columns of a deliverable: its verdict now, if it has one."""

    verdict: DeliverableStatus | None
    decided_by: str = ""
    decided_on: dt.date | None = None
    comments: str = ""


def verdict_of(
    status: DeliverableStatus,
    decided_by: str,
    decided_on: dt.date | None,
    reasons: str,
    last_comment: str,
) -> Verdict:
    """The verdict a deliverable stands at: accepted (with the acceptance's comment), rejected
    (with the reasons), or none while the client has yet to give one.

    One definition for the export and the read-back's "now in the workspace", so an untouched
    row compares equal and a verdict applied before reads as already there.
    """
    if status is DeliverableStatus.ACCEPTED:
        return Verdict(status, decided_by, decided_on, last_comment)
    if status is DeliverableStatus.REJECTED:
        return Verdict(status, decided_by, decided_on, reasons)
    return Verdict(None)


def deliverables_table(rows: Sequence[DeliverableRow]) -> TableSheet:
    """The deliverables by reference, each with its checklist and the client's verdict."""
    table: list[tuple[CellValue, ...]] = []
    for r in rows:
        verdict = verdict_of(
            r.status,
            r.decided_by,
            r.decided_on,
            r.rejection_reasons,
            r.steps[-1].comment if r.steps else "",
        )
        table.append(
            (
                r.reference,
                r.name,
                r.owner,
                r.due,
                _(r.status.label),
                f"{r.criteria_met}/{len(r.criteria)}" if r.criteria else "–",
                "\n".join(f"{MET if c.met else UNMET} {c.text}" for c in r.criteria),
                _earlier_reasons(r),
                VERDICTS[verdict.verdict] if verdict.verdict else None,
                verdict.decided_by,
                verdict.decided_on,
                verdict.comments,
            )
        )
    return _sheet(
        DELIVERABLES,
        _("Deliverables and the client's acceptance"),
        DELIVERABLE_COLUMNS,
        table,
        tuple(f"D{r.id}" for r in rows),
        tuple((s.label, tone) for s, tone in DELIVERABLE_TONES.items()),
        _("No deliverables recorded yet."),
    )


def actions_table(rows: Sequence[ActionRow]) -> TableSheet:
    """The action log by reference, with where each action came from."""
    table = tuple(
        (
            r.reference,
            r.title,
            r.owner,
            r.due_on,
            ACTION_STATUSES[r.status],
            r.source_text,
            r.done_on,
            r.comments,
        )
        for r in rows
    )
    return _sheet(
        ACTIONS,
        _("Action log"),
        ACTION_COLUMNS,
        table,
        tuple(f"A{r.id}" for r in rows),
        tuple((s.label, tone) for s, tone in ACTION_TONES.items()),
        _("No actions recorded yet."),
    )


def _sheet(
    name: str,
    title: str,
    columns: tuple[Column, ...],
    rows: Sequence[tuple[CellValue, ...]],
    keys: tuple[str, ...],
    tones: tuple[tuple[str, str], ...],
    empty_note: str,
) -> TableSheet:
    """A sheet read back when it has rows; without any it says so (and is only read)."""
    return TableSheet(
        name=name,
        title=title,
        columns=columns,
        rows=tuple(rows),
        read_back=bool(rows),
        keys=keys,
        status_column="Status",
        status_tones=tones,
        frozen_columns=2,
        empty_note="" if rows else empty_note,
        mark_inputs=True,
    )


def _earlier_reasons(row: DeliverableRow) -> str:
    """The reasons of the last rejection, once the deliverable has moved on from it."""
    if row.status is DeliverableStatus.REJECTED or not row.rejections:
        return ""
    return row.rejection_reasons
