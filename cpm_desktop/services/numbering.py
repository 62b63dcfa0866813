"""The next number of a row in its owner's series (A-001, D-002, level 3, line 4 …)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session


def next_number(
    session: Session,
    number: InstrumentedAttribute[int],
    owner: InstrumentedAttribute[int],
    owner_id: int,
) -> int:
    """One past the highest `number` of the rows whose `owner` is `owner_id` (1 for the first)."""
    top = session.scalar(select(func.max(number)).where(owner == owner_id))
    return (top or 0) + 1
