"""Checks shared by the services; each raises ValidationError with a sentence a user can act on.

The sentence is in the language being spoken (`cpm_desktop.texts`): the callers mark the field
they name, `what`, with N_() ("task name"), and it is translated here inside the sentence.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TypeVar

from sqlalchemy.orm import Session

from cpm_desktop.domain.locales import LANGUAGES, LOCALES, locale_for
from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.texts import N_, _, current_locale

EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2199, 12, 31)
MAX_DURATION = 10_000  # working days: about forty years
MAX_LAG = 10_000
MAX_MONEY = Decimal("1000000000000")  # one trillion in any currency

T = TypeVar("T")
E = TypeVar("E", bound=Enum)


def get_or_raise(session: Session, model: type[T], ident: object, kind: str) -> T:
    """Load a row by primary key or raise NotFoundError naming what was looked for."""
    if not isinstance(ident, int) or isinstance(ident, bool):
        raise NotFoundError(kind, ident)
    row = session.get(model, ident)
    if row is None:
        raise NotFoundError(kind, ident)
    return row


def limit_text(value: Decimal | float) -> str:
    """A whole number as the reader groups it: "1,000,000" in English, "1.000.000" in German."""
    # Babel loads on first use: only an error message over a limit needs it, not the start.
    from cpm_desktop.reports.locale_format import report_format

    return report_format(current_locale()).number(value)


def number_text(value: float) -> str:
    """A number as `{value:g}` writes it, with the reader's decimal mark ("1.5", "1,5")."""
    from babel.numbers import get_decimal_symbol  # see limit_text

    return f"{value:g}".replace(".", get_decimal_symbol(current_locale()))


def clean_name(value: object, what: str, max_length: int = 200) -> str:
    """Strip a name and require 1..max_length characters."""
    if not isinstance(value, str):
        raise ValidationError(_("The {what} must be text.").format(what=_(what)))
    text = " ".join(value.split())
    if not text:
        raise ValidationError(_("The {what} cannot be empty.").format(what=_(what)))
    if len(text) > max_length:
        raise _too_long(what, max_length)
    return text


def _too_long(what: str, max_length: int) -> ValidationError:
    return ValidationError(
        _("The {what} is longer than {max_length} characters.").format(
            what=_(what), max_length=max_length
        )
    )


def clean_text(value: object, what: str, max_length: int = 20_000) -> str:
    """Accept free text up to max_length characters (kept as typed, line breaks included)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(_("The {what} must be text.").format(what=_(what)))
    if len(value) > max_length:
        raise _too_long(what, max_length)
    return value.strip()


def clean_int(value: object, what: str, low: int, high: int) -> int:
    """Require a whole number within [low, high]."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(_("The {what} must be a whole number.").format(what=_(what)))
    if not low <= value <= high:
        raise ValidationError(
            _("The {what} must be between {low} and {high}, not {value}.").format(
                what=_(what), low=low, high=high, value=value
            )
        )
    return value


def clean_flag(value: object, what: str) -> bool:
    """Require True or False: 0, 1, "yes" or None are refused rather than guessed."""
    if not isinstance(value, bool):
        raise ValidationError(
            _("The {what} must be true or false, not {value!r}.").format(what=_(what), value=value)
        )
    return value


def clean_date(value: object, what: str) -> dt.date:
    """Require a calendar date in the supported range."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(_("The {what} must be a date.").format(what=_(what)))
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValidationError(
            _("The {what} {date} is outside {earliest}–{latest}.").format(
                what=_(what),
                date=value.isoformat(),
                earliest=EARLIEST_DATE.year,
                latest=LATEST_DATE.year,
            )
        )
    return value


def clean_optional_date(value: object, what: str) -> dt.date | None:
    """Like clean_date, but None is allowed (meaning 'not set')."""
    return None if value is None else clean_date(value, what)


def clean_money(value: object, what: str) -> Decimal:
    """Require a non-negative amount with at most two decimal places' worth of meaning."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise ValidationError(_("The {what} must be an amount of money.").format(what=_(what)))
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValidationError(
            _("The {what} {value!r} is not an amount of money.").format(what=_(what), value=value)
        ) from None
    if not amount.is_finite() or amount < 0 or amount > MAX_MONEY:
        raise ValidationError(
            _("The {what} must be between 0 and {maximum}.").format(
                what=_(what), maximum=limit_text(MAX_MONEY)
            )
        )
    return amount.quantize(Decimal("0.01"))


def clean_enum(kind: type[E], value: object, what: str) -> E:
    """Accept a member of `kind` or its value; anything else is a ValidationError."""
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in kind)
        raise ValidationError(
            _("Unknown {what} {value!r}: use one of {allowed}.").format(
                what=_(what), value=value, allowed=allowed
            )
        ) from None


def date_or_today(on: object) -> dt.date:
    """The date an event is recorded on: `on` if given (checked), else today."""
    return dt.date.today() if on is None else clean_date(on, N_("date of the change"))


# The words the registers pass to step_date as `step`, marked once here for the catalogues.
STEPS = (N_("step"), N_("change"))


def step_date(on: object, last: dt.date, reference: str, step: str) -> dt.date:
    """The date of a recorded step (a status or level change): `on` or today, never before `last`.

    Without `on`, a step is dated today, or on `last` if that is later, so the newest
    recorded step always holds the current values. `step` is a word of STEPS.
    """
    if on is None:
        return max(dt.date.today(), last)
    day = date_or_today(on)
    if day < last:
        raise ValidationError(
            _(
                "{reference} has a {step} recorded on {last}; a later {step} cannot be dated {day}."
            ).format(reference=reference, step=_(step), last=last.isoformat(), day=day.isoformat())
        )
    return day


# Letters Unicode does not decompose into a base letter and an accent, read as people type them
# on a keyboard without them: "Sorensen" finds "Sørensen". (casefold already makes ß "ss".)
_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)


def fold(text: str) -> str:
    """Text as searches and name orders compare it: case-folded, accents dropped (É → e, ø → o)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


CURRENCY_PATTERN = re.compile(r"[A-Z]{3}")


def clean_locale(locale: object) -> str:
    """One of the locales exports are written in ("de-CH", "de_ch" and "de" are understood)."""
    found = locale_for(locale) if isinstance(locale, str) else None
    if found is None:
        names, languages = ", ".join(LOCALES), ", ".join(LANGUAGES)
        raise ValidationError(
            _("The language must be one of {names} (or {languages}).").format(
                names=names, languages=languages
            )
        )
    return found


def clean_currency(currency: object) -> str:
    """A three-letter ISO 4217 code, made upper case."""
    text = currency.strip().upper() if isinstance(currency, str) else ""
    if not CURRENCY_PATTERN.fullmatch(text):
        raise ValidationError(_("The currency must be a three-letter ISO code such as EUR or USD."))
    return text
