"""Small readers of attribute text shared by the parsers, and numbers as the report shows them."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from fractions import Fraction

from babel.numbers import format_decimal

from cpm_desktop.interchange.model import ImportNotes
from cpm_desktop.texts import SOURCE_LANGUAGE, _, current_language, current_locale

# From a million on a number is shown as 1.25e+14: a report line must not carry 310 digits.
FIRST_YEAR, LAST_YEAR = 1900, 2199  # a file's date beyond these is a typo, too far to walk to
_PLAIN_DIGITS = 6
_CENT = Decimal("0.01")


def number_text(value: int | Decimal | Fraction) -> str:
    """A number for the import report: `12500`, `2.5`, `16.67`, `1.25e+14`, never 300 digits."""
    if isinstance(value, Fraction):
        number = Decimal(value.numerator) / Decimal(value.denominator)
    else:
        number = Decimal(value)
    if not number.is_finite():
        return str(number).lower()
    if number.adjusted() >= _PLAIN_DIGITS:  # adjusted(), not abs(): 1E+999999999 overflows
        mantissa, exponent = f"{number:.3g}".split("e")  # no arithmetic: 1E+999999999 too
        if "." in mantissa:
            mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}e{exponent}"
    text = f"{number.quantize(_CENT):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def local_number(value: float, digits: int = 0, *, grouped: bool = False) -> str:
    """`value` with `digits` decimals, for a message in the language being spoken: "5.3" and
    "20,000" in English (exactly as Python formats them), "5,3" and "20.000" in German."""
    if current_language() == SOURCE_LANGUAGE:
        return f"{value:{',' if grouped else ''}.{digits}f}"
    pattern = ("#,##0" if grouped else "0") + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=current_locale())


def clipped(text: str, limit: int = 24) -> str:
    """A file's raw text in a report line, cut with an ellipsis when longer than `limit`."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def impossible(where: str, what: str, text: str) -> str:
    """The refusal of `text`, no real date or time, as `where`'s `what` (marked with N_)."""
    return _("{where} has an impossible {what}: {text!r}.").format(
        where=where, what=_(what), text=clipped(text)
    )


def implausible(where: str, what: str, text: str) -> str:
    """The refusal of a date `text` too far off to be meant, as `where`'s `what` (N_)."""
    return _("{where} has an implausible {what}: {text!r}.").format(
        where=where, what=_(what), text=clipped(text)
    )


def percent_from_text(text: str | None, title: str, notes: ImportNotes) -> int:
    """A task's % complete: unreadable is 0, out of range is brought into 0..100 (noted)."""
    raw = (text or "0").strip()
    try:
        number = Decimal(raw)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        notes.drop(f"Task {title!r}: unreadable % complete {clipped(raw)!r}; taken as 0.")
        return 0
    value = number.to_integral_value(ROUND_HALF_EVEN)  # as round() did: 62.5 → 62
    if not 0 <= value <= 100:
        kept = 0 if value < 0 else 100
        notes.approximate(
            f"Task {title!r}: {number_text(number)}% complete is outside 0–100; {kept}% stored."
        )
        return kept
    return int(value)


def unique_name(name: str, taken: set[str]) -> str:
    """`name`, or "name (2)", "name (3)"… when a name already in `taken` (casefolded) has it;
    the result is added to `taken`."""
    unique, n = name, 1
    while unique.casefold() in taken:
        n += 1
        unique = f"{name} ({n})"
    taken.add(unique.casefold())
    return unique
