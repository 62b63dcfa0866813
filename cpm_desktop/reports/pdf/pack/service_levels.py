"""The pack's section on the service levels: target, the last periods measured, met or missed,
RAG and trend."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from cpm_desktop.reports import palette
from cpm_desktop.reports.pdf.pack.parts import (
    PAD,
    centred,
    data_table,
    empty_note,
    heading,
    rag_dot,
    subheading,
)
from cpm_desktop.reports.pdf.style import Styles
from cpm_desktop.reports.pdf.text import markup
from cpm_desktop.texts import N_, _

MOST_PERIODS = 6  # the content keeps this many; the page prints as many as fit
FEWEST_PERIODS = 3
PERIOD_WIDTH = 54.0  # "3.1 days", and "✗ 16 Nov" on one line at 9 pt
NAME_MIN_WIDTH = 150.0
LATEST_WIDTH = 64.0  # the RAG's dot and word, the trend under it
MARKS = {True: ("✓", palette.RAG_GREEN), False: ("✗", palette.RAG_RED)}
NO_SLAS = N_("No service levels are measured on this project.")
LEGEND = N_(
    "Each service level's last periods measured, oldest to latest: ✓ met, ✗ missed. RAG and "
    "trend at the latest period: amber is a miss within the agreed tolerance, red beyond it; "
    "the trend says whether the value moved towards the target or away from it."
)


@dataclass(frozen=True, slots=True)
class PackSlaValue:
    """One period's value: its short label ("16 Nov"), the value with its unit, met or not."""

    period: str
    value: str
    met: bool


@dataclass(frozen=True, slots=True)
class PackSla:
    """One SLA at its latest period."""

    reference: str  # SLA-01
    name: str
    target: str  # "≥ 99.5 %"
    period: str  # "Weekly"
    attainment: str  # "3 of 4 periods met"
    values: tuple[PackSlaValue, ...]  # the last periods measured, oldest first
    rag: str  # "green", "amber", "red"; "" before any value
    trend: str  # "↓ worse"
    description: str


@dataclass(frozen=True, slots=True)
class PackServiceLevels:
    """What the section prints: the project's SLAs by reference."""

    lines: tuple[PackSla, ...]


def service_level_flowables(
    section: PackServiceLevels | None, styles: Styles, width: float
) -> list[Flowable]:
    """The section's flowables; nothing when there is nothing to print."""
    if section is None:
        return []
    story: list[Flowable] = [heading("service_levels", _("Service levels"), styles)]
    if not section.lines:
        return [*story, empty_note(_(NO_SLAS), styles)]
    story += [Paragraph(markup(_(LEGEND)), styles.label), Spacer(0, 8)]
    story.append(_table(section.lines, styles, width))
    described = [line for line in section.lines if line.description.strip()]
    if described:
        story += [Spacer(0, 14), subheading(_("How each is measured"), styles)]
        story += [_definition(line, styles) for line in described]
    return story


def periods_shown(width: float) -> int:
    """How many period columns fit beside the name, RAG and trend (3 to 6)."""
    room = width - NAME_MIN_WIDTH - LATEST_WIDTH
    return max(FEWEST_PERIODS, min(MOST_PERIODS, int(room // PERIOD_WIDTH)))


def _table(lines: Sequence[PackSla], styles: Styles, width: float) -> Flowable:
    count = periods_shown(width)
    name_width = width - count * PERIOD_WIDTH - LATEST_WIDTH
    figure = ParagraphStyle("sla-figure", parent=centred(styles.value), fontSize=9, leading=11)
    mark = ParagraphStyle("sla-mark", parent=centred(styles.label), fontSize=9, leading=11)
    rows = []
    for line in lines:
        shown = line.values[-count:]
        blanks: list[object] = [""] * (count - len(shown))  # the latest stays in the last column
        latest = [rag_dot(line.rag, styles.body)]
        if line.values:
            latest.append(Paragraph(markup(line.trend), styles.body))
        rows.append(
            [_name(line, styles), *blanks, *[_value(v, figure, mark) for v in shown], latest]
        )
    header = (_("Service level"), _("Last periods, oldest to latest"), *[""] * (count - 1))
    widths = (name_width, *[PERIOD_WIDTH] * count, LATEST_WIDTH)
    span = ("SPAN", (1, 0), (count, 0))
    return data_table((*header, _("RAG, trend")), rows, widths, styles, extra=[span])


def _name(line: PackSla, styles: Styles) -> list[Flowable]:
    """'SLA-01 WMS platform availability' in bold; target, period and attainment under it."""
    title = Paragraph(f"{markup(line.reference)}  {markup(line.name)}", styles.value_bold)
    facts = f"{line.target} · {_(line.period).lower()} · {line.attainment}"
    return [title, Paragraph(markup(facts), styles.label)]


def _value(value: PackSlaValue, figure: ParagraphStyle, mark: ParagraphStyle) -> list[Flowable]:
    """The value, and under it a coloured ✓ or ✗ with the period."""
    sign, colour = MARKS[value.met]
    label = f'<font color="{colour}">{sign}</font> {markup(value.period)}'
    return [Paragraph(markup(value.value), figure), Paragraph(label, mark)]


def _definition(line: PackSla, styles: Styles) -> Paragraph:
    style = ParagraphStyle("sla-definition", parent=styles.body, spaceAfter=4, leftIndent=PAD)
    return Paragraph(f"<b>{markup(line.reference)}</b>  {markup(line.description)}", style)
