"""Typing one returned cell by its column: the value the services take, or why it cannot be one.

Excel hands back floats for numbers and dates that lost their format, datetimes, booleans and
text; a client types anything. Every value a column cannot take is a CellProblem (a sentence
naming the column and the value), never another exception: the preview shows it as a problem
on that cell and nothing of it is applied. A workbook in German or French is read in its
language (language.py): its list values and yes/no words, and the numbers and dates typed as
text by its locale's rules (local_text.py); a problem quotes its header and words as the
workbook writes them, so the client finds them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from cpm_desktop.reports.excel.content import CellValue, Column, Kind
from cpm_desktop.reports.excel.read_back.language import ENGLISH, ENGLISH_READING, Reading
from cpm_desktop.reports.excel.read_back.local_text import (
    Ambiguous,
    date_hint,
    number_example,
    text_date,
    text_number,
)
from cpm_desktop.texts import _

CENT = Decimal("0.01")
# Whole numbers and amounts are read up to this size; past it a cell is a problem, not a
# number the workspace cannot store (SQLite's integers, the Decimal context's 28 digits).
LARGEST = 10**15
FIRST_SERIAL, LAST_SERIAL = 1, 2_958_465  # Excel's day numbers of 1 Jan 1900 .. 31 Dec 9999
SHOWN = 40  # characters of a value quoted in a problem


class CellProblem(ValueError):
    """A returned cell holds something its column cannot take; the message says what."""


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A cell whose value is not known: a formula never calculated, or an error (#REF!)."""

    shown: str  # what the cell holds: the formula ("=A1*2") or the error ("#REF!")
    why: str  # the problem, as it follows "<column header>: "

    def __str__(self) -> str:
        return self.shown


def cell_value(raw: object, column: Column, reading: Reading = ENGLISH_READING) -> CellValue:
    """The value of a returned cell typed by its column's kind, or CellProblem saying why not.

    `reading` is the workbook's language and locales; a choice comes back as its English label.
    """
    header = reading.text(column.header)
    if isinstance(raw, Unreadable):
        raise CellProblem(_("{header}: {problem}").format(header=header, problem=raw.why))
    if isinstance(raw, str):
        raw = raw.replace("\r\n", "\n").strip()
    if raw is None or raw == "":
        return "" if column.kind in (Kind.TEXT, Kind.LONG_TEXT) else None
    match column.kind:
        case Kind.TEXT | Kind.LONG_TEXT:
            return cell_text(raw)
        case Kind.INT | Kind.PERCENT:
            return _whole(raw, header, reading)
        case Kind.MONEY:
            return _money(raw, header, reading)
        case Kind.DATE:
            return _date(raw, header, reading)
        case Kind.YES_NO:
            return _yes_no(raw, header, reading)
        case Kind.CHOICE:
            return _choice(raw, header, column.choices, reading)
    raise AssertionError(column.kind)  # pragma: no cover - SHARE columns have no field


def cell_text(value: object) -> str:
    """A cell as text, the way the state sheet writes values: 3.0 → "3", a day → ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < LARGEST:
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").strip()


def shown(raw: object) -> str:
    """A cell's value quoted for a sentence, cut if long."""
    text = cell_text(raw)
    return repr(text if len(text) <= SHOWN else text[: SHOWN - 1] + "…")


def _whole(raw: object, header: str, reading: Reading) -> int:
    number: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        number = raw
    elif isinstance(raw, float) and raw.is_integer():
        number = int(raw)
    elif isinstance(raw, str) and re.fullmatch(r"[+-]?\d{1,18}%?", raw):
        number = int(raw.rstrip("%"))
    elif isinstance(raw, str) and reading.language != ENGLISH:
        typed = _typed_number(raw, header, reading)
        if typed is not None and typed == typed.to_integral_value():
            number = int(typed)
    if number is None:
        raise CellProblem(
            _("{header}: {value} is not a whole number.").format(header=header, value=shown(raw))
        )
    if abs(number) >= LARGEST:
        raise CellProblem(
            _("{header}: {value} is too large a number.").format(header=header, value=shown(raw))
        )
    return number


def _money(raw: object, header: str, reading: Reading) -> Decimal:
    problem = CellProblem(
        _("{header}: {value} is not an amount of money.").format(header=header, value=shown(raw))
    )
    if isinstance(raw, bool):
        raise problem
    if isinstance(raw, int | float):
        amount: Decimal | None = Decimal(str(raw))  # str: the float as Excel showed it
    else:
        amount = _typed_number(str(raw), header, reading)
    if amount is None or not amount.is_finite():
        raise problem
    if abs(amount) >= LARGEST:
        raise CellProblem(
            _("{header}: {value} is too large an amount.").format(header=header, value=shown(raw))
        )
    return amount.quantize(CENT)


def _typed_number(text: str, header: str, reading: Reading) -> Decimal | None:
    """A number typed as text, by the workbook's locale; refused if its locales disagree."""
    try:
        return text_number(text, reading)
    except Ambiguous as readings:
        raise CellProblem(
            _(
                "{header}: {value} reads as {readings} depending on the country's way of "
                "writing numbers, and the workbook does not say which; type the number without "
                "thousands separators ({example})."
            ).format(
                header=header,
                value=shown(text),
                readings=readings,
                example=number_example(reading),
            )
        ) from None


def _date(raw: object, header: str, reading: Reading) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if FIRST_SERIAL <= raw < LAST_SERIAL + 1:
            # Loaded here: the window imports the read-back's types without needing openpyxl.
            from openpyxl.utils.datetime import from_excel  # noqa: PLC0415

            day = from_excel(raw)  # a date typed into a cell that lost its date format
            return day.date() if isinstance(day, dt.datetime) else day
    elif isinstance(raw, str):
        try:
            typed = text_date(raw, reading)
        except Ambiguous as days:
            raise CellProblem(
                _(
                    "{header}: {value} reads as {days} depending on the country's way of "
                    "writing dates; type it as YYYY-MM-DD."
                ).format(header=header, value=shown(raw), days=days)
            ) from None
        if typed is not None:
            return typed
    raise CellProblem(
        _("{header}: {value} is not a date (use {hint}).").format(
            header=header, value=shown(raw), hint=date_hint(reading)
        )
    )


def _yes_no(raw: object, header: str, reading: Reading) -> bool:
    if isinstance(raw, bool):
        return raw
    text = cell_text(raw)
    if text.casefold() in ("yes", "y", "true", "1"):
        return True
    if text.casefold() in ("no", "n", "false", "0"):
        return False
    word = reading.label(text, ("Yes", "No"))
    if word is not None:
        return word == "Yes"
    raise CellProblem(
        _("{header}: {value} is not {yes} or {no}.").format(
            header=header, value=shown(raw), yes=reading.choice("Yes"), no=reading.choice("No")
        )
    )


def _choice(raw: object, header: str, choices: tuple[str, ...], reading: Reading) -> str:
    label = reading.label(cell_text(raw), choices)
    if label is not None:
        return label
    offered = ", ".join(reading.choice(choice) for choice in choices)
    raise CellProblem(
        _("{header}: {value} is not one of {choices}.").format(
            header=header, value=shown(raw), choices=offered
        )
    )
