"""Import a timesheet file of actual hours into a project: preview first, then apply.

`preview_timesheet` reads the file (interchange/timesheet_read.py), finds the person and task
each line names and adds up the lines of each person, task and week: a booking. It writes
nothing. `apply_timesheet` books every booking without a problem in the caller's one
transaction (through the Editor, one undoable edit) and leaves the refused ones out.

A booking replaces what the person had booked on the task that week, so importing the same
file twice books its hours once, and a corrected file can be imported again. A booking is
taken whole or not at all: if one of its lines is refused (its hours unreadable, a second
billable flag), the whole week of that person on that task is refused, never booked short.

A person is found by name, case and accents ignored (Jurgen finds Jürgen); a task by its WBS
code, else by its exact name (case ignored) within the project.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import ProjectStatus
from cpm_desktop.domain.team import ResourceKind
from cpm_desktop.errors import ClosedProjectError, ValidationError
from cpm_desktop.interchange.timesheet_read import (
    NOTE_LIMIT,
    TimesheetFile,
    TimesheetLine,
    read_timesheet,
)
from cpm_desktop.interchange.timesheet_values import MAX_WEEK_HOURS
from cpm_desktop.models import Assignment, Project, Resource, Task, TimesheetEntry
from cpm_desktop.services.plan.outline import outline_order
from cpm_desktop.services.timesheets.entries import (
    billable_by_default,
    not_a_person,
    too_many_hours,
    write_hours,
)
from cpm_desktop.services.validate import fold, get_or_raise
from cpm_desktop.texts import N_, _

_NUMBER_LIKE = re.compile(r"\d+\.\d+")
_Key = tuple[int, int, dt.date]  # (resource id, task id, week)


@dataclass(frozen=True, slots=True)
class ImportLine:
    """A line of the file, the person and task it was found to name, and its problem."""

    line: int
    person: str  # as the file writes them
    task: str
    resource_id: int | None  # as the workspace knows them (None: not found)
    resource: str | None
    task_id: int | None
    wbs: str | None
    task_name: str | None
    week: dt.date | None  # the Monday
    hours: float | None
    billable: bool | None  # as the file says (None: not said)
    note: str
    problem: str | None


@dataclass(frozen=True, slots=True)
class ImportBooking:
    """The hours of one person on one task in one week, added up from the file's lines."""

    resource_id: int
    resource: str
    task_id: int
    wbs: str
    task_name: str
    week: dt.date
    hours: float  # what the file books
    booked: float  # what the workspace has now (replaced)
    billable: bool
    note: str
    lines: tuple[int, ...]
    assigned: bool  # the person is assigned to the task
    problem: str | None = None  # refused whole (one of its lines is)

    @property
    def changes(self) -> bool:
        """True when booking it changes the hours the workspace has."""
        return abs(self.hours - self.booked) > 1e-9


@dataclass(frozen=True, slots=True)
class TimesheetPreview:
    """What importing a timesheet would book, and what it refuses; nothing is written."""

    path: Path
    project_id: int
    project_code: str
    sheet: str
    columns: tuple[str, ...]
    lines: tuple[ImportLine, ...]
    bookings: tuple[ImportBooking, ...]
    refusal: str | None  # the whole file is refused (a closed project)

    @property
    def ready(self) -> tuple[ImportBooking, ...]:
        """The bookings applying would make."""
        if self.refusal is not None:
            return ()
        return tuple(b for b in self.bookings if b.problem is None)

    @property
    def refused_lines(self) -> tuple[ImportLine, ...]:
        """The lines that will not be booked."""
        return tuple(line for line in self.lines if line.problem is not None)

    @property
    def hours(self) -> float:
        """The hours the ready bookings book."""
        return round(sum(b.hours for b in self.ready), 2)


@dataclass(frozen=True, slots=True)
class AppliedTimesheet:
    """What `apply_timesheet` booked."""

    bookings: int  # person × task × week entries written
    hours: float
    lines: int  # lines of the file booked
    refused_lines: int  # lines left out


def preview_timesheet(session: Session, project_id: int, path: Path) -> TimesheetPreview:
    """Read the timesheet at `path` and what it would book on the project; nothing is written."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    return _Plan(session, project, read_timesheet(path)).preview(path)


def apply_timesheet(session: Session, project_id: int, path: Path) -> AppliedTimesheet:
    """Book the bookings of a fresh preview of `path` that have no problem, in the caller's
    one transaction; refused lines are left out (the preview lists them)."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    preview = _Plan(session, project, read_timesheet(path)).preview(path)
    if preview.refusal is not None:
        raise ClosedProjectError(preview.refusal)
    ready = preview.ready
    if not ready:
        raise ValidationError(
            _("{file} has no hours that can be booked on {project}.").format(
                file=path.name, project=project.code
            )
        )
    for booking in ready:
        write_hours(
            session,
            session.get_one(Resource, booking.resource_id),
            session.get_one(Task, booking.task_id),
            booking.week,
            booking.hours,
            billable=booking.billable,
            note=booking.note,
        )
    return AppliedTimesheet(
        bookings=len(ready),
        hours=preview.hours,
        lines=sum(len(b.lines) for b in ready),
        refused_lines=len(preview.refused_lines),
    )


@dataclass
class _Group:
    """The lines of one person × task × week while the plan adds them up."""

    lines: list[TimesheetLine] = field(default_factory=list)
    problem: str | None = None


class _Plan:
    """Finds what each line names and adds the lines up into bookings."""

    def __init__(self, session: Session, project: Project, read: TimesheetFile) -> None:
        self.session = session
        self.project = project
        self.file = read
        self.people = list(session.scalars(select(Resource)))
        tasks = {
            t.id: t for t in session.scalars(select(Task).where(Task.project_id == project.id))
        }
        self.parents = {t.parent_id for t in tasks.values()}
        order = outline_order((t.id, t.parent_id, t.position) for t in tasks.values())
        self.wbs = {task_id: code for task_id, code, _ in order}
        self.by_wbs = {code: tasks[task_id] for task_id, code, _ in order}
        self.tasks = tasks

    def preview(self, path: Path) -> TimesheetPreview:
        """Every line found and every booking added up, with their problems."""
        found: list[tuple[TimesheetLine, Resource | None, Task | None, str | None]] = []
        groups: dict[_Key, _Group] = {}
        undated: dict[tuple[int, int], str] = {}  # a pair with a line of no readable week
        for line in self.file.lines:
            resource, task, problem = self._find(line)
            found.append((line, resource, task, problem))
            if resource is None or task is None:
                continue
            if line.week is None:
                undated.setdefault(
                    (resource.id, task.id),
                    _("refused with line {line}: {problem}").format(
                        line=line.line, problem=problem
                    ),
                )
                continue
            group = groups.setdefault((resource.id, task.id, line.week), _Group())
            group.lines.append(line)
            if problem and group.problem is None:
                group.problem = _("refused with line {line} of the same week: {problem}").format(
                    line=line.line, problem=problem
                )
        for (resource_id, task_id, _week), group in groups.items():
            # Its week unknown, that line may belong to any week of the pair: none is booked short.
            group.problem = group.problem or undated.get((resource_id, task_id))
        bookings = self._bookings(groups)
        refused = {n: b.problem for b in bookings if b.problem for n in b.lines}
        lines = tuple(
            self._import_line(line, resource, task, problem or refused.get(line.line))
            for line, resource, task, problem in found
        )
        return TimesheetPreview(
            path=path,
            project_id=self.project.id,
            project_code=self.project.code,
            sheet=self.file.sheet,
            columns=self.file.columns,
            lines=lines,
            bookings=bookings,
            refusal=self._refusal(),
        )

    def _refusal(self) -> str | None:
        if self.project.status is ProjectStatus.CLOSED:
            return _(
                "{project} is closed and read-only; reopen it to book hours on it "
                "(Project › Reopen Project…, or 'cpm-desktop project reopen')."
            ).format(project=self.project.code)
        return None

    # -- finding -------------------------------------------------------------------------

    def _find(self, line: TimesheetLine) -> tuple[Resource | None, Task | None, str | None]:
        """The person and task of a line, and the line's first problem."""
        resource, who = self._person(line.person) if line.person else (None, None)
        task, what = self._task(line) if (line.task or line.wbs) else (None, None)
        problem = line.problem or who or what
        if (
            problem is None
            and line.project
            and fold(line.project)
            not in (
                fold(self.project.code),
                fold(self.project.name),
            )
        ):
            problem = _("the line is for the project {named!r}, not {project}.").format(
                named=line.project, project=self.project.code
            )
        return resource, task, problem

    def _person(self, name: str) -> tuple[Resource | None, str | None]:
        wanted = fold(name)
        matches = [r for r in self.people if fold(r.name) == wanted]
        if len(matches) > 1:  # "Muller" and "Müller": the one spelled as written, if any
            exact = [r for r in matches if r.name.casefold() == name.casefold()]
            if len(exact) != 1:
                return None, _(
                    "{name!r} could be {first!r} and {second!r}: write the name as the workspace "
                    "has it."
                ).format(name=name, first=matches[0].name, second=matches[1].name)
            matches = exact
        if not matches:
            return None, _("no person called {name!r} in the workspace (Team › Resources).").format(
                name=name
            )
        resource = matches[0]
        if resource.kind is not ResourceKind.WORK:
            return None, not_a_person(resource)
        return resource, None

    def _task(self, line: TimesheetLine) -> tuple[Task | None, str | None]:
        """The task a line names: a WBS code first, else an exact name (in either column)."""
        written = [text for text in (line.wbs, line.task) if text]
        reference = written[0]
        task = next(
            (t for text in written if (t := self.by_wbs.get(_code(text))) is not None), None
        )
        for text in written if task is None else ():
            named = [t for t in self.tasks.values() if fold(t.name) == fold(text)]
            if len(named) > 1:
                return None, _("{count} tasks are called {name!r}: give the WBS code.").format(
                    count=len(named), name=text
                )
            if named:
                task = named[0]
                break
        if task is None:
            return None, _("no task of {project} has the WBS code or name {reference!r}.").format(
                project=self.project.code, reference=reference
            )
        if task.id in self.parents:
            return None, _(
                "{wbs} {name!r} is a summary task: book the hours on the tasks under it."
            ).format(wbs=self.wbs[task.id], name=task.name)
        if line.task_was_number and self._number_could_be_another(reference):
            return None, _(
                "the workbook keeps the WBS as the number {reference}, which could also be "
                "{reference}0: format the column as text and type the codes again."
            ).format(reference=reference)
        return task, None

    def _number_could_be_another(self, code: str) -> bool:
        """True when the number `code` also reads another WBS code (3.1 and 3.10)."""
        if not _NUMBER_LIKE.fullmatch(code):
            return False
        return any(
            other != code and _NUMBER_LIKE.fullmatch(other) and float(other) == float(code)
            for other in self.by_wbs
        )

    # -- adding up -----------------------------------------------------------------------

    def _bookings(self, groups: dict[_Key, _Group]) -> tuple[ImportBooking, ...]:
        now = self._booked(groups)
        hours = {key: round(sum(ln.hours or 0.0 for ln in g.lines), 2) for key, g in groups.items()}
        # Each person's week after the import: what they have, less what it replaces, plus it.
        week_totals = self._week_totals({(r, w) for r, _, w in groups})
        for key, new in hours.items():
            resource_id, _, week = key
            week_totals[(resource_id, week)] += new - now.get(key, (0.0, None, ""))[0]
        assigned = self._assigned()
        bookings: list[ImportBooking] = []
        for key, group in groups.items():
            resource_id, task_id, week = key
            resource = self.session.get_one(Resource, resource_id)
            booked, flag_now, note_now = now.get(key, (0.0, None, ""))
            problem = group.problem or _flags_problem(group.lines)
            total = week_totals[(resource_id, week)]
            if problem is None and total > MAX_WEEK_HOURS + 1e-9:
                problem = too_many_hours(resource, total, week)
            said = next((ln.billable for ln in group.lines if ln.billable is not None), None)
            if said is None:
                said = flag_now if flag_now is not None else billable_by_default(resource.employer)
            bookings.append(
                ImportBooking(
                    resource_id=resource_id,
                    resource=resource.name,
                    task_id=task_id,
                    wbs=self.wbs[task_id],
                    task_name=self.tasks[task_id].name,
                    week=week,
                    hours=hours[key],
                    booked=booked,
                    billable=said,
                    note=_notes(group.lines) or note_now,
                    lines=tuple(ln.line for ln in group.lines),
                    assigned=(resource_id, task_id) in assigned,
                    problem=problem,
                )
            )
        bookings.sort(key=lambda b: (b.week, fold(b.resource), _outline_key(b.wbs)))
        return tuple(bookings)

    def _booked(
        self, keys: Iterable[tuple[int, int, dt.date]]
    ) -> dict[tuple[int, int, dt.date], tuple[float, bool | None, str]]:
        wanted = set(keys)
        if not wanted:
            return {}
        entries = self.session.scalars(
            select(TimesheetEntry).where(TimesheetEntry.task_id.in_({t for _, t, _ in wanted}))
        )
        return {
            (e.resource_id, e.task_id, e.week_start): (e.hours, e.billable, e.note)
            for e in entries
            if (e.resource_id, e.task_id, e.week_start) in wanted
        }

    def _week_totals(self, keys: set[tuple[int, dt.date]]) -> dict[tuple[int, dt.date], float]:
        totals = dict.fromkeys(keys, 0.0)
        entries = self.session.scalars(
            select(TimesheetEntry).where(TimesheetEntry.resource_id.in_({r for r, _ in keys}))
        )
        for e in entries:
            key = (e.resource_id, e.week_start)
            if key in keys:
                totals[key] += e.hours
        return totals

    def _assigned(self) -> set[tuple[int, int]]:
        rows = self.session.execute(
            select(Assignment.resource_id, Assignment.task_id).where(
                Assignment.task_id.in_(self.tasks)
            )
        )
        return {(resource_id, task_id) for resource_id, task_id in rows}

    def _import_line(
        self, line: TimesheetLine, resource: Resource | None, task: Task | None, problem: str | None
    ) -> ImportLine:
        return ImportLine(
            line=line.line,
            person=line.person,
            task=line.wbs or line.task,
            resource_id=resource.id if resource else None,
            resource=resource.name if resource else None,
            task_id=task.id if task else None,
            wbs=self.wbs[task.id] if task else None,
            task_name=task.name if task else None,
            week=line.week,
            hours=line.hours,
            billable=line.billable,
            note=line.note,
            problem=problem,
        )


def _flags_problem(lines: list[TimesheetLine]) -> str | None:
    """A week of one person on one task has one billable flag: lines saying both are refused."""
    said = {line.billable for line in lines if line.billable is not None}
    if len(said) > 1:
        numbers = ", ".join(str(line.line) for line in lines)
        return _("lines {numbers} book one week of one task both billable and not.").format(
            numbers=numbers
        )
    return None


def _notes(lines: list[TimesheetLine]) -> str:
    """The lines' notes, each once, cut to what an entry keeps."""
    notes = list(dict.fromkeys(line.note for line in lines if line.note))
    text = "; ".join(notes)
    return text if len(text) <= NOTE_LIMIT else text[: NOTE_LIMIT - 1] + "…"


def _code(text: str) -> str:
    """A WBS code as files write it: "3.4", "WBS 3.4", "PSP 3.4"."""
    for prefix in ("WBS", "PSP"):
        if text.upper().startswith(prefix):
            return text[len(prefix) :].strip(" :")
    return text.strip()


def _outline_key(wbs: str) -> tuple[int, ...]:
    return tuple(int(part) for part in wbs.split(".") if part.isdigit())
