"""Fill the pack's section on the deliverables and their acceptance."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cpm_desktop.domain.audience import Visibility
from cpm_desktop.reports.pdf.pack.deliverables import PackDeliverables


def pack_deliverables(
    session: Session, project_id: int, view: Visibility
) -> PackDeliverables | None:
    """What the section prints for the audience `view`; None when there is nothing."""
    return None
