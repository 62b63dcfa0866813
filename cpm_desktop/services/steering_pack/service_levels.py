"""Fill the pack's section on the service levels: target, the last periods measured, met or
missed, RAG and trend.

Client-safe for every audience: an SLA is what the supplier promised the client, and none of
it is internal or a cost. The figures, periods and words are written for the reader: the
domain's English texts (`domain.service_levels`) are composed again here from their parts.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_skeleton
from sqlalchemy.orm import Session

from cpm_desktop.domain.audience import Visibility
from cpm_desktop.domain.service_levels import (
    DIRECTION_SIGNS,
    SlaDirection,
    SlaPeriod,
    improving,
    short_period_label,
)
from cpm_desktop.domain.trends import Trend
from cpm_desktop.reports.locale_format import MINUS, report_format
from cpm_desktop.reports.pdf.pack.service_levels import (
    MOST_PERIODS,
    PackServiceLevels,
    PackSla,
    PackSlaValue,
)
from cpm_desktop.services.service_levels.views import ServiceLevelRow, service_levels
from cpm_desktop.texts import _, current_language, current_locale, ngettext, pgettext


def pack_service_levels(
    session: Session, project_id: int, view: Visibility
) -> PackServiceLevels | None:
    """What the section prints for the audience `view`; None when there is nothing."""
    rows = service_levels(session, project_id)
    if not rows:
        return None
    return PackServiceLevels(tuple(_line(row) for row in rows))


def _line(row: ServiceLevelRow) -> PackSla:
    english = current_language() == "en"  # the domain's own texts, as every screen shows them
    return PackSla(
        reference=row.reference,
        name=row.name,
        target=row.target_text
        if english
        else f"{DIRECTION_SIGNS[row.direction]} {_value(row.target, row.unit)}",
        period=_(row.period.label),
        attainment=row.attainment_text
        if english
        else _attainment(row.periods_met, row.periods_measured),
        values=tuple(
            PackSlaValue(
                _short_period(row.period, m.period_start),
                m.value_text if english else _value(m.value, row.unit),
                m.met,
            )
            for m in row.recent(MOST_PERIODS)
        ),
        rag=row.rag.value if row.rag else "",
        trend=row.trend_text if english else _trend(row.direction, row.trend),
        description=row.description,
    )


def _value(value: float, unit: str) -> str:
    """A measured figure as typed, up to three decimals, in the reader's way: '99,5 %'."""
    places = len(f"{value:.3f}".rstrip("0").rstrip(".").partition(".")[2])
    text = report_format(current_locale()).number(round(value, places), places)
    text = "0" if text == f"{MINUS}0" else text
    return f"{text} {unit}" if unit else text


def _attainment(met: int, measured: int) -> str:
    """'5 of 6 periods met'; 'Not measured yet' without any period."""
    if not measured:
        return _("Not measured yet")
    return ngettext(
        "{met} of {measured} period met", "{met} of {measured} periods met", measured
    ).format(met=met, measured=measured)


def _short_period(period: SlaPeriod, start: dt.date) -> str:
    """A period in a narrow column: '2 Nov', 'Nov 26', 'Q4 26' ('2. Nov.', 'T4 26')."""
    if current_language() == "en":
        return short_period_label(period, start)
    locale = current_locale()
    if period is SlaPeriod.WEEKLY:
        return format_skeleton("dM", start, locale=locale)
    if period is SlaPeriod.MONTHLY:
        return format_skeleton("MMMyy", start, locale=locale)
    return _("Q{quarter} {year}").format(
        quarter=(start.month - 1) // 3 + 1, year=f"{start.year % 100:02d}"
    )


def _trend(direction: SlaDirection, moved: Trend) -> str:
    """'↑ better', '↓ worse', '→ steady' or '• new': the figure's move and what it means."""
    better = improving(direction, moved)
    if better is None:
        return _("→ steady") if moved is Trend.STEADY else _("• new")
    arrow = "↑" if moved is Trend.UP else "↓"
    word = pgettext("service level", "better") if better else pgettext("service level", "worse")
    return f"{arrow} {word}"
