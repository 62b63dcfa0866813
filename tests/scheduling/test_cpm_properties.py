"""Properties of schedule_project over random acyclic networks (hypothesis).

Networks: leaf tasks 1..n (n ≤ 30, durations 0..10, 0 = milestone), up to 6 summaries above
them, links between leaves only from a lower to a higher id, plus links into a summary from a
leaf before all of its leaves and from a summary to a leaf after all of its leaves. Every edge
then runs forward in leaf order, so the network is acyclic and valid. Calendars have random
working weekdays and holidays; some runs have a status date.

Dates are compared on the calendar's working-day clock (`calendar.index`): a task of d days
occupies instants [index(start), index(finish) + 1). A milestone shown on day D sits at the
start of D or at its end (after a finish), so its instant is only known to be index(D) or
index(D) + 1; checks involving milestones use that interval.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from cpm_desktop.scheduling import (
    DriverKind,
    LinkSpec,
    Schedule,
    TaskSpec,
    WorkCalendar,
    schedule_project,
)

LINK_TYPES = ("FS", "SS", "FF", "SF")
MON_FRI = frozenset(range(5))
FROM_FINISH = {"FS": True, "SS": False, "FF": True, "SF": False}
TO_FINISH = {"FS": False, "SS": False, "FF": True, "SF": True}
FAST = settings(max_examples=120, deadline=None, database=None)


@dataclass
class Net:
    """A generated network and what the checks need to know about its outline."""

    tasks: list[TaskSpec]
    links: list[LinkSpec]
    calendar: WorkCalendar
    start: dt.date
    status: dt.date | None
    leaves: list[int]
    parent: dict[int, int | None]
    beneath: dict[int, list[int]] = field(default_factory=dict)  # summary → its leaves

    def __repr__(self) -> str:
        """A compact, reproducible description: failing examples stay readable."""
        calendar = self.calendar
        return (
            f"Net(tasks={self.tasks!r},\n links={self.links!r},\n"
            f" calendar=WorkCalendar({sorted(calendar.working_weekdays)}, "
            f"{sorted(calendar.holidays)!r}),\n start={self.start!r}, status={self.status!r})"
        )

    def schedule(self) -> Schedule:
        """Schedule the network as generated."""
        return schedule_project(self.tasks, self.links, self.calendar, self.start, self.status)

    def ancestors(self, task_id: int) -> list[int]:
        """The summaries above a task, nearest first."""
        found = []
        up = self.parent[task_id]
        while up is not None:
            found.append(up)
            up = self.parent[up]
        return found


@st.composite
def networks(
    draw: st.DrawFn,
    *,
    types: tuple[str, ...] = LINK_TYPES,
    min_lag: int = -3,
    summaries: bool = True,
    status: bool = True,
    progress: bool = False,
    soft: bool = False,
) -> Net:
    """A random acyclic network (see the module docstring); no hard date constraints.

    `soft` gives some tasks ALAP, SNET or FNET; `progress` gives some actual dates (with a
    status date); `types` and `min_lag` narrow the links.
    """
    n = draw(st.integers(1, 30))
    durations = [draw(st.integers(0, 10)) for _ in range(n)]
    leaves = list(range(1, n + 1))
    k = draw(st.integers(0, 6)) if summaries else 0
    groups = list(range(n + 1, n + k + 1))
    parent: dict[int, int | None] = {}
    for leaf in leaves:
        parent[leaf] = draw(st.none() | st.sampled_from(groups)) if groups else None
    for j, group in enumerate(groups):  # a summary nests only under a later summary
        later = groups[j + 1 :]
        parent[group] = draw(st.none() | st.sampled_from(later)) if later else None
    beneath: dict[int, list[int]] = {g: [] for g in groups}
    for leaf in leaves:
        up = parent[leaf]
        while up is not None:
            beneath[up].append(leaf)
            up = parent[up]
    # A summary with no leaf beneath would be a plain task: leave such ones out.
    beneath = {g: kids for g, kids in beneath.items() if kids}
    for g in groups:
        if g not in beneath:
            del parent[g]
    for task_id, up in parent.items():
        if up is not None and up not in beneath:
            parent[task_id] = None

    weekdays = draw(st.one_of(st.just(MON_FRI), st.frozensets(st.integers(0, 6), min_size=1)))
    start = draw(st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)))
    holidays = draw(
        st.lists(
            st.dates(start - dt.timedelta(days=10), start + dt.timedelta(days=300)), max_size=15
        )
    )
    calendar = WorkCalendar(weekdays, holidays)
    status_date = None
    if status and draw(st.booleans()):
        status_date = start + dt.timedelta(days=draw(st.integers(-5, 60)))

    def link(pred: int, succ: int) -> LinkSpec:
        return LinkSpec(pred, succ, draw(st.sampled_from(types)), draw(st.integers(min_lag, 5)))

    pairs = (
        draw(st.lists(st.tuples(st.sampled_from(leaves), st.sampled_from(leaves)), max_size=2 * n))
        if n > 1
        else []
    )
    links = [link(a, b) for a, b in sorted({(min(p), max(p)) for p in pairs if p[0] != p[1]})]
    for group, kids in beneath.items():
        before = [leaf for leaf in leaves if leaf < min(kids)]
        after = [leaf for leaf in leaves if leaf > max(kids)]
        if before and draw(st.booleans()):
            links.append(link(draw(st.sampled_from(before)), group))
        if after and draw(st.booleans()):
            links.append(link(group, draw(st.sampled_from(after))))

    tasks = []
    for leaf, duration in zip(leaves, durations, strict=True):
        extra: dict = {}
        if progress and status_date is not None and draw(st.booleans()):
            extra = _progress(draw, calendar, start, status_date, duration)
        elif soft and draw(st.integers(0, 3)) == 0:
            extra = _soft_constraint(draw, start)
        tasks.append(
            TaskSpec(
                leaf,
                f"t{leaf}",
                parent_id=parent[leaf],
                duration=duration,
                is_milestone=duration == 0,
                **extra,
            )
        )
    tasks += [TaskSpec(g, f"s{g}", parent_id=parent[g]) for g in beneath]
    return Net(tasks, links, calendar, start, status_date, leaves, parent, beneath)


def _progress(
    draw: st.DrawFn, calendar: WorkCalendar, start: dt.date, status: dt.date, duration: int
) -> dict:
    """Actual start (a working day by the status date), maybe a finish or a percentage."""
    began = calendar.add_working_days(start, draw(st.integers(-3, 30)))
    if began > status:
        return {}
    if duration == 0:  # a milestone is reached on one day, or not at all
        return {"actual_start": began, "actual_finish": began, "percent_complete": 100}
    if draw(st.booleans()):
        ended = calendar.add_working_days(began, duration - 1 + draw(st.integers(0, 3)))
        if ended <= status:
            return {"actual_start": began, "actual_finish": ended, "percent_complete": 100}
    return {"actual_start": began, "percent_complete": draw(st.integers(1, 99))}


def _soft_constraint(draw: st.DrawFn, start: dt.date) -> dict:
    """ALAP, or SNET/FNET on a day near the project start: bounds that never conflict."""
    kind = draw(st.sampled_from(["ALAP", "SNET", "FNET"]))
    day = start + dt.timedelta(days=draw(st.integers(-10, 60)))
    return {"constraint": kind, "constraint_date": None if kind == "ALAP" else day}


# ------------------------------------------------------------------------------ clock helpers

Interval = tuple[int, int]  # earliest and latest possible instant


def instants(net: Net, schedule: Schedule) -> tuple[dict[int, Interval], dict[int, Interval]]:
    """Start and end instants of every task; a summary spans its leaves."""
    index = net.calendar.index
    starts: dict[int, Interval] = {}
    ends: dict[int, Interval] = {}
    for spec in net.tasks:
        if spec.id in net.beneath:
            continue
        task = schedule.tasks[spec.id]
        if spec.is_milestone:  # the start or the end of its day
            day = index(task.start)
            starts[spec.id] = ends[spec.id] = (day, day + 1)
        else:
            first, last = index(task.start), index(task.finish) + 1
            starts[spec.id], ends[spec.id] = (first, first), (last, last)
    for group, kids in net.beneath.items():
        starts[group] = (min(starts[k][0] for k in kids), min(starts[k][1] for k in kids))
        ends[group] = (max(ends[k][0] for k in kids), max(ends[k][1] for k in kids))
    return starts, ends


def broken_links(net: Net, schedule: Schedule) -> list[str]:
    """Links not met: the successor (every leaf beneath a summary) before pred + lag."""
    starts, ends = instants(net, schedule)
    problems = []
    for link in net.links:
        pred_lo = (ends if FROM_FINISH[link.type] else starts)[link.predecessor][0]
        anchors = ends if TO_FINISH[link.type] else starts
        for target in net.beneath.get(link.successor, [link.successor]):
            if anchors[target][1] < pred_lo + link.lag:
                problems.append(f"{link} is broken at task {target}")
    return problems


# ------------------------------------------------------------------------------ properties


@FAST
@given(net=networks(soft=True))
def test_every_link_is_satisfied(net: Net) -> None:
    """(a) Without hard constraints, every link of every type and lag holds on the working clock."""
    assert broken_links(net, net.schedule()) == []


@FAST
@given(net=networks())
def test_each_start_is_exactly_what_its_driver_says(net: Net) -> None:
    """(a) Each work task starts exactly at its driving bound: a link, the start or status date."""
    schedule = net.schedule()
    starts, ends = instants(net, schedule)
    index = net.calendar.index
    for leaf in net.leaves:
        task = schedule.tasks[leaf]
        if task.duration == 0:
            continue
        driver = task.driver
        if driver.kind == DriverKind.PROJECT_START:
            assert task.start == net.calendar.next_working_day(net.start), leaf
        elif driver.kind == DriverKind.STATUS_DATE:
            assert net.status is not None
            assert index(task.start) == index(net.status + dt.timedelta(days=1)), leaf
        else:
            assert driver.kind == DriverKind.LINK, leaf
            assert driver.link is not None
            pred, link_type, lag = driver.link
            lo, hi = (ends if FROM_FINISH[link_type] else starts)[pred]
            mine = (ends if TO_FINISH[link_type] else starts)[leaf][0]
            assert lo + lag <= mine <= hi + lag, (leaf, driver)
            # and it is a link into this task or into a summary above it
            targets = {leaf, *net.ancestors(leaf)}
            assert any(
                (ln.predecessor, ln.type, ln.lag) == driver.link and ln.successor in targets
                for ln in net.links
            ), (leaf, driver)


@FAST
@given(net=networks(types=("FS", "SS"), min_lag=0))
def test_nothing_starts_before_the_project_start(net: Net) -> None:
    """(b) With FS/SS links and no leads, no task starts before the project's first working day."""
    schedule = net.schedule()
    first = net.calendar.next_working_day(net.start)
    assert {i: t.start for i, t in schedule.tasks.items() if t.start < first} == {}
    assert {i: t.early_start for i, t in schedule.tasks.items() if t.early_start < first} == {}


UNCONSTRAINED = networks(status=False)  # no constraints, no progress, no status date


def _driving_leaf(net: Net, schedule: Schedule, group: int, from_finish: bool) -> int:
    """The critical leaf beneath a summary that sets its finish (or its start)."""
    critical = [k for k in net.beneath[group] if schedule.tasks[k].critical]
    assert critical, f"summary {group} drives a critical task but holds no critical work"
    if from_finish:
        return max(critical, key=lambda k: schedule.tasks[k].finish)
    return min(critical, key=lambda k: schedule.tasks[k].start)


@FAST
@given(net=UNCONSTRAINED)
def test_a_critical_chain_runs_from_start_to_finish(net: Net) -> None:
    """(c) Slack ≥ 0 everywhere, and a chain of critical tasks links project start to finish."""
    schedule = net.schedule()
    for task_id, task in schedule.tasks.items():
        assert task.total_slack >= 0, task_id
        if not task.is_summary:
            assert task.critical == (task.total_slack == 0), task_id
    critical = [leaf for leaf in net.leaves if schedule.tasks[leaf].critical]
    assert critical
    assert schedule.critical_count == len(critical)
    last = [leaf for leaf in critical if schedule.tasks[leaf].finish == schedule.finish]
    assert last, "no critical task finishes on the project finish"
    current = last[0]
    for _ in range(len(net.tasks) + 1):  # walk the drivers back to the project start
        task = schedule.tasks[current]
        assert task.critical, current
        if task.driver.kind == DriverKind.PROJECT_START:
            assert task.start == net.calendar.next_working_day(net.start)
            return
        assert task.driver.kind == DriverKind.LINK
        assert task.driver.link is not None
        pred, link_type, _ = task.driver.link
        if pred in net.beneath:
            current = _driving_leaf(net, schedule, pred, FROM_FINISH[link_type])
        else:
            current = pred
    raise AssertionError("the chain of drivers does not reach the project start")


@FAST
@given(net=UNCONSTRAINED)
def test_total_slack_is_late_minus_early(net: Net) -> None:
    """(c) For work tasks, total slack = working days from early to late finish (and start)."""
    schedule = net.schedule()
    index = net.calendar.index
    for leaf in net.leaves:
        task = schedule.tasks[leaf]
        if task.duration:
            assert index(task.late_finish) - index(task.early_finish) == task.total_slack
            assert index(task.late_start) - index(task.early_start) == task.total_slack


def _comparable(schedule: Schedule, net: Net) -> dict[int, tuple]:
    """Every field of every result; the driver's link only where a single link could drive."""
    into: dict[int, int] = {}
    for link in net.links:
        into[link.successor] = into.get(link.successor, 0) + 1
    result = {}
    for task_id, task in schedule.tasks.items():
        candidates = sum(into.get(t, 0) for t in (task_id, *net.ancestors(task_id)))
        result[task_id] = (
            task.start,
            task.finish,
            task.duration,
            task.is_summary,
            task.early_start,
            task.early_finish,
            task.late_start,
            task.late_finish,
            task.total_slack,
            task.free_slack,
            task.critical,
            task.driver.kind,
            task.driver.link if candidates == 1 else None,
        )
    return result


@settings(max_examples=80, deadline=None, database=None)
@given(net=networks(progress=True, soft=True), shuffler=st.randoms(use_true_random=False))
def test_input_order_does_not_matter(net: Net, shuffler: random.Random) -> None:
    """(d) Shuffling tasks and links changes no result (the driver's link where unambiguous)."""
    before = net.schedule()
    tasks, links = list(net.tasks), list(net.links)
    shuffler.shuffle(tasks)
    shuffler.shuffle(links)
    after = schedule_project(tasks, links, net.calendar, net.start, net.status)
    assert _comparable(after, net) == _comparable(before, net)
    assert (after.finish, after.critical_count) == (before.finish, before.critical_count)


@FAST
@given(net=networks(progress=True, soft=True))
def test_every_shown_date_is_a_working_day(net: Net) -> None:
    """(e) Start, finish, early and late dates of every task and the project finish are workdays."""
    schedule = net.schedule()
    working = net.calendar.is_working
    for task_id, task in schedule.tasks.items():
        days = (task.start, task.finish, task.early_start, task.early_finish)
        assert all(working(day) for day in days), task_id
        assert all(working(day) for day in (task.late_start, task.late_finish)), task_id
        assert task.start <= task.finish, task_id
    assert schedule.finish is not None
    assert working(schedule.finish)
    assert schedule.finish == max(task.finish for task in schedule.tasks.values())


@FAST
@given(net=UNCONSTRAINED)
def test_free_slack_is_the_gap_to_the_nearest_successor(net: Net) -> None:
    """(f) total ≥ free ≥ 0; a plain work task's free slack is its smallest gap to a successor."""
    schedule = net.schedule()
    starts, ends = instants(net, schedule)
    for task_id, task in schedule.tasks.items():
        assert task.total_slack >= task.free_slack >= 0, task_id
    # Exact check where every date is exact and no summary is involved.
    plain = {t for t in net.leaves if schedule.tasks[t].duration and net.parent[t] is None}
    for leaf in plain:
        out = [ln for ln in net.links if ln.predecessor == leaf]
        if not all(ln.successor in plain for ln in out):
            continue
        gaps = [
            (ends if TO_FINISH[ln.type] else starts)[ln.successor][0]
            - ln.lag
            - (ends if FROM_FINISH[ln.type] else starts)[leaf][0]
            for ln in out
        ]
        task = schedule.tasks[leaf]
        assert task.free_slack == max(0, min([task.total_slack, *gaps])), leaf
