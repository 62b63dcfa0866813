"""The values of MS Project XML and their conversion: durations, lags, dates, money, percent,
and the project-level fields (units, currency, start date, resource names).

Conventions follow MPXJ's `DatatypeConverter` (org.mpxj.mspdi), the reader our test oracle uses.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from xml.etree.ElementTree import Element

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.model import ImportNotes, PlanTask
from cpm_desktop.interchange.text_values import clipped, number_text
from cpm_desktop.texts import _

# DurationFormat / LagFormat codes (3 = minutes, 5 = hours, 7 = days, 9 = weeks, 11 = months;
# +32 = the same, estimated; 53 = days estimated). These count elapsed (calendar) time instead
# of working time; MPXJ's parseDurationTimeUnits reads them so.
ELAPSED_FORMATS = frozenset({4, 6, 8, 10, 12, 36, 38, 40, 42, 44})
PERCENT_FORMATS = frozenset({19, 51})  # lag as a percentage of the predecessor's duration
ELAPSED_PERCENT_FORMATS = frozenset({20, 52})
CURRENCY_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY"}
# Numbers beyond 10^18 are no plan's (and would make Python build huge integers).
MAX_DIGITS = 18

_NUMBER = r"(\d+(?:[.,]\d+)?)"
_ISO_DURATION = re.compile(
    rf"(-)?P(?:{_NUMBER}Y)?(?:{_NUMBER}M)?(?:{_NUMBER}W)?(?:{_NUMBER}D)?"
    rf"(?:T(?:{_NUMBER}H)?(?:{_NUMBER}M)?(?:{_NUMBER}S)?)?"
)


@dataclass(frozen=True, slots=True)
class IsoDuration:
    """An ISO 8601 duration as written (`PT16H0M0S`, `P2DT4H`), each part exact."""

    negative: bool
    years: Fraction
    months: Fraction
    weeks: Fraction
    days: Fraction
    hours: Fraction
    minutes: Fraction
    seconds: Fraction

    @property
    def has_date_part(self) -> bool:
        """True when years, months, weeks or days are given (not only a time of day)."""
        return any((self.years, self.months, self.weeks, self.days))

    def working_days(self, minutes_per_day: int, minutes_per_week: int) -> Fraction:
        """Working days, as MPXJ reads a working-time duration.

        MS Project writes hours only (`PT16H0M0S`). When a date part is present MPXJ counts
        the whole value in days, each day a working day and the time part in 24-hour days;
        a year is 365 days and a month 30. Weeks (not in XSD, but ISO) are working weeks.
        """
        if self.has_date_part:
            days = (
                self.years * 365
                + self.months * 30
                + self.weeks * Fraction(minutes_per_week, minutes_per_day)
                + self.days
                + self.hours / 24
                + self.minutes / 1440
                + self.seconds / 86400
            )
        else:
            minutes = self.hours * 60 + self.minutes + self.seconds / 60
            days = minutes / minutes_per_day
        return -days if self.negative else days

    def calendar_days(self) -> Fraction:
        """Calendar days of an elapsed duration (24-hour days)."""
        days = (
            self.years * 365
            + self.months * 30
            + self.weeks * 7
            + self.days
            + self.hours / 24
            + self.minutes / 1440
            + self.seconds / 86400
        )
        return -days if self.negative else days


def parse_iso_duration(text: str) -> IsoDuration | None:
    """Read `PT16H0M0S`, `PT0H`, `P2DT4H`, `-PT8H`…; None when the text is not a duration."""
    match = _ISO_DURATION.fullmatch(text.strip())
    if match is None or not any(match.groups()[1:]):
        return None
    try:
        parts = [
            Fraction(part.replace(",", ".")) if part else Fraction(0) for part in match.groups()[1:]
        ]
    except ValueError:  # over 4,300 digits: Python will not read it as a number
        return None
    return IsoDuration(match.group(1) == "-", *parts)


def parse_datetime(text: str) -> dt.datetime:
    """Read an MSPDI date-time (`2026-02-03T08:00:00`); ValueError when it is no real date."""
    value = dt.datetime.fromisoformat(text.strip())
    # Some writers add a time zone; the plan's days are local days, so the offset is dropped.
    return value.replace(tzinfo=None)


def parse_money(text: str) -> Decimal:
    """A money value of MSPDI in currency units.

    MSPDI stores costs ×100 (in cents): MPXJ's parseCurrency divides by 100, and in
    mpxj-sample1.xml task 23 (40 h at £10/h plus £30 per use = £430) holds Cost 43000.
    """
    value = decimal_of(text)
    if value is None:
        raise ValueError(f"not a number: {text!r}")
    if value.adjusted() > MAX_DIGITS:  # no budget is that large, and it would not round
        raise ValueError(f"not a plausible amount: {text!r}")
    value /= 100
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)  # half a cent: up


def round_half_away(value: Fraction) -> int:
    """Round to a whole number, halves away from zero (1.5 → 2, -1.5 → -2)."""
    whole = int(abs(value) + Fraction(1, 2))
    return -whole if value < 0 else whole


def fmt_days(value: Fraction | int) -> str:
    """`1.5 days`, `1 day`, `16.67 days`, `1.25e+14 days`: a day count for the import report."""
    shown = number_text(value)
    return f"{shown} day" if shown in ("1", "-1") else f"{shown} days"


def decimal_of(text: str | None) -> Decimal | None:
    """`text` as a finite Decimal, or None when it is no number (or nan, or infinity)."""
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def bounded(value: Decimal) -> Fraction:
    """`value` as an exact Fraction, held within ±10^MAX_DIGITS.

    Fraction(Decimal('1E+999999999')) would build a billion-digit integer; nothing a plan
    holds comes near the bound, and the importer reports the values it cannot keep.
    """
    if value.adjusted() > MAX_DIGITS:
        value = Decimal(1).scaleb(MAX_DIGITS).copy_sign(value)
    return Fraction(value)


def text_of(element: Element, tag: str) -> str | None:
    """The stripped text of child `tag`, or None when it is missing or blank."""
    child = element.find(tag)
    if child is None or child.text is None:
        return None
    text = child.text.strip()
    return text or None


def int_of(element: Element, tag: str) -> int | None:
    """The integer in child `tag`, or None when it is missing, blank or not an integer."""
    value = decimal_of(text_of(element, tag))
    if value is None or value.adjusted() > MAX_DIGITS:
        return None  # no count, code or level of a plan is a 19-digit number
    return int(value)


def flag_of(element: Element, tag: str) -> bool:
    """An MSPDI boolean: `1` (or `true`) is set, anything else or nothing is not."""
    return (text_of(element, tag) or "").lower() in ("1", "true")


def read_units(root: Element, notes: ImportNotes) -> tuple[int, int]:
    """MinutesPerDay (480 unless given) and MinutesPerWeek: how hours of work make days."""
    per_day = int_of(root, "MinutesPerDay")
    if per_day is None or not 0 < per_day <= 1440:
        if per_day is not None:
            notes.approximate(f"MinutesPerDay {per_day} is impossible; 8 hours a day is used.")
        per_day = 480
    per_week = int_of(root, "MinutesPerWeek")
    if per_week is None or not per_day <= per_week <= 7 * 1440:
        per_week = 5 * per_day
    return per_day, per_week


def read_time(text: str | None, default: dt.time) -> dt.time:
    """A time of day such as DefaultStartTime (`08:00:00`), else `default`."""
    try:
        return dt.time.fromisoformat(text) if text else default
    except ValueError:
        return default


def read_currency(root: Element, notes: ImportNotes) -> str:
    """CurrencyCode, else a code guessed from an unambiguous symbol (reported), else EUR."""
    code = (text_of(root, "CurrencyCode") or "").upper()
    if len(code) == 3 and code.isalpha():
        return code
    symbol = text_of(root, "CurrencySymbol")
    if symbol in CURRENCY_SYMBOLS:
        guess = CURRENCY_SYMBOLS[symbol]
        notes.approximate(
            f"The file gives no currency code; its symbol {symbol} is read as {guess}."
        )
        return guess
    notes.approximate("The file gives no currency code; EUR is assumed.")
    return "EUR"


def read_percent(element: Element, label: str, notes: ImportNotes) -> int:
    """PercentComplete as a whole number in 0..100; anything else is clamped and reported."""
    text = text_of(element, "PercentComplete")
    if text is None:
        return 0
    number = decimal_of(text)
    if number is None:
        notes.approximate(
            f"{label}: percent complete '{clipped(text)}' is unreadable; 0 % is stored."
        )
        return 0
    value = round_half_away(bounded(number))
    clamped = min(max(value, 0), 100)
    if clamped != value:
        notes.approximate(
            f"{label}: {number_text(number)} % complete is impossible; {clamped} % is stored."
        )
    return clamped


def read_money(element: Element, tag: str, label: str, notes: ImportNotes) -> Decimal | None:
    """A cost in currency units (see parse_money); unreadable values count 0, reported."""
    text = text_of(element, tag)
    if text is None:
        return None
    try:
        return parse_money(text)
    except ValueError:
        notes.approximate(f"{label}: {tag} '{clipped(text)}' is unreadable; 0 is stored.")
        return Decimal(0)


def lag_days(
    link: Element,
    predecessor_days: Fraction,
    minutes_per_day: int,
    weekdays: int,
    where: str,
    notes: ImportNotes,
) -> int:
    """A PredecessorLink's lag in whole working days, each approximation reported.

    LinkLag is in tenths of a minute of work (4800 = 1 day at 480 minutes a day) whatever
    LagFormat shows; for the elapsed formats it is calendar time, and for the percent formats
    it is the percentage itself, of the predecessor's duration (MPXJ's MSPDIReader and its
    MicrosoftScheduler.addLag).
    """
    text = text_of(link, "LinkLag")
    number = decimal_of(text or "0")
    if number is None:
        notes.approximate(f"{where}: lag '{clipped(text or '')}' is unreadable; no lag is used.")
        return 0
    value = bounded(number)
    if value == 0:
        return 0
    fmt = int_of(link, "LagFormat")
    if fmt in PERCENT_FORMATS or fmt in ELAPSED_PERCENT_FORMATS:
        whole = round_half_away(predecessor_days * value / 100)
        notes.approximate(
            f"{where}: lag of {float(value):g}% of {fmt_days(predecessor_days)} taken as "
            f"{fmt_days(whole)}; it will not follow later changes of that duration."
        )
        return whole
    if fmt in ELAPSED_FORMATS:
        calendar_days = value / 10 / 1440
        whole = round_half_away(calendar_days * weekdays / 7)
        notes.approximate(
            f"{where}: elapsed lag of {fmt_days(calendar_days)} (calendar) taken as "
            f"{fmt_days(whole)} of work."
        )
        return whole
    days = value / 10 / minutes_per_day
    whole = round_half_away(days)
    if fmt_days(whole) != fmt_days(days):  # not "1.25e+14 days rounded to 1.25e+14 days"
        notes.approximate(f"{where}: lag {fmt_days(days)} rounded to {fmt_days(whole)}.")
    return whole


def project_date(root: Element, tag: str, file: str) -> dt.date | None:
    """A project-level date (StartDate, StatusDate…) as a day; InterchangeError if impossible."""
    text = text_of(root, tag)
    if text is None:
        return None
    try:
        return parse_datetime(text).date()
    except ValueError:
        raise InterchangeError(
            _("In {file}, the project's {tag} '{text}' is an impossible date.").format(
                file=file, tag=tag, text=clipped(text)
            )
        ) from None


def project_start(root: Element, tasks: list[PlanTask], file: str) -> dt.date:
    """StartDate, else the earliest task start, else the day the file was made."""
    start = project_date(root, "StartDate", file)
    if start is None:
        start = min((t.start for t in tasks if t.start is not None), default=None)
    if start is None:
        start = project_date(root, "CreationDate", file)
    if start is None:
        raise InterchangeError(
            _("{file} gives no project start date and no task dates.").format(file=file)
        )
    return start


def assigned_names(root: Element) -> dict[str, list[str]]:
    """Task UID → names of its assigned resources, each once, in file order."""
    names: dict[str, str] = {}
    for resource in root.findall("Resources/Resource"):
        uid, name = text_of(resource, "UID"), text_of(resource, "Name")
        if uid is not None and name is not None:
            names[uid] = name
    assigned: dict[str, list[str]] = {}
    for assignment in root.findall("Assignments/Assignment"):
        # -65535 ("unassigned") and resources without a name give no owner.
        name = names.get(text_of(assignment, "ResourceUID") or "")
        task_uid = text_of(assignment, "TaskUID")
        if name is not None and task_uid is not None:
            owners = assigned.setdefault(task_uid, [])
            if name not in owners:
                owners.append(name)
    return assigned


def some_tasks(names: list[str], shown: int = 3) -> str:
    """`Task 'A' is`, `3 tasks ('A', 'B', 'C') are`, `12 tasks ('A', 'B', 'C', …) are`."""
    if len(names) == 1:
        return f"Task '{names[0]}' is"
    listed = ", ".join(f"'{name}'" for name in names[:shown])
    more = ", …" if len(names) > shown else ""
    return f"{len(names)} tasks ({listed}{more}) are"
