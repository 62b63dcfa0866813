"""The task-type rules: work = duration × 8 h × units, and what gives way when one changes."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.domain.team import (
    HOURS_PER_DAY,
    Load,
    Shape,
    TaskType,
    duration_for,
    span_of,
    units_for,
    with_added,
    with_duration,
    with_removed,
    with_units,
    with_work,
    work_for,
)

units = st.sampled_from([0.25, 0.5, 0.75, 1.0, 1.5, 2.0])
days = st.integers(1, 200)
types = st.sampled_from(list(TaskType))


def _shape(duration: int, us: list[float]) -> Shape:
    return Shape(duration, tuple(Load(u, work_for(duration, u)) for u in us))


def test_work_is_duration_times_a_day_times_units() -> None:
    """Five days at half time are 20 hours; 20 hours at half time take five days."""
    assert HOURS_PER_DAY == 8.0
    assert work_for(5, 0.5) == 20.0
    assert duration_for(20, 0.5) == 5
    assert duration_for(21, 0.5) == 6  # a started day counts whole
    assert units_for(20, 5) == 0.5


def test_fixed_units_duration_change_changes_work() -> None:
    """Fixed units: ten days instead of five doubles the work; the units stay."""
    after = with_duration(TaskType.FIXED_UNITS, _shape(5, [1.0]), 10)
    assert after == Shape(10, (Load(1.0, 80.0),))


def test_fixed_units_work_change_changes_duration() -> None:
    """Fixed units: 80 hours at full time take ten days."""
    after = with_work(TaskType.FIXED_UNITS, _shape(5, [1.0]), 0, 80.0)
    assert after == Shape(10, (Load(1.0, 80.0),))


def test_fixed_duration_work_change_changes_units() -> None:
    """Fixed duration: 20 hours in five days is half time."""
    after = with_work(TaskType.FIXED_DURATION, _shape(5, [1.0]), 0, 20.0)
    assert after == Shape(5, (Load(0.5, 20.0),))


def test_fixed_work_duration_change_changes_units_and_units_change_duration() -> None:
    """Fixed work: 40 hours in ten days is half time; at full time they take five days."""
    longer = with_duration(TaskType.FIXED_WORK, _shape(5, [1.0]), 10)
    assert longer == Shape(10, (Load(0.5, 40.0),))
    assert with_units(TaskType.FIXED_WORK, longer, 0, 1.0) == Shape(5, (Load(1.0, 40.0),))


def test_effort_driven_second_person_halves_a_fixed_units_task() -> None:
    """Effort-driven: a second full-time person shares 80 hours; ten days become five."""
    after = with_added(TaskType.FIXED_UNITS, True, _shape(10, [1.0]), 1.0)
    assert after == Shape(5, (Load(1.0, 40.0), Load(1.0, 40.0)))


def test_not_effort_driven_newcomer_adds_work() -> None:
    """Not effort-driven: the newcomer works the whole duration on top."""
    after = with_added(TaskType.FIXED_UNITS, False, _shape(10, [1.0]), 0.5)
    assert after == Shape(10, (Load(1.0, 80.0), Load(0.5, 40.0)))


def test_task_without_work_keeps_its_length() -> None:
    """Setting the only person's work to 0 keeps the task's duration (no 0-day task)."""
    assert with_work(TaskType.FIXED_UNITS, _shape(4, [1.0]), 0, 0.0).duration == 4


@given(types, days, st.lists(units, min_size=1, max_size=4), units)
def test_effort_driven_adding_conserves_work(
    task_type: TaskType, duration: int, present: list[float], newcomer: float
) -> None:
    """Adding a person to an effort-driven task keeps its total work, shared by units."""
    before = _shape(duration, present)
    after = with_added(task_type, True, before, newcomer)
    assert math.isclose(after.work, before.work, rel_tol=1e-9)
    assert len(after.loads) == len(present) + 1
    if task_type is TaskType.FIXED_DURATION:
        assert after.duration == duration
        assert all(
            a.units <= b.units + 1e-9 for a, b in zip(after.loads, before.loads, strict=False)
        )
    else:
        assert after.duration <= duration
        assert after.duration == span_of(after.loads)


@given(types, days, st.lists(units, min_size=2, max_size=4), st.data())
def test_effort_driven_removing_conserves_work(
    task_type: TaskType, duration: int, present: list[float], data: st.DataObject
) -> None:
    """Taking a person off an effort-driven task leaves its work to the others."""
    before = _shape(duration, present)
    index = data.draw(st.integers(0, len(present) - 1))
    after = with_removed(task_type, True, before, index)
    assert math.isclose(after.work, before.work, rel_tol=1e-9)
    if task_type is not TaskType.FIXED_DURATION:
        assert after.duration >= duration


@given(days, units, st.floats(1, 4000))
def test_work_and_units_and_duration_hold_together(duration: int, u: float, work: float) -> None:
    """Whatever changes, each load's work fits its units within the task's whole days."""
    for task_type in TaskType:
        after = with_work(task_type, _shape(duration, [u]), 0, work)
        load = after.loads[0]
        assert load.work == work
        assert load.work <= work_for(after.duration, load.units) + 1e-6
        if task_type is TaskType.FIXED_DURATION:
            assert after.duration == duration
            assert math.isclose(work_for(duration, load.units), work)
        else:
            assert load.units == u
            assert after.duration == duration_for(work, u)


@given(types, days, days, st.lists(units, min_size=1, max_size=3))
def test_duration_change_keeps_what_the_type_fixes(
    task_type: TaskType, duration: int, new: int, present: list[float]
) -> None:
    """A new duration: fixed work keeps each load's work, the others keep units."""
    before = _shape(duration, present)
    after = with_duration(task_type, before, new)
    assert after.duration == new
    for a, b in zip(after.loads, before.loads, strict=True):
        if task_type is TaskType.FIXED_WORK:
            assert math.isclose(a.work, b.work)
            assert math.isclose(work_for(new, a.units), a.work)
        else:
            assert a.units == b.units
            assert math.isclose(a.work, work_for(new, b.units))


def test_no_units_take_forever() -> None:
    """Zero units or zero days are refused by the arithmetic itself."""
    with pytest.raises(ValueError, match="forever"):
        duration_for(8, 0)
    with pytest.raises(ValueError, match="no time"):
        units_for(8, 0)
