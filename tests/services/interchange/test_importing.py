"""Importing a plan: one new project in one transaction, or nothing at all."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from cpm_desktop.errors import DependencyCycleError, ValidationError
from cpm_desktop.interchange.gan_read import read_gan
from cpm_desktop.interchange.model import Plan, PlanCalendar, PlanLink, PlanTask
from cpm_desktop.interchange.mspdi_read import read_mspdi
from cpm_desktop.services.interchange.exporting import project_plan
from cpm_desktop.services.interchange.importing import import_plan
from cpm_desktop.services.portfolio import views
from cpm_desktop.workspace import Workspace
from tests.services.support import assert_refused

MONDAY = dt.date(2026, 9, 7)


def small_plan(**changes: object) -> Plan:
    """Design (summary) > Spec (4d) → Review (2d), then a milestone; one holiday."""
    plan = Plan(
        name="Client rollout",
        start_date=MONDAY,
        calendar=PlanCalendar(holidays=[(dt.date(2026, 9, 10), "Local holiday")]),
        tasks=[
            PlanTask("10", "Design"),
            PlanTask("11", "Spec", parent_key="10", duration=4, owner="Ana"),
            PlanTask("12", "Review", parent_key="10", duration=2),
            PlanTask("13", "Signed", duration=0, is_milestone=True),
        ],
        links=[PlanLink("11", "12"), PlanLink("10", "13")],
        source_format="Test",
    )
    return replace(plan, **changes)


def test_import_creates_a_scheduled_project(workspace: Workspace) -> None:
    """Tasks, hierarchy, links and the holiday arrive; the engine schedules them."""
    with workspace.transaction() as s:
        result = import_plan(s, small_plan(), client_name="Acme")
        rows = {r.name: r for r in views.task_rows(s, result.project_id)}
    assert (result.code, result.client) == ("CLIENT-ROLLOUT", "Acme")
    assert [rows[n].wbs for n in ("Design", "Spec", "Review", "Signed")] == ["1", "1.1", "1.2", "2"]
    # Spec Mon 7 – Fri 11 (Thu 10 is a holiday); Review Mon 14 – Tue 15; Signed on Tue 15.
    assert (rows["Spec"].start, rows["Spec"].finish) == (MONDAY, dt.date(2026, 9, 11))
    assert rows["Review"].finish == dt.date(2026, 9, 15)
    assert rows["Signed"].start == dt.date(2026, 9, 15)
    assert rows["Spec"].owner == "Ana"
    assert result.finish == dt.date(2026, 9, 15)


def test_second_import_gets_a_new_code(workspace: Workspace) -> None:
    """The same plan twice makes two projects with distinct codes."""
    with workspace.transaction() as s:
        first = import_plan(s, small_plan())
        second = import_plan(s, small_plan())
    assert (first.code, second.code) == ("CLIENT-ROLLOUT", "CLIENT-ROLLOUT-2")


def test_demo_project_survives_export_and_import(demo: Workspace) -> None:
    """Taking the demo out as a plan and back in gives the same outline and dates."""
    with demo.transaction() as s:
        original = views.find_project_id(s, "NHL-WMS")
        assert original is not None
        copy = import_plan(s, project_plan(s, original))
        before = views.task_rows(s, original)
        after = views.task_rows(s, copy.project_id)
    strip = [(r.wbs, r.name, r.duration, r.start, r.finish, r.percent_complete) for r in before]
    assert strip == [
        (r.wbs, r.name, r.duration, r.start, r.finish, r.percent_complete) for r in after
    ]


def test_unknown_links_are_reported_not_fatal(workspace: Workspace) -> None:
    """A link to a task the file does not hold is left out and listed in the report."""
    plan = small_plan(links=[PlanLink("11", "99"), PlanLink("11", "12")])
    with workspace.transaction() as s:
        result = import_plan(s, plan)
    assert any("'99'" in line for line in result.notes.dropped)
    assert any("Left out (1)" in line for line in result.lines())


@pytest.mark.parametrize(
    ("plan", "error", "match"),
    [
        pytest.param(
            small_plan(links=[PlanLink("11", "12"), PlanLink("12", "13"), PlanLink("13", "11")]),
            DependencyCycleError,
            "loop",
            id="cycle",
        ),
        pytest.param(
            small_plan(
                tasks=[PlanTask("1", "A", actual_start=MONDAY, actual_finish=dt.date(2026, 9, 1))]
            ),
            ValidationError,
            "finishes",
            id="finish-before-start",
        ),
        pytest.param(
            small_plan(
                tasks=[
                    PlanTask(
                        "1", "A", constraint_type="SNET", constraint_date=dt.date(1066, 10, 14)
                    )
                ]
            ),
            ValidationError,
            "impossible",
            id="ancient-date",
        ),
        pytest.param(
            small_plan(start_date=dt.date(3000, 1, 1)),
            ValidationError,
            "plausible",
            id="start-year-3000",
        ),
        pytest.param(
            small_plan(tasks=[PlanTask("1", "A"), PlanTask("1", "B")]),
            ValidationError,
            "twice",
            id="duplicate-key",
        ),
        pytest.param(
            small_plan(tasks=[PlanTask("2", "Child", parent_key="1"), PlanTask("1", "S")]),
            ValidationError,
            "before its summary",
            id="child-first",
        ),
    ],
)
def test_bad_plans_leave_the_workspace_unchanged(
    workspace: Workspace, plan: Plan, error: type[Exception], match: str
) -> None:
    """Cycles, impossible dates and broken outlines: one clear error, no new row anywhere."""
    assert_refused(workspace, lambda s: import_plan(s, plan), error, match)


GAN = b"""<?xml version="1.0" encoding="UTF-8"?><project name="Moves" version="3.3.3312">
<calendars><day-types><default-week sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" sat="1"/>
</day-types></calendars><tasks>
  <task id="0" name="Pack" meeting="false" start="2026-09-07" duration="5">
    <depend id="1" type="2" difference="0" hardness="Strong"/></task>
  <task id="1" name="Moved" meeting="true" start="2026-09-14" duration="0"/>
  <task id="2" name="Clean" meeting="false" start="2026-09-09" duration="2"/>
</tasks></project>"""


def test_ganttproject_plan_keeps_the_dates_ganttproject_shows(workspace: Workspace) -> None:
    """An unlinked task stays on its day, and a milestone after a Friday finish stays on the
    Monday GanttProject shows; the report says why."""
    plan = read_gan(GAN, "moves.gan")
    with workspace.transaction() as s:
        result = import_plan(s, plan)
        rows = {r.name: (r.start, r.finish) for r in views.task_rows(s, result.project_id)}
    assert rows == {
        "Pack": (MONDAY, dt.date(2026, 9, 11)),
        "Moved": (dt.date(2026, 9, 14), dt.date(2026, 9, 14)),
        "Clean": (dt.date(2026, 9, 9), dt.date(2026, 9, 10)),
    }
    assert any("no earlier than the date GanttProject shows" in line for line in result.lines())


# -- the report says what was stored ---------------------------------------------------------

MSPDI_HUGE = b"""<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project"><Title>Huge</Title>
<StartDate>2026-09-07T08:00:00</StartDate><Tasks>
<Task><UID>1</UID><ID>1</ID><Name>Forever</Name><OutlineLevel>1</OutlineLevel>
  <Duration>PT1000000000000001H0M0S</Duration><PercentComplete>1%s</PercentComplete></Task>
<Task><UID>2</UID><ID>2</ID><Name>Next</Name><OutlineLevel>1</OutlineLevel>
  <Duration>PT8H0M0S</Duration>
  <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type></PredecessorLink>
  <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink></Task>
</Tasks></Project>""" % (b"0" * 309)


def _import_report(workspace: Workspace, plan: Plan) -> tuple[list[str], list[views.TaskRow]]:
    with workspace.transaction() as s:
        result = import_plan(s, plan)
        return result.lines(), views.task_rows(s, result.project_id)


def test_a_duration_beyond_the_limit_reports_the_stored_10000_days(workspace: Workspace) -> None:
    """1.25e14 days (with a fraction) is one line saying 10000 days were stored, no rounding."""
    lines, rows = _import_report(workspace, read_mspdi(MSPDI_HUGE, "huge.xml"))
    assert rows[0].duration == 10_000
    assert (
        "  - Task 'Forever': 1.25e+14 working days is more than a task may last; "
        "10000 days stored." in lines
    )
    assert not [line for line in lines if "rounded" in line]


def test_a_310_digit_percent_is_reported_short_with_the_stored_100(workspace: Workspace) -> None:
    """A % complete of 10^309 is shown as 1e+309, and the line says 100 % was stored."""
    lines, rows = _import_report(workspace, read_mspdi(MSPDI_HUGE, "huge.xml"))
    assert rows[0].percent_complete == 100
    assert "  - Task 'Forever': 1e+309 % complete is impossible; 100 % is stored." in lines
    assert max(len(line) for line in lines) < 160


def test_a_dropped_self_link_is_not_counted(workspace: Workspace) -> None:
    """Of a self-link and a real one only the real one is stored, counted and so reported."""
    lines, _ = _import_report(workspace, read_mspdi(MSPDI_HUGE, "huge.xml"))
    assert lines[1] == "Imported: 2 tasks, 0 summaries, 0 milestones, 1 link, 0 holidays."
    assert "  - A link from task 'Next' to itself." in lines


def test_counts_are_what_was_stored(workspace: Workspace) -> None:
    """Tasks, summaries, milestones, links and holidays count the rows the import wrote."""
    plan = small_plan(
        links=[PlanLink("11", "12"), PlanLink("11", "12"), PlanLink("10", "11")],
        calendar=PlanCalendar(
            holidays=[(dt.date(2026, 9, 10), "Local"), (dt.date(2300, 1, 1), "Far")]
        ),
    )
    with workspace.transaction() as s:
        result = import_plan(s, plan)
    assert result.notes.counts == {
        "tasks": 4,
        "summaries": 1,
        "milestones": 1,
        "links": 1,
        "holidays": 1,
    }
    assert "1 holiday outside 1900–2199." in result.notes.dropped
    assert "A second link 'Spec' → 'Review' (the first is kept)." in result.notes.dropped


def test_a_lag_beyond_the_limit_reports_the_stored_lag(workspace: Workspace) -> None:
    """A lead of 250,000 days is kept as the longest lead a link may have, and said so."""
    plan = small_plan(links=[PlanLink("11", "12", lag=-250_000)])
    with workspace.transaction() as s:
        result = import_plan(s, plan)
    assert result.notes.approximated == [
        "Link 'Spec' → 'Review': a lag of -250000 working days is beyond ±10000; -10000 stored."
    ]


def test_costs_beyond_a_trillion_are_left_out_not_refused(workspace: Workspace) -> None:
    """An absurd cost no longer refuses the whole import: the task keeps 0, and the report says."""
    tasks = [PlanTask("1", "A", budget_cost=Decimal("1e20"), actual_cost=Decimal(-5))]
    with workspace.transaction() as s:
        result = import_plan(s, small_plan(tasks=tasks, links=[]))
    assert result.notes.dropped == [
        "Task 'A': budget cost 1e+20 is over 1,000,000,000,000; 0 stored.",
        "Task 'A': negative actual cost -5; 0 stored.",
    ]


def test_a_baseline_beyond_the_limits_is_reported(workspace: Workspace) -> None:
    """A baseline duration over 10,000 days is stored as 10,000; one in year 3000 is left out."""
    tasks = [
        PlanTask("1", "A", baseline_start=MONDAY, baseline_finish=MONDAY, baseline_duration=99_999),
        PlanTask("2", "B", baseline_start=MONDAY, baseline_finish=dt.date(3000, 1, 1)),
    ]
    with workspace.transaction() as s:
        result = import_plan(s, small_plan(tasks=tasks, links=[]))
    assert result.notes.approximated == [
        "Task 'A': baseline of 99999 working days is more than a task may last; 10000 days stored."
    ]
    assert result.notes.dropped == [
        "Task 'B': baseline 2026-09-07 – 3000-01-01 is not a plausible span; left out."
    ]


def test_a_plan_running_past_the_year_9999_is_refused(workspace: Workspace) -> None:
    """300 chained tasks of 10,000 days need 11,000 years: one clear error, nothing stored."""
    tasks = [PlanTask(str(n), f"Era {n}", duration=10_000) for n in range(300)]
    links = [PlanLink(str(n), str(n + 1)) for n in range(299)]
    plan = small_plan(start_date=dt.date(2199, 1, 1), tasks=tasks, links=links)
    assert_refused(workspace, lambda s: import_plan(s, plan), ValidationError, "year 9999")
