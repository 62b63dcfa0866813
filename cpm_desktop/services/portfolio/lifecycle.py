"""A project's life: stage gates, closing and reopening, and deleting a project or a client.

A closed project is read-only: `workspace.closed_projects` refuses any write to its records
until `reopen_project`. Closing and reopening are audited like every other change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpm_desktop.domain import DeliverableStatus, FeedbackChannel, ProjectStatus, RiskStatus, Stage
from cpm_desktop.domain.actions import OPEN_STATUSES
from cpm_desktop.domain.change_workflow import PENDING
from cpm_desktop.errors import ValidationError
from cpm_desktop.identity import current_user
from cpm_desktop.models import (
    ActionItem,
    ChangeRequest,
    Client,
    Deliverable,
    Project,
    Risk,
    StageGate,
    Task,
)
from cpm_desktop.services import audit
from cpm_desktop.services.portfolio.projects import ProjectRecord, project_record
from cpm_desktop.services.records.feedback import add_feedback
from cpm_desktop.services.records.lessons import add_lesson
from cpm_desktop.services.records.status_reports import save_status_report
from cpm_desktop.services.validate import clean_enum, clean_text, get_or_raise
from cpm_desktop.texts import N_, _

# One sentence per stage: each language names the stage its own way (case, article).
_ALREADY_IN = {
    Stage.INITIATION: N_("{project} is already in initiation."),
    Stage.PLANNING: N_("{project} is already in planning."),
    Stage.EXECUTION: N_("{project} is already in execution."),
    Stage.MONITORING: N_("{project} is already in monitoring."),
    Stage.CLOSURE: N_("{project} is already in closure."),
}


@dataclass(frozen=True, slots=True)
class StageGateRow:
    """A dated passage into a stage and who approved it."""

    id: int
    project_id: int
    stage: Stage
    passed_on: dt.date
    approved_by: str
    note: str


def stage_gates(session: Session, project_id: int) -> tuple[StageGateRow, ...]:
    """The project's stage gates, oldest first."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    return tuple(_gate_row(gate) for gate in project.gates)


def move_to_stage(
    session: Session,
    project_id: int,
    stage: Stage | str,
    *,
    passed_on: dt.date | None = None,
    approved_by: str = "",
    note: str = "",
) -> StageGateRow:
    """Pass a gate into `stage` on `passed_on` (default today), approved by someone; audited.

    Closure is reached by `close_project`, which also makes the project read-only.
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    target = clean_enum(Stage, stage, N_("stage"))
    if target is project.stage:
        raise ValidationError(_(_ALREADY_IN[target]).format(project=project.code))
    if target is Stage.CLOSURE:
        raise ValidationError(_("A project enters closure when it is closed: use Close Project."))
    return _pass_gate(session, project, target, passed_on, approved_by, note)


@dataclass(frozen=True, slots=True)
class FinalFeedback:
    """The client's last word on the project, asked for at closure."""

    score: int | None  # CSAT 1..5; None: not scored
    comment: str = ""
    contact_id: int | None = None  # who gave it, a contact of the client
    channel: FeedbackChannel = FeedbackChannel.MEETING


@dataclass(frozen=True, slots=True)
class FinalLesson:
    """A lesson learned, recorded as the project closes."""

    title: str
    what_happened: str = ""
    recommendation: str = ""
    internal: bool = False  # the supplier's own: never in a client export


@dataclass(frozen=True, slots=True)
class Closing:
    """What Close Project records with the closure, all in the same transaction."""

    closed_on: dt.date | None = None  # default: today
    commentary: str = ""  # the final status report's commentary ("" writes none)
    feedback: FinalFeedback | None = None
    lessons: tuple[FinalLesson, ...] = field(default=())
    approved_by: str = ""  # who approved the closure gate (default: the user)


def closure_warnings(session: Session, project_id: int) -> tuple[str, ...]:
    """What is still open in the project: deliverables, work, risks, changes and actions a
    closure would freeze."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    unfinished = session.scalar(
        select(func.count(Task.id)).where(
            Task.project_id == project.id,
            Task.percent_complete < 100,
            ~Task.children.any(),  # summaries roll up from their tasks
        )
    )
    open_risks = session.scalar(
        select(func.count(Risk.id)).where(
            Risk.project_id == project.id, Risk.status != RiskStatus.CLOSED
        )
    )
    pending = session.scalar(
        select(func.count(ChangeRequest.id)).where(
            ChangeRequest.project_id == project.id, ChangeRequest.status.in_(PENDING)
        )
    )
    not_accepted = session.scalar(
        select(func.count(Deliverable.id)).where(
            Deliverable.project_id == project.id,
            Deliverable.status != DeliverableStatus.ACCEPTED,
        )
    )
    open_actions = session.scalar(
        select(func.count(ActionItem.id)).where(
            ActionItem.project_id == project.id, ActionItem.status.in_(OPEN_STATUSES)
        )
    )
    warnings = []
    if not_accepted:
        warnings.append(f"{_count(not_accepted, 'deliverable')} not accepted by the client.")
    if unfinished:
        warnings.append(f"{_count(unfinished, 'task')} not complete.")
    if open_risks:
        warnings.append(f"{_count(open_risks, 'register entry', 'register entries')} still open.")
    if pending:
        warnings.append(f"{_count(pending, 'change request')} awaiting a decision.")
    if open_actions:
        warnings.append(f"{_count(open_actions, 'action')} of the action log still open.")
    return tuple(warnings)


def close_project(
    session: Session, project_id: int, closing: Closing | None = None
) -> ProjectRecord:
    """Close the project with its final report, feedback and lessons; it becomes read-only."""
    closing = closing or Closing()
    project = get_or_raise(session, Project, project_id, N_("project"))
    if project.status is ProjectStatus.CLOSED:
        raise ValidationError(_("{project} is already closed.").format(project=project.code))
    closed_on = dt.date.today() if closing.closed_on is None else closing.closed_on
    if closed_on < project.start_date:
        raise ValidationError(_("A project cannot close before it starts."))
    commentary = clean_text(closing.commentary, N_("final commentary"), 4_000)
    if commentary:
        save_status_report(
            session, project.id, status_date=project.status_date, commentary=commentary
        )
    if closing.feedback is not None:
        given = closing.feedback
        add_feedback(
            session,
            project.id,
            given_on=closed_on,
            score=given.score,
            channel=given.channel,
            contact_id=given.contact_id,
            comment=given.comment,
        )
    for lesson in closing.lessons:
        add_lesson(
            session,
            project.id,
            lesson.title,
            what_happened=lesson.what_happened,
            recommendation=lesson.recommendation,
            recorded_on=closed_on,
            internal=lesson.internal,
        )
    _pass_gate(session, project, Stage.CLOSURE, closed_on, closing.approved_by, "Closed.")
    # Written last: from here on the project is read-only, so nothing else may follow.
    audit.set_fields(session, project, {"status": ProjectStatus.CLOSED, "closed_on": closed_on})
    session.flush()
    return project_record(project)


def reopen_project(session: Session, project_id: int, *, reason: str = "") -> ProjectRecord:
    """Make a closed project editable again; audited with the reason given."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    if project.status is not ProjectStatus.CLOSED:
        raise ValidationError(_("{project} is not closed.").format(project=project.code))
    why = clean_text(reason, N_("reason"), 1_000)
    audit.set_fields(session, project, {"status": ProjectStatus.ACTIVE, "closed_on": None})
    audit.record(session, project, "reopen", new=why or None)
    session.flush()
    return project_record(project)


def delete_project(session: Session, project_id: int) -> None:
    """Delete a project and everything in it; the audit trail keeps the deletion."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    label = f"{project.code} {project.name}"
    calendar = project.calendar
    audit.record_deleted(session, replace(audit.subject(project), label=label))
    session.delete(project)
    session.flush()
    if not calendar.is_default and not session.scalar(
        select(Project.id).where(Project.calendar_id == calendar.id).limit(1)
    ):
        session.delete(calendar)  # its own calendar, shared with no other project
        session.flush()


def delete_client(session: Session, client_id: int) -> None:
    """Delete a client with its contacts; refused while it has projects."""
    client = get_or_raise(session, Client, client_id, N_("client"))
    if client.projects:
        codes = ", ".join(p.code for p in client.projects)
        raise ValidationError(
            _("{client} still has projects ({codes}); delete or close them first.").format(
                client=client.name, codes=codes
            )
        )
    audit.record_deleted(session, client)
    session.delete(client)
    session.flush()


def _pass_gate(
    session: Session,
    project: Project,
    stage: Stage,
    passed_on: dt.date | None,
    approved_by: str,
    note: str,
) -> StageGateRow:
    day = dt.date.today() if passed_on is None else passed_on
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise ValidationError(_("The date of a stage gate must be a date."))
    gate = StageGate(
        project_id=project.id,
        stage=stage,
        passed_on=day,
        approved_by=clean_text(approved_by, N_("approver"), 200) or current_user(),
        note=clean_text(note, N_("note"), 4_000),
    )
    session.add(gate)
    audit.record_field(session, project, "stage", project.stage, stage)
    project.stage = stage
    session.flush()
    return _gate_row(gate)


def _gate_row(gate: StageGate) -> StageGateRow:
    return StageGateRow(
        id=gate.id,
        project_id=gate.project_id,
        stage=gate.stage,
        passed_on=gate.passed_on,
        approved_by=gate.approved_by,
        note=gate.note,
    )


def _count(number: int, noun: str, plural: str | None = None) -> str:
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
