"""The pack's section on the charter summary: the objectives and their status, the SOW version."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from cpm_desktop.reports.pdf.style import Styles


@dataclass(frozen=True, slots=True)
class CharterSummary:
    """What the section prints."""


def charter_flowables(
    section: CharterSummary | None, styles: Styles, width: float
) -> list[Flowable]:
    """The section's flowables; nothing when there is nothing to print."""
    return []
