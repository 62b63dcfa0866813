"""Service-level values pasted from a sheet, a mail or a monitoring report: one period and its
value a line ("2026-10 99.2", "Oct 2026<TAB>99.2 %", "2026-11-02;4.5", "2026-W45 3.5 h
planned outage"), the rest of the line kept as the value's note.

Untrusted input: a size limit, a line limit, and nothing but a `PastedValues` comes back;
every line that cannot be read is an error naming its line, never an exception. Each day is
taken into the period it falls in (a weekly SLA's "2026-11-04" is the week of 2 Nov).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from cpm_desktop.domain.service_levels import SlaPeriod, period_label, period_start
from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.text_values import local_number
from cpm_desktop.texts import N_, _

MAX_PASTE_BYTES = 256 * 1024  # twenty years of weekly values is a few KB
MAX_VALUES = 1_000
MAX_ERRORS = 50  # the first ones say what is wrong; the count says how much
MAX_NOTE = 500
MAX_ABS_VALUE = 1e12  # larger is no measured service level, and prints as nonsense
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2199, 12, 31)  # as the services accept

# Month names in English and German (the demo's client pastes from German sheets); a word
# names a month when it begins one of these in at least three letters ("Oct", "Sept", "Okt.").
_MONTH_NAMES = (
    ("january", "januar"), ("february", "februar"), ("march", "märz", "maerz"), ("april",),
    ("may", "mai"), ("june", "juni"), ("july", "juli"), ("august",), ("september",),
    ("october", "oktober"), ("november",), ("december", "dezember"),
)  # fmt: skip
_END = r"(?=$|[\s;,|=:])"  # a period is followed by a separator or the line's end
_PERIODS = (
    ("week", re.compile(r"(\d{4})-?W(\d{1,2})" + _END, re.IGNORECASE)),
    ("week_first", re.compile(r"(?:W|Week|KW)\s*(\d{1,2})[\s/,-]+(\d{4})" + _END, re.IGNORECASE)),
    ("date", re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?" + _END)),
    ("dotted", re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})" + _END)),
    ("slashed", re.compile(r"(\d{1,4})/(\d{1,2})/(\d{1,4})" + _END)),
    ("quarter", re.compile(r"Q([1-4])[\s/-]*(\d{4})" + _END, re.IGNORECASE)),
    ("quarter_last", re.compile(r"(\d{4})[\s/-]*Q([1-4])" + _END, re.IGNORECASE)),
    ("month", re.compile(r"(\d{4})[-/](\d{1,2})" + _END)),
    ("month_last", re.compile(r"(\d{1,2})[/.](\d{4})" + _END)),
    ("named", re.compile(r"([^\W\d_]{3,9})\.?[\s-]*(\d{4})" + _END)),
)
# What each form of period names, which an SLA of each period takes, and the refusal of a
# period an SLA does not take, whole: (what it names, the SLA's period) → the sentence.
_NAMES = {
    "week": "week",
    "week_first": "week",
    "quarter": "quarter",
    "quarter_last": "quarter",
    "month": "month",
    "month_last": "month",
    "named": "month",
}
_FITS = {
    SlaPeriod.WEEKLY: ("day", "week"),
    SlaPeriod.MONTHLY: ("day", "month"),
    SlaPeriod.QUARTERLY: ("day", "month", "quarter"),
}
_MISFITS = {
    ("month", SlaPeriod.WEEKLY): N_(
        "{period} is a month; a weekly SLA takes the week (2026-W45) or a day in it (2026-11-02)."
    ),
    ("quarter", SlaPeriod.WEEKLY): N_(
        "{period} is a quarter; a weekly SLA takes the week (2026-W45) or a day in it (2026-11-02)."
    ),
    ("week", SlaPeriod.MONTHLY): N_(
        "{period} is a week; a monthly SLA takes the month (2026-11, Nov 2026) or a day in it "
        "(2026-11-02)."
    ),
    ("quarter", SlaPeriod.MONTHLY): N_(
        "{period} is a quarter; a monthly SLA takes the month (2026-11, Nov 2026) or a day in "
        "it (2026-11-02)."
    ),
    ("week", SlaPeriod.QUARTERLY): N_(
        "{period} is a week; a quarterly SLA takes the quarter (Q4 2026), a month or a day in it."
    ),
}
_SEPARATORS = " \t;,|=:"
_NUMBER = re.compile(r"([+\-−]?)(\d[\d.,']*\d|\d)")
_EXPONENT = re.compile(r"[eE][+\-]?\d")
_FIRST_WORD = re.compile(r"\S{1,40}")


@dataclass(frozen=True, slots=True)
class PastedValue:
    """One value read: the line it came from, its period's first day, the value, the note."""

    line: int
    period_start: dt.date
    value: float
    note: str


@dataclass(frozen=True, slots=True)
class PastedValues:
    """What a paste gave: the values by line, and one sentence per line that was not read."""

    values: tuple[PastedValue, ...]
    errors: tuple[str, ...]
    more_errors: int = 0  # errors beyond MAX_ERRORS, counted only

    @property
    def ok(self) -> bool:
        """True when every line was read (a paste with errors records nothing)."""
        return not self.errors


class _LineError(Exception):
    """One line cannot be read; the message names what to write instead."""


def read_sla_values(text: str, period: SlaPeriod, unit: str = "") -> PastedValues:
    """Read pasted lines of (period, value, note) for an SLA measured each `period` in `unit`.

    Blank lines and lines starting with '#' are skipped, and a first line without a digit (a
    header such as "Period  Value"). Two lines of one period are an error on the second.
    """
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_PASTE_BYTES:
        raise InterchangeError(
            _("The pasted text is {size} KB; paste at most {limit} KB of values at a time.").format(
                size=local_number(size / 1024), limit=MAX_PASTE_BYTES // 1024
            )
        )
    values: list[PastedValue] = []
    errors: list[str] = []
    failed = 0
    seen: dict[dt.date, int] = {}
    first = True
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().strip("\ufeff")
        if not line or line.startswith("#"):
            continue
        if first and not any(c.isdigit() for c in line):
            first = False
            continue  # a header row copied with the values
        first = False
        try:
            if len(values) >= MAX_VALUES:
                raise _LineError(
                    _("more than {most} values; paste fewer at a time.").format(most=MAX_VALUES)
                )
            day, value, note = _read_line(line, period, unit)
            start = period_start(period, day)
            if start in seen:
                raise _LineError(
                    _("{period} is already on line {line}.").format(
                        period=period_label(period, start), line=seen[start]
                    )
                )
            seen[start] = number
            values.append(PastedValue(number, start, value, note))
        except _LineError as exc:
            failed += 1
            if len(errors) < MAX_ERRORS:
                errors.append(_("Line {line}: {problem}").format(line=number, problem=exc))
    if not values and not failed:
        errors.append(_("Nothing to record: paste one period and its value a line."))
    return PastedValues(tuple(values), tuple(errors), failed - min(failed, MAX_ERRORS))


def _read_line(line: str, period: SlaPeriod, unit: str) -> tuple[dt.date, float, str]:
    day, rest = _period(line, period)
    rest = rest.lstrip(_SEPARATORS)
    match = _NUMBER.match(rest)
    if match is None:
        shown = _FIRST_WORD.match(rest)
        if shown is None:
            raise _LineError(_("no value after the period (nothing); write it as 99.2 or 4,5."))
        raise _LineError(
            _("no value after the period ({found!r}); write it as 99.2 or 4,5.").format(
                found=shown.group(0)
            )
        )
    value = _number(match.group(1), match.group(2))
    after = rest[match.end() :]
    if _EXPONENT.match(after):
        raise _LineError(
            _("{text!r}: write the value as a plain number, without e.").format(text=rest[:40])
        )
    note = after.strip()
    note = _without_unit(note, unit).strip(_SEPARATORS)
    return day, value, " ".join(note.split())[:MAX_NOTE]


def _period(line: str, period: SlaPeriod) -> tuple[dt.date, str]:
    """The day the line starts with (a period is taken as its first day) and what follows.

    A day fits any SLA; a week only a weekly one, a month a monthly or quarterly one, a
    quarter a quarterly one: a week may straddle two months, a month holds several weeks.
    """
    for kind, pattern in _PERIODS:
        match = pattern.match(line)
        if match is not None:
            names = _NAMES.get(kind, "day")
            if names not in _FITS[period]:
                raise _LineError(_(_MISFITS[names, period]).format(period=match.group(0)))
            return _day(kind, match.groups()), line[match.end() :]
    shown = _FIRST_WORD.match(line)
    raise _LineError(
        _(
            "{text!r} is not a period; start the line with one, as 2026-11-02, 2026-W45, "
            "2026-10, Oct 2026 or Q4 2026."
        ).format(text=shown.group(0) if shown else line[:40])
    )


def _day(kind: str, parts: tuple[str, ...]) -> dt.date:
    if kind == "named":
        return _checked(dt.date(int(parts[1]), _month(parts[0]), 1))
    n = [int(part) for part in parts]
    try:
        if kind == "week":
            return _checked(dt.date.fromisocalendar(n[0], n[1], 1))
        if kind == "week_first":
            return _checked(dt.date.fromisocalendar(n[1], n[0], 1))
        if kind == "date":
            return _checked(dt.date(n[0], n[1], n[2]))
        if kind == "dotted":
            return _checked(dt.date(n[2], n[1], n[0]))
        if kind == "slashed":
            return _checked(_slashed(*parts))
        if kind == "quarter":
            return _checked(dt.date(n[1], 3 * n[0] - 2, 1))
        if kind == "quarter_last":
            return _checked(dt.date(n[0], 3 * n[1] - 2, 1))
        if kind == "month":
            return _checked(dt.date(n[0], n[1], 1))
        return _checked(dt.date(n[1], n[0], 1))  # month_last: "11/2026"
    except ValueError:
        raise _LineError(_("no such day, week or month; check the period.")) from None


def _month(word: str) -> int:
    """The month a name or its abbreviation names ("Oct", "October", "Okt", "März")."""
    folded = word.casefold()
    for number, names in enumerate(_MONTH_NAMES, start=1):
        if len(folded) >= 3 and any(name.startswith(folded) for name in names):
            return number
    raise _LineError(_("{word!r} is not a month; write Oct 2026 or 2026-10.").format(word=word))


def _slashed(a: str, b: str, c: str) -> dt.date:
    """A slashed date whose order is clear: year first, or the day above 12."""
    if len(a) == 4:
        return dt.date(int(a), int(b), int(c))
    if len(c) == 4 and int(a) > 12 >= int(b):
        return dt.date(int(c), int(b), int(a))
    if len(c) == 4 and int(b) > 12 >= int(a):
        return dt.date(int(c), int(a), int(b))
    raise _LineError(
        _("{date} could be day/month or month/day; write it as 2026-11-02 or 02.11.2026.").format(
            date=f"{a}/{b}/{c}"
        )
    )


def _checked(day: dt.date) -> dt.date:
    if not EARLIEST <= day <= LATEST:
        raise _LineError(
            _("{date} is outside {first}–{last}.").format(
                date=day.isoformat(), first=EARLIEST.year, last=LATEST.year
            )
        )
    return day


def _number(sign: str, digits: str) -> float:
    """A figure as people type it: '99.2', '99,2', '1,250.5', '1.250,5', "1'250"."""
    text = digits.replace("'", "")
    dots, commas = text.count("."), text.count(",")
    if dots and commas:  # the last one is the decimal mark, the other groups thousands
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        grouping = "," if decimal == "." else "."
        text = text.replace(grouping, "").replace(decimal, ".")
    elif commas > 1 or dots > 1:  # only thousands groups: "1,250,000"
        text = text.replace(",", "").replace(".", "")
    elif commas == 1:
        whole, _comma, part = text.partition(",")
        if len(part) == 3 and whole != "0":
            raise _LineError(
                _(
                    "{digits} could be {thousands} or {decimal}; write it without the thousands "
                    "comma, or with a decimal point."
                ).format(digits=digits, thousands=f"{whole}{part}", decimal=f"{whole}.{part}")
            )
        text = f"{whole}.{part}"
    try:
        value = float(text)
    except ValueError:
        raise _LineError(_("{digits!r} is not a number.").format(digits=digits)) from None
    if sign in ("-", "−"):
        value = -value
    if not math.isfinite(value) or abs(value) > MAX_ABS_VALUE:
        raise _LineError(_("{digits} is beyond any measured service level.").format(digits=digits))
    return value


def _without_unit(note: str, unit: str) -> str:
    """The note without the unit the value was written with ("%", "h", the SLA's own unit)."""
    for word in ("%", unit.strip()):
        if word and note.casefold().startswith(word.casefold()):
            after = note[len(word) :]
            if not after or after[0] in _SEPARATORS or word == "%":
                return after
    return note
