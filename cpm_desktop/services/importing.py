"""Put a plan read from another tool's file into the workspace as a new project."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.identity import current_user
from cpm_desktop.interchange.model import ImportNotes, Plan, PlanTask
from cpm_desktop.models import (
    Baseline,
    BaselineTask,
    Client,
    ConstraintType,
    Dependency,
    LinkType,
    Project,
    Task,
)
from cpm_desktop.services import audit
from cpm_desktop.services.calendars import set_holidays, set_working_weekdays
from cpm_desktop.services.clients import create_client, find_client
from cpm_desktop.services.projects import create_project
from cpm_desktop.services.schedule import reschedule
from cpm_desktop.services.validate import (
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_DURATION,
    MAX_LAG,
    clean_money,
)

DEFAULT_CLIENT = "Imported plans"


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
        counts = ", ".join(f"{n} {what}" for what, n in self.notes.counts.items())
        out = [
            f"Imported {self.source_format} plan as project {self.code} ({self.name}) "
            f"for {self.client}.",
            f"Imported: {counts or 'nothing'}.",
            f"Scheduled finish: {self.finish.isoformat() if self.finish else '-'}.",
        ]
        if self.notes.approximated:
            out.append(f"Approximated ({len(self.notes.approximated)}):")
            out += [f"  - {line}" for line in self.notes.approximated]
        if self.notes.dropped:
            out.append(f"Left out ({len(self.notes.dropped)}):")
            out += [f"  - {line}" for line in self.notes.dropped]
        return out


def import_plan(session: Session, plan: Plan, *, client_name: str | None = None) -> ImportResult:
    """Create a project from `plan`, in the caller's transaction; a bad plan changes nothing."""
    notes = plan.notes
    client = _client(session, client_name or plan.client or DEFAULT_CLIENT)
    start = _date_in_range(plan.start_date, "project start")
    status = plan.status_date
    if status is not None and not start <= status <= LATEST_DATE:
        notes.drop(f"Status date {status.isoformat()} is before the project start.")
        status = None
    project = create_project(
        session,
        client_id=client.id,
        code=_free_code(session, plan.name),
        name=plan.name.strip()[:200] or "Imported plan",
        start_date=start,
        status_date=status,
        manager=plan.manager[:200],
        currency=plan.currency if re.fullmatch(r"[A-Z]{3}", plan.currency or "") else "EUR",
        description=f"Imported from a {plan.source_format} file.",
    )
    if plan.calendar.working_weekdays:
        set_working_weekdays(session, project.calendar_id, plan.calendar.working_weekdays)
    holidays = {day: name for day, name in plan.calendar.holidays
                if EARLIEST_DATE <= day <= LATEST_DATE}  # fmt: skip
    set_holidays(session, project.calendar_id, sorted(holidays.items()))
    ids = _add_tasks(session, project, plan.tasks, notes)
    _add_links(session, project, plan, ids, notes)
    _add_baseline(session, project, plan.tasks, ids)
    schedule = reschedule(session, project)
    audit.record(
        session, project_id=project.id, entity="project", entity_id=project.id,
        label=f"{project.code} {project.name}", action="import",
        new=f"{len(ids)} tasks from a {plan.source_format} file",
    )  # fmt: skip
    return ImportResult(
        project.id, project.code, project.name, client.name, plan.source_format,
        schedule.finish, notes,
    )  # fmt: skip


def _client(session: Session, name: str) -> Client:
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
        raise ValidationError(f"The plan's {what} {day.isoformat()} is not a plausible date.")
    return day


def _add_tasks(
    session: Session, project: Project, tasks: list[PlanTask], notes: ImportNotes
) -> dict[str, int]:
    """Insert the tasks in outline order with one bulk INSERT; return file key → task id.

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
            raise ValidationError(f"The plan lists task {spec.key!r} twice.")
        if spec.parent_key is not None and spec.parent_key not in ids:
            raise ValidationError(
                f"Task {spec.name!r} comes before its summary ({spec.parent_key!r}) in the plan."
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
    return ids


def _name(spec: PlanTask, notes: ImportNotes) -> str:
    name = " ".join(spec.name.split()) or f"Task {spec.key}"
    if len(name) > 200:
        notes.approximate(f"Task {name[:40]!r}…: name shortened to 200 characters.")
        name = name[:200]
    return name


def _task_row(spec: PlanTask, is_summary: bool, notes: ImportNotes) -> dict[str, object]:
    """One task's column values, refusing impossible dates and keeping the model's rules."""
    name = _name(spec, notes)
    label = f"Task {name!r}"
    for what, day in (("actual start", spec.actual_start), ("actual finish", spec.actual_finish),
                      ("constraint date", spec.constraint_date)):  # fmt: skip
        if day is not None and not EARLIEST_DATE <= day <= LATEST_DATE:
            raise ValidationError(f"{label} has an impossible {what}: {day.isoformat()}.")
    if spec.actual_start and spec.actual_finish and spec.actual_finish < spec.actual_start:
        raise ValidationError(
            f"{label} finishes ({spec.actual_finish}) before it starts ({spec.actual_start})."
        )
    is_milestone = spec.is_milestone and not is_summary
    try:
        kind = ConstraintType(spec.constraint_type)
    except ValueError:
        notes.drop(f"{label}: constraint {spec.constraint_type!r} is unknown; scheduled ASAP.")
        kind = ConstraintType.ASAP
    if kind.needs_date and spec.constraint_date is None:
        notes.drop(f"{label}: {kind.value} constraint without a date; scheduled ASAP.")
        kind = ConstraintType.ASAP
    if is_summary and kind in (ConstraintType.MSO, ConstraintType.MFO, ConstraintType.ALAP):
        notes.drop(f"{label}: a summary cannot be {kind.value}; its tasks schedule it.")
        kind = ConstraintType.ASAP
    row: dict[str, object] = {
        "name": name,
        "duration": 0 if is_milestone else min(max(spec.duration, 0), MAX_DURATION),
        "is_milestone": is_milestone,
        "constraint_type": kind,
        "constraint_date": spec.constraint_date if kind.needs_date else None,
        "percent_complete": 0,
        "actual_start": None,
        "actual_finish": None,
        "owner": "",
        "notes": spec.notes[:20_000],
        "budget_cost": Decimal(0),
        "actual_cost": Decimal(0),
        "is_critical": False,
    }
    if is_summary:
        return row  # progress and costs of a summary come from its tasks
    finished = spec.actual_finish if spec.actual_start is not None else None
    row.update(
        percent_complete=100 if finished else min(max(spec.percent_complete, 0), 100),
        actual_start=spec.actual_start,
        actual_finish=finished,
        owner=spec.owner[:200],
        budget_cost=clean_money(max(spec.budget_cost, 0), "budget cost"),
        actual_cost=clean_money(max(spec.actual_cost, 0), "actual cost"),
    )
    return row


def _add_links(
    session: Session, project: Project, plan: Plan, ids: dict[str, int], notes: ImportNotes
) -> None:
    parent_of = {t.key: t.parent_key for t in plan.tasks}

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
            notes.drop(f"A link between unknown tasks {pair[0]!r} → {pair[1]!r}.")
            continue
        if pair[0] == pair[1] or pair in seen:
            notes.drop(f"A repeated or self link on task {pair[0]!r}.")
            continue
        if pair[0] in ancestors(pair[1]) or pair[1] in ancestors(pair[0]):
            notes.drop(f"A link between task {pair[1]!r} and its own summary {pair[0]!r}.")
            continue
        seen.add(pair)
        if link.type not in LinkType.__members__:
            notes.drop(f"A link {pair[0]!r} → {pair[1]!r} of unknown type {link.type!r}.")
            continue
        rows.append({
            "project_id": project.id,
            "predecessor_id": ids[pair[0]],
            "successor_id": ids[pair[1]],
            "type": LinkType(link.type),
            "lag": min(max(link.lag, -MAX_LAG), MAX_LAG),
        })  # fmt: skip
    if rows:
        session.execute(insert(Dependency), rows)


def _add_baseline(
    session: Session, project: Project, tasks: list[PlanTask], ids: dict[str, int]
) -> None:
    """Keep the file's baseline 0 as ours when every date of it is there."""
    rows = [
        BaselineTask(
            task_id=ids[t.key],
            start=t.baseline_start,
            finish=t.baseline_finish,
            duration=max(t.baseline_duration or 0, 0),
            budget_cost=clean_money(max(t.baseline_cost or 0, 0), "baseline cost"),
        )  # fmt: skip
        for t in tasks
        if t.baseline_start is not None
        and t.baseline_finish is not None
        and t.baseline_finish >= t.baseline_start
    ]
    if rows:
        session.add(Baseline(project_id=project.id, number=0, saved_by=current_user(),
                             note="from the imported file", tasks=rows))  # fmt: skip
        session.flush()
