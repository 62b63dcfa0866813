"""Exchange rates and the reporting currency: the workspace's settings for one-currency roll-ups.

A rate says `1 currency = rate quote currency` from its day on, until the next rate of the same
pair. New rates are quoted in the reporting currency; rates quoted in another one (set before
the reporting currency changed) are kept and listed but not used. `rate_on` picks the rate a
project's money is converted with: the latest one not after the project's as-of day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import ExchangeRate, Project, WorkspaceSetting
from cpm_desktop.models.exchange_rate import RATE_UNIT, WORKSPACE_SETTING_ID
from cpm_desktop.services import audit
from cpm_desktop.services.validate import clean_date, get_or_raise, limit_text
from cpm_desktop.texts import N_, _

CURRENCY_CODE = re.compile(r"[A-Z]{3}")
MAX_RATE = Decimal(1_000_000)  # 1 unit worth a million of another: beyond any real currency pair
_UNSET = object()  # an edit's argument left out


@dataclass(frozen=True, slots=True)
class ExchangeRateRow:
    """One dated rate: 1 `currency` is worth `rate` `quote_currency` from `valid_from` on."""

    id: int
    currency: str
    quote_currency: str
    valid_from: dt.date
    rate: Decimal

    @property
    def text(self) -> str:
        """The rate as a sentence's part: "1 CHF = 1.065 EUR from 2026-01-01"."""
        return (
            f"1 {self.currency} = {self.rate.normalize():f} {self.quote_currency} "
            f"from {self.valid_from.isoformat()}"
        )


@dataclass(frozen=True, slots=True)
class ExchangeRates:
    """The workspace's reporting currency (None: not set) and every rate it keeps."""

    reporting_currency: str | None
    rates: tuple[ExchangeRateRow, ...]  # by currency, quote currency, then day
    project_currencies: tuple[str, ...] = ()  # the currencies the workspace's projects are in

    def in_use(self) -> tuple[ExchangeRateRow, ...]:
        """The rates quoted in the reporting currency: those a roll-up converts with."""
        return tuple(r for r in self.rates if r.quote_currency == self.reporting_currency)


# -- reads and the pure rule ---------------------------------------------------------------


def exchange_rates(session: Session) -> ExchangeRates:
    """The reporting currency, every rate (by currency pair and day) and the projects'
    currencies."""
    rows = session.scalars(
        select(ExchangeRate).order_by(
            ExchangeRate.currency, ExchangeRate.quote_currency, ExchangeRate.valid_from
        )
    )
    used = session.scalars(select(Project.currency).distinct().order_by(Project.currency))
    return ExchangeRates(_reporting_currency(session), tuple(_row(r) for r in rows), tuple(used))


def rate_on(
    rates: Iterable[ExchangeRateRow], currency: str, quote_currency: str, day: dt.date
) -> ExchangeRateRow | None:
    """The rate converting `currency` into `quote_currency` on `day`: the latest from `day` or
    before; None when there is none (a rate only from later on does not reach back)."""
    usable = [
        r
        for r in rates
        if r.currency == currency and r.quote_currency == quote_currency and r.valid_from <= day
    ]
    return max(usable, key=lambda r: r.valid_from, default=None)


def clean_currency(value: object, what: str = N_("currency")) -> str:
    """A three-letter ISO code, upper-cased ("chf" → "CHF"); anything else is refused.

    `what` names the field in the message, marked with N_() by the caller."""
    code = value.strip().upper() if isinstance(value, str) else ""
    if not CURRENCY_CODE.fullmatch(code):
        raise ValidationError(
            _("The {what} must be a three-letter ISO code such as EUR or CHF.").format(what=_(what))
        )
    return code


def clean_rate(value: object) -> Decimal:
    """A rate above 0 and up to a million, kept to 8 decimal places; anything else is refused."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise ValidationError(_("The exchange rate must be a number such as 0.95."))
    try:
        rate = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValidationError(
            _("The exchange rate {value!r} is not a number.").format(value=value)
        ) from None
    if not rate.is_finite() or rate <= 0 or rate > MAX_RATE:
        raise ValidationError(
            _("The exchange rate must be above 0 and at most {maximum}.").format(
                maximum=limit_text(MAX_RATE)
            )
        )
    kept = rate.quantize(RATE_UNIT)
    if kept == 0:
        raise ValidationError(_("The exchange rate is too small: it needs at most 8 decimals."))
    return kept


# -- the writers ---------------------------------------------------------------------------


def set_reporting_currency(session: Session, currency: object) -> str | None:
    """Roll the portfolio up in `currency` (None: per currency, no conversion); the code set."""
    code = None if currency is None else clean_currency(currency, N_("reporting currency"))
    setting = session.get(WorkspaceSetting, WORKSPACE_SETTING_ID)
    if setting is None:
        setting = WorkspaceSetting(id=WORKSPACE_SETTING_ID, reporting_currency=None)
        session.add(setting)
    old = setting.reporting_currency
    setting.reporting_currency = code
    audit.record_field(session, _setting_subject(), "reporting_currency", old, code)
    session.flush()
    return code


def clear_reporting_currency(session: Session) -> None:
    """Stop converting: the portfolio shows its money per currency again."""
    set_reporting_currency(session, None)


def add_exchange_rate(
    session: Session, currency: object, valid_from: object, rate: object
) -> ExchangeRateRow:
    """Keep `1 currency = rate <reporting currency>` from `valid_from` on; the rate added."""
    quote = _reporting_currency(session)
    if quote is None:
        raise ValidationError(_("Choose a reporting currency before adding exchange rates."))
    row = ExchangeRate(
        currency=_other_currency(currency, quote),
        quote_currency=quote,
        valid_from=clean_date(valid_from, N_("date the rate is valid from")),
        rate=clean_rate(rate),
    )
    _refuse_duplicate(session, row, None)
    session.add(row)
    session.flush()
    audit.record_created(session, _subject(row))
    return _row(row)


def edit_exchange_rate(
    session: Session,
    rate_id: int,
    *,
    currency: object = _UNSET,
    valid_from: object = _UNSET,
    rate: object = _UNSET,
) -> ExchangeRateRow:
    """Change a rate's currency, day or value (only those given); the rate as it now is."""
    row = get_or_raise(session, ExchangeRate, rate_id, N_("exchange rate"))
    changes: dict[str, object] = {}
    if currency is not _UNSET:
        changes["currency"] = _other_currency(currency, row.quote_currency)
    if valid_from is not _UNSET:
        changes["valid_from"] = clean_date(valid_from, N_("date the rate is valid from"))
    if rate is not _UNSET:
        changes["rate"] = clean_rate(rate)
    wanted = dataclasses.replace(_row(row), **changes)  # type: ignore[arg-type]
    _refuse_duplicate(session, wanted, row.id)
    about = _subject(row)
    for name, new in changes.items():
        audit.record_field(session, about, name, getattr(row, name), new)
        setattr(row, name, new)
    session.flush()
    return _row(row)


def delete_exchange_rate(session: Session, rate_id: int) -> None:
    """Forget a rate; projects it converted take the one before it, or none."""
    row = get_or_raise(session, ExchangeRate, rate_id, N_("exchange rate"))
    audit.record_deleted(session, _subject(row))
    session.delete(row)
    session.flush()


# -- helpers -------------------------------------------------------------------------------


def _reporting_currency(session: Session) -> str | None:
    setting = session.get(WorkspaceSetting, WORKSPACE_SETTING_ID)
    return None if setting is None else setting.reporting_currency


def _other_currency(currency: object, quote: str) -> str:
    """The rate's currency, which cannot be the one it is quoted in."""
    code = clean_currency(currency)
    if code == quote:
        raise ValidationError(
            _(
                "{currency} is the reporting currency: its rate is always 1, so it needs none."
            ).format(currency=code)
        )
    return code


def _refuse_duplicate(
    session: Session, rate: ExchangeRate | ExchangeRateRow, rate_id: int | None
) -> None:
    """One rate per currency pair and day: a second one would make the rule ambiguous."""
    clash = session.scalar(
        select(ExchangeRate.id).where(
            ExchangeRate.currency == rate.currency,
            ExchangeRate.quote_currency == rate.quote_currency,
            ExchangeRate.valid_from == rate.valid_from,
        )
    )
    if clash is not None and clash != rate_id:
        raise ValidationError(
            _(
                "There is already a {currency} → {quote} rate from {date}: change that one instead."
            ).format(
                currency=rate.currency, quote=rate.quote_currency, date=rate.valid_from.isoformat()
            )
        )


def _row(row: ExchangeRate) -> ExchangeRateRow:
    return ExchangeRateRow(row.id, row.currency, row.quote_currency, row.valid_from, row.rate)


def _subject(row: ExchangeRate) -> audit.Subject:
    label = f"{row.currency} → {row.quote_currency} rate from {row.valid_from.isoformat()}"
    return audit.Subject("exchange_rate", row.id, None, label)


def _setting_subject() -> audit.Subject:
    return audit.Subject("workspace_setting", WORKSPACE_SETTING_ID, None, "workspace settings")
