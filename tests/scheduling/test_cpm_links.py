"""Hand-computed link dates, summaries, slack, drivers and loops (MS Project semantics)."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.scheduling import CycleError, Driver, DriverKind, LinkSpec, TaskSpec, WorkCalendar
from tests.scheduling.cpm_support import MON_7, late_span, milestone, run, sep, span

# ------------------------------------------------------------------------------ link types

# P (5d) Mon 7 – Fri 11 Sep, then A (5d) FS after P: Mon 14 – Fri 18 Sep. Every case links
# A → B (2d); B's dates all fall after Mon 7, so the link (not the project start) places B.
CHAIN = [TaskSpec(1, "P", duration=5), TaskSpec(2, "A", duration=5), TaskSpec(3, "B", duration=2)]
P_TO_A = LinkSpec(1, 2)


@pytest.mark.parametrize(
    ("link_type", "lag", "expected"),
    [
        # FS: B starts the working day after A's finish (Fri 18) → Mon 21, Tue 22.
        pytest.param("FS", 0, (sep(21), sep(22)), id="FS"),
        # FS+2: Mon 21, Tue 22 are lag → B Wed 23 – Thu 24.
        pytest.param("FS", 2, (sep(23), sep(24)), id="FS+2"),
        # FS-2 (lead): Mon 21 back two working days → Thu 17 – Fri 18.
        pytest.param("FS", -2, (sep(17), sep(18)), id="FS-2"),
        # SS: B starts with A, Mon 14 – Tue 15.
        pytest.param("SS", 0, (sep(14), sep(15)), id="SS"),
        # SS+2: Mon 14 + 2 working days → Wed 16 – Thu 17.
        pytest.param("SS", 2, (sep(16), sep(17)), id="SS+2"),
        # SS-2: Mon 14 − 2 working days (over the weekend) → Thu 10 – Fri 11.
        pytest.param("SS", -2, (sep(10), sep(11)), id="SS-2"),
        # FF: B finishes with A on Fri 18 → Thu 17 – Fri 18.
        pytest.param("FF", 0, (sep(17), sep(18)), id="FF"),
        # FF+2: finish Fri 18 + 2 working days → Tue 22; B Mon 21 – Tue 22.
        pytest.param("FF", 2, (sep(21), sep(22)), id="FF+2"),
        # FF-2: finish Fri 18 − 2 → Wed 16; B Tue 15 – Wed 16.
        pytest.param("FF", -2, (sep(15), sep(16)), id="FF-2"),
        # SF: B finishes the working day before A starts (Mon 14) → Fri 11; B Thu 10 – Fri 11.
        pytest.param("SF", 0, (sep(10), sep(11)), id="SF"),
        # SF+2: A's start Mon 14 08:00 + 2d = Wed 16 08:00 → B finishes Tue 15; Mon 14 – Tue 15.
        pytest.param("SF", 2, (sep(14), sep(15)), id="SF+2"),
        # SF-2: Mon 14 08:00 − 2d = Thu 10 08:00 → B finishes Wed 9; Tue 8 – Wed 9.
        pytest.param("SF", -2, (sep(8), sep(9)), id="SF-2"),
    ],
)
def test_link_type_and_lag_on_a_weekday_calendar(
    link_type: str, lag: int, expected: tuple[dt.date, dt.date]
) -> None:
    """A (Mon 14 – Fri 18) → B (2d): each link type with lag 0, a lag and a lead."""
    schedule = run(CHAIN, [P_TO_A, LinkSpec(2, 3, link_type, lag)])
    assert span(schedule, 2) == (sep(14), sep(18))
    assert span(schedule, 3) == expected
    assert schedule.tasks[3].duration == 2
    assert schedule.tasks[3].driver == Driver(DriverKind.LINK, (2, link_type, lag))


# December 2026 with holidays Fri 25 Dec and Fri 1 Jan 2027; project start Mon 21 Dec.
# Working days: Mon 21, Tue 22, Wed 23, Thu 24 | Mon 28, Tue 29, Wed 30, Thu 31 | Mon 4 Jan, ...
# A (4d) runs Mon 21 – Thu 24 Dec; B has 3 days.
XMAS = WorkCalendar(holidays=[dt.date(2026, 12, 25), dt.date(2027, 1, 1)])


def dec(day: int) -> dt.date:
    """A day of December 2026."""
    return dt.date(2026, 12, day)


@pytest.mark.parametrize(
    ("link_type", "lag", "expected"),
    [
        # FS: next working day after Thu 24 is Mon 28 (Fri 25 holiday) → Mon 28 – Wed 30.
        pytest.param("FS", 0, (dec(28), dec(30)), id="FS"),
        # FS+1: Mon 28 is lag → Tue 29, Wed 30, Thu 31.
        pytest.param("FS", 1, (dec(29), dec(31)), id="FS+1"),
        # FS+2: Wed 30, Thu 31, (Fri 1 Jan holiday) Mon 4 Jan.
        pytest.param("FS", 2, (dec(30), dt.date(2027, 1, 4)), id="FS+2 over New Year"),
        # FS-1: Mon 28 back one working day → Thu 24; Thu 24, Mon 28, Tue 29.
        pytest.param("FS", -1, (dec(24), dec(29)), id="FS-1 over Christmas"),
        # SS+4: Mon 21 + 4 working days → Mon 28; Mon 28 – Wed 30.
        pytest.param("SS", 4, (dec(28), dec(30)), id="SS+4"),
        # FF+5: Thu 24 + 5 working days → Mon 4 Jan; B Wed 30, Thu 31, Mon 4.
        pytest.param("FF", 5, (dec(30), dt.date(2027, 1, 4)), id="FF+5"),
        # SF+6: Mon 21 + 6 working days = Wed 30 08:00 → B finishes Tue 29: Thu 24, Mon 28, Tue 29.
        pytest.param("SF", 6, (dec(24), dec(29)), id="SF+6"),
    ],
)
def test_link_lags_skip_holidays(
    link_type: str, lag: int, expected: tuple[dt.date, dt.date]
) -> None:
    """Lags and durations count working days only: Christmas and New Year's Day are skipped."""
    tasks = [TaskSpec(1, "A", duration=4), TaskSpec(2, "B", duration=3)]
    schedule = run(tasks, [LinkSpec(1, 2, link_type, lag)], start=dec(21), calendar=XMAS)
    assert span(schedule, 1) == (dec(21), dec(24))
    assert span(schedule, 2) == expected
    assert schedule.finish == max(expected[1], dec(24))


# ------------------------------------------------------------------------------ milestones

WEEK = TaskSpec(1, "Week", duration=5)  # Mon 7 – Fri 11


@pytest.mark.parametrize(
    ("link_type", "lag", "day"),
    [
        # FS: A finishes Fri 11 17:00; the milestone shows on Fri 11, not Mon 14.
        pytest.param("FS", 0, sep(11), id="FS"),
        # FS+1: Fri 11 17:00 + 1d = Mon 14 17:00 → Mon 14.
        pytest.param("FS", 1, sep(14), id="FS+1"),
        # SS: with A's start, Mon 7 08:00.
        pytest.param("SS", 0, sep(7), id="SS"),
        # SS+2: Mon 7 08:00 + 2d = Wed 9 08:00 → Wed 9.
        pytest.param("SS", 2, sep(9), id="SS+2"),
        # FF: at A's finish, Fri 11 17:00.
        pytest.param("FF", 0, sep(11), id="FF"),
        # FF-1: Fri 11 17:00 − 1d = Thu 10 17:00.
        pytest.param("FF", -1, sep(10), id="FF-1"),
    ],
)
def test_milestone_day_after_each_link(link_type: str, lag: int, day: dt.date) -> None:
    """A milestone after a finish shows on that finish's day; after a start, on that day."""
    schedule = run([WEEK, milestone(2, "M")], [LinkSpec(1, 2, link_type, lag)])
    assert span(schedule, 2) == (day, day)
    assert schedule.tasks[2].duration == 0


def test_work_after_a_friday_milestone_starts_on_monday() -> None:
    """Week (Mon 7 – Fri 11) → M (Fri 11) → Z (1d): Z starts Mon 14, the project ends then."""
    schedule = run([WEEK, milestone(2, "M"), TaskSpec(3, "Z")], [LinkSpec(1, 2), LinkSpec(2, 3)])
    assert span(schedule, 2) == (sep(11), sep(11))
    assert span(schedule, 3) == (sep(14), sep(14))
    assert schedule.tasks[3].driver == Driver(DriverKind.LINK, (2, "FS", 0))
    assert schedule.finish == sep(14)


def test_project_ending_with_a_milestone_finishes_on_its_day() -> None:
    """Week (Mon 7 – Fri 11) → Done: the project finishes Fri 11, the milestone is critical."""
    schedule = run([WEEK, milestone(2, "Done")], [LinkSpec(1, 2)])
    assert schedule.finish == sep(11)
    assert schedule.tasks[2].critical
    assert schedule.tasks[2].total_slack == 0
    assert schedule.critical_count == 2


# ------------------------------------------------------------------------------ summaries


def test_summary_rolls_up_start_finish_and_working_duration() -> None:
    """Phase ⊃ {a (2d), Stage ⊃ {b (5d) FS a, c (1d) SS+1 a}}: spans Mon 7 – Tue 15, 7 days."""
    # a Mon 7 – Tue 8; b FS → Wed 9, Thu 10, Fri 11, Mon 14, Tue 15; c SS+1 → Tue 8.
    # Stage spans Tue 8 – Tue 15 (6 working days), Phase Mon 7 – Tue 15 (7 working days).
    tasks = [
        TaskSpec(1, "Phase"),
        TaskSpec(2, "a", parent_id=1, duration=2),
        TaskSpec(3, "Stage", parent_id=1),
        TaskSpec(4, "b", parent_id=3, duration=5),
        TaskSpec(5, "c", parent_id=3, duration=1),
    ]
    schedule = run(tasks, [LinkSpec(2, 4), LinkSpec(2, 5, "SS", 1)])
    assert span(schedule, 4) == (sep(9), sep(15))
    assert span(schedule, 5) == (sep(8), sep(8))
    assert span(schedule, 3) == (sep(8), sep(15))
    assert schedule.tasks[3].duration == 6
    assert span(schedule, 1) == (MON_7, sep(15))
    assert schedule.tasks[1].duration == 7
    assert schedule.tasks[1].is_summary
    assert schedule.tasks[3].is_summary
    assert not schedule.tasks[4].is_summary
    assert schedule.tasks[1].driver == Driver(DriverKind.CHILDREN)


def test_link_into_a_summary_binds_every_task_two_levels_down() -> None:
    """X (Mon 7 – Tue 8) FS+1 → Top ⊃ {c, Mid ⊃ {g1, g2}}: every one starts Thu 10."""
    # X finishes Tue 8; next working day Wed 9, +1 day lag → Thu 10.
    tasks = [
        TaskSpec(1, "X", duration=2),
        TaskSpec(2, "Top"),
        TaskSpec(3, "c", parent_id=2, duration=1),
        TaskSpec(4, "Mid", parent_id=2),
        TaskSpec(5, "g1", parent_id=4, duration=2),
        TaskSpec(6, "g2", parent_id=4, duration=3),
    ]
    schedule = run(tasks, [LinkSpec(1, 2, "FS", 1)])
    assert span(schedule, 3) == (sep(10), sep(10))
    assert span(schedule, 5) == (sep(10), sep(11))
    assert span(schedule, 6) == (sep(10), sep(14))  # Thu 10, Fri 11, Mon 14
    assert span(schedule, 4) == (sep(10), sep(14))
    assert span(schedule, 2) == (sep(10), sep(14))
    for task_id in (3, 5, 6):
        assert schedule.tasks[task_id].driver == Driver(DriverKind.LINK, (1, "FS", 1))


def test_a_child_waits_for_the_later_of_its_own_link_and_its_summary_link() -> None:
    """X (2d) → Top ⊃ {a, b}, and Y (4d) → b: a starts Wed 9, b waits for Y until Fri 11."""
    tasks = [
        TaskSpec(1, "X", duration=2),  # Mon 7 – Tue 8
        TaskSpec(2, "Y", duration=4),  # Mon 7 – Thu 10
        TaskSpec(3, "Top"),
        TaskSpec(4, "a", parent_id=3, duration=1),
        TaskSpec(5, "b", parent_id=3, duration=1),
    ]
    schedule = run(tasks, [LinkSpec(1, 3), LinkSpec(2, 5)])
    assert span(schedule, 4) == (sep(9), sep(9))
    assert span(schedule, 5) == (sep(11), sep(11))
    assert schedule.tasks[4].driver.link == (1, "FS", 0)
    assert schedule.tasks[5].driver.link == (2, "FS", 0)


def test_fs_link_from_a_summary_starts_after_its_last_child() -> None:
    """Top ⊃ {quick (1d), slow (4d)} → Y: Y starts Fri 11, after slow's Thu 10 finish."""
    tasks = [
        TaskSpec(1, "Top"),
        TaskSpec(2, "quick", parent_id=1, duration=1),
        TaskSpec(3, "slow", parent_id=1, duration=4),
        TaskSpec(4, "Y", duration=2),
    ]
    schedule = run(tasks, [LinkSpec(1, 4)])
    assert span(schedule, 4) == (sep(11), sep(14))
    assert schedule.tasks[4].driver == Driver(DriverKind.LINK, (1, "FS", 0))
    # The summary's chain is critical through slow; quick has 3 days to spare.
    assert schedule.tasks[3].critical
    assert schedule.tasks[2].total_slack == 3


def test_ss_link_from_a_summary_uses_its_rolled_up_start() -> None:
    """X (2d) → late child of Top; Top SS+1 → Y: Y starts one day after Top's first child."""
    # early child Mon 7 – Tue 8 sets Top's start Mon 7 → Y Tue 8 (the late child doesn't).
    tasks = [
        TaskSpec(1, "X", duration=2),
        TaskSpec(2, "Top"),
        TaskSpec(3, "early", parent_id=2, duration=2),
        TaskSpec(4, "late", parent_id=2, duration=2),
        TaskSpec(5, "Y", duration=1),
    ]
    schedule = run(tasks, [LinkSpec(1, 4), LinkSpec(2, 5, "SS", 1)])
    assert span(schedule, 2) == (MON_7, sep(10))
    assert span(schedule, 5) == (sep(8), sep(8))
    assert schedule.tasks[5].driver == Driver(DriverKind.LINK, (2, "SS", 1))


# ------------------------------------------------------------------------------ slack

# A (3d) → B (5d) → D (2d) and A → C (2d) → D, from Mon 7:
#   A Mon 7 – Wed 9; B Thu 10 – Wed 16 (Thu, Fri, Mon, Tue, Wed); C Thu 10 – Fri 11;
#   D waits for B: Thu 17 – Fri 18. Backward from Fri 18: D late = early; B late = early;
#   C must finish by Wed 16 → late Tue 15 – Wed 16, total slack 3 (Mon 14, Tue 15, Wed 16),
#   free slack 3 (D's early start Thu 17 is 3 working days after C's finish + 1).
DIAMOND = [
    TaskSpec(1, "A", duration=3),
    TaskSpec(2, "B", duration=5),
    TaskSpec(3, "C", duration=2),
    TaskSpec(4, "D", duration=2),
]
DIAMOND_LINKS = [LinkSpec(1, 2), LinkSpec(2, 4), LinkSpec(1, 3), LinkSpec(3, 4)]


def test_diamond_early_and_late_dates() -> None:
    """Early and late dates of the diamond A→B→D, A→C→D match the hand computation."""
    schedule = run(DIAMOND, DIAMOND_LINKS)
    expected = {
        1: ((MON_7, sep(9)), (MON_7, sep(9))),
        2: ((sep(10), sep(16)), (sep(10), sep(16))),
        3: ((sep(10), sep(11)), (sep(15), sep(16))),
        4: ((sep(17), sep(18)), (sep(17), sep(18))),
    }
    for task_id, (early, late) in expected.items():
        task = schedule.tasks[task_id]
        assert (task.early_start, task.early_finish) == early, task_id
        assert late_span(schedule, task_id) == late, task_id
        assert span(schedule, task_id) == early, task_id
    assert schedule.finish == sep(18)


def test_diamond_slack_and_critical_path() -> None:
    """C has 3 days of total and free slack; A, B, D are critical (critical_count 3)."""
    schedule = run(DIAMOND, DIAMOND_LINKS)
    slacks = {i: (t.total_slack, t.free_slack, t.critical) for i, t in schedule.tasks.items()}
    assert slacks == {1: (0, 0, True), 2: (0, 0, True), 3: (3, 3, False), 4: (0, 0, True)}
    assert schedule.critical_count == 3


def test_diamond_drivers_name_the_binding_link() -> None:
    """A is placed by the project start, B and C by A, D by B (the later predecessor)."""
    schedule = run(DIAMOND, DIAMOND_LINKS)
    assert schedule.tasks[1].driver == Driver(DriverKind.PROJECT_START)
    assert schedule.tasks[2].driver == Driver(DriverKind.LINK, (1, "FS", 0))
    assert schedule.tasks[3].driver == Driver(DriverKind.LINK, (1, "FS", 0))
    assert schedule.tasks[4].driver == Driver(DriverKind.LINK, (2, "FS", 0))


def test_free_slack_sits_on_the_last_task_of_a_slack_chain() -> None:
    """A → B (5d) → D and A → C1 (1d) → C2 (1d) → D: both C's have 3 days total, only C2 free."""
    # C1 Thu 10, C2 Fri 11; D Thu 17. C2 can slip Mon 14, Tue 15, Wed 16 without moving D;
    # C1 slipping a day moves C2, so C1's free slack is 0 though its total slack is 3.
    tasks = [*DIAMOND[:2], TaskSpec(3, "C1"), TaskSpec(5, "C2"), DIAMOND[3]]
    links = [LinkSpec(1, 2), LinkSpec(2, 4), LinkSpec(1, 3), LinkSpec(3, 5), LinkSpec(5, 4)]
    schedule = run(tasks, links)
    assert (schedule.tasks[3].total_slack, schedule.tasks[3].free_slack) == (3, 0)
    assert (schedule.tasks[5].total_slack, schedule.tasks[5].free_slack) == (3, 3)
    assert late_span(schedule, 3) == (sep(15), sep(15))
    assert late_span(schedule, 5) == (sep(16), sep(16))


def test_unlinked_task_has_slack_up_to_the_project_finish() -> None:
    """A lone 2-day task beside the diamond has total and free slack up to Fri 18: 8 days."""
    # E Mon 7 – Tue 8; may finish as late as Fri 18: Wed 9 .. Fri 18 is 8 working days.
    schedule = run([*DIAMOND, TaskSpec(5, "E", duration=2)], DIAMOND_LINKS)
    assert (schedule.tasks[5].total_slack, schedule.tasks[5].free_slack) == (8, 8)
    assert late_span(schedule, 5) == (sep(17), sep(18))
    assert schedule.critical_count == 3


def test_critical_count_ignores_summaries_but_flags_them() -> None:
    """Top ⊃ diamond: the summary is critical yet not counted; critical_count stays 3."""
    tasks = [TaskSpec(9, "Top"), *(TaskSpec(t.id, t.name, 9, t.duration) for t in DIAMOND)]
    schedule = run(tasks, DIAMOND_LINKS)
    assert schedule.tasks[9].critical
    assert schedule.tasks[9].is_summary
    assert span(schedule, 9) == (MON_7, sep(18))
    assert schedule.critical_count == 3


def test_ss_link_from_a_summary_leaves_its_later_children_their_slack() -> None:
    """Top ⊃ {a (Mon 7), b (Tue 8) FS a}, Top SS → X (Mon 7 – Fri 11): no negative slack."""
    # X is critical (it sets the Fri 11 finish) and starts with Top, i.e. with a: a has 0 slack.
    # b doesn't set Top's start and has no successor: it may finish as late as Fri 11 (CPM: 3).
    tasks = [
        TaskSpec(1, "Top"),
        TaskSpec(2, "a", parent_id=1, duration=1),
        TaskSpec(3, "b", parent_id=1, duration=1),
        TaskSpec(4, "X", duration=5),
    ]
    schedule = run(tasks, [LinkSpec(2, 3), LinkSpec(1, 4, "SS", 0)])
    assert span(schedule, 4) == (MON_7, sep(11))
    assert schedule.tasks[2].total_slack == 0
    assert schedule.tasks[2].late_start == MON_7
    assert schedule.tasks[3].total_slack >= 0
    assert schedule.tasks[3].late_start >= schedule.tasks[3].early_start


def test_ff_link_into_a_summary_makes_its_driver_critical() -> None:
    """X (2d) FF → Top ⊃ {a (1d), b (4d)}, a → Y (2d): X drives the critical a → Y, slack 0."""
    # a must finish with X (Tue 8); Y Wed 9 – Thu 10 ends the project with b (Mon 7 – Thu 10).
    # a and Y are critical, so X, which holds a back, must be critical too.
    tasks = [
        TaskSpec(1, "X", duration=2),
        TaskSpec(2, "Top"),
        TaskSpec(3, "a", parent_id=2, duration=1),
        TaskSpec(4, "b", parent_id=2, duration=4),
        TaskSpec(5, "Y", duration=2),
    ]
    schedule = run(tasks, [LinkSpec(1, 2, "FF", 0), LinkSpec(3, 5)])
    assert span(schedule, 3) == (sep(8), sep(8))
    assert schedule.tasks[3].total_slack == 0
    assert schedule.tasks[1].total_slack == 0
    assert schedule.tasks[1].critical


# ------------------------------------------------------------------------------ loops


def test_simple_loop_is_named_in_link_order() -> None:
    """A → B → C → A raises CycleError naming A, B, C in link order (any rotation)."""
    tasks = [TaskSpec(1, "A"), TaskSpec(2, "B"), TaskSpec(3, "C"), TaskSpec(4, "outside")]
    with pytest.raises(CycleError) as caught:
        run(tasks, [LinkSpec(1, 2), LinkSpec(2, 3), LinkSpec(3, 1), LinkSpec(3, 4)])
    names = caught.value.names
    assert len(names) == 3
    first = names.index("A")
    assert names[first:] + names[:first] == ["A", "B", "C"]


def test_loop_through_a_nested_summary_names_the_summary() -> None:
    """g (in Mid in Top) → X → Top is a loop: Top binds g; g, X and Top are named in order."""
    tasks = [
        TaskSpec(1, "Top"),
        TaskSpec(2, "Mid", parent_id=1),
        TaskSpec(3, "g", parent_id=2),
        TaskSpec(4, "X"),
    ]
    with pytest.raises(CycleError) as caught:
        run(tasks, [LinkSpec(3, 4), LinkSpec(4, 1)])
    names = caught.value.names
    assert {"g", "X", "Top"} <= set(names) <= {"g", "X", "Top", "Mid"}
    assert len(names) == len(set(names))
    first = names.index("g")
    rotated = names[first:] + names[:first]
    # Mid (between Top and g in the outline) may be named as the summary binding g.
    assert rotated in (["g", "X", "Top"], ["g", "X", "Top", "Mid"])


def test_link_from_a_summary_to_its_own_child_is_a_loop() -> None:
    """Top → its child c: c would wait for Top, which waits for c; both are named."""
    tasks = [TaskSpec(1, "Top"), TaskSpec(2, "c", parent_id=1), TaskSpec(3, "d", parent_id=1)]
    with pytest.raises(CycleError) as caught:
        run(tasks, [LinkSpec(1, 2)])
    assert sorted(caught.value.names) == ["Top", "c"]
