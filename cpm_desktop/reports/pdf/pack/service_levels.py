"""The pack's section on the service levels: target, the last periods measured, met or missed,
RAG and trend."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from cpm_desktop.reports.pdf.style import Styles


@dataclass(frozen=True, slots=True)
class PackServiceLevels:
    """What the section prints."""


def service_level_flowables(
    section: PackServiceLevels | None, styles: Styles, width: float
) -> list[Flowable]:
    """The section's flowables; nothing when there is nothing to print."""
    return []
