"""Use cases of the risk register: add, edit, close, reopen, turn a risk into an issue.

Every change of probability, impact, severity or status adds a dated RiskHistory row, so the
register can show trends; `on` is the date of the change (today unless given, e.g. by the demo).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import ResponseStrategy, RiskKind, RiskStatus
from cpm_desktop.errors import ValidationError
from cpm_desktop.identity import current_user
from cpm_desktop.models import Project, Risk, RiskHistory
from cpm_desktop.services import audit
from cpm_desktop.services.numbering import next_number
from cpm_desktop.services.plan.outline import outline_rows
from cpm_desktop.services.portfolio.projects import ProjectRecord, project_record
from cpm_desktop.services.risks.links import copy_links, set_links
from cpm_desktop.services.risks.views import RiskRow, risk_row
from cpm_desktop.services.validate import (
    MAX_DURATION,
    clean_date,
    clean_enum,
    clean_flag,
    clean_int,
    clean_money,
    clean_name,
    clean_optional_date,
    clean_text,
    date_or_today,
    get_or_raise,
    step_date,
)
from cpm_desktop.texts import N_, _

OPPORTUNITY_ONLY = frozenset({ResponseStrategy.EXPLOIT, ResponseStrategy.ENHANCE})
THREAT_ONLY = frozenset(
    {ResponseStrategy.AVOID, ResponseStrategy.REDUCE, ResponseStrategy.TRANSFER}
)
TRACKED = ("probability", "impact", "severity", "status")  # what RiskHistory keeps


class RiskDetails(TypedDict, total=False):
    """The fields of a register entry besides its title; any subset may be given."""

    description: str
    category: str
    cause: str
    effect: str
    owner: str
    probability: int | None
    impact: int | None
    severity: int | None
    proximity: dt.date | None
    due_date: dt.date | None
    strategy: ResponseStrategy | None
    mitigation: str
    contingency: str
    trigger: str
    cost_impact: Decimal | int | str
    schedule_impact: int
    residual_probability: int | None
    residual_impact: int | None
    status: RiskStatus
    raised_on: dt.date
    review_on: dt.date | None
    internal: bool  # True: never in a client export


class RiskFields(RiskDetails, total=False):
    """Every editable field of a register entry, for `edit_risk`."""

    title: str


EDITABLE_FIELDS = tuple(RiskFields.__annotations__)  # a tuple: the audit follows this order
LEVEL_FIELDS = frozenset(
    {"probability", "impact", "severity", "residual_probability", "residual_impact"}
)
SHORT_TEXT = frozenset({"category", "owner", "trigger"})  # up to 200 characters
LONG_TEXT = frozenset({"description", "cause", "effect", "mitigation", "contingency"})
DATE_FIELDS = frozenset({"proximity", "due_date", "review_on"})
# The fields as a refusal names them (their names with spaces), marked for the catalogues.
FIELD_WORDS = {
    "category": N_("category"),
    "owner": N_("owner"),
    "trigger": N_("trigger"),
    "description": N_("description"),
    "cause": N_("cause"),
    "effect": N_("effect"),
    "mitigation": N_("mitigation"),
    "contingency": N_("contingency"),
    "probability": N_("probability"),
    "impact": N_("impact"),
    "severity": N_("severity"),
    "residual_probability": N_("residual probability"),
    "residual_impact": N_("residual impact"),
    "proximity": N_("proximity"),
    "due_date": N_("due date"),
    "review_on": N_("review on"),
    "strategy": N_("strategy"),
}
# A new entry as its refusals name it, before it has a reference.
NEW_ENTRY = {
    RiskKind.RISK: N_("This risk"),
    RiskKind.ISSUE: N_("This issue"),
    RiskKind.OPPORTUNITY: N_("This opportunity"),
}


def add_risk(
    session: Session,
    project_id: int,
    title: str,
    *,
    kind: RiskKind | str = RiskKind.RISK,
    task_ids: tuple[int, ...] | list[int] = (),
    on: dt.date | None = None,
    **details: Unpack[RiskDetails],
) -> RiskRow:
    """Add an entry with the project's next reference (R-001 …); raised `on` (default today)."""
    risk = _add_risk(session, project_id, title, kind=kind, task_ids=task_ids, on=on, **details)
    return risk_row(session, risk.id)


def _add_risk(
    session: Session,
    project_id: int,
    title: str,
    *,
    kind: RiskKind | str,
    task_ids: tuple[int, ...] | list[int],
    on: dt.date | None,
    **details: Unpack[RiskDetails],
) -> Risk:
    project = get_or_raise(session, Project, project_id, N_("project"))
    kind = clean_enum(RiskKind, kind, N_("register entry kind"))
    fields = RiskFields(title=title)
    fields.update(details)
    if fields.get("status") == RiskStatus.CLOSED:
        raise ValidationError(_("A new entry cannot be closed; close it once it is added."))
    if "raised_on" not in fields:
        fields["raised_on"] = date_or_today(on)
    number = next_number(session, Risk.number, Risk.project_id, project.id)
    risk = Risk(project_id=project.id, number=number, kind=kind)
    risk.status = RiskStatus.OPEN
    _apply(risk, fields)
    _check(risk, creating=True)
    session.add(risk)
    session.flush()
    audit.record_created(session, risk)
    set_links(session, risk, task_ids)
    _remember(session, risk, risk.raised_on)
    return risk


def edit_risk(
    session: Session, risk_id: int, *, on: dt.date | None = None, **fields: Unpack[RiskFields]
) -> RiskRow:
    """Change any editable fields of an entry; a judged level or status change is dated `on`."""
    return risk_row(session, _edit_risk(session, risk_id, on=on, **fields).id)


def _edit_risk(
    session: Session, risk_id: int, *, on: dt.date | None, **fields: Unpack[RiskFields]
) -> Risk:
    risk = get_or_raise(session, Risk, risk_id, N_("risk"))
    day = _change_day(risk, on)
    if "status" in fields:
        status = clean_enum(RiskStatus, fields["status"], N_("status"))
        if (status == RiskStatus.CLOSED) != (risk.status == RiskStatus.CLOSED):
            instead = (
                N_("Close {reference} instead of editing its status.")
                if status == RiskStatus.CLOSED
                else N_("Reopen {reference} instead of editing its status.")
            )
            raise ValidationError(_(instead).format(reference=risk.reference))
    before = {name: getattr(risk, name) for name in EDITABLE_FIELDS}
    _apply(risk, fields)
    _check(risk, creating=False)
    first = min((h.changed_on for h in risk.history), default=risk.raised_on)
    if risk.raised_on > first:
        raise ValidationError(
            _(
                "{reference} has changes recorded from {date}; it cannot have been raised after "
                "that."
            ).format(reference=risk.reference, date=first.isoformat())
        )
    for name, old in before.items():
        audit.record_field(session, risk, name, old, getattr(risk, name))
    if any(before[name] != getattr(risk, name) for name in TRACKED):
        _remember(session, risk, day)
    return risk


def close_risk(
    session: Session, risk_id: int, *, on: dt.date | None = None, note: str = ""
) -> RiskRow:
    """Close an open or monitored entry `on` (default today), with an optional closing note."""
    risk = get_or_raise(session, Risk, risk_id, N_("risk"))
    if risk.status == RiskStatus.CLOSED:
        assert risk.closed_on is not None
        raise ValidationError(
            _("{reference} is already closed (since {date}).").format(
                reference=risk.reference, date=risk.closed_on.isoformat()
            )
        )
    day = _change_day(risk, on)
    _set_status(session, risk, RiskStatus.CLOSED, day, clean_text(note, N_("closing note")))
    return risk_row(session, risk.id)


def reopen_risk(session: Session, risk_id: int, *, on: dt.date | None = None) -> RiskRow:
    """Reopen a closed entry (it is open again from `on`); an occurred risk stays closed."""
    risk = get_or_raise(session, Risk, risk_id, N_("risk"))
    if risk.status != RiskStatus.CLOSED:
        raise ValidationError(
            _("{reference} is not closed, so it cannot be reopened.").format(
                reference=risk.reference
            )
        )
    issue = _issue_from(session, risk)
    if issue is not None:
        raise ValidationError(
            _("{reference} occurred and became issue {issue}; work on the issue instead.").format(
                reference=risk.reference, issue=issue.reference
            )
        )
    _set_status(session, risk, RiskStatus.OPEN, _change_day(risk, on), "")
    return risk_row(session, risk.id)


def convert_to_issue(
    session: Session,
    risk_id: int,
    *,
    severity: int,
    due_date: dt.date | None = None,
    on: dt.date | None = None,
) -> RiskRow:
    """Record that a risk occurred: close it and raise an issue linked back to it."""
    risk = get_or_raise(session, Risk, risk_id, N_("risk"))
    if risk.kind != RiskKind.RISK:
        not_a_risk = (
            N_("{reference} is an issue; only risks occur.")
            if risk.kind == RiskKind.ISSUE
            else N_("{reference} is an opportunity; only risks occur.")
        )
        raise ValidationError(_(not_a_risk).format(reference=risk.reference))
    if risk.status == RiskStatus.CLOSED:
        raise ValidationError(
            _("{reference} is closed; reopen it before it can occur.").format(
                reference=risk.reference
            )
        )
    day = _change_day(risk, on)
    issue = _add_risk(
        session,
        risk.project_id,
        risk.title,
        kind=RiskKind.ISSUE,
        task_ids=(),
        on=day,
        description=risk.description,
        category=risk.category,
        cause=risk.cause,
        effect=risk.effect,
        owner=risk.owner,
        severity=severity,
        due_date=due_date,
        # What was planned for the day it happened is now the issue's action plan.
        mitigation=risk.contingency,
        trigger=risk.trigger,
        cost_impact=risk.cost_impact,
        schedule_impact=risk.schedule_impact,
        review_on=risk.review_on if risk.review_on and risk.review_on >= day else None,
        internal=risk.internal,  # what the client was not to see stays so once it happened
    )
    issue.source_risk_id = risk.id
    copy_links(session, risk, issue)
    _set_status(session, risk, RiskStatus.CLOSED, day, f"Occurred: became issue {issue.reference}.")
    session.flush()
    return risk_row(session, issue.id)


def set_rag_thresholds(
    session: Session, project_id: int, amber_from: int, red_from: int
) -> ProjectRecord:
    """Set the first amber and the first red risk score (defaults 5 and 15) of a project."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    amber_from = clean_int(amber_from, N_("first amber score"), 2, 25)
    red_from = clean_int(red_from, N_("first red score"), 2, 25)
    if red_from <= amber_from:
        raise ValidationError(
            _("The first red score ({red}) must be above the first amber score ({amber}).").format(
                red=red_from, amber=amber_from
            )
        )
    audit.set_fields(session, project, {"risk_amber_from": amber_from, "risk_red_from": red_from})
    session.flush()
    return project_record(project)


def _apply(risk: Risk, fields: RiskFields) -> None:
    """Validate and set the given fields on `risk` (kind rules are checked by `_check`)."""
    unknown = fields.keys() - EDITABLE_FIELDS
    if unknown:
        raise ValidationError(f"Unknown risk field(s): {', '.join(sorted(unknown))}.")
    values: dict[str, object] = {}
    for name, value in fields.items():
        if name == "title":
            values[name] = clean_name(value, N_("title"))
        elif name in SHORT_TEXT | LONG_TEXT:
            limit = 200 if name in SHORT_TEXT else 20_000
            values[name] = clean_text(value, FIELD_WORDS[name], limit)
        elif name in LEVEL_FIELDS:
            what = FIELD_WORDS[name]
            values[name] = None if value is None else clean_int(value, what, 1, 5)
        elif name in DATE_FIELDS:
            values[name] = clean_optional_date(value, FIELD_WORDS[name])
        elif name == "raised_on":
            values[name] = clean_date(value, N_("date raised"))
        elif name == "strategy":
            what = FIELD_WORDS[name]
            values[name] = None if value is None else clean_enum(ResponseStrategy, value, what)
        elif name == "cost_impact":
            values[name] = clean_money(value, N_("cost impact"))
        elif name == "schedule_impact":
            values[name] = clean_int(value, N_("schedule impact (working days)"), 0, MAX_DURATION)
        elif name == "status":
            values[name] = clean_enum(RiskStatus, value, N_("status"))
        elif name == "internal":
            values[name] = clean_flag(value, N_("internal flag"))
    for name, value in values.items():
        setattr(risk, name, value)


def _check(risk: Risk, *, creating: bool) -> None:
    """Refuse combinations of fields that do not fit the entry's kind or its dates."""
    ref = _(NEW_ENTRY[risk.kind]) if creating else risk.reference
    if risk.kind == RiskKind.ISSUE:
        if risk.severity is None:
            raise ValidationError(_("{ref} needs a severity from 1 to 5.").format(ref=ref))
        extra = [
            n
            for n in ("probability", "impact", "residual_probability", "residual_impact")
            if getattr(risk, n) is not None
        ]
        if extra:
            raise ValidationError(
                _("{ref} has already happened: it has a severity, not a {what}.").format(
                    ref=ref, what=_(FIELD_WORDS[extra[0]])
                )
            )
    else:
        if risk.probability is None or risk.impact is None:
            raise ValidationError(
                _("{ref} needs a probability and an impact from 1 to 5.").format(ref=ref)
            )
        if risk.severity is not None or risk.due_date is not None:
            # The English has always said "a opportunity"; the sentence stays as it was.
            not_an_issue = (
                N_("{ref} is a opportunity: only issues have a severity and a due date.")
                if risk.kind == RiskKind.OPPORTUNITY
                else N_("{ref} is a risk: only issues have a severity and a due date.")
            )
            raise ValidationError(_(not_an_issue).format(ref=ref))
        if (risk.residual_probability is None) != (risk.residual_impact is None):
            raise ValidationError(_("Give both the residual probability and impact, or neither."))
    strategy = risk.strategy
    if strategy in OPPORTUNITY_ONLY and risk.kind != RiskKind.OPPORTUNITY:
        raise ValidationError(
            _("'{strategy}' is a response to an opportunity, not to a threat.").format(
                strategy=strategy
            )
        )
    if strategy in THREAT_ONLY and risk.kind == RiskKind.OPPORTUNITY:
        raise ValidationError(
            _("'{strategy}' is a response to a threat, not to an opportunity.").format(
                strategy=strategy
            )
        )
    if risk.review_on is not None and risk.review_on < risk.raised_on:
        raise ValidationError(_("The review date cannot be before the date the entry was raised."))
    if risk.closed_on is not None and risk.closed_on < risk.raised_on:
        raise ValidationError(_("An entry cannot have been raised after it was closed."))


def _set_status(session: Session, risk: Risk, status: RiskStatus, day: dt.date, note: str) -> None:
    """Close or reopen `risk` on `day`, keeping the audit trail and the history."""
    closed_on = day if status == RiskStatus.CLOSED else None
    audit.set_fields(
        session, risk, {"status": status, "closed_on": closed_on, "closure_note": note}
    )
    _remember(session, risk, day)


def _remember(session: Session, risk: Risk, day: dt.date) -> None:
    """Add the judged values as they are from `day` on to the entry's history."""
    session.add(
        RiskHistory(
            risk=risk,
            changed_on=day,
            probability=risk.probability,
            impact=risk.impact,
            severity=risk.severity,
            status=risk.status,
            changed_by=current_user()[:100],
        )
    )
    session.flush()


def _change_day(risk: Risk, on: dt.date | None) -> dt.date:
    last = max((h.changed_on for h in risk.history), default=risk.raised_on)
    return step_date(on, max(last, risk.raised_on), risk.reference, "change")


def _issue_from(session: Session, risk: Risk) -> Risk | None:
    return session.scalar(select(Risk).where(Risk.source_risk_id == risk.id).limit(1))


def edit_risk_details(
    session: Session,
    risk_id: int,
    *,
    linked_wbs: str | None = None,
    on: dt.date | None = None,
    **fields: Unpack[RiskFields],
) -> RiskRow:
    """Change an entry's fields and, given `linked_wbs` ('3.6, 5.1'), its linked tasks: one step."""
    risk = _edit_risk(session, risk_id, on=on, **fields)
    if linked_wbs is not None:
        codes = [code for code in re.split(r"[\s,;]+", linked_wbs) if code]
        by_wbs = {wbs: task.id for task, wbs, _ in outline_rows(session, risk.project_id)}
        unknown = [code for code in codes if code not in by_wbs]
        if unknown:
            raise ValidationError(
                _(
                    "No task with WBS {codes} in this project: give WBS codes as the Timeline "
                    "shows them, e.g. 3.6, 5.1."
                ).format(codes=", ".join(unknown))
            )
        set_links(session, risk, [by_wbs[code] for code in codes])
    return risk_row(session, risk.id)
