"""The pack's section on the deliverables and their acceptance."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from cpm_desktop.reports.pdf.style import Styles


@dataclass(frozen=True, slots=True)
class PackDeliverables:
    """What the section prints."""


def deliverable_flowables(
    section: PackDeliverables | None, styles: Styles, width: float
) -> list[Flowable]:
    """The section's flowables; nothing when there is nothing to print."""
    return []
