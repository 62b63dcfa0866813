"""Typing one returned cell by its column: the value the services take, or why it cannot be one.

Excel hands back floats for numbers and dates that lost their format, datetimes, booleans and
text; a client types anything. Every value a column cannot take is a CellProblem (a sentence
naming the column and the value), never another exception: the preview shows it as a problem
on that cell and nothing of it is applied.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from openpyxl.utils.datetime import from_excel

from cpm_desktop.reports.excel.content import CellValue, Column, Kind

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


def cell_value(raw: object, column: Column) -> CellValue:
    """The value of a returned cell typed by its column's kind, or CellProblem saying why not."""
    if isinstance(raw, Unreadable):
        raise CellProblem(f"{column.header}: {raw.why}")
    if isinstance(raw, str):
        raw = raw.replace("\r\n", "\n").strip()
    if raw is None or raw == "":
        return "" if column.kind in (Kind.TEXT, Kind.LONG_TEXT) else None
    match column.kind:
        case Kind.TEXT | Kind.LONG_TEXT:
            return cell_text(raw)
        case Kind.INT | Kind.PERCENT:
            return _whole(raw, column)
        case Kind.MONEY:
            return _money(raw, column)
        case Kind.DATE:
            return _date(raw, column)
        case Kind.YES_NO:
            return _yes_no(raw, column)
        case Kind.CHOICE:
            return _choice(raw, column)
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


def _whole(raw: object, column: Column) -> int:
    number: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        number = raw
    elif isinstance(raw, float) and raw.is_integer():
        number = int(raw)
    elif isinstance(raw, str) and re.fullmatch(r"[+-]?\d{1,18}%?", raw):
        number = int(raw.rstrip("%"))
    if number is None:
        raise CellProblem(f"{column.header}: {shown(raw)} is not a whole number.")
    if abs(number) >= LARGEST:
        raise CellProblem(f"{column.header}: {shown(raw)} is too large a number.")
    return number


def _money(raw: object, column: Column) -> Decimal:
    problem = CellProblem(f"{column.header}: {shown(raw)} is not an amount of money.")
    if isinstance(raw, bool):
        raise problem
    try:
        if isinstance(raw, int | float):
            amount = Decimal(str(raw))  # str: the float as Excel showed it, not its binary tail
        else:
            amount = Decimal(str(raw).replace(",", "").replace(" ", ""))
    except (InvalidOperation, ValueError):
        raise problem from None
    if not amount.is_finite():
        raise problem
    if abs(amount) >= LARGEST:
        raise CellProblem(f"{column.header}: {shown(raw)} is too large an amount.")
    return amount.quantize(CENT)


def _date(raw: object, column: Column) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if FIRST_SERIAL <= raw < LAST_SERIAL + 1:
            day = from_excel(raw)  # a date typed into a cell that lost its date format
            return day.date() if isinstance(day, dt.datetime) else day
    elif isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw[:10])
        except ValueError:
            pass
    raise CellProblem(f"{column.header}: {shown(raw)} is not a date (use YYYY-MM-DD).")


def _yes_no(raw: object, column: Column) -> bool:
    if isinstance(raw, bool):
        return raw
    text = cell_text(raw).casefold()
    if text in ("yes", "y", "true", "1"):
        return True
    if text in ("no", "n", "false", "0"):
        return False
    raise CellProblem(f"{column.header}: {shown(raw)} is not Yes or No.")


def _choice(raw: object, column: Column) -> str:
    text = " ".join(cell_text(raw).split()).casefold()
    for label in column.choices:
        if label.casefold() == text:
            return label
    offered = ", ".join(column.choices)
    raise CellProblem(f"{column.header}: {shown(raw)} is not one of {offered}.")
