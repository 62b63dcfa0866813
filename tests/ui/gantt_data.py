"""Timelines built in code for the Gantt chart tests (and the benchmark of 10,000 tasks)."""

from __future__ import annotations

import datetime as dt
import random

from cpm_desktop.services.plan.timeline import (
    Timeline,
    TimelineCalendar,
    TimelineLink,
    TimelineTask,
)

MONDAY = dt.date(2026, 9, 7)
HOLIDAY = dt.date(2026, 9, 16)
STATUS_DATE = dt.date(2026, 9, 11)
TODAY = dt.date(2026, 9, 15)
WEEKDAYS = frozenset(range(5))

SUMMARY, KICKOFF, REQUIREMENTS, DESIGN, SIGN_OFF = 1, 2, 3, 4, 5
FS_LINK, SS_LINK, FF_LINK, SF_LINK = 11, 12, 13, 14


def task(
    task_id: int,
    name: str,
    start: dt.date,
    finish: dt.date,
    *,
    wbs: str = "",
    parent_id: int | None = None,
    depth: int = 0,
    duration: int = 1,
    percent: int = 0,
    summary: bool = False,
    milestone: bool = False,
    critical: bool = False,
    slack: int | None = 0,
    baseline: tuple[dt.date, dt.date] | None = None,
    variance: int | None = None,
) -> TimelineTask:
    """Return a TimelineTask with the fields a chart test does not care about filled in."""
    return TimelineTask(
        id=task_id,
        parent_id=parent_id,
        wbs=wbs or str(task_id),
        depth=depth,
        name=name,
        duration=duration,
        start=start,
        finish=finish,
        percent_complete=percent,
        is_summary=summary,
        is_milestone=milestone,
        owner="",
        predecessors="",
        total_slack=slack,
        is_critical=critical,
        constraint="ASAP",
        constraint_date=None,
        actual_start=None,
        actual_finish=None,
        baseline_start=baseline[0] if baseline else None,
        baseline_finish=baseline[1] if baseline else None,
        finish_variance=variance,
    )


def small_timeline() -> Timeline:
    """A summary over three tasks and a milestone; links of all four types; a holiday."""
    day = dt.timedelta(days=1)
    tasks = [
        task(
            SUMMARY,
            "Discovery",
            MONDAY,
            MONDAY + 11 * day,
            wbs="1",
            summary=True,
            duration=9,
            percent=30,
        ),
        task(
            KICKOFF,
            "Kick-off workshop",
            MONDAY,
            MONDAY + 2 * day,
            wbs="1.1",
            parent_id=SUMMARY,
            depth=1,
            duration=3,
            percent=100,
            critical=True,
        ),
        task(
            REQUIREMENTS,
            "Requirements",
            MONDAY + 3 * day,
            MONDAY + 11 * day,
            wbs="1.2",
            parent_id=SUMMARY,
            depth=1,
            duration=6,
            percent=40,
            critical=True,
            baseline=(MONDAY + 3 * day, MONDAY + 9 * day),
            variance=2,
        ),
        task(
            DESIGN,
            "Design review",
            MONDAY + 3 * day,
            MONDAY + 8 * day,
            wbs="1.3",
            parent_id=SUMMARY,
            depth=1,
            duration=4,
            slack=3,
        ),
        task(
            SIGN_OFF,
            "Sign-off",
            MONDAY + 11 * day,
            MONDAY + 11 * day,
            wbs="1.4",
            parent_id=SUMMARY,
            depth=1,
            duration=0,
            milestone=True,
            critical=True,
        ),
    ]
    links = [
        TimelineLink(FS_LINK, KICKOFF, REQUIREMENTS, "FS", 0),
        TimelineLink(SS_LINK, KICKOFF, DESIGN, "SS", 3),
        TimelineLink(FF_LINK, DESIGN, REQUIREMENTS, "FF", 0),
        TimelineLink(SF_LINK, DESIGN, SIGN_OFF, "SF", 0),
    ]
    return Timeline(
        project_id=1,
        code="DEMO",
        tasks=tasks,
        links=links,
        calendar=TimelineCalendar(WEEKDAYS, frozenset({HOLIDAY})),
        start_date=MONDAY,
        status_date=STATUS_DATE,
        finish_date=MONDAY + 11 * day,
        critical_count=3,
    )


def synthetic_timeline(count: int = 10_000, seed: int = 7) -> Timeline:
    """`count` tasks in phases of 20 under summaries, each linked to a task a few rows up."""
    rng = random.Random(seed)
    tasks: list[TimelineTask] = []
    links: list[TimelineLink] = []
    cursor = MONDAY
    summary_id = 0
    for task_id in range(1, count + 1):
        if task_id % 20 == 1:
            summary_id = task_id
            tasks.append(task(task_id, f"Phase {task_id // 20 + 1}", cursor, cursor, summary=True))
            continue
        start = cursor + dt.timedelta(days=rng.randint(0, 6))
        length = rng.randint(1, 15)
        milestone = rng.random() < 0.05
        finish = start if milestone else start + dt.timedelta(days=length)
        tasks.append(
            task(
                task_id,
                f"Task {task_id}",
                start,
                finish,
                parent_id=summary_id,
                depth=1,
                percent=rng.choice((0, 0, 25, 50, 100)),
                milestone=milestone,
                critical=rng.random() < 0.2,
                duration=0 if milestone else length,
                baseline=(start, finish) if rng.random() < 0.3 else None,
            )
        )
        if task_id > 2:
            pred = max(2, task_id - rng.randint(1, 6))
            kind = rng.choice(("FS", "FS", "FS", "SS", "FF", "SF"))
            links.append(TimelineLink(len(links) + 1, pred, task_id, kind, 0))
        cursor += dt.timedelta(days=rng.randint(0, 2))
    return Timeline(
        project_id=1,
        code="BIG",
        tasks=_with_summary_spans(tasks),
        links=links,
        calendar=TimelineCalendar(WEEKDAYS, frozenset({HOLIDAY})),
        start_date=MONDAY,
        status_date=STATUS_DATE,
        finish_date=max(t.finish for t in tasks if t.finish),
        critical_count=0,
    )


def _with_summary_spans(tasks: list[TimelineTask]) -> list[TimelineTask]:
    spans: dict[int, tuple[dt.date, dt.date]] = {}
    for t in tasks:
        if t.parent_id is not None and t.start and t.finish:
            low, high = spans.get(t.parent_id, (t.start, t.finish))
            spans[t.parent_id] = (min(low, t.start), max(high, t.finish))
    result = []
    for t in tasks:
        if t.is_summary and t.id in spans:
            start, finish = spans[t.id]
            t = task(t.id, t.name, start, finish, summary=True)
        result.append(t)
    return result
