"""The financial page's cost tables: budget, actual cost, forecast at completion and variance by
phase and by role, each closed by the project's total; an overrun's variance in red."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from cpm_desktop.reports import palette
from cpm_desktop.reports.cost_rows import CostRow
from cpm_desktop.reports.formatting import money
from cpm_desktop.reports.pdf.pack.content import Finance
from cpm_desktop.reports.pdf.pack.parts import (
    DASH,
    amount,
    cell,
    data_table,
    empty_note,
    right,
    subheading,
)
from cpm_desktop.reports.pdf.style import INK, Styles
from cpm_desktop.reports.pdf.text import markup
from cpm_desktop.texts import N_, _

FIGURE_WIDTH = 86.0
HEADER = (N_("Budget"), N_("Actual cost"), N_("Forecast (EAC)"), N_("Variance"))
NO_COST_DATA = N_(
    "No cost data: no rate, assignment cost, fixed cost or invoice prices the project yet."
)
FORECAST_NOTE = N_(
    "Forecast at completion: each line's budget ÷ its own cost performance (CPI), as for the "
    "project, so the lines' forecasts need not add up to the total."
)
ROLE_NOTE = N_(
    "Each task's budget and actual cost shared among roles as the rate card prices its "
    "people's work; other costs are fixed costs, materials, invoices and costs kept on tasks."
)
# The names services/team/breakdown.py gives the lines no phase or role of the plan names.
BREAKDOWN_NAMES = (N_("No role"), N_("Other costs"), N_("Tasks outside a phase"))


def cost_flowables(finance: Finance, styles: Styles, width: float) -> list[Flowable]:
    """Cost by phase, then by role (when the project has a team), with their notes."""
    if not finance.has_cost_data:
        return [
            subheading(_("Cost by phase and role"), styles),
            empty_note(_(NO_COST_DATA), styles),
        ]
    if finance.total is None or not finance.phases:
        return []
    c = finance.currency
    story: list[Flowable] = [
        subheading(_("Cost by phase"), styles),
        _table(_("Phase"), finance.phases, finance.total, c, styles, width),
    ]
    if finance.roles:
        story += [
            Spacer(0, 10),
            subheading(_("Cost by role"), styles),
            _table(_("Role"), finance.roles, finance.total, c, styles, width),
            Spacer(0, 3),
            Paragraph(markup(_(ROLE_NOTE)), styles.note),
        ]
    return [*story, Spacer(0, 3), Paragraph(markup(_(FORECAST_NOTE)), styles.note)]


def _table(
    first: str,
    lines: Sequence[CostRow],
    total: CostRow,
    currency: str,
    styles: Styles,
    width: float,
) -> Flowable:
    body = [_row(line, currency, styles.body) for line in lines]
    body.append(_row(total, currency, styles.value_bold, label=_("Total")))
    widths = (width - 4 * FIGURE_WIDTH, *(FIGURE_WIDTH,) * 4)
    last = len(body)
    return data_table(
        (first, *(_(text) for text in HEADER)),
        body,
        widths,
        styles,
        numeric=(1, 2, 3, 4),
        extra=(("LINEABOVE", (0, last), (-1, last), 0.8, INK),),
    )


def _row(line: CostRow, currency: str, style: ParagraphStyle, *, label: str = "") -> list[Flowable]:
    variance = line.variance
    if variance is None:
        shown = Paragraph(DASH, right(style))
    elif variance < 0:  # an overrun, in red and with its minus sign
        text = f'<font color="{palette.RAG_RED}">{money(variance, currency)}</font>'
        shown = Paragraph(text, right(style))
    else:
        shown = amount(variance, currency, style)
    return [
        # A phase is named by the plan; a role or a catch-all line by breakdown.py, in English.
        cell(label or (line.label if line.code else _(line.name)), style),
        amount(line.budget, currency, style),
        amount(line.actual, currency, style),
        amount(line.forecast, currency, style),
        shown,
    ]
