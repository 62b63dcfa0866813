"""The demo's reporting currency and rates: its CHF and EUR projects roll up in EUR."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from cpm_desktop.services.portfolio.exchange_rates import (
    add_exchange_rate,
    set_reporting_currency,
)

REPORTING_CURRENCY = "EUR"
# Month-end rates as a finance team would hand them over: 1 CHF = rate EUR from that day on.
CHF_RATES: tuple[tuple[dt.date, Decimal], ...] = (
    (dt.date(2026, 6, 1), Decimal("1.0580")),
    (dt.date(2026, 11, 2), Decimal("1.0650")),
)


def add_demo_exchange_rates(session: Session) -> None:
    """Report the demo portfolio in EUR, with dated CHF → EUR rates covering its status date."""
    set_reporting_currency(session, REPORTING_CURRENCY)
    for valid_from, rate in CHF_RATES:
        add_exchange_rate(session, "CHF", valid_from, rate)
