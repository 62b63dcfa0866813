"""Fill the pack's section on the actions from the last steering meeting with their status,
its record, and the open action log."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cpm_desktop.domain.audience import Visibility
from cpm_desktop.reports.pdf.pack.actions import PackActions


def pack_actions(session: Session, project_id: int, view: Visibility) -> PackActions | None:
    """What the section prints for the audience `view`; None when there is nothing."""
    return None
