"""The pack's section on the actions from the last steering meeting with their status, its
record, and the open action log."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from cpm_desktop.reports.pdf.style import Styles


@dataclass(frozen=True, slots=True)
class PackActions:
    """What the section prints."""


def action_flowables(section: PackActions | None, styles: Styles, width: float) -> list[Flowable]:
    """The section's flowables; nothing when there is nothing to print."""
    return []
