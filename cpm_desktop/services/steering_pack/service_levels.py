"""Fill the pack's section on the service levels: target, the last periods measured, met or
missed, RAG and trend."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cpm_desktop.domain.audience import Visibility
from cpm_desktop.reports.pdf.pack.service_levels import PackServiceLevels


def pack_service_levels(
    session: Session, project_id: int, view: Visibility
) -> PackServiceLevels | None:
    """What the section prints for the audience `view`; None when there is nothing."""
    return None
