"""The look every PDF report shares: paper sizes, the calm palette, paragraph styles.

The colours are the app's light theme, shared with the Excel workbook (reports/palette.py).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from cpm_desktop.domain import PaperSize
from cpm_desktop.reports import palette
from cpm_desktop.reports.pdf.fonts import BOLD, OBLIQUE, REGULAR, register_fonts

PAPER_SIZES: dict[str, tuple[float, float]] = {PaperSize.A4: A4, PaperSize.LETTER: LETTER}

MUTED_HEX = palette.MUTED  # labels, notes, the footer
ACCENT_HEX = palette.ACCENT  # theme highlight: the one accent colour
TEXT: Color = HexColor(palette.TEXT)
MUTED: Color = HexColor(MUTED_HEX)
RULE: Color = HexColor(palette.RULE)  # table rules
SHADE: Color = HexColor(palette.SHADE)  # the impact figures' background
ACCENT: Color = HexColor(ACCENT_HEX)
INK: Color = HexColor(palette.INK)  # write-in lines and check boxes, dark enough to print
WHITE: Color = HexColor(palette.WHITE)

MARGIN = 16 * mm
BODY_SIZE = 9.5  # points; nothing a client must read is smaller than 9


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of a report, all in the embedded font family."""

    body: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    value_bold: ParagraphStyle
    note: ParagraphStyle
    heading: ParagraphStyle
    reference: ParagraphStyle
    title: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """The shared styles (fonts registered on first use)."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=BODY_SIZE, leading=12.5, textColor=TEXT
    )
    return Styles(
        body=body,
        label=ParagraphStyle("label", parent=body, fontSize=9, leading=12, textColor=MUTED),
        value=ParagraphStyle("value", parent=body, fontSize=10, leading=13),
        value_bold=ParagraphStyle(
            "value_bold", parent=body, fontName=BOLD, fontSize=10, leading=13
        ),
        note=ParagraphStyle("note", parent=body, fontName=OBLIQUE, fontSize=9, textColor=MUTED),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=BOLD, fontSize=10.5, leading=14, textColor=ACCENT
        ),
        reference=ParagraphStyle(
            "reference", parent=body, fontName=BOLD, fontSize=12, leading=15, textColor=ACCENT
        ),
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=17, leading=21),
        figure=ParagraphStyle("figure", parent=body, fontName=BOLD, fontSize=10.5, leading=13.5),
        figure_label=ParagraphStyle(
            "figure_label", parent=body, fontSize=9, leading=11.5, textColor=MUTED
        ),
    )
