"""The financial page: the budget after changes and the earned-value measures, the cost by
phase and by role (cost_tables.py), the burn chart — planned cost and earned value against the
actual cost week by week — and the team's utilisation to date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from cpm_desktop.reports import palette
from cpm_desktop.reports.formatting import SYMBOLS, long_date
from cpm_desktop.reports.pdf.fonts import REGULAR
from cpm_desktop.reports.pdf.pack.charts import legend, time_axes
from cpm_desktop.reports.pdf.pack.content import BurnPoint, CurvePoint, Finance, TeamUse
from cpm_desktop.reports.pdf.pack.cost_tables import cost_flowables
from cpm_desktop.reports.pdf.pack.parts import (
    amount,
    cell,
    data_table,
    empty_note,
    heading,
    number,
    percent,
    right,
    subheading,
)
from cpm_desktop.reports.pdf.style import INK, Styles
from cpm_desktop.reports.pdf.text import markup
from cpm_desktop.texts import _

CHART_HEIGHT = 250.0
PV_COLOUR = INK
EV_COLOUR = HexColor(palette.GANTT_PROGRESS)
AC_COLOUR = HexColor(palette.GANTT_CRITICAL_PROGRESS)
STATUS_COLOUR = HexColor(palette.GANTT_STATUS_DATE)


def finance_flowables(finance: Finance, styles: Styles, width: float) -> list[Flowable]:
    """The figures table, the cost tables, the burn chart (or a note when there is nothing to
    plot) and the team's utilisation."""
    story: list[Flowable] = [
        heading("finance", _("Budget and earned value"), styles),
        _figures(finance, styles, width),
        Spacer(0, 4),
        Paragraph(
            markup(_("Planned value from the {basis}.").format(basis=finance.basis)), styles.note
        ),
        Spacer(0, 14),
        *cost_flowables(finance, styles, width),
        Spacer(0, 14),
    ]
    if len(finance.curve) < 2:
        note = _("No S-curve: the project needs a status date and a costed plan to plot one.")
        story += [subheading(_("Cost burn"), styles), empty_note(note, styles)]
    else:
        chart = s_curve(
            finance.curve,
            finance.currency,
            finance.status_date,
            width,
            burn=finance.burn,
            forecast=finance.eac,
        )
        story.append(
            KeepTogether(
                [
                    subheading(_("Cost burn (S-curve)"), styles),
                    chart,
                    Paragraph(finance.burn_note, styles.note),
                ]
            )
        )
    if finance.utilisation is not None:
        story += [Spacer(0, 10), Paragraph(utilisation_text(finance.utilisation), styles.body)]
    return story


def utilisation_text(used: TeamUse) -> str:
    """The team's utilisation to date as one sentence, in bold where it has a figure."""
    period = _("{start} to {end}").format(start=long_date(used.start), end=long_date(used.end))
    if used.percent is None:
        return _("<b>Team utilisation</b> {period}: no hours booked yet.").format(period=period)
    return _(
        "<b>Team utilisation {percent}</b> {period}: {billable} billable of {available} hours "
        "available."
    ).format(
        percent=percent(used.percent),
        period=period,
        billable=number(used.billable_hours),
        available=number(used.available_hours),
    )


def _figures(finance: Finance, styles: Styles, width: float) -> Flowable:
    c = finance.currency

    def ratio(value: Decimal | None) -> str:
        return number(value, 2) if value is not None else "–"

    rows = [
        (_("Original budget"), amount(finance.original_budget, c, styles.body), ""),
        (_("Approved changes"), amount(finance.approved_changes, c, styles.body), ""),
        (_("Current budget"), amount(finance.current_budget, c, styles.value_bold), ""),
        (
            _("Budget at completion (BAC)"),
            amount(finance.bac, c, styles.body),
            _("Sum of the task budgets the plan holds"),
        ),
        (
            _("Planned value (PV)"),
            amount(finance.pv, c, styles.body),
            _("Work planned by the status date"),
        ),
        (_("Earned value (EV)"), amount(finance.ev, c, styles.body), _("Budget of the work done")),
        (_("Actual cost (AC)"), amount(finance.ac, c, styles.body), _("Cost booked so far")),
        (
            _("Cost performance (CPI)"),
            Paragraph(ratio(finance.cpi), right(styles.body)),
            _("EV ÷ AC; below {one} is over cost").format(one=number(1, 2)),
        ),
        (
            _("Schedule performance (SPI)"),
            Paragraph(ratio(finance.spi), right(styles.body)),
            _("EV ÷ PV; below {one} is behind plan").format(one=number(1, 2)),
        ),
        (
            _("Estimate at completion (EAC)"),
            amount(finance.eac, c, styles.value_bold),
            _("BAC ÷ CPI"),
        ),
        (
            _("Variance at completion (VAC)"),
            amount(finance.vac, c, styles.body),
            _("BAC − EAC; negative is an overrun"),
        ),
    ]
    body = [
        [cell(label, styles.body), value, Paragraph(markup(note), styles.label)]
        for label, value, note in rows
    ]
    widths = (170.0, 110.0, width - 280.0)
    header = (_("Measure"), _("Amount"), _("Meaning"))
    return data_table(header, body, widths, styles, numeric=(1,))


def s_curve(
    points: Sequence[CurvePoint],
    currency: str,
    status_date: dt.date | None,
    width: float,
    *,
    burn: Sequence[BurnPoint] = (),
    forecast: Decimal | None = None,
) -> Drawing:
    """PV, EV and AC as cumulative lines over time, a legend, and the status date marked;
    `burn` (the actual cost week by week) draws the AC line in place of the curve's, and
    `forecast` (the estimate at completion) a dashed level the actual cost heads for."""
    drawing = Drawing(width, CHART_HEIGHT)
    plot = LinePlot()
    plot.x, plot.y = 58, 46
    plot.width, plot.height = width - 70, CHART_HEIGHT - 80
    pv = [(p.day.toordinal(), float(p.pv)) for p in points]
    ev = [(p.day.toordinal(), float(p.ev)) for p in points if p.ev is not None]
    ac = [(p.day.toordinal(), float(p.ac)) for p in points if p.ac is not None]
    if burn:
        first_day = points[0].day
        ac = [(b.day.toordinal(), float(b.actual)) for b in burn if b.day >= first_day]
    series = [
        (pv, PV_COLOUR, _("Planned cost (PV)")),
        (ev, EV_COLOUR, _("Earned value (EV)")),
        (ac, AC_COLOUR, _("Actual cost (AC)")),
    ]
    shown = [(data, colour, name) for data, colour, name in series if len(data) >= 1]
    plot.data = [data if len(data) > 1 else data * 2 for data, _colour, _name in shown]
    for index, (_data, colour, _name) in enumerate(shown):
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = 1.8
    top = max(value for data, _colour, _name in shown for _day, value in data) or 1.0
    if forecast is not None and forecast > 0:
        top = max(top, float(forecast))
    first, last = pv[0][0], pv[-1][0]
    _axes(plot, first, last, top, currency)
    drawing.add(plot)
    if forecast is not None and forecast > 0:
        _forecast_level(drawing, plot, float(forecast), top * 1.05, currency)
    if status_date is not None and first <= status_date.toordinal() <= last:
        x = plot.x + plot.width * (status_date.toordinal() - first) / max(last - first, 1)
        drawing.add(
            Line(
                x,
                plot.y,
                x,
                plot.y + plot.height,
                strokeColor=STATUS_COLOUR,
                strokeWidth=1,
                strokeDashArray=[3, 2],
            )
        )
        anchor = "end" if x > plot.x + plot.width - 90 else "start"
        drawing.add(
            String(
                x + (-4 if anchor == "end" else 4),
                plot.y + 4,  # low: the forecast level runs along the top
                _("Status date {date}").format(date=long_date(status_date)),
                fontName=REGULAR,
                fontSize=8,
                fillColor=STATUS_COLOUR,
                textAnchor=anchor,
            )
        )
    drawing.add(legend([(colour, name) for _, colour, name in shown], plot.x))
    return drawing


def _forecast_level(
    drawing: Drawing, plot: LinePlot, forecast: float, ceiling: float, currency: str
) -> None:
    """A dashed line across the plot at the estimate at completion, labelled at its right."""
    y = plot.y + plot.height * forecast / ceiling
    drawing.add(
        Line(
            plot.x,
            y,
            plot.x + plot.width,
            y,
            strokeColor=AC_COLOUR,
            strokeWidth=0.8,
            strokeDashArray=[4, 3],
        )
    )
    label = _("Forecast at completion (EAC) {amount}").format(
        amount=_short_money(forecast, currency)
    )
    drawing.add(
        String(
            plot.x + plot.width - 2,
            y + 3,
            label,
            fontName=REGULAR,
            fontSize=8,
            fillColor=AC_COLOUR,
            textAnchor="end",
        )
    )


def _axes(plot: LinePlot, first: int, last: int, top: float, currency: str) -> None:
    time_axes(plot, first, last)
    y = plot.yValueAxis
    y.valueMin, y.valueMax = 0, top * 1.05
    y.labelTextFormat = lambda value: _short_money(value, currency)


def _short_money(value: float, currency: str) -> str:
    """An axis amount in thousands or millions: '€516k', '516 T€', '516 k€'."""
    code = currency.upper()
    # A code stands apart from the figure ("CHF 516k"); a symbol needs no space before it.
    symbol = SYMBOLS.get(code, f"{code}\u00a0")
    if abs(value) >= 1_000_000:
        text = _("{symbol}{amount}m").format(symbol=symbol, amount=number(value / 1e6, 1))
    elif abs(value) >= 1000:
        text = _("{symbol}{amount}k").format(symbol=symbol, amount=number(value / 1000))
    else:
        text = _("{symbol}{amount}").format(symbol=symbol, amount=number(value))
    return text.strip()
