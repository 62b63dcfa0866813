"""What drives each task's start, and the chain of links behind it, from one engine run."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import ConstraintType
from cpm_desktop.errors import NotFoundError
from cpm_desktop.models import Project, Task
from cpm_desktop.scheduling import Driver, DriverKind, Schedule
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.services.plan.outline import outline_order
from cpm_desktop.services.plan.plan_rows import as_text, dates_of
from cpm_desktop.services.plan.schedule import compute_schedule
from cpm_desktop.services.plan.schedule_report import DriverRow
from cpm_desktop.services.plan.timeline import link_rows, read_rows
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_


def start_drivers(session: Session, project_id: int) -> dict[int, str]:
    """Per task id, what set its start, e.g. 'link 3.2 FS+2d', 'constraint SNET', 'status date'.

    A constraint is named with its date ('constraint SNET 2026-09-14'); one a summary passes
    down to its tasks also names the summary ('constraint SNET 2026-09-14 (summary 2)').
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    with collector_paused():
        # The engine's drivers for the stored plan; nothing is written (every edit has
        # already stored the dates, so rescheduling here would only compare them).
        schedule = compute_schedule(session, project)
        rows = read_rows(
            session,
            select(
                Task.id,
                Task.parent_id,
                Task.position,
                as_text(Task.constraint_type),
                as_text(Task.constraint_date),
            ).where(Task.project_id == project.id),
        )
        ordered = outline_order((row[0], row[1], row[2]) for row in rows)
        wbs_of = {task_id: wbs for task_id, wbs, _ in ordered}
        days = dates_of([row[4] for row in rows])
        by_id = {
            row[0]: _ConstraintRow(row[0], row[1], row[3], day)
            for row, day in zip(rows, days, strict=True)
        }
        plain: dict[DriverKind, str] = {}
        return {
            task_id: _driver_text(
                schedule.tasks.driver(task_id), by_id[task_id], by_id, wbs_of, plain
            )
            for task_id, _, _ in ordered
        }


def driving_chain(session: Session, project_id: int, task_id: int) -> tuple[set[int], set[int]]:
    """Return the task ids and link ids that drive `task_id`'s start, back to the first cause.

    The chain follows each task's driving link to its predecessor and stops at a task driven
    by anything else (project start, constraint, status date, actual start). A summary's dates
    are its children's, so the chain goes on through the child that starts first (the one that
    finishes last when a link from the summary's finish led there; ties go to the first in
    outline order). A link into a summary drives the tasks beneath it: that summary is part
    of the chain too. `task_id` itself is always in the task ids.
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    with collector_paused():
        schedule = compute_schedule(session, project)  # nothing written, as in start_drivers
        rows = read_rows(
            session,
            select(Task.id, Task.parent_id, Task.position).where(Task.project_id == project.id),
        )
        parent_of = {tid: parent_id for tid, parent_id, _ in rows}
        if task_id not in parent_of:
            raise NotFoundError("task", task_id)
        order = {tid: i for i, (tid, _, _) in enumerate(outline_order(rows))}
        links = {
            (pred, succ): (link_id, kind, lag)
            for link_id, pred, succ, kind, lag in read_rows(session, link_rows(project.id))
        }
    children: dict[int, list[int]] = {}
    for tid, parent_id in parent_of.items():
        if parent_id is not None:
            children.setdefault(parent_id, []).append(tid)
    task_ids: set[int] = set()
    link_ids: set[int] = set()
    current, from_finish = task_id, False  # which end of `current` the chain arrived at
    while current not in task_ids:
        task_ids.add(current)
        kids = children.get(current)
        if kids:
            current = _child_setting(kids, from_finish, schedule, order)
            continue
        driver = schedule.tasks.driver(current).link
        if driver is None:
            break  # driven by anything but a link: the first cause
        found = _link_behind(driver, current, links, parent_of)
        if found is None:
            break
        link_id, target = found
        link_ids.add(link_id)
        task_ids.add(target)
        predecessor, link_type, _ = driver
        current, from_finish = predecessor, link_type in ("FS", "FF")
    return task_ids, link_ids


# Constraints a summary passes down to the tasks beneath it in the forward pass.
_INHERITED = frozenset({ConstraintType.SNET, ConstraintType.FNET})


class _ConstraintRow(NamedTuple):
    """A task's constraint, as start_drivers reads it; the type is its stored text."""

    id: int
    parent_id: int | None
    constraint_type: str
    constraint_date: dt.date | None


def _driver_text(
    driver: Driver,
    row: _ConstraintRow,
    by_id: dict[int, _ConstraintRow],
    wbs_of: dict[int, str],
    plain: dict[DriverKind, str],
) -> str:
    """Say what `driver` means for the task of `row`; `plain` keeps the texts naming no link."""
    if driver.kind == DriverKind.CONSTRAINT:
        return _constraint_text(row, by_id, wbs_of)
    if driver.link is None:
        found = plain.get(driver.kind)
        if found is None:
            found = plain[driver.kind] = DriverRow(driver.kind.value).text()
        return found
    predecessor, link_type, lag = driver.link
    return DriverRow(driver.kind.value, predecessor, wbs_of.get(predecessor), link_type, lag).text()


def _constraint_text(
    row: _ConstraintRow, by_id: dict[int, _ConstraintRow], wbs_of: dict[int, str]
) -> str:
    """Name the constraint: the task's own, else the nearest summary's SNET/FNET above it.

    The engine's driver does not say whose constraint won; when the task and a summary above
    it both push its start, the task's own is named.
    """
    node: _ConstraintRow | None = row
    while node is not None:
        kind = node.constraint_type
        if (node is row and kind != ConstraintType.ASAP) or kind in _INHERITED:
            text = f"constraint {kind}"
            if node.constraint_date is not None:
                text += f" {node.constraint_date.isoformat()}"
            return text if node is row else f"{text} (summary {wbs_of[node.id]})"
        node = by_id.get(node.parent_id) if node.parent_id is not None else None
    return DriverKind.CONSTRAINT.value


def _link_behind(
    driver: tuple[int, str, int],
    task_id: int,
    links: dict[tuple[int, int], tuple[int, str, int]],
    parent_of: dict[int, int | None],
) -> tuple[int, int] | None:
    """The id of the link a driver names, and the task it ends at: `task_id` or a summary above.

    A link into a summary binds every task beneath it, so the driving link may end higher up.
    """
    predecessor, link_type, lag = driver
    target: int | None = task_id
    while target is not None:
        found = links.get((predecessor, target))
        if found is not None and found[1:] == (link_type, lag):
            return found[0], target
        target = parent_of[target]
    return None


def _child_setting(
    kids: list[int], at_finish: bool, schedule: Schedule, order: dict[int, int]
) -> int:
    """The child that sets a summary's start (or, `at_finish`, its finish)."""
    if at_finish:
        return min(kids, key=lambda k: (-schedule.tasks[k].finish.toordinal(), order[k]))
    return min(kids, key=lambda k: (schedule.tasks[k].start, order[k]))
