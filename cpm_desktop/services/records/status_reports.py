"""The PM's status report per status date: commentary, section RAGs, decisions, next steps.

The steering pack's executive summary reads it; the Overview tab and the export dialog edit
it. A RAG left "" is not set: the pack derives it from the project's figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import Rag
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Project, StatusReport
from cpm_desktop.services import audit
from cpm_desktop.services.validate import clean_optional_date, clean_text, get_or_raise
from cpm_desktop.texts import N_, _

TEXT_LIMITS = {  # characters: enough for a page of the pack, not a novel
    "commentary": 4_000,
    "decisions_required": 4_000,
    "next_steps": 4_000,
    "internal_notes": 4_000,
}
WHAT = {  # each field as a refusal names it, marked for the catalogues
    "commentary": N_("commentary"),
    "decisions_required": N_("list of decisions required"),
    "next_steps": N_("list of next steps"),
    "internal_notes": N_("internal notes"),
    "schedule_rag": N_("schedule RAG"),
    "budget_rag": N_("budget RAG"),
    "scope_rag": N_("scope RAG"),
    "risk_rag": N_("risk RAG"),
}


@dataclass(frozen=True, slots=True)
class StatusReportRow:
    """The PM's report for one status date, as plain values ("" where nothing is set)."""

    project_id: int
    status_date: dt.date | None  # the project's status date it belongs to
    commentary: str
    schedule_rag: str  # "green" | "amber" | "red" | "" (not set: derive)
    budget_rag: str
    scope_rag: str
    risk_rag: str
    decisions_required: str  # free text, one item per line
    next_steps: str  # free text, one item per line
    internal_notes: str = ""  # the PM's notes for the supplier's team: internal exports only


def status_report(
    session: Session, project_id: int, status_date: dt.date | None = None
) -> StatusReportRow:
    """The report saved for `status_date` (default: the project's); empty when none is saved."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    day = _day(project, status_date)
    row = _row(session, project.id, day)
    if row is None:
        return StatusReportRow(project.id, day, "", "", "", "", "", "", "")
    return _plain(row)


class ReportFields(TypedDict, total=False):
    """The fields of a status report a save may change; any subset may be given."""

    commentary: str | None
    schedule_rag: str | Rag | None  # green, amber, red; "": not set (derive)
    budget_rag: str | Rag | None
    scope_rag: str | Rag | None
    risk_rag: str | Rag | None
    decisions_required: str | None  # one item per line
    next_steps: str | None
    internal_notes: str | None  # for the supplier's team: the internal pack only


REPORT_FIELDS = frozenset(ReportFields.__annotations__)
# The order the audit trail records a save's changes in: the texts, then the RAGs.
_SAVED_IN_ORDER = (*TEXT_LIMITS, "schedule_rag", "budget_rag", "scope_rag", "risk_rag")


def save_status_report(
    session: Session,
    project_id: int,
    *,
    status_date: dt.date | None = None,
    **fields: Unpack[ReportFields],
) -> StatusReportRow:
    """Change the fields given (absent or None: keep) of the report for `status_date`.

    Validated and audited.
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    day = _day(project, status_date)
    # Everything is checked before the first write, so a refusal leaves the workspace as it was.
    unknown = sorted(fields.keys() - REPORT_FIELDS)
    if unknown:
        raise TypeError(f"save_status_report() got unexpected keyword arguments {unknown}")
    changes: dict[str, object] = {}
    for name in _SAVED_IN_ORDER:
        value = fields.get(name)
        if value is None:
            continue
        if name in TEXT_LIMITS:
            changes[name] = clean_text(value, WHAT[name], TEXT_LIMITS[name])
        else:
            changes[name] = clean_rag(value, WHAT[name])
    if _row(session, project.id, day) is None and not any(changes.values()):
        return status_report(session, project.id, day)  # nothing to keep: no empty row
    row = _row_or_new(session, project.id, day)
    audit.set_fields(session, row, changes)
    session.flush()
    return _plain(row)


def keep_facts(
    session: Session, project_id: int, status_date: dt.date, snapshot: str
) -> StatusReportRow:
    """Keep the facts a status report saw (the status cycle's JSON) with the report for that
    date, written if there is none yet; audited as the status reported."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    row = _row_or_new(session, project.id, status_date)
    row.snapshot = snapshot
    audit.record(session, row, "status", new=f"status reported as of {status_date.isoformat()}")
    session.flush()
    return _plain(row)


def _row_or_new(session: Session, project_id: int, day: dt.date | None) -> StatusReport:
    """The report for `day`, or a new empty one (audited)."""
    row = _row(session, project_id, day)
    if row is None:
        row = StatusReport(
            project_id=project_id,
            status_date=day,
            commentary="",
            decisions_required="",
            next_steps="",
        )
        session.add(row)
        session.flush()
        audit.record_created(session, row)
    return row


def clean_rag(value: object, what: str) -> Rag | None:
    """A RAG given as green/amber/red (any case) or a Rag; "" means not set (None).

    `what` names the field, marked with N_() ("schedule RAG"), translated in the refusal.
    """
    if isinstance(value, Rag):
        return value
    if not isinstance(value, str):
        raise ValidationError(
            _("The {what} must be text: green, amber, red or empty.").format(what=_(what))
        )
    text = value.strip().lower()
    if not text:
        return None
    try:
        return Rag(text)
    except ValueError:
        raise ValidationError(
            _("Unknown {what} {value!r}: use green, amber or red, or leave it empty.").format(
                what=_(what), value=value
            )
        ) from None


def _day(project: Project, status_date: object) -> dt.date | None:
    day = clean_optional_date(status_date, N_("status date"))
    return project.status_date if day is None else day


def _row(session: Session, project_id: int, day: dt.date | None) -> StatusReport | None:
    # `== None` would never match in SQL: the undated report is looked up with IS NULL.
    date_match = (
        StatusReport.status_date.is_(None) if day is None else StatusReport.status_date == day
    )
    return session.scalars(
        select(StatusReport).where(StatusReport.project_id == project_id, date_match)
    ).first()


def _plain(row: StatusReport) -> StatusReportRow:
    return StatusReportRow(
        project_id=row.project_id,
        status_date=row.status_date,
        commentary=row.commentary,
        schedule_rag=_rag_text(row.schedule_rag),
        budget_rag=_rag_text(row.budget_rag),
        scope_rag=_rag_text(row.scope_rag),
        risk_rag=_rag_text(row.risk_rag),
        decisions_required=row.decisions_required,
        next_steps=row.next_steps,
        internal_notes=row.internal_notes,
    )


def _rag_text(rag: Rag | None) -> str:
    return "" if rag is None else rag.value
