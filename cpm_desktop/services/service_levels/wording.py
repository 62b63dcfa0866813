"""A service level's words in the language being spoken: periods, figures, target, trend and
attainment. English is the domain's own wording (`domain.service_levels`), character for
character; other languages are composed from the same parts with CLDR's month names and
numbers. The screens, the command line and the pack all read them through the read model.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_skeleton

from cpm_desktop.domain import service_levels as english
from cpm_desktop.domain.service_levels import DIRECTION_SIGNS, SlaDirection, SlaPeriod, improving
from cpm_desktop.domain.trends import Trend
from cpm_desktop.reports.locale_format import MINUS, report_format
from cpm_desktop.texts import _, current_language, current_locale, ngettext, pgettext


def period_label(period: SlaPeriod, start: dt.date) -> str:
    """'Week of 2 Nov 2026', 'Nov 2026', 'Q4 2026' ('Woche vom 2. Nov. 2026', 'T4 2026')."""
    if current_language() == "en":
        return english.period_label(period, start)
    locale = current_locale()
    if period is SlaPeriod.WEEKLY:
        day = format_skeleton("yMMMd", start, locale=locale)
        return _("Week of {day}").format(day=day)
    if period is SlaPeriod.MONTHLY:
        return format_skeleton("yMMM", start, locale=locale)
    return _("Q{quarter} {year}").format(quarter=(start.month - 1) // 3 + 1, year=start.year)


def short_period_label(period: SlaPeriod, start: dt.date) -> str:
    """A period in a narrow column: '2 Nov', 'Nov 26', 'Q4 26' ('2. Nov.', 'T4 26')."""
    if current_language() == "en":
        return english.short_period_label(period, start)
    locale = current_locale()
    if period is SlaPeriod.WEEKLY:
        return format_skeleton("dM", start, locale=locale)
    if period is SlaPeriod.MONTHLY:
        return format_skeleton("MMMyy", start, locale=locale)
    return _("Q{quarter} {year}").format(
        quarter=(start.month - 1) // 3 + 1, year=f"{start.year % 100:02d}"
    )


def value_text(value: float, unit: str) -> str:
    """A measured figure as typed, up to three decimals, with its unit: '99.5 %' ('99,5 %')."""
    if current_language() == "en":
        return english.value_text(value, unit)
    places = len(f"{value:.3f}".rstrip("0").rstrip(".").partition(".")[2])
    text = report_format(current_locale()).number(round(value, places), places)
    text = "0" if text == f"{MINUS}0" else text
    return f"{text} {unit}" if unit else text


def target_text(direction: SlaDirection, target: float, unit: str) -> str:
    """The target as it reads beside the SLA: '≥ 99.5 %', '≤ 4 h'."""
    return f"{DIRECTION_SIGNS[direction]} {value_text(target, unit)}"


def trend_text(direction: SlaDirection, moved: Trend) -> str:
    """'↑ better', '↓ worse', '→ steady' or '• new': the figure's move and what it means."""
    if current_language() == "en":
        return english.trend_text(direction, moved)
    better = improving(direction, moved)
    if better is None:
        return _("→ steady") if moved is Trend.STEADY else _("• new")
    arrow = "↑" if moved is Trend.UP else "↓"
    word = pgettext("service level", "better") if better else pgettext("service level", "worse")
    return f"{arrow} {word}"


def attainment_text(met: int, measured: int) -> str:
    """'5 of 6 periods met'; 'Not measured yet' without any period."""
    if current_language() == "en":
        return english.attainment_text(met, measured)
    if not measured:
        return _("Not measured yet")
    return ngettext(
        "{met} of {measured} period met", "{met} of {measured} periods met", measured
    ).format(met=met, measured=measured)
