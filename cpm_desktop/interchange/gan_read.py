"""Read a GanttProject `.gan` file into a Plan.

Facts of the format, checked against GanttProject's own loader (`parser/TaskTagHandler.java`,
`DependencyTagHandler.java`, `HolidayTagHandler.java`, `core/model/task/ConstraintType.java`):
- Tasks nest as `<task>` elements; `start` is a date and `duration` counts working days of the
  project calendar (weekends of `<default-week>`, where 1 = day off, and `<date>` holidays).
- A `<depend>` sits inside the PREDECESSOR and its `id` names the successor. `type` is the
  ordinal of ConstraintType + 1: 1 = SS, 2 = FS, 3 = FF, 4 = SF; `difference` is the lag in days.
- `thirdDate` is an earliest start, in force only when `thirdDate-constraint` is 1
  (TaskImpl.EARLIESTBEGIN; 0 = NONE keeps the date without using it).
- A task stays where the user placed it unless a link moves it (`gan_starts` says how we keep
  that); a 'Strong' link places it exactly, a 'Rubber' one only pushes it later.
- A `<date>` without a year is a holiday every year.
"""

from __future__ import annotations

import datetime as dt
from calendar import isleap
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import PurePath
from xml.etree.ElementTree import Element

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.gan_starts import hold_starts
from cpm_desktop.interchange.gan_team import read_owners, read_team
from cpm_desktop.interchange.model import (
    ImportNotes,
    Plan,
    PlanCalendar,
    PlanLink,
    PlanTask,
)
from cpm_desktop.interchange.text_values import (
    FIRST_YEAR,
    LAST_YEAR,
    clipped,
    implausible,
    impossible,
    percent_from_text,
)
from cpm_desktop.interchange.xml_input import local_name, nested, parse_xml
from cpm_desktop.scheduling.calendar import WorkCalendar
from cpm_desktop.texts import N_, _

SOURCE_FORMAT = "GanttProject"
LINK_TYPES = {"1": "SS", "2": "FS", "3": "FF", "4": "SF"}
# GanttProject's priorities 0 low, 1 normal, 2 high, 3 lowest, 4 highest, on MS Project's
# 0-1000 scale as MPXJ's GanttProjectReader puts them.
PRIORITIES = {"0": 400, "1": 500, "2": 600, "3": 100, "4": 900}
_WEEK_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # index = date.weekday()
# Dates outside these years are typos, and walking a calendar to them would take ages.


@dataclass(slots=True)
class _RawTask:
    """A <task> as the file has it, before the calendar gives it a finish."""

    task: PlanTask
    depends: list[Element] = field(default_factory=list)


def read_gan(data: bytes, name: str) -> Plan:
    """Read a GanttProject file: tasks, links, calendar, owners; the rest is noted."""
    root = parse_xml(data, name)
    _check_root(root, name)
    notes = ImportNotes()
    raw = _read_tasks(root, name, notes)
    if not raw:
        raise InterchangeError(
            _("{name} holds no tasks; there is nothing to import.").format(name=name)
        )
    tasks = [r.task for r in raw]
    first = min(t.start for t in tasks if t.start is not None)
    last = max(_rough_end(t) for t in tasks)
    working, fixed, recurring = _read_calendar(root, name, notes)
    # Expand yearly holidays generously for the arithmetic, then keep the plan's span ± 1 year.
    every_year = _expand(recurring, first.year - 1, last.year + 1)
    work = WorkCalendar(working, [d for d, _day_name in fixed + every_year])
    for t in tasks:
        t.finish = _finish(work, t)
    span_end = max(t.finish for t in tasks if t.finish is not None)
    holidays = sorted(dict(fixed + _expand(recurring, first.year - 1, span_end.year + 1)).items())
    calendar = PlanCalendar(working_weekdays=working, holidays=holidays)
    by_key = {t.key: t for t in tasks}
    links, strong = _read_links(raw, by_key, notes)
    hold_starts(tasks, links, strong, work, first, notes)
    read_owners(root, by_key)
    resources, assignments = read_team(root, by_key, work, notes)
    _read_baseline(root, by_key, work, notes)
    _note_leftovers(root, notes)
    parents = {t.parent_key for t in tasks if t.parent_key is not None}
    notes.counts = {
        "tasks": len(tasks),
        "summaries": len(parents),
        "milestones": sum(1 for t in tasks if t.is_milestone),
        "links": len(links),
        "holidays": len(calendar.holidays),
    }
    if resources:
        notes.counts["resources"] = len(resources)
    if assignments:
        notes.counts["assignments"] = len(assignments)
    return Plan(
        name=(root.get("name") or "").strip() or PurePath(name).stem,
        start_date=first,
        calendar=calendar,
        tasks=tasks,
        links=links,
        client=(root.get("company") or "").strip(),
        source_format=SOURCE_FORMAT,
        notes=notes,
        resources=resources,
        assignments=assignments,
    )


def _check_root(root: Element, name: str) -> None:
    tag = local_name(root)
    if tag != "project":
        raise InterchangeError(
            _(
                "{name} is not a GanttProject file (its root element is <{tag}>, not <project>)."
            ).format(name=name, tag=tag)
        )
    if root.get("mrproject-version") is not None:
        raise InterchangeError(
            _("{name} is not a GanttProject file (it looks like a GNOME Planner file).").format(
                name=name
            )
        )
    if root.find("tasks") is None:
        raise InterchangeError(
            _("{name} is not a GanttProject file (it has no <tasks> element).").format(name=name)
        )


# -- tasks ---------------------------------------------------------------------------------


def _read_tasks(root: Element, name: str, notes: ImportNotes) -> list[_RawTask]:
    """Walk the <task> tree depth first, so each summary comes before its tasks."""
    out: list[_RawTask] = []
    key_of: dict[Element, str] = {}
    seen: set[str] = set()
    tasks = root.find("tasks")
    assert tasks is not None  # _check_root made sure
    for element, parent in nested(tasks, "task"):
        raw = _read_task(element, None if parent is None else key_of[parent], name, notes)
        if raw.task.key in seen:
            raise InterchangeError(
                _("{name} lists task id {key} twice.").format(name=name, key=raw.task.key)
            )
        seen.add(raw.task.key)
        key_of[element] = raw.task.key
        out.append(raw)
    return out


def _read_task(element: Element, parent: str | None, name: str, notes: ImportNotes) -> _RawTask:
    key = (element.get("id") or "").strip()
    title = (element.get("name") or "").strip()
    where = _("{file}: task {title!r} (id {key})").format(file=name, title=title, key=key)
    if not key:
        raise InterchangeError(_("{where} has no id.").format(where=where))
    start = _date(element.get("start"), where, N_("start date"))
    if start is None:
        raise InterchangeError(_("{where} has no start date.").format(where=where))
    duration = _duration(element.get("duration"), where, title, notes)
    milestone = element.get("meeting") == "true"
    if not milestone and duration == 0:
        # GanttProject draws a zero-length task as a point; a milestone is the nearest thing.
        milestone = True
        notes.approximate(f"Task {title!r} has no duration; imported as a milestone.")
    task = PlanTask(
        key=key,
        name=title,
        parent_key=parent,
        duration=0 if milestone else duration,
        is_milestone=milestone,
        percent_complete=percent_from_text(element.get("complete"), title, notes),
        notes=_notes(element),
        start=start,
    )
    third = _date(element.get("thirdDate"), where, N_("earliest start"))
    if third is not None and element.get("thirdDate-constraint") == "1":
        task.constraint_type, task.constraint_date = "SNET", third
    elif element.get("fixed-start") == "true":
        # Before 2.x GanttProject pinned such a task to its start; SNET holds it there too.
        task.constraint_type, task.constraint_date = "SNET", start
        notes.approximate(f"Task {title!r}: old 'fixed start' kept as start no earlier than.")
    if third is not None and task.constraint_type == "ASAP":
        notes.drop(f"Task {title!r}: earliest start {third} that GanttProject keeps switched off.")
    task.priority = PRIORITIES.get((element.get("priority") or "").strip(), 500)
    if (element.get("cost-calculated") == "false") and element.get("cost-manual-value"):
        task.budget_cost = _money(element.get("cost-manual-value"), title, notes)
    return _RawTask(task, element.findall("depend"))


def _date(text: str | None, where: str, what: str) -> dt.date | None:
    """The date `text` of what `where` names; `what` (marked N_) says which of its dates."""
    if text is None or not text.strip():
        return None
    try:
        day = dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise InterchangeError(impossible(where, what, text)) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InterchangeError(implausible(where, what, text))
    return day


def _duration(text: str | None, where: str, title: str, notes: ImportNotes) -> int:
    try:
        value = Decimal((text or "0").strip())
    except InvalidOperation:
        raise InterchangeError(
            _("{where} has an unreadable duration: {text!r}.").format(
                where=where, text=clipped(text or "")
            )
        ) from None
    if not value.is_finite() or value < 0 or value > 100_000:
        raise InterchangeError(
            _("{where} has an impossible duration: {text!r}.").format(
                where=where, text=clipped(text or "")
            )
        )
    days = int(value.to_integral_value(rounding="ROUND_HALF_UP"))
    if days != value:
        notes.approximate(f"Task {title!r}: {value} days rounded to {days}.")
    return days


def _money(text: str | None, title: str, notes: ImportNotes) -> Decimal:
    try:
        value = Decimal((text or "0").strip())
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        notes.drop(f"Task {title!r}: unreadable cost {clipped(text or '')!r}.")
        return Decimal(0)
    return value


def _notes(element: Element) -> str:
    node = element.find("notes")
    return (node.text or "").strip() if node is not None else ""


def _rough_end(task: PlanTask) -> dt.date:
    """A date sure to lie past the task's finish, even with one working day a week."""
    assert task.start is not None
    return task.start + dt.timedelta(days=task.duration * 7 + 14)


def _finish(work: WorkCalendar, task: PlanTask) -> dt.date:
    """The last working day of the task, as GanttProject draws it."""
    assert task.start is not None
    if task.duration == 0:
        return task.start
    return work.add_working_days(task.start, task.duration - 1)


# -- calendar ------------------------------------------------------------------------------


def _read_calendar(
    root: Element, name: str, notes: ImportNotes
) -> tuple[frozenset[int], list[tuple[dt.date, str]], list[tuple[int, int, str]]]:
    """Working weekdays, one-off holidays and yearly holidays (month, day, name)."""
    calendars = root.find("calendars")
    if calendars is None:
        return frozenset(range(5)), [], []
    week = calendars.find("day-types/default-week")
    working = frozenset(range(5))
    if week is not None:
        working = frozenset(i for i, k in enumerate(_WEEK_KEYS) if week.get(k, "0") != "1")
    only_show = calendars.find("day-types/only-show-weekends")
    if only_show is not None and only_show.get("value") == "true":
        # GanttProject's "tasks run on weekends too": weekends are only painted, not skipped.
        working = frozenset(range(7))
    if not working:
        raise InterchangeError(_("{name}: the calendar has no working weekday.").format(name=name))
    fixed: list[tuple[dt.date, str]] = []
    recurring: list[tuple[int, int, str]] = []
    for element in calendars.findall("date"):
        label = (element.text or "").strip()
        year, month, day = (element.get(k, "").strip() for k in ("year", "month", "date"))
        shown = f"{year or '(every year)'}-{month}-{day}"
        kind = (element.get("type") or "HOLIDAY").strip()
        if kind != "HOLIDAY":
            # WORKING_DAY makes a day off working; NEUTRAL is a remark. Neither fits our calendar.
            notes.drop(f"Calendar day {shown} of type {kind} (not a holiday).")
            continue
        try:
            if year:
                fixed.append((dt.date(int(year), int(month), int(day)), label))
            else:
                dt.date(2000, int(month), int(day))  # a leap year accepts every real day
                recurring.append((int(month), int(day), label))
        except ValueError:
            notes.drop(f"Holiday {shown}: not a date.")
    return working, fixed, recurring


def _expand(
    recurring: list[tuple[int, int, str]], first: int, last: int
) -> list[tuple[dt.date, str]]:
    """Every occurrence of the yearly holidays from year `first` to `last`, both included."""
    out = []
    for year in range(first, last + 1):
        for month, day, label in recurring:
            if (month, day) == (2, 29) and not isleap(year):
                continue
            out.append((dt.date(year, month, day), label))
    return out


# -- links, owners, baseline ---------------------------------------------------------------


def _read_links(
    raw: list[_RawTask], by_key: dict[str, PlanTask], notes: ImportNotes
) -> tuple[list[PlanLink], set[str]]:
    """The links of every <depend>, and the keys of tasks that a Strong link places."""
    links: list[PlanLink] = []
    strong: set[str] = set()
    for r in raw:
        pred = r.task
        for depend in r.depends:
            succ_key = (depend.get("id") or "").strip()
            succ = by_key.get(succ_key)
            if succ is None:
                notes.drop(f"Link from {pred.name!r} to a task id {succ_key!r} not in the file.")
                continue
            where = f"Link {pred.name!r} → {succ.name!r}"
            kind = (depend.get("type") or "2").strip()
            link_type = LINK_TYPES.get(kind) or (kind if kind in LINK_TYPES.values() else None)
            if link_type is None:
                notes.approximate(f"{where}: unknown type {kind!r} read as FS.")
                link_type = "FS"
            try:
                lag = int((depend.get("difference") or "0").strip())
            except ValueError:
                notes.approximate(
                    f"{where}: unreadable lag {clipped(depend.get('difference') or '')!r} as 0."
                )
                lag = 0
            if (depend.get("hardness") or "").strip().lower() != "rubber":
                # 'Rubber' only pushes later; with the start held (gan_starts) it is exact.
                strong.add(succ.key)
            links.append(PlanLink(pred.key, succ.key, link_type, lag))
    return links, strong


def _read_baseline(
    root: Element, by_key: dict[str, PlanTask], work: WorkCalendar, notes: ImportNotes
) -> None:
    """GanttProject's first saved baseline (<previous-tasks>) becomes baseline 0."""
    sets = root.findall("previous/previous-tasks")
    if not sets:
        return
    kept = sets[0]
    for element in kept.findall("previous-task"):
        task = by_key.get(element.get("id", ""))
        if task is None:
            continue
        try:
            start = dt.date.fromisoformat((element.get("start") or "")[:10])
            days = 0 if element.get("meeting") == "true" else int(element.get("duration", "0"))
        except ValueError:
            notes.drop(f"Baseline of task {task.name!r}: unreadable dates.")
            continue
        task.baseline_start, task.baseline_duration = start, max(days, 0)
        task.baseline_finish = start if days <= 0 else work.add_working_days(start, days - 1)
    notes.approximate(f"Baseline {kept.get('name', '')!r} kept as baseline 0.")
    for other in sets[1:]:
        notes.drop(f"Baseline {other.get('name', '')!r} (only the first is kept).")


def _note_leftovers(root: Element, notes: ImportNotes) -> None:
    """Say what the file holds that a workspace has no place for (colours etc. go silently)."""
    description = root.find("description")
    if description is not None and (description.text or "").strip():
        notes.drop("The project description.")
    custom = [
        p for p in root.findall("tasks/taskproperties/taskproperty") if p.get("type") == "custom"
    ]
    if custom:
        notes.drop(f"{len(custom)} custom task column{'s' if len(custom) > 1 else ''}.")
