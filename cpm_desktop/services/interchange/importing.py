"""Put a plan read from another tool's file into the workspace as a new project."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from cpm_desktop.domain import ConstraintType, LinkType, Stage
from cpm_desktop.domain.team import TaskType
from cpm_desktop.errors import ValidationError
from cpm_desktop.identity import current_user
from cpm_desktop.interchange.model import ImportNotes, Plan, PlanTask
from cpm_desktop.interchange.text_values import number_text
from cpm_desktop.models import Baseline, BaselineTask, Dependency, Project, Task
from cpm_desktop.reports.locale_format import report_format
from cpm_desktop.services import audit
from cpm_desktop.services.interchange.import_team import add_team
from cpm_desktop.services.plan.calendars import set_holidays, set_working_weekdays
from cpm_desktop.services.plan.schedule import reschedule
from cpm_desktop.services.portfolio.clients import ClientRecord, create_client, find_client
from cpm_desktop.services.portfolio.projects import NewProject, create_project
from cpm_desktop.services.validate import (
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_DURATION,
    MAX_LAG,
    MAX_MONEY,
    clean_money,
)
from cpm_desktop.texts import N_, _, current_locale, ngettext

DEFAULT_CLIENT = "Imported plans"
MAX_NOTES = 20_000  # characters of a task's notes, as the task form takes them


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The project an import created and what was taken, approximated or left out."""

    project_id: int
    code: str
    name: str
    client: str
    source_format: str
    finish: dt.date | None
    notes: ImportNotes

    def lines(self) -> list[str]:
        """The report as the CLI prints it and the import dialog shows it."""
        counts = ", ".join(_counted(n, what) for what, n in self.notes.counts.items())
        out = [
            _("Imported {format} plan as project {code} ({name}) for {client}.").format(
                format=self.source_format, code=self.code, name=self.name, client=self.client
            ),
            _("Imported: {counts}.").format(counts=counts or _("nothing")),
            _("Scheduled finish: {date}.").format(
                date=self.finish.isoformat() if self.finish else "-"
            ),
        ]
        if self.notes.approximated:
            out.append(_("Approximated ({count}):").format(count=len(self.notes.approximated)))
            out += [f"  - {line}" for line in self.notes.approximated]
        if self.notes.dropped:
            out.append(_("Left out ({count}):").format(count=len(self.notes.dropped)))
            out += [f"  - {line}" for line in self.notes.dropped]
        return out


def import_plan(session: Session, plan: Plan, *, client_name: str | None = None) -> ImportResult:
    """Create a project from `plan`, in the caller's transaction; a bad plan changes nothing."""
    notes = plan.notes
    client = _client(session, client_name or plan.client or DEFAULT_CLIENT)
    start = _date_in_range(plan.start_date, N_("project start"))
    status = plan.status_date
    if status is not None and not start <= status <= LATEST_DATE:
        notes.drop(
            _("Status date {date} is before the project start.").format(date=status.isoformat())
        )
        status = None
    created = create_project(
        session,
        NewProject(
            client_id=client.id,
            code=_free_code(session, plan.name),
            name=plan.name.strip()[:200] or "Imported plan",
            start_date=start,
            status_date=status,
            manager=plan.manager[:200],
            currency=plan.currency if re.fullmatch(r"[A-Z]{3}", plan.currency or "") else "EUR",
            description=f"Imported from a {plan.source_format} file.",
            # A plan with a status date is under way; one without is still being planned.
            stage=Stage.PLANNING if status is None else Stage.EXECUTION,
        ),
    )
    project = session.get_one(Project, created.id)  # in the session: no query
    if plan.calendar.working_weekdays:
        set_working_weekdays(session, project.calendar_id, plan.calendar.working_weekdays)
    holidays = _holidays(plan, notes)
    set_holidays(session, project.calendar_id, sorted(holidays.items()))
    ids, milestones = _add_tasks(session, project, plan.tasks, notes)
    links = _add_links(session, project, plan, ids, notes)
    _add_baseline(session, project, plan.tasks, ids, notes)
    team = add_team(session, project, plan, ids, notes)
    # What was stored, which is not always what the file holds (a self-link is left out).
    notes.counts = {
        "tasks": len(ids),
        "summaries": len({t.parent_key for t in plan.tasks if t.parent_key is not None}),
        "milestones": milestones,
        "links": links,
        "holidays": len(holidays),
    }
    for what, count in (
        ("resources", team.resources),
        ("assignments", team.assignments),
        ("timesheet entries", team.timesheet_entries),
    ):
        if count:
            notes.counts[what] = count
    schedule = reschedule(session, project)
    audit.record(
        session,
        replace(audit.subject(project), label=f"{project.code} {project.name}"),
        "import",
        new=f"{len(ids)} tasks from a {plan.source_format} file",
    )
    return ImportResult(
        project.id,
        project.code,
        project.name,
        client.name,
        plan.source_format,
        schedule.finish,
        notes,
    )


# The report's counts by their key in ImportNotes.counts, each in its plural forms.
_COUNTS: dict[str, Callable[[int], str]] = {
    "tasks": lambda n: ngettext("{count} task", "{count} tasks", n),
    "summaries": lambda n: ngettext("{count} summary", "{count} summaries", n),
    "milestones": lambda n: ngettext("{count} milestone", "{count} milestones", n),
    "links": lambda n: ngettext("{count} link", "{count} links", n),
    "holidays": lambda n: ngettext("{count} holiday", "{count} holidays", n),
    "resources": lambda n: ngettext("{count} resource", "{count} resources", n),
    "assignments": lambda n: ngettext("{count} assignment", "{count} assignments", n),
    "timesheet entries": lambda n: ngettext(
        "{count} timesheet entry", "{count} timesheet entries", n
    ),
}


def _counted(count: int, what: str) -> str:
    """`1 task`, `2 tasks`, `1 summary`, `3 summaries`: a count of the report."""
    if what in _COUNTS:
        return _COUNTS[what](count).format(count=count)
    if count != 1:  # a count no reader names yet: the English rule
        return f"{count} {what}"
    return f"1 {what[:-3]}y" if what.endswith("ies") else f"1 {what.removesuffix('s')}"


def _holidays(plan: Plan, notes: ImportNotes) -> dict[dt.date, str]:
    """The plan's holidays a workspace keeps (the years it plans in), one name per date."""
    kept = {
        day: name for day, name in plan.calendar.holidays if EARLIEST_DATE <= day <= LATEST_DATE
    }
    outside = len({day for day, _ in plan.calendar.holidays} - kept.keys())
    if outside:
        notes.drop(
            _("{holidays} outside {earliest}–{latest}.").format(
                holidays=_counted(outside, "holidays"),
                earliest=EARLIEST_DATE.year,
                latest=LATEST_DATE.year,
            )
        )
    return kept


def _client(session: Session, name: str) -> ClientRecord:
    return find_client(session, name) or create_client(session, name)


def _free_code(session: Session, name: str) -> str:
    """A project code from the plan's name, made unique with -2, -3…"""
    base = re.sub(r"[^A-Z0-9]+", "-", name.upper()).strip("-")[:16] or "IMPORT"
    taken = set(session.scalars(select(func.upper(Project.code))))
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base[: 20 - len(str(n)) - 1]}-{n}"
    return code


def _date_in_range(day: dt.date, what: str) -> dt.date:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError(
            _("The plan's {what} {date} is not a plausible date.").format(
                what=_(what), date=day.isoformat()
            )
        )
    return day


def _add_tasks(
    session: Session, project: Project, tasks: list[PlanTask], notes: ImportNotes
) -> tuple[dict[str, int], int]:
    """Insert the tasks in outline order with one bulk INSERT; file key → id, milestones.

    Ids are handed out here (the workspace lock makes this the only writer), so parents are
    known without a round trip per row: 10,000 tasks take a fraction of a second.
    """
    first_id = (session.scalar(select(func.max(Task.id))) or 0) + 1
    ids: dict[str, int] = {}
    rows: list[dict[str, object]] = []
    positions: dict[str | None, int] = {}
    parents = {t.parent_key for t in tasks if t.parent_key is not None}
    for spec in tasks:
        if spec.key in ids:
            raise ValidationError(_("The plan lists task {key!r} twice.").format(key=spec.key))
        if spec.parent_key is not None and spec.parent_key not in ids:
            raise ValidationError(
                _("Task {name!r} comes before its summary ({key!r}) in the plan.").format(
                    name=spec.name, key=spec.parent_key
                )
            )
        ids[spec.key] = first_id + len(rows)
        position = positions.get(spec.parent_key, 0)
        positions[spec.parent_key] = position + 1
        row = _task_row(spec, spec.key in parents, notes)
        row.update(
            id=ids[spec.key],
            project_id=project.id,
            parent_id=ids[spec.parent_key] if spec.parent_key is not None else None,
            position=position,
        )
        rows.append(row)
    if rows:
        session.execute(insert(Task), rows)
    return ids, sum(1 for row in rows if row["is_milestone"])


def _name(spec: PlanTask, notes: ImportNotes) -> str:
    name = " ".join(spec.name.split()) or f"Task {spec.key}"
    if len(name) > 200:
        notes.approximate(
            _("Task {name!r}…: name shortened to 200 characters.").format(name=name[:40])
        )
        name = name[:200]
    return name


def _task_row(spec: PlanTask, is_summary: bool, notes: ImportNotes) -> dict[str, object]:
    """One task's column values, refusing impossible dates and keeping the model's rules."""
    name = _name(spec, notes)
    label = _task_label(name)
    for what, day in (
        (N_("actual start"), spec.actual_start),
        (N_("actual finish"), spec.actual_finish),
        (N_("constraint date"), spec.constraint_date),
    ):
        if day is not None and not EARLIEST_DATE <= day <= LATEST_DATE:
            raise ValidationError(
                _("{task} has an impossible {what}: {date}.").format(
                    task=label, what=_(what), date=day.isoformat()
                )
            )
    if spec.actual_start and spec.actual_finish and spec.actual_finish < spec.actual_start:
        raise ValidationError(
            _("{task} finishes ({finish}) before it starts ({start}).").format(
                task=label, finish=spec.actual_finish, start=spec.actual_start
            )
        )
    is_milestone = spec.is_milestone and not is_summary
    try:
        kind = ConstraintType(spec.constraint_type)
    except ValueError:
        notes.drop(
            _("{task}: constraint {constraint!r} is unknown; scheduled ASAP.").format(
                task=label, constraint=spec.constraint_type
            )
        )
        kind = ConstraintType.ASAP
    if kind.needs_date and spec.constraint_date is None:
        notes.drop(
            _("{task}: {constraint} constraint without a date; scheduled ASAP.").format(
                task=label, constraint=kind.value
            )
        )
        kind = ConstraintType.ASAP
    if is_summary and kind in (ConstraintType.MSO, ConstraintType.MFO, ConstraintType.ALAP):
        notes.drop(
            _("{task}: a summary cannot be {constraint}; its tasks schedule it.").format(
                task=label, constraint=kind.value
            )
        )
        kind = ConstraintType.ASAP
    duration = min(max(spec.duration, 0), MAX_DURATION)
    if duration != spec.duration and not is_summary and not is_milestone:
        shortened = (
            N_("{task}: {days} working days is more than a task may last; {stored} days stored.")
            if duration
            else N_("{task}: {days} working days is less than nothing; {stored} days stored.")
        )
        notes.approximate(
            _(shortened).format(task=label, days=number_text(spec.duration), stored=duration)
        )
    if len(spec.notes) > MAX_NOTES:
        notes.approximate(
            _("{task}: notes shortened to {limit} characters.").format(
                task=label, limit=_number(MAX_NOTES)
            )
        )
    row: dict[str, object] = {
        "name": name,
        "duration": 0 if is_milestone else duration,
        "is_milestone": is_milestone,
        "constraint_type": kind,
        "constraint_date": spec.constraint_date if kind.needs_date else None,
        "percent_complete": 0,
        "actual_start": None,
        "actual_finish": None,
        "owner": "",
        "notes": spec.notes[:MAX_NOTES],
        "budget_cost": Decimal(0),
        "actual_cost": Decimal(0),
        "task_type": _task_type(spec, label, notes),
        "effort_driven": spec.effort_driven,
        # MS Project keeps a summary's own fixed cost besides its tasks'; so does the workspace.
        "fixed_cost": _money(spec.fixed_cost, label, N_("fixed cost"), notes),
        "priority": min(max(spec.priority, 0), 1000),
        "leveling_delay": min(max(spec.leveling_delay, 0), MAX_DURATION),
    }
    if is_summary:
        return row  # progress and costs of a summary come from its tasks
    finished = spec.actual_finish if spec.actual_start is not None else None
    percent = min(max(spec.percent_complete, 0), 100)
    if percent != spec.percent_complete:
        notes.approximate(
            _("{task}: {percent}% complete is outside 0–100; {stored}% stored.").format(
                task=label, percent=number_text(spec.percent_complete), stored=percent
            )
        )
    row.update(
        percent_complete=100 if finished else percent,
        actual_start=spec.actual_start,
        actual_finish=finished,
        owner=spec.owner[:200],
        budget_cost=_money(spec.budget_cost, label, N_("budget cost"), notes),
        actual_cost=_money(spec.actual_cost, label, N_("actual cost"), notes),
    )
    return row


def _task_type(spec: PlanTask, label: str, notes: ImportNotes) -> TaskType:
    try:
        return TaskType(spec.task_type)
    except ValueError:
        notes.drop(
            _("{task}: task type {type!r} is unknown; fixed units kept.").format(
                task=label, type=spec.task_type
            )
        )
        return TaskType.FIXED_UNITS


def _money(value: Decimal, label: str, what: str, notes: ImportNotes) -> Decimal:
    """An amount the workspace can keep; a negative or absurd one is left out (0), noted.

    `what` names the amount, marked with N_() ("fixed cost").
    """
    if value.is_finite() and 0 <= value <= MAX_MONEY:
        return clean_money(value, what)
    if not value.is_finite() or value > MAX_MONEY:
        notes.drop(
            _("{task}: {what} {amount} is over {maximum}; 0 stored.").format(
                task=label, what=_(what), amount=number_text(value), maximum=_number(MAX_MONEY)
            )
        )
    elif value < 0:
        notes.drop(
            _("{task}: negative {what} {amount}; 0 stored.").format(
                task=label, what=_(what), amount=number_text(value)
            )
        )
    return Decimal(0)


def _task_label(name: str) -> str:
    """A task of the plan as the report names it: "Task 'Design'"."""
    return _("Task {name!r}").format(name=name)


def _number(value: Decimal | int) -> str:
    """A limit with the reader's grouping: "20,000" ("20.000" in German)."""
    return report_format(current_locale()).number(value)


def _add_links(
    session: Session, project: Project, plan: Plan, ids: dict[str, int], notes: ImportNotes
) -> int:
    """Insert the plan's links a workspace can keep, each left out one noted; return a count."""
    parent_of = {t.key: t.parent_key for t in plan.tasks}
    name_of = {t.key: t.name for t in plan.tasks}

    def ancestors(key: str) -> set[str]:
        found: set[str] = set()
        parent = parent_of.get(key)
        while parent is not None and parent not in found:
            found.add(parent)
            parent = parent_of.get(parent)
        return found

    seen: set[tuple[str, str]] = set()
    rows: list[dict[str, object]] = []
    for link in plan.links:
        pair = (link.predecessor_key, link.successor_key)
        if link.predecessor_key not in ids or link.successor_key not in ids:
            notes.drop(
                _("A link between unknown tasks {first!r} → {second!r}.").format(
                    first=pair[0], second=pair[1]
                )
            )
            continue
        if pair[0] == pair[1]:
            notes.drop(_("A link from task {name!r} to itself.").format(name=name_of[pair[0]]))
            continue
        if pair in seen:
            notes.drop(
                _("A second link {first!r} → {second!r} (the first is kept).").format(
                    first=name_of[pair[0]], second=name_of[pair[1]]
                )
            )
            continue
        if pair[0] in ancestors(pair[1]) or pair[1] in ancestors(pair[0]):
            notes.drop(
                _("A link between task {task!r} and its own summary {summary!r}.").format(
                    task=pair[1], summary=pair[0]
                )
            )
            continue
        seen.add(pair)
        if link.type not in LinkType.__members__:
            notes.drop(
                _("A link {first!r} → {second!r} of unknown type {type!r}.").format(
                    first=pair[0], second=pair[1], type=link.type
                )
            )
            continue
        lag = min(max(link.lag, -MAX_LAG), MAX_LAG)
        if lag != link.lag:
            notes.approximate(
                _(
                    "Link {first!r} → {second!r}: a lag of {days} working days is beyond "
                    "±{limit}; {stored} stored."
                ).format(
                    first=name_of[pair[0]],
                    second=name_of[pair[1]],
                    days=number_text(link.lag),
                    limit=MAX_LAG,
                    stored=lag,
                )
            )
        rows.append(
            {
                "project_id": project.id,
                "predecessor_id": ids[pair[0]],
                "successor_id": ids[pair[1]],
                "type": LinkType(link.type),
                "lag": lag,
            }
        )
    if rows:
        session.execute(insert(Dependency), rows)
    return len(rows)


def _add_baseline(
    session: Session,
    project: Project,
    tasks: list[PlanTask],
    ids: dict[str, int],
    notes: ImportNotes,
) -> None:
    """Keep the file's baseline 0 as ours when every date of it is there."""
    rows = [_baseline_row(t, ids[t.key], notes) for t in tasks]
    kept = [row for row in rows if row is not None]
    if kept:
        session.add(
            Baseline(
                project_id=project.id,
                number=0,
                saved_by=current_user(),
                note="from the imported file",
                tasks=kept,
            )
        )
        session.flush()


def _baseline_row(task: PlanTask, task_id: int, notes: ImportNotes) -> BaselineTask | None:
    """One task's baseline, if the plan has whole, plausible dates for it."""
    start, finish = task.baseline_start, task.baseline_finish
    if start is None or finish is None or finish < start:
        return None
    label = _task_label(task.name)
    if start < EARLIEST_DATE or finish > LATEST_DATE:
        notes.drop(
            _("{task}: baseline {start} – {finish} is not a plausible span; left out.").format(
                task=label, start=start, finish=finish
            )
        )
        return None
    duration = max(task.baseline_duration or 0, 0)
    if duration > MAX_DURATION:
        notes.approximate(
            _(
                "{task}: baseline of {days} working days is more than a task may last; "
                "{stored} days stored."
            ).format(task=label, days=number_text(duration), stored=MAX_DURATION)
        )
        duration = MAX_DURATION
    return BaselineTask(
        task_id=task_id,
        start=start,
        finish=finish,
        duration=duration,
        budget_cost=_money(task.baseline_cost or Decimal(0), label, N_("baseline cost"), notes),
        work_hours=max(task.baseline_work_hours or 0.0, 0.0),
    )
