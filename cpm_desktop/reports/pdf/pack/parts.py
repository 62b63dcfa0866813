"""Pieces every section uses: the section heading, data tables, RAG cells and trend glyphs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from cpm_desktop.reports import palette
from cpm_desktop.reports.formatting import long_date, money
from cpm_desktop.reports.locale_format import report_format
from cpm_desktop.reports.pdf.fonts import BOLD, REGULAR
from cpm_desktop.reports.pdf.style import INK, RULE, SHADE, TEXT, WHITE, Styles
from cpm_desktop.reports.pdf.text import markup
from cpm_desktop.texts import N_, _, current_locale

DASH = "–"
RAG_HEX = {"green": palette.RAG_GREEN, "amber": palette.RAG_AMBER, "red": palette.RAG_RED}
RAG_COLOURS: dict[str, Color] = {rag: HexColor(value) for rag, value in RAG_HEX.items()}
NO_RAG = HexColor(palette.RULE)
# Arrows DejaVu Sans has: worse is up, as the exposure rises.
TRENDS = {
    "up": ("▲", N_("worse")),
    "down": ("▼", N_("better")),
    "steady": ("▶", N_("steady")),
    "new": ("●", N_("new")),
}
DOT = "●"
PAD = 4.0
NO_BREAK = "\u00a0"
# White space a Paragraph folds or breaks at: any but single spaces and no-break spaces, two
# spaces running, a space at either end.
_NOT_PLAIN = re.compile(r"[^\S \u00a0]|  |^ | $")
_ALIGN = {TA_LEFT: "LEFT", TA_CENTER: "CENTER", TA_RIGHT: "RIGHT"}


class SectionHeading(Paragraph):
    """A section's title; `outline` makes it a bookmark and an outline entry (document.py)."""

    def __init__(self, key: str, title: str, style: ParagraphStyle) -> None:
        super().__init__(markup(title), style)
        self.outline = (key, title)


def section_style(styles: Styles) -> ParagraphStyle:
    """The section title: large, bold, the text colour, room below for the first line."""
    return ParagraphStyle("section", parent=styles.title, fontSize=16, leading=20, spaceAfter=10)


def heading(key: str, title: str, styles: Styles) -> SectionHeading:
    """The title of section `key` (in the reader's language), bookmarked."""
    return SectionHeading(key, title, section_style(styles))


def subheading(text: str, styles: Styles) -> Paragraph:
    """A heading inside a section, kept on the page of what follows it."""
    style = ParagraphStyle("subheading", parent=styles.heading, keepWithNext=1, spaceAfter=4)
    return Paragraph(markup(text), style)


def right(style: ParagraphStyle) -> ParagraphStyle:
    """`style` aligned right, for figures."""
    return ParagraphStyle(f"{style.name}-right", parent=style, alignment=TA_RIGHT)


def centred(style: ParagraphStyle) -> ParagraphStyle:
    """`style` centred."""
    return ParagraphStyle(f"{style.name}-centre", parent=style, alignment=TA_CENTER)


def cell(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a wrapping table cell ("–" when empty)."""
    return Paragraph(markup(text) if text else DASH, style)


def plain_cell(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """`text` in a column `width` points wide: plain text where it fits on one line, drawn
    where its Paragraph would be (`plain_column` styles it), else a wrapping Paragraph.

    A long table's Paragraphs are most of its time (each parsed, wrapped and drawn alone);
    a plain text cell costs the table a width and a drawString.
    """
    if not text:
        return DASH
    if (
        _NOT_PLAIN.search(text)
        or stringWidth(text, style.fontName, style.fontSize) > width - 2 * PAD
    ):
        return Paragraph(markup(text), style)
    return text


def plain_column(column: int, style: ParagraphStyle) -> list[tuple[object, ...]]:
    """The TableStyle commands that draw the plain cells of `column` (under the header) as
    `style`'s one-line Paragraphs: same font, colour and alignment, same baseline and row
    height (a cell's first baseline sits its font size under the padding in both)."""
    first, last = (column, 1), (column, -1)
    return [
        ("FONTNAME", first, last, style.fontName),
        ("FONTSIZE", first, last, style.fontSize),
        ("LEADING", first, last, style.leading),
        ("TEXTCOLOR", first, last, style.textColor),
        ("ALIGN", first, last, _ALIGN[style.alignment]),
    ]


def amount(value: Decimal | None, currency: str, style: ParagraphStyle) -> Paragraph:
    """Money right-aligned with its currency, "–" when unknown."""
    return Paragraph(money(value, currency) if value is not None else DASH, right(style))


def rag_word(rag: str) -> str:
    """'green' → 'Green' ('Grün' for a German reader); 'Not rated' when empty."""
    return _(rag.capitalize()) if rag else _("Not rated")


def trend_word(trend: str) -> str:
    """A risk's trend as its arrow and word: '▲ worse'; the value itself when unknown."""
    if trend not in TRENDS:
        return trend
    glyph, word = TRENDS[trend]
    return f"{glyph} {_(word)}"


def number(value: float | Decimal, decimals: int = 0) -> str:
    """A plain number as the reader writes it: '0.93', '0,93'; '1,287', '1.287'."""
    return report_format(current_locale()).number(value, decimals)


def percent(value: float | Decimal, decimals: int = 0) -> str:
    """A percentage as the reader writes it: '32%', '32 %', '12,8 %'."""
    return _("{value}%").format(value=number(value, decimals))


def rag_dot(rag: str, style: ParagraphStyle) -> Paragraph:
    """A dot in the RAG's colour and its word ("● Amber"); "–" and no dot when not rated.

    The word is there for readers (and printers) that cannot tell the colours apart.
    """
    if rag not in RAG_HEX:
        return Paragraph(DASH, style)
    return dot_word(RAG_HEX[rag], rag_word(rag), style)


def dot_word(colour: str, word: str, style: ParagraphStyle) -> Paragraph:
    """A dot in `colour` (hex) and the word it stands for: "● Done", "● Not met"."""
    return Paragraph(f'<font color="{colour}">{DOT}</font> {markup(word)}', style)


def rag_colour(rag: str) -> Color:
    """The fill of a RAG value (a light grey when not rated)."""
    return RAG_COLOURS.get(rag, NO_RAG)


def rag_text_colour(rag: str) -> Color:
    """White on red and green; the text colour on amber and grey, for contrast."""
    return WHITE if rag in ("green", "red") else TEXT


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    styles: Styles,
    *,
    numeric: Sequence[int] = (),
    extra: Sequence[tuple[object, ...]] = (),
    heights: Sequence[float] | None = None,
) -> Table:
    """A table with a shaded header row repeated on every page, rules under each row
    (`heights`: the header's and each row's, when measured already)."""
    head_style = ParagraphStyle("th", parent=styles.label, fontName=BOLD, textColor=INK)
    head = [
        Paragraph(markup(text), right(head_style) if i in numeric else head_style)
        for i, text in enumerate(header)
    ]
    table = Table(
        [head, *rows],
        colWidths=list(widths),
        rowHeights=None if heights is None else list(heights),
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells too: never Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                *extra,
            ]
        )
    )
    return table


def table_date(day: dt.date | None) -> str:
    """A date for a table cell, which a narrow column breaks only before the year:
    '18. September' over '2027', never '18.' over 'September 2027'."""
    head, _space, year = long_date(day).rpartition(" ")
    return f"{head.replace(' ', NO_BREAK)} {year}" if head else year


def date_width(
    days: Iterable[dt.date | None], style: ParagraphStyle, *, least: float, most: float
) -> float:
    """A width for a column of `days` in `style`: each on one line if `most` allows it.

    Dates in German and French write the month out ("18. September 2027"), so a column sized
    for English ones would break each date over three lines.
    """
    widest = max(
        (stringWidth(long_date(day), style.fontName, style.fontSize) for day in days if day),
        default=0.0,
    )
    return min(most, max(least, widest + 2 * PAD + 1))


def empty_note(text: str, styles: Styles) -> Flowable:
    """A muted line saying there is nothing to list."""
    return Paragraph(markup(text), styles.note)


def signed(days: int | None) -> str:
    """A variance in working days with its sign: '+3 d', '−2 d', '0 d' ('+3 AT' in German);
    '–' if unknown."""
    if days is None:
        return DASH
    figure = f"+{days}" if days > 0 else (f"−{-days}" if days < 0 else "0")
    # "d" is short for working days, the unit of every variance in the pack.
    return _("{days} d").format(days=figure)
