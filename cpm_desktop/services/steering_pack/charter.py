"""Fill the pack's section on the charter summary: the objectives and their status, the SOW
version."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cpm_desktop.domain.audience import Visibility
from cpm_desktop.reports.pdf.pack.charter import CharterSummary


def pack_charter(session: Session, project_id: int, view: Visibility) -> CharterSummary | None:
    """What the section prints for the audience `view`; None when there is nothing."""
    return None
