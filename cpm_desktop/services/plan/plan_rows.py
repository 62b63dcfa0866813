"""Reading plan columns as the driver returns them: the fast path of 10,000-row reads."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, ColumnElement, String, type_coerce
from sqlalchemy.orm import InstrumentedAttribute

# The readers of these columns live without SQLAlchemy, for the read-only commands' quick path.
from cpm_desktop.services.plan.plan_columns import dates_of, parse_dates

__all__ = ["as_cents", "as_text", "dates_of", "parse_dates"]


def as_text(column: InstrumentedAttribute[Any]) -> ColumnElement[str]:
    """Select `column` as the driver returns it: an enum as its text, a date as ISO text on
    SQLite or a date elsewhere (read dates with `dates_of` or `parse_dates`).

    Converting every value through SQLAlchemy's types is a good part of reading 10,000 rows;
    the SQL stays the same on every database.
    """
    return type_coerce(column, String)


def as_cents(column: InstrumentedAttribute[Any]) -> ColumnElement[int]:
    """Select a Money `column` as its stored whole cents (read them with `money_from_cents`
    of models.base, where not zero): the Money type's conversion of every value is most of
    reading a 10,000-task plan's costs."""
    return type_coerce(column, BigInteger)
