"""The team's words: kinds of resource, whose staff a person is, and how a task keeps its
duration, units and work when one of them changes (MS Project's task types)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from cpm_desktop.domain.labels import Labelled


class ResourceKind(Labelled):
    """A person or machine working hours, a material used by quantity, or a cost by amount."""

    WORK = "work"
    MATERIAL = "material"
    COST = "cost"


class Employer(Labelled):
    """Whose staff a resource is: ours (the supplier's delivery team), the client's, or a
    vendor's."""

    US = "us"
    CLIENT = "client"
    VENDOR = "vendor"


class TaskType(Labelled):
    """What stays fixed when an assignment changes: the units, the duration or the work."""

    FIXED_UNITS = "fixed_units"
    FIXED_DURATION = "fixed_duration"
    FIXED_WORK = "fixed_work"


# -- work arithmetic (MS Project's task types) --------------------------------------------

HOURS_PER_DAY = 8.0  # a working day of one full-time resource
_SLACK = 1e-9  # float noise: 16.000000001 hours are two days, not three


@dataclass(frozen=True, slots=True)
class Load:
    """One work assignment's share of a task: its units (1.0 = full time) and work in hours."""

    units: float
    work: float


@dataclass(frozen=True, slots=True)
class Shape:
    """A task's duration (whole working days) and the loads of its work assignments."""

    duration: int
    loads: tuple[Load, ...] = ()

    @property
    def work(self) -> float:
        """The task's total work in hours."""
        return sum(load.work for load in self.loads)


def work_for(duration_days: float, units: float) -> float:
    """Hours of work `units` resources do in `duration_days` working days."""
    return duration_days * HOURS_PER_DAY * units


def duration_for(work_hours: float, units: float) -> int:
    """Whole working days `units` need for `work_hours` (a started day counts whole)."""
    if units <= 0:
        raise ValueError("A resource working no units takes forever.")
    days = work_hours / (HOURS_PER_DAY * units)
    return max(0, math.ceil(days - _SLACK))


def units_for(work_hours: float, duration_days: float) -> float:
    """The units doing `work_hours` in `duration_days` working days."""
    if duration_days <= 0:
        raise ValueError("No units do work in no time.")
    return work_hours / (HOURS_PER_DAY * duration_days)


def span_of(loads: Sequence[Load]) -> int:
    """The duration of a task: its longest load's working days."""
    return max((duration_for(load.work, load.units) for load in loads), default=0)


def with_duration(task_type: TaskType, shape: Shape, duration: int) -> Shape:
    """The task after its duration changed: fixed work keeps work (units change); otherwise
    the units stay and the work follows."""
    if task_type is TaskType.FIXED_WORK and shape.loads:
        return Shape(
            duration, tuple(Load(units_for(ld.work, duration), ld.work) for ld in shape.loads)
        )
    return Shape(
        duration, tuple(Load(ld.units, work_for(duration, ld.units)) for ld in shape.loads)
    )


def with_work(task_type: TaskType, shape: Shape, index: int, work: float) -> Shape:
    """The task after one load's work changed: fixed duration changes that load's units;
    otherwise the units stay and the duration follows."""
    loads = list(shape.loads)
    old = loads[index]
    if task_type is TaskType.FIXED_DURATION:
        loads[index] = Load(units_for(work, shape.duration), work)
        return Shape(shape.duration, tuple(loads))
    loads[index] = Load(old.units, work)
    return Shape(_span(shape, loads), tuple(loads))


def with_units(task_type: TaskType, shape: Shape, index: int, units: float) -> Shape:
    """The task after one load's units changed: fixed duration changes its work; otherwise
    the work stays and the duration follows."""
    loads = list(shape.loads)
    old = loads[index]
    if task_type is TaskType.FIXED_DURATION:
        loads[index] = Load(units, work_for(shape.duration, units))
        return Shape(shape.duration, tuple(loads))
    loads[index] = Load(units, old.work)
    return Shape(_span(shape, loads), tuple(loads))


def with_added(task_type: TaskType, effort_driven: bool, shape: Shape, units: float) -> Shape:
    """The task after a resource joined it at `units` (its load last).

    Effort-driven (fixed work always is): the task's total work stays and is shared in
    proportion to the units, so a fixed-units task gets shorter and a fixed-duration task's
    units fall. Otherwise the newcomer works the task's duration at its units.
    """
    if shape.work <= 0 or not (effort_driven or task_type is TaskType.FIXED_WORK):
        return Shape(shape.duration, (*shape.loads, Load(units, work_for(shape.duration, units))))
    return _shared(task_type, shape, [*(ld.units for ld in shape.loads), units])


def with_removed(task_type: TaskType, effort_driven: bool, shape: Shape, index: int) -> Shape:
    """The task after the resource of load `index` left it.

    Effort-driven, the others take over its work (a fixed-units task gets longer);
    otherwise its work leaves with it.
    """
    rest = [ld for i, ld in enumerate(shape.loads) if i != index]
    if not rest or shape.work <= 0 or not (effort_driven or task_type is TaskType.FIXED_WORK):
        return Shape(shape.duration, tuple(rest))
    return _shared(task_type, shape, [ld.units for ld in rest])


def _shared(task_type: TaskType, shape: Shape, units: Sequence[float]) -> Shape:
    """The task's total work shared among `units` in proportion (the duration or units follow)."""
    total, together = shape.work, sum(units)
    loads = tuple(Load(u, total * u / together) for u in units)
    if task_type is TaskType.FIXED_DURATION and shape.duration > 0:
        return Shape(
            shape.duration, tuple(Load(units_for(ld.work, shape.duration), ld.work) for ld in loads)
        )
    return Shape(_span(shape, loads), loads)


def _span(shape: Shape, loads: Sequence[Load]) -> int:
    """The new duration of the loads; a task left with no work keeps its length."""
    return span_of(loads) or shape.duration
