"""What each change in the Exchange Rates dialog does: the workspace-wide edit it becomes."""

from __future__ import annotations

import datetime as dt

from cpm_desktop.services.portfolio.exchange_rates import (
    ExchangeRateRow,
    add_exchange_rate,
    clear_reporting_currency,
    delete_exchange_rate,
    edit_exchange_rate,
    set_reporting_currency,
)
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.undo import Edit, edit, named


def reporting_currency_edit(code: str) -> Edit[object]:
    """Roll up in `code`; an empty code stops converting (the service checks the code)."""
    if not code.strip():
        return edit(
            QT_TRANSLATE_NOOP("Edits", "Stop converting the portfolio"), clear_reporting_currency
        )
    name = named(
        QT_TRANSLATE_NOOP("Edits", "Report the portfolio in {currency}"),
        currency=code.strip().upper(),
    )
    return edit(name, set_reporting_currency, code)


def add_rate_edit(currency: str, valid_from: dt.date, rate: str) -> Edit[ExchangeRateRow]:
    """Add a rate (the service validates the currency, the day and the rate)."""
    code = currency.strip().upper()
    name = named(QT_TRANSLATE_NOOP("Edits", "Add the {currency} rate"), currency=code)
    return edit(name, add_exchange_rate, currency, valid_from, _number(rate))


def change_rate_edit(
    row: ExchangeRateRow, currency: str, valid_from: dt.date, rate: str
) -> Edit[ExchangeRateRow]:
    """Change a rate to the values in the form."""
    return edit(
        named(
            QT_TRANSLATE_NOOP("Edits", "Change the {currency} rate of {day}"),
            currency=row.currency,
            day=valid_from.isoformat(),
        ),
        edit_exchange_rate,
        row.id,
        currency=currency,
        valid_from=valid_from,
        rate=_number(rate),
    )


def delete_rate_edit(row: ExchangeRateRow) -> Edit[None]:
    """Delete a rate."""
    return edit(
        named(
            QT_TRANSLATE_NOOP("Edits", "Delete the {currency} rate of {day}"),
            currency=row.currency,
            day=row.valid_from.isoformat(),
        ),
        delete_exchange_rate,
        row.id,
    )


def _number(text: str) -> str:
    """The rate as the service reads it: a decimal comma ("1,065") becomes a point.

    Only a lone comma with no point is a decimal comma; anything else goes to the service as
    typed, which refuses it with a sentence.
    """
    text = text.strip()
    if text.count(",") == 1 and "." not in text:
        return text.replace(",", ".")
    return text
