"""Reading plan columns as the driver returns them: the fast path of 10,000-row reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, String, type_coerce
from sqlalchemy.orm import InstrumentedAttribute


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


def dates_of(values: Sequence[object]) -> list[dt.date | None]:
    """The dates of a column selected with `as_text`, one per value (None stays None)."""
    parsed = parse_dates(values)
    return [parsed[value] for value in values]


def parse_dates(values: Iterable[object]) -> dict[object, dt.date | None]:
    """Each distinct value of columns selected with `as_text`, mapped to its date.

    A value is ISO text (SQLite), already a date (drivers that convert), or None. A plan holds
    far fewer distinct dates than tasks, so each is parsed once.
    """
    return {value: _date(value) for value in set(values)}


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
