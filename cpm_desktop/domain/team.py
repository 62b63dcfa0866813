"""The team's words: kinds of resource, whose staff a person is, and how a task keeps its
duration, units and work when one of them changes (MS Project's task types)."""

from __future__ import annotations

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
