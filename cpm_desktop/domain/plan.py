"""The plan's vocabulary: constraints, link types and baseline names, as MS Project has them."""

from __future__ import annotations

import enum


class ConstraintType(enum.StrEnum):
    """Date constraints with MS Project's meaning."""

    ASAP = "ASAP"
    ALAP = "ALAP"
    SNET = "SNET"
    SNLT = "SNLT"
    FNET = "FNET"
    FNLT = "FNLT"
    MSO = "MSO"
    MFO = "MFO"

    @property
    def needs_date(self) -> bool:
        """Every constraint but ASAP and ALAP is anchored to a date."""
        return self not in (ConstraintType.ASAP, ConstraintType.ALAP)


class LinkType(enum.StrEnum):
    """Dependency types: finish-to-start, start-to-start, finish-to-finish, start-to-finish."""

    FS = "FS"
    SS = "SS"
    FF = "FF"
    SF = "SF"


def starts_at_predecessor_start(link_type: LinkType | str) -> bool:
    """True for start-to-start and start-to-finish links: they hang off the predecessor's start."""
    return link_type in (LinkType.SS, LinkType.SF)


def drives_successor_start(link_type: LinkType | str) -> bool:
    """True for finish-to-start and start-to-start links: they drive the successor's start."""
    return link_type in (LinkType.FS, LinkType.SS)


def baseline_name(number: int) -> str:
    """MS Project's names of baselines: 'Baseline' for 0, then 'Baseline 1' .. 'Baseline 10'."""
    return "Baseline" if number == 0 else f"Baseline {number}"
