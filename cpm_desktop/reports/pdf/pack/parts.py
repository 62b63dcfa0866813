"""Pieces every section uses: the section heading, data tables, RAG cells and trend glyphs."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from cpm_desktop.reports import palette
from cpm_desktop.reports.formatting import money
from cpm_desktop.reports.pdf.fonts import BOLD, REGULAR
from cpm_desktop.reports.pdf.style import INK, RULE, SHADE, TEXT, WHITE, Styles
from cpm_desktop.reports.pdf.text import markup

DASH = "–"
RAG_HEX = {"green": palette.RAG_GREEN, "amber": palette.RAG_AMBER, "red": palette.RAG_RED}
RAG_COLOURS: dict[str, Color] = {rag: HexColor(value) for rag, value in RAG_HEX.items()}
NO_RAG = HexColor(palette.RULE)
# Arrows DejaVu Sans has: worse is up, as the exposure rises.
TRENDS = {"up": "▲ worse", "down": "▼ better", "steady": "▶ steady", "new": "● new"}
DOT = "●"
PAD = 4.0


class SectionHeading(Paragraph):
    """A section's title; `outline` makes it a bookmark and an outline entry (document.py)."""

    def __init__(self, key: str, title: str, style: ParagraphStyle) -> None:
        super().__init__(markup(title), style)
        self.outline = (key, title)


def section_style(styles: Styles) -> ParagraphStyle:
    """The section title: large, bold, the text colour, room below for the first line."""
    return ParagraphStyle("section", parent=styles.title, fontSize=16, leading=20, spaceAfter=10)


def heading(key: str, title: str, styles: Styles) -> SectionHeading:
    """The title of section `key`, bookmarked."""
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


def amount(value: Decimal | None, currency: str, style: ParagraphStyle) -> Paragraph:
    """Money right-aligned with its currency, "–" when unknown."""
    return Paragraph(money(value, currency) if value is not None else DASH, right(style))


def rag_word(rag: str) -> str:
    """'green' → 'Green'; 'Not rated' when empty."""
    return rag.capitalize() if rag else "Not rated"


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
) -> Table:
    """A table with a shaded header row repeated on every page, rules under each row."""
    head_style = ParagraphStyle("th", parent=styles.label, fontName=BOLD, textColor=INK)
    head = [
        Paragraph(markup(text), right(head_style) if i in numeric else head_style)
        for i, text in enumerate(header)
    ]
    table = Table([head, *rows], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
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


def empty_note(text: str, styles: Styles) -> Flowable:
    """A muted line saying there is nothing to list."""
    return Paragraph(markup(text), styles.note)


def signed(days: int | None) -> str:
    """A variance in working days with its sign: '+3 d', '−2 d', '0 d'; '–' if unknown."""
    if days is None:
        return DASH
    if days > 0:
        return f"+{days} d"
    return f"−{-days} d" if days < 0 else "0 d"
