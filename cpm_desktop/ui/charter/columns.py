"""The columns of the Charter page's tables, and the words its marks are made of."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cpm_desktop.domain.charter import ObjectiveStatus, ScopeEffect
from cpm_desktop.services.charter.views import (
    ChangeMark,
    DeliverableLine,
    ObjectiveRow,
    ScopeLineRow,
    SowVersionRow,
)
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.project_records.table_model import Column
from cpm_desktop.ui.records.cells import reference_number

CENTRE = Qt.AlignmentFlag.AlignCenter
TEXT_MAX = 180  # pixels: measure, actual, owner wrap past it (the tables wrap their text)
TARGET_MAX = 140
OWNER_MAX = 240  # "Kai Petersen (Nordhaven IT)" on one line

OBJECTIVE_WORDS = {
    ObjectiveStatus.MET: "✓ Met",
    ObjectiveStatus.NOT_MET: "✗ Not met",
    ObjectiveStatus.NOT_MEASURED: "Not yet measured",
}
OBJECTIVE_CHIPS = {ObjectiveStatus.MET: "green", ObjectiveStatus.NOT_MET: "red"}


def mark_text(mark: ChangeMark, sign: str) -> str:
    """'+ CR-001', '− CR-004 pending', '+ CR-003 rejected'."""
    word = "" if mark.effect is ScopeEffect.APPROVED else f" {mark.effect.label.lower()}"
    return f"{sign} {mark.reference}{word}"


def change_text(line: ScopeLineRow) -> str:
    """What requests did to a line: '+ CR-001', '− CR-006 pending', both, or '' (original)."""
    marks = []
    if line.added_by is not None:
        marks.append(mark_text(line.added_by, "+"))
    if line.removed_by is not None:
        marks.append(mark_text(line.removed_by, "−"))
    return "  ".join(marks)


def change_tip(line: ScopeLineRow) -> str:
    """The marks in words, with each request's title."""
    said = []
    for mark, verb in ((line.added_by, "Added"), (line.removed_by, "Removed")):
        if mark is not None:
            said.append(f"{verb} by {mark.reference} {mark.title} ({mark.effect.label.lower()})")
    return "\n".join(said) or "In the charter as first signed"


def muted_line(line: ScopeLineRow) -> bool:
    """Shown muted: not in the current scope (removed, or added by a request not approved)."""
    return not line.current


OBJECTIVES: tuple[Column[ObjectiveRow], ...] = (
    Column("#", lambda r: str(r.position), align=CENTRE),
    Column("Objective", lambda r: r.objective, stretch=True),
    Column("Measure", lambda r: r.measure or "—", max_width=TEXT_MAX),
    Column("Target", lambda r: r.target or "—", max_width=TARGET_MAX),
    Column("Actual", lambda r: r.actual or "—", max_width=TEXT_MAX),
    Column(
        "Met",
        lambda r: OBJECTIVE_WORDS[r.status],
        chip=lambda r: OBJECTIVE_CHIPS.get(r.status, ""),
        muted=lambda r: r.met is None,
    ),
)
OBJECTIVE_MET = 5

LINE: Column[ScopeLineRow] = Column(
    "Line", lambda r: r.text, stretch=True, muted=muted_line, tip=lambda r: r.text
)
CHANGE: Column[ScopeLineRow] = Column(
    "Change", change_text, tip=change_tip, muted=lambda r: r.standing.pending
)
SCOPE: tuple[Column[ScopeLineRow], ...] = (LINE, CHANGE)
SCOPE_CHANGE = 1
FRAMING: tuple[Column[ScopeLineRow], ...] = (
    LINE,
    Column("Owner", lambda r: r.owner or "—", max_width=OWNER_MAX, muted=muted_line),
    Column(
        "Due",
        lambda r: short_date_text(r.due_on) or "—",
        sort=lambda r: r.due_on.toordinal() if r.due_on else 0,
    ),
    CHANGE,
)
FRAMING_CHANGE = 3

SOW: tuple[Column[SowVersionRow], ...] = (
    Column("Version", lambda r: r.version),
    Column("Issued", lambda r: short_date_text(r.issued_on) or "—"),
    Column("Signed", lambda r: short_date_text(r.signed_on) or "Not signed"),
    Column("Signed by", lambda r: r.signed_by or "—", max_width=TEXT_MAX),
    Column(
        "Signed form",
        lambda r: "✓ Received" if r.form_received else ("Awaited" if r.signed else "—"),
        muted=lambda r: not r.form_received,
    ),
    Column("Note", lambda r: r.note or "—", stretch=True),
)

DELIVERABLES: tuple[Column[DeliverableLine], ...] = (
    Column("Ref", lambda r: r.reference, sort=lambda r: reference_number(r.reference)),
    Column("Deliverable", lambda r: r.name, stretch=True),
    Column("Status", lambda r: r.status.label),
)
