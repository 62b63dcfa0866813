"""Use cases for the action log: add, change, close and delete actions, and make one from a
client feedback's follow-up or a risk's mitigation. Each is validated and audited; a refusal
writes nothing."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.actions import ActionSource, ActionStatus
from cpm_desktop.domain.risks import RiskKind
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import ActionItem, Decision, Feedback, Project, Risk, SteeringMeeting
from cpm_desktop.services import audit
from cpm_desktop.services.actions.views import ActionRow, action_row
from cpm_desktop.services.numbering import next_number
from cpm_desktop.services.validate import (
    clean_date,
    clean_enum,
    clean_flag,
    clean_name,
    clean_optional_date,
    clean_text,
    get_or_raise,
)
from cpm_desktop.texts import N_, _

TITLE_LIMIT = 200
COMMENTS_LIMIT = 4_000
# A linked record of another project, one sentence per kind (each with its own article).
_OTHER_PROJECT = {
    "steering meeting": N_("That steering meeting belongs to another project, not to {code}."),
    "decision": N_("That decision belongs to another project, not to {code}."),
    "feedback entry": N_("That feedback entry belongs to another project, not to {code}."),
    "risk": N_("That risk belongs to another project, not to {code}."),
}


class ActionFields(TypedDict, total=False):
    """The fields of an action besides its title; any subset may be given."""

    owner: str
    due_on: dt.date | None
    status: ActionStatus | str
    source: ActionSource | str
    raised_on: dt.date
    done_on: dt.date | None  # only for a done action; done without it is done today
    comments: str
    internal: bool  # the supplier's own: never in a client export
    meeting_id: int | None  # the steering meeting that set it
    decision_id: int | None
    feedback_id: int | None
    risk_id: int | None


class ActionChanges(ActionFields, total=False):
    """Every editable field of an action, for `update_action`."""

    title: str


def add_action(
    session: Session, project_id: int, title: str, **fields: Unpack[ActionFields]
) -> ActionRow:
    """Log an action with the project's next reference (A-001 …), raised today unless told.

    Set at a meeting (`meeting_id`) and with no source given, its source is the meeting.
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    action = ActionItem(
        project_id=project.id,
        number=next_number(session, ActionItem.number, ActionItem.project_id, project.id),
        title="",
        owner="",
        status=ActionStatus.OPEN,
        source=ActionSource.OTHER,
        raised_on=dt.date.today(),
        comments="",
        internal=False,
    )
    changes = ActionChanges(title=title)
    changes.update(fields)
    if fields.get("meeting_id") is not None and "source" not in fields:
        changes["source"] = ActionSource.MEETING
    for name, value in _cleaned(session, action, changes).items():
        setattr(action, name, value)
    session.add(action)
    session.flush()
    audit.record_created(session, _subject(session, action))
    return action_row(session, action.id, today=dt.date.today())


def update_action(session: Session, action_id: int, **fields: Unpack[ActionChanges]) -> ActionRow:
    """Change the fields given, each audited.

    Done without a done date is done today; any other status clears the done date.
    """
    action = get_or_raise(session, ActionItem, action_id, N_("action"))
    changes = _cleaned(session, action, fields)
    audit.set_fields(session, action, changes, about=_subject(session, action))
    session.flush()
    return action_row(session, action.id, today=dt.date.today())


def delete_action(session: Session, action_id: int) -> None:
    """Remove an action from the log; the others keep their references; audited."""
    action = get_or_raise(session, ActionItem, action_id, N_("action"))
    audit.record_deleted(session, _subject(session, action))
    session.delete(action)
    session.flush()


def action_from_feedback(
    session: Session,
    feedback_id: int,
    *,
    owner: str = "",
    due_on: dt.date | None = None,
    raised_on: dt.date | None = None,
) -> ActionRow:
    """An action that carries out a client feedback's follow-up, linked to the feedback.

    Raised today unless `raised_on` says otherwise; refused if the feedback has an action.
    """
    feedback = get_or_raise(session, Feedback, feedback_id, N_("feedback entry"))
    given = feedback.given_on.isoformat()
    if not feedback.follow_up.strip():
        raise ValidationError(
            _("The feedback of {date} has no follow-up to make an action of.").format(date=given)
        )
    taken = session.scalar(select(ActionItem).where(ActionItem.feedback_id == feedback.id).limit(1))
    if taken is not None:
        raise ValidationError(
            _("{reference} already carries out the feedback of {date}.").format(
                reference=taken.reference, date=given
            )
        )
    title, rest = _title_and_rest(feedback.follow_up)
    return add_action(
        session,
        feedback.project_id,
        title,
        owner=owner,
        due_on=due_on,
        source=ActionSource.FEEDBACK,
        feedback_id=feedback.id,
        comments=rest,
        raised_on=raised_on or dt.date.today(),
    )


def action_from_risk(
    session: Session,
    risk_id: int,
    *,
    owner: str | None = None,
    due_on: dt.date | None = None,
    raised_on: dt.date | None = None,
) -> ActionRow:
    """An action that carries out a risk's mitigation (an issue's resolution), linked to it.

    Its owner is the risk's unless given; an issue's action is due when the issue is; raised
    today unless `raised_on` says otherwise.
    """
    risk = get_or_raise(session, Risk, risk_id, N_("risk"))
    if not risk.mitigation.strip():
        raise ValidationError(
            _("{reference} has no mitigation written down to make an action of.").format(
                reference=risk.reference
            )
        )
    issue = risk.kind is RiskKind.ISSUE
    title, rest = _title_and_rest(risk.mitigation)
    return add_action(
        session,
        risk.project_id,
        title,
        owner=risk.owner if owner is None else owner,
        due_on=risk.due_date if due_on is None and issue else due_on,
        source=ActionSource.ISSUE if issue else ActionSource.RISK,
        risk_id=risk.id,
        comments=rest,
        raised_on=raised_on or dt.date.today(),
    )


def _cleaned(session: Session, action: ActionItem, fields: ActionChanges) -> dict[str, object]:
    """The fields checked, with the done date following the status; raises on the first fault."""
    unknown = sorted(fields.keys() - ActionChanges.__annotations__.keys())
    if unknown:
        raise ValidationError(f"Unknown action fields: {', '.join(unknown)}.")
    wanted: dict[str, object] = {}
    if "title" in fields:
        wanted["title"] = clean_name(fields["title"], N_("action"), TITLE_LIMIT)
    if "owner" in fields:
        wanted["owner"] = clean_text(fields["owner"], N_("owner"), 200)
    if "due_on" in fields:
        wanted["due_on"] = clean_optional_date(fields["due_on"], N_("due date"))
    if "status" in fields:
        wanted["status"] = clean_enum(ActionStatus, fields["status"], N_("action status"))
    if "source" in fields:
        wanted["source"] = clean_enum(ActionSource, fields["source"], N_("action source"))
    if "raised_on" in fields:
        wanted["raised_on"] = clean_date(fields["raised_on"], N_("date raised"))
    if "comments" in fields:
        wanted["comments"] = clean_text(fields["comments"], N_("comments"), COMMENTS_LIMIT)
    if "internal" in fields:
        wanted["internal"] = clean_flag(fields["internal"], N_("internal flag"))
    links = (
        ("meeting_id", SteeringMeeting, "steering meeting"),
        ("decision_id", Decision, "decision"),
        ("feedback_id", Feedback, "feedback entry"),
        ("risk_id", Risk, "risk"),
    )
    given: dict[str, object] = dict(fields)
    for key, model, kind in links:
        if key in given:
            wanted[key] = _linked(session, action.project_id, model, given[key], kind)
    wanted["done_on"] = _done_on(action, fields, wanted)
    if wanted["done_on"] == action.done_on and "done_on" not in fields:
        del wanted["done_on"]  # untouched: not worth an audit line
    return wanted


def _done_on(
    action: ActionItem, fields: ActionChanges, wanted: dict[str, object]
) -> dt.date | None:
    """The done date the action ends with: only a done action has one, stamped today if none."""
    status = wanted.get("status", action.status)
    raised = wanted.get("raised_on", action.raised_on)
    assert isinstance(raised, dt.date)
    given = clean_optional_date(fields.get("done_on"), N_("done date"))
    what = action.reference if action.number else _("This action")
    if status is not ActionStatus.DONE:
        if given is not None:
            raise ValidationError(
                _("{action} is not done, so it has no done date; mark it done.").format(action=what)
            )
        return None
    done = given or (action.done_on if "done_on" not in fields else None)
    done = done or max(dt.date.today(), raised)
    if done < raised:
        raise ValidationError(
            _("{action} cannot be done on {done}, before it was raised ({raised}).").format(
                action=what, done=done.isoformat(), raised=raised.isoformat()
            )
        )
    return done


def _linked(
    session: Session,
    project_id: int,
    model: type[SteeringMeeting] | type[Decision] | type[Feedback] | type[Risk],
    ident: object,
    kind: str,
) -> int | None:
    """The id of a linked record, which must belong to the action's project."""
    if ident is None:
        return None
    row = get_or_raise(session, model, ident, kind)
    if row.project_id != project_id:
        code = session.get_one(Project, project_id).code
        raise ValidationError(_(_OTHER_PROJECT[kind]).format(code=code))
    return row.id


def _title_and_rest(text: str) -> tuple[str, str]:
    """A title from the first line of a text (shortened to fit) and the whole text if more."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    first = " ".join(lines[0].split())
    if len(first) > TITLE_LIMIT:
        first = first[: TITLE_LIMIT - 1].rstrip() + "…"
    whole = text.strip()
    return first, "" if whole == first else whole[:COMMENTS_LIMIT]


def _subject(session: Session, action: ActionItem) -> audit.Subject:
    """How the audit trail names an action: 'NHL-WMS A-003 Send the interface spec'."""
    code = session.get_one(Project, action.project_id).code
    label = f"{code} {action.reference} {action.title}"
    return audit.Subject("action", action.id, action.project_id, label)
