"""Use cases for tasks: add, edit (a rename too), move, indent, outdent, delete."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TypedDict, Unpack

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cpm_desktop.domain import ConstraintType
from cpm_desktop.domain.team import TaskType
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Dependency, Project, Task
from cpm_desktop.services import audit
from cpm_desktop.services.plan.outline import ancestor_ids, descendants, renumber, siblings
from cpm_desktop.services.plan.schedule import reschedule
from cpm_desktop.services.team.assignments import follow_duration
from cpm_desktop.services.validate import (
    MAX_DURATION,
    clean_enum,
    clean_flag,
    clean_int,
    clean_money,
    clean_name,
    clean_optional_date,
    clean_text,
    get_or_raise,
)
from cpm_desktop.texts import N_, _, ngettext


@dataclass(frozen=True, slots=True)
class TaskRecord:
    """A task as a use case left it: its place in the outline and its dates as just scheduled."""

    id: int
    project_id: int
    parent_id: int | None
    position: int  # among its siblings, from 0
    name: str
    duration: int  # working days; a summary's spans its tasks
    is_milestone: bool
    start: dt.date | None
    finish: dt.date | None
    percent_complete: int


class ChildFate(enum.StrEnum):
    """What happens to the children of a deleted summary task."""

    DELETE = "delete"  # delete them with it
    PROMOTE = "promote"  # move them up one level, into the deleted summary's place


class TaskAttributes(TypedDict, total=False):
    """The fields of a task besides its name and place; any subset may be given."""

    duration: int
    is_milestone: bool
    constraint_type: ConstraintType
    constraint_date: dt.date | None
    percent_complete: int
    actual_start: dt.date | None
    actual_finish: dt.date | None
    budget_cost: Decimal
    actual_cost: Decimal
    owner: str
    notes: str
    task_type: TaskType
    effort_driven: bool
    fixed_cost: Decimal


class TaskFields(TaskAttributes, total=False):
    """Every editable field of a task, for `edit_task`."""

    name: str


EDITABLE_FIELDS = frozenset(TaskFields.__annotations__)
# What the scheduler reads: an edit of only the name, owner, notes or costs moves no date.
SCHEDULE_INPUTS = frozenset(
    {
        "duration",
        "is_milestone",
        "constraint_type",
        "constraint_date",
        "percent_complete",
        "actual_start",
        "actual_finish",
    }
)
# As in MS Project: a summary's dates come from its tasks, so it cannot be pinned or pushed late.
SUMMARY_REFUSES = frozenset({ConstraintType.MSO, ConstraintType.MFO, ConstraintType.ALAP})


def add_task(
    session: Session,
    project_id: int,
    name: str,
    *,
    parent_id: int | None = None,
    position: int | None = None,
    **fields: Unpack[TaskAttributes],
) -> TaskRecord:
    """Add a task under `parent_id` at `position` (default: last) and reschedule."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    parent = _parent_in(session, project, parent_id)
    kids = siblings(session, project.id, parent_id)
    if position is None:
        position = len(kids)
    position = clean_int(position, N_("position"), 0, len(kids))
    task = Task(project=project, parent=parent, name=clean_name(name, N_("task name")), position=0)
    session.add(task)
    kids.insert(position, task)
    renumber(kids)
    if parent is not None:
        parent.is_milestone = False
    _apply(task, TaskFields(**fields), creating=True)
    session.flush()
    audit.record_created(session, task)
    reschedule(session, project)
    if task.actual_start is None and task.percent_complete > 0:
        # Progress given at creation: its actual dates are the dates just scheduled.
        task.actual_start = task.start
        if task.percent_complete == 100:
            task.actual_finish = task.finish
        reschedule(session, project)
    return _record(task)


def edit_task(session: Session, task_id: int, **fields: Unpack[TaskFields]) -> TaskRecord:
    """Change any editable fields of a task in one step, then reschedule."""
    return edit_tasks(session, {task_id: fields})[0]


def edit_tasks(session: Session, edits: Mapping[int, TaskFields]) -> list[TaskRecord]:
    """Change fields of several tasks of one project in one step (a week's progress, say).

    The plan is rescheduled once, after every task has its new values.
    """
    tasks = [get_or_raise(session, Task, task_id, N_("task")) for task_id in edits]
    if len({task.project_id for task in tasks}) > 1:
        raise ValidationError("Tasks edited together must belong to one project.")
    for task, fields in zip(tasks, edits.values(), strict=True):
        # Snapshot every field: one edit can imply others (100 % sets the actual finish).
        before = {name: getattr(task, name) for name in EDITABLE_FIELDS}
        _apply(task, fields, creating=False)
        if task.duration != before["duration"]:
            follow_duration(session, task)  # the assignments' work or units follow the type
        for name, old in before.items():
            audit.record_field(session, task, name, old, getattr(task, name))
    if tasks and any(SCHEDULE_INPUTS & fields.keys() for fields in edits.values()):
        reschedule(session, tasks[0].project)
    return [_record(task) for task in tasks]


def move_task(
    session: Session, task_id: int, *, parent_id: int | None, position: int
) -> TaskRecord:
    """Move a task (with its subtree) under `parent_id` at `position` among the new siblings."""
    task = get_or_raise(session, Task, task_id, N_("task"))
    parent = _parent_in(session, task.project, parent_id)
    if parent is not None and (parent.id == task.id or task.id in ancestor_ids(parent)):
        raise ValidationError(_("{name!r} cannot be moved inside itself.").format(name=task.name))
    old_parent_id, old_position = task.parent_id, task.position
    old_siblings = [t for t in siblings(session, task.project_id, old_parent_id) if t is not task]
    new_siblings = (
        old_siblings
        if parent_id == old_parent_id
        else [t for t in siblings(session, task.project_id, parent_id) if t is not task]
    )
    position = clean_int(position, N_("position"), 0, len(new_siblings))
    task.parent = parent
    new_siblings.insert(position, task)
    renumber(old_siblings)
    renumber(new_siblings)
    if parent is not None:
        parent.is_milestone = False
    session.flush()
    _refuse_links_to_own_summary(session, task)
    audit.record_field(session, task, "parent_id", old_parent_id, task.parent_id)
    audit.record_field(session, task, "position", old_position, task.position)
    reschedule(session, task.project)
    return _record(task)


def indent_task(session: Session, task_id: int) -> TaskRecord:
    """Make a task the last child of the sibling above it (its row stays where it is)."""
    task = get_or_raise(session, Task, task_id, N_("task"))
    kids = siblings(session, task.project_id, task.parent_id)
    index = kids.index(task)
    if index == 0:
        raise ValidationError(
            _("{name!r} has no task above it at its level to go under.").format(name=task.name)
        )
    new_parent = kids[index - 1]
    return move_task(
        session,
        task.id,
        parent_id=new_parent.id,
        position=len(siblings(session, task.project_id, new_parent.id)),
    )


def outdent_task(session: Session, task_id: int) -> TaskRecord:
    """Move a task up one level; the siblings below it become its children, as in MS Project."""
    task = get_or_raise(session, Task, task_id, N_("task"))
    parent = task.parent
    if parent is None:
        raise ValidationError(_("{name!r} is already at the top level.").format(name=task.name))
    kids = siblings(session, task.project_id, parent.id)
    followers = kids[kids.index(task) + 1 :]
    if followers and task.actual_start is not None and not task.children:
        raise ValidationError(
            _(
                "{name!r} has progress recorded, so it cannot take the tasks below it as its "
                "own; move it to the end of its group first."
            ).format(name=task.name)
        )
    own = siblings(session, task.project_id, task.id)
    for follower in followers:
        follower.parent = task
        audit.record_field(session, follower, "parent_id", parent.id, task.id)
    renumber(own + followers)
    return move_task(session, task.id, parent_id=parent.parent_id, position=parent.position + 1)


def delete_task(session: Session, task_id: int, children: ChildFate | None = None) -> None:
    """Delete a task and its links; a summary needs an explicit fate for its children."""
    task = get_or_raise(session, Task, task_id, N_("task"))
    project = task.project
    kids = siblings(session, task.project_id, task.id)
    doomed = [task]
    if kids:
        if children is None:
            # The English says "task(s)" for any count; the languages choose their form.
            raise ValidationError(
                ngettext(
                    "{name!r} is a summary of {count} task(s): "
                    "choose whether to delete them too or keep them.",
                    "{name!r} is a summary of {count} task(s): "
                    "choose whether to delete them too or keep them.",
                    len(kids),
                ).format(name=task.name, count=len(kids))
            )
        if clean_enum(ChildFate, children, N_("choice for the child tasks")) is ChildFate.DELETE:
            doomed += descendants(session, task)
        else:
            level = siblings(session, task.project_id, task.parent_id)
            at = level.index(task)
            for kid in kids:
                kid.parent = task.parent
            level[at : at + 1] = kids
            renumber(level)
    doomed_ids = [t.id for t in doomed]
    for link in session.scalars(
        select(Dependency).where(
            or_(Dependency.predecessor_id.in_(doomed_ids), Dependency.successor_id.in_(doomed_ids))
        )
    ):
        audit.record_deleted(session, link)
        session.delete(link)
    parent_id = task.parent_id
    for doomed_task in reversed(doomed):  # children first, so no row outlives its parent
        audit.record_deleted(session, doomed_task)
        session.delete(doomed_task)
    session.flush()
    renumber(siblings(session, project.id, parent_id))
    reschedule(session, project)


def _record(task: Task) -> TaskRecord:
    return TaskRecord(
        id=task.id,
        project_id=task.project_id,
        parent_id=task.parent_id,
        position=task.position,
        name=task.name,
        duration=task.duration,
        is_milestone=task.is_milestone,
        start=task.start,
        finish=task.finish,
        percent_complete=task.percent_complete,
    )


def _parent_in(session: Session, project: Project, parent_id: int | None) -> Task | None:
    if parent_id is None:
        return None
    parent = get_or_raise(session, Task, parent_id, N_("task"))
    if parent.project_id != project.id:
        raise ValidationError(_("{name!r} belongs to another project.").format(name=parent.name))
    if parent.actual_start is not None and not parent.children:
        raise ValidationError(
            _("{name!r} has progress recorded; it cannot become a summary task.").format(
                name=parent.name
            )
        )
    return parent


def _refuse_links_to_own_summary(session: Session, task: Task) -> None:
    """A link between a task and a summary above it would make the task wait for itself."""
    moved = [task, *descendants(session, task)]
    for item in moved:
        above = set(ancestor_ids(item))
        if not above:
            continue
        link = session.scalar(
            select(Dependency).where(
                or_(
                    (Dependency.predecessor_id == item.id) & Dependency.successor_id.in_(above),
                    (Dependency.successor_id == item.id) & Dependency.predecessor_id.in_(above),
                )
            )
        )
        if link is not None:
            raise ValidationError(
                _(
                    "{predecessor!r} and {successor!r} are linked; a task cannot sit inside a "
                    "summary it is linked to. Remove the link first."
                ).format(predecessor=link.predecessor.name, successor=link.successor.name)
            )


def _apply(task: Task, fields: TaskFields, *, creating: bool) -> None:
    """Validate `fields` and set them on `task`, keeping progress and constraints consistent."""
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError(f"Unknown task field(s): {', '.join(sorted(unknown))}.")
    summary = not creating and bool(task.children)
    if summary and {"duration", "is_milestone", "percent_complete"} & set(fields):
        raise ValidationError(
            _("{name!r} is a summary task: its duration and progress come from its tasks.").format(
                name=task.name
            )
        )
    if "name" in fields:
        task.name = clean_name(fields["name"], N_("task name"))
    if "owner" in fields:
        task.owner = clean_text(fields["owner"], N_("owner"), 200)
    if "notes" in fields:
        task.notes = clean_text(fields["notes"], N_("notes"))
    if "budget_cost" in fields:
        task.budget_cost = clean_money(fields["budget_cost"], N_("budget cost"))
    if "actual_cost" in fields:
        task.actual_cost = clean_money(fields["actual_cost"], N_("actual cost"))
    if "fixed_cost" in fields:
        task.fixed_cost = clean_money(fields["fixed_cost"], N_("fixed cost"))
    if "task_type" in fields:
        task.task_type = clean_enum(TaskType, fields["task_type"], N_("task type"))
    if "effort_driven" in fields:
        task.effort_driven = clean_flag(fields["effort_driven"], N_("effort-driven flag"))
    _apply_duration(task, fields)
    _apply_constraint(task, fields)
    _apply_progress(task, fields)


def _apply_duration(task: Task, fields: TaskAttributes) -> None:
    if "duration" in fields:
        task.duration = clean_int(
            fields["duration"], N_("duration (working days)"), 0, MAX_DURATION
        )
        if task.duration > 0:
            task.is_milestone = False
    if "is_milestone" in fields:
        if not isinstance(fields["is_milestone"], bool):
            raise ValidationError(_("The milestone flag must be true or false."))
        task.is_milestone = fields["is_milestone"]
        if task.is_milestone:
            task.duration = 0


def _apply_constraint(task: Task, fields: TaskAttributes) -> None:
    if "constraint_type" not in fields and "constraint_date" not in fields:
        return
    kind = clean_enum(
        ConstraintType, fields.get("constraint_type", task.constraint_type), N_("constraint")
    )
    if task.children and kind in SUMMARY_REFUSES:
        raise ValidationError(
            _(
                "{name!r} is a summary task; it can take ASAP, SNET, SNLT, FNET or FNLT, "
                "not {constraint}."
            ).format(name=task.name, constraint=kind.value)
        )
    day = clean_optional_date(
        fields.get("constraint_date", task.constraint_date), N_("constraint date")
    )
    if kind.needs_date and day is None:
        raise ValidationError(
            _("A {constraint} constraint needs a date.").format(constraint=kind.value)
        )
    task.constraint_type = kind
    task.constraint_date = day if kind.needs_date else None


def _apply_progress(task: Task, fields: TaskAttributes) -> None:
    if "actual_start" in fields:
        task.actual_start = clean_optional_date(fields["actual_start"], N_("actual start"))
    if "actual_finish" in fields:
        task.actual_finish = clean_optional_date(fields["actual_finish"], N_("actual finish"))
        if task.actual_finish is not None:
            task.percent_complete = 100
    if "percent_complete" in fields:
        percent = clean_int(fields["percent_complete"], N_("% complete"), 0, 100)
        task.percent_complete = percent
        # As in MS Project: progress implies an actual start, 100 % an actual finish.
        if percent > 0 and task.actual_start is None:
            task.actual_start = task.start
        if percent == 100 and task.actual_finish is None:
            task.actual_finish = task.finish
        if percent < 100 and "actual_finish" not in fields:
            task.actual_finish = None
        if percent == 0 and "actual_start" not in fields:
            task.actual_start = None
    if task.actual_finish is not None:
        if task.actual_start is None:
            raise ValidationError(_("An actual finish needs an actual start."))
        if task.actual_finish < task.actual_start:
            raise ValidationError(_("The actual finish cannot be before the actual start."))
