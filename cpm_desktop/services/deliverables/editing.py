"""The deliverable form's use case: its fields and its checklist's wording changed in one edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from sqlalchemy.orm import Session

from cpm_desktop.services.deliverables.register import (
    DeliverableFields,
    edit_deliverable,
    set_criteria,
)
from cpm_desktop.services.deliverables.views import DeliverableRow


def update_deliverable(
    session: Session,
    deliverable_id: int,
    *,
    criteria: Sequence[str] | None = None,
    **fields: Unpack[DeliverableFields],
) -> DeliverableRow:
    """Change the fields given and, where `criteria` words the checklist differently, the
    checklist too: a line kept word for word keeps its tick, a new line starts unticked."""
    row = edit_deliverable(session, deliverable_id, **fields)
    if criteria is None:
        return row
    texts = [text.strip() for text in criteria if text.strip()]
    if texts == [c.text for c in row.criteria]:
        # Unchanged: an accepted deliverable's final checklist is not touched at all.
        return row
    ticked = {c.text: c.met for c in row.criteria}
    return set_criteria(
        session, deliverable_id, [(text, ticked.get(text, False)) for text in texts]
    )
