"""Exchange rates and the workspace's reporting currency: how the portfolio rolls up in one.

A rate says `1 currency = rate quote_currency` from `valid_from` on, until the next rate of the
same pair. The roll-up uses the rates quoted in the reporting currency; rates quoted in another
are kept (the reporting currency may change back) but not used.
"""

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import BigInteger, CheckConstraint, String, TypeDecorator, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.models.base import Base, IntPk

RATE_PLACES = 8  # a rate is kept to 8 decimal places: 1 JPY = 0.00561234 CHF stays exact
RATE_UNIT = Decimal(1).scaleb(-RATE_PLACES)
WORKSPACE_SETTING_ID = 1  # the one row of workspace_setting


class Rate(TypeDecorator[Decimal]):
    """A positive Decimal rate stored exactly as an integer of 10⁻⁸ units (as Money keeps cents)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, _dialect: Dialect) -> int | None:
        """Convert a Decimal rate to whole 10⁻⁸ units, rounding half to even."""
        if value is None:
            return None
        return int(Decimal(value).scaleb(RATE_PLACES).quantize(Decimal(1), ROUND_HALF_EVEN))

    def process_result_value(self, value: int | None, _dialect: Dialect) -> Decimal | None:
        """Convert stored units back to a Decimal with eight places."""
        if value is None:
            return None
        return Decimal(value).scaleb(-RATE_PLACES).quantize(RATE_UNIT)


class ExchangeRate(Base):
    """One dated rate: 1 `currency` is worth `rate` `quote_currency` from `valid_from` on."""

    __tablename__ = "exchange_rate"
    __table_args__ = (
        CheckConstraint("rate > 0", name="rate_positive"),
        CheckConstraint("length(currency) = 3", name="currency_iso"),
        CheckConstraint("length(quote_currency) = 3", name="quote_currency_iso"),
        CheckConstraint("currency <> quote_currency", name="two_currencies"),
        UniqueConstraint("currency", "quote_currency", "valid_from"),
    )

    id: Mapped[IntPk]
    currency: Mapped[str] = mapped_column(String(3))
    quote_currency: Mapped[str] = mapped_column(String(3))
    valid_from: Mapped[dt.date]
    rate: Mapped[Decimal] = mapped_column(Rate())


class WorkspaceSetting(Base):
    """The workspace's own settings: one row (id 1), written the first time one is set."""

    __tablename__ = "workspace_setting"
    __table_args__ = (
        CheckConstraint(f"id = {WORKSPACE_SETTING_ID}", name="one_row"),
        CheckConstraint(
            "reporting_currency IS NULL OR length(reporting_currency) = 3",
            name="reporting_currency_iso",
        ),
    )

    id: Mapped[IntPk]
    reporting_currency: Mapped[str | None] = mapped_column(String(3))  # None: not set
