"""The columns of the Charter page's tables, and the words its marks are made of."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from cpm_desktop.domain.charter import ObjectiveStatus, ScopeEffect, ScopeKind
from cpm_desktop.services.charter.views import (
    ChangeMark,
    DeliverableLine,
    ObjectiveRow,
    ScopeLineRow,
    SowVersionRow,
)
from cpm_desktop.ui.deliverables.columns import status_text
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.table_model import Column
from cpm_desktop.ui.records.cells import reference_number

CENTRE = Qt.AlignmentFlag.AlignCenter
TEXT_MAX = 180  # pixels: measure, actual, owner wrap past it (the tables wrap their text)
TARGET_MAX = 140
OWNER_MAX = 240  # "Kai Petersen (Nordhaven IT)" on one line

OBJECTIVE_WORDS = {
    ObjectiveStatus.MET: QT_TRANSLATE_NOOP("CharterPage", "✓ Met"),
    ObjectiveStatus.NOT_MET: QT_TRANSLATE_NOOP("CharterPage", "✗ Not met"),
    ObjectiveStatus.NOT_MEASURED: QT_TRANSLATE_NOOP("CharterPage", "Not yet measured"),
}
"""An objective's status as its cell and the form's dropdown say it (translated where shown)."""
OBJECTIVE_CHIPS = {ObjectiveStatus.MET: "green", ObjectiveStatus.NOT_MET: "red"}
KIND_LABELS = {
    ScopeKind.IN_SCOPE: QT_TRANSLATE_NOOP("CharterPage", "In scope"),
    ScopeKind.OUT_OF_SCOPE: QT_TRANSLATE_NOOP("CharterPage", "Out of scope"),
    ScopeKind.ASSUMPTION: QT_TRANSLATE_NOOP("CharterPage", "Assumption"),
    ScopeKind.CONSTRAINT: QT_TRANSLATE_NOOP("CharterPage", "Constraint"),
    ScopeKind.DEPENDENCY: QT_TRANSLATE_NOOP("CharterPage", "Dependency"),
}
"""Each kind of line's label (`kind.label`), in the PM's language."""
EFFECT_WORDS = {
    ScopeEffect.APPROVED: QT_TRANSLATE_NOOP("CharterPage", "approved"),
    ScopeEffect.PENDING: QT_TRANSLATE_NOOP("CharterPage", "pending"),
    ScopeEffect.REJECTED: QT_TRANSLATE_NOOP("CharterPage", "rejected"),
}
"""Where a change request marking a line stands (`effect.label.lower()`), in the PM's language."""


def objective_text(status: ObjectiveStatus) -> str:
    """'✓ Met' in the window's language."""
    return QCoreApplication.translate("CharterPage", OBJECTIVE_WORDS[status])


def kind_text(kind: ScopeKind) -> str:
    """'In scope' in the window's language."""
    return QCoreApplication.translate("CharterPage", KIND_LABELS.get(kind, kind.label))


def effect_text(effect: ScopeEffect) -> str:
    """'pending' in the window's language."""
    word = EFFECT_WORDS.get(effect, effect.label.lower())
    return QCoreApplication.translate("CharterPage", word)


def mark_text(mark: ChangeMark, sign: str) -> str:
    """'+ CR-001', '− CR-004 pending', '+ CR-003 rejected'."""
    word = "" if mark.effect is ScopeEffect.APPROVED else f" {effect_text(mark.effect)}"
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
    for mark, template in (
        (
            line.added_by,
            QCoreApplication.translate("CharterPage", "Added by {reference} {title} ({effect})"),
        ),
        (
            line.removed_by,
            QCoreApplication.translate("CharterPage", "Removed by {reference} {title} ({effect})"),
        ),
    ):
        if mark is not None:
            said.append(
                template.format(
                    reference=mark.reference, title=mark.title, effect=effect_text(mark.effect)
                )
            )
    return "\n".join(said) or QCoreApplication.translate(
        "CharterPage", "In the charter as first signed"
    )


def muted_line(line: ScopeLineRow) -> bool:
    """Shown muted: not in the current scope (removed, or added by a request not approved)."""
    return not line.current


def objective_columns() -> tuple[Column[ObjectiveRow], ...]:
    """The objectives' columns, titled in the window's language."""
    return (
        Column("#", lambda r: str(r.position), align=CENTRE),
        Column(
            QCoreApplication.translate("CharterPage", "Objective"),
            lambda r: r.objective,
            stretch=True,
        ),
        Column(
            QCoreApplication.translate("CharterPage", "Measure"),
            lambda r: r.measure or "—",
            max_width=TEXT_MAX,
        ),
        Column(
            QCoreApplication.translate("CharterPage", "Target"),
            lambda r: r.target or "—",
            max_width=TARGET_MAX,
        ),
        Column(
            QCoreApplication.translate("CharterPage", "Actual"),
            lambda r: r.actual or "—",
            max_width=TEXT_MAX,
        ),
        Column(
            QCoreApplication.translate("CharterPage", "Met"),
            lambda r: objective_text(r.status),
            chip=lambda r: OBJECTIVE_CHIPS.get(r.status, ""),
            muted=lambda r: r.met is None,
        ),
    )


OBJECTIVE_MET = 5


def _line_column() -> Column[ScopeLineRow]:
    return Column(
        QCoreApplication.translate("CharterPage", "Line"),
        lambda r: r.text,
        stretch=True,
        muted=muted_line,
        tip=lambda r: r.text,
    )


def _change_column() -> Column[ScopeLineRow]:
    return Column(
        QCoreApplication.translate("CharterPage", "Change"),
        change_text,
        tip=change_tip,
        muted=lambda r: r.standing.pending,
    )


def scope_columns() -> tuple[Column[ScopeLineRow], ...]:
    """The columns of the scope in and out: the line and what requests did to it."""
    return (_line_column(), _change_column())


SCOPE_CHANGE = 1


def framing_columns() -> tuple[Column[ScopeLineRow], ...]:
    """The columns of assumptions and dependencies: the line, its owner and date, the marks."""
    return (
        _line_column(),
        Column(
            QCoreApplication.translate("CharterPage", "Owner"),
            lambda r: r.owner or "—",
            max_width=OWNER_MAX,
            muted=muted_line,
        ),
        Column(
            QCoreApplication.translate("CharterPage", "Due"),
            lambda r: short_date_text(r.due_on) or "—",
            sort=lambda r: r.due_on.toordinal() if r.due_on else 0,
        ),
        _change_column(),
    )


FRAMING_CHANGE = 3


def _signed_form(row: SowVersionRow) -> str:
    if row.form_received:
        return QCoreApplication.translate("CharterPage", "✓ Received")
    return QCoreApplication.translate("CharterPage", "Awaited") if row.signed else "—"


def sow_columns() -> tuple[Column[SowVersionRow], ...]:
    """The SOW versions' columns, titled in the window's language."""
    return (
        Column(QCoreApplication.translate("CharterPage", "Version"), lambda r: r.version),
        Column(
            QCoreApplication.translate("CharterPage", "Issued"),
            lambda r: short_date_text(r.issued_on) or "—",
        ),
        Column(
            QCoreApplication.translate("CharterPage", "Signed"),
            lambda r: (
                short_date_text(r.signed_on)
                or QCoreApplication.translate("CharterPage", "Not signed")
            ),
        ),
        Column(
            QCoreApplication.translate("CharterPage", "Signed by"),
            lambda r: r.signed_by or "—",
            max_width=TEXT_MAX,
        ),
        Column(
            QCoreApplication.translate("CharterPage", "Signed form"),
            _signed_form,
            muted=lambda r: not r.form_received,
        ),
        Column(
            QCoreApplication.translate("CharterPage", "Note"), lambda r: r.note or "—", stretch=True
        ),
    )


def deliverable_columns() -> tuple[Column[DeliverableLine], ...]:
    """The deliverables' columns (read-only), titled in the window's language."""
    return (
        Column(
            QCoreApplication.translate("CharterPage", "Ref"),
            lambda r: r.reference,
            sort=lambda r: reference_number(r.reference),
        ),
        Column(
            QCoreApplication.translate("CharterPage", "Deliverable"), lambda r: r.name, stretch=True
        ),
        Column(
            QCoreApplication.translate("CharterPage", "Status"), lambda r: status_text(r.status)
        ),
    )
