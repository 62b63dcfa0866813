"""The cover page: the project's name large, whose it is, the meeting and the people."""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.fonts import BOLD, REGULAR
from cpm_desktop.reports.pdf.pack.content import Cover
from cpm_desktop.reports.pdf.pack.parts import DASH, SectionHeading, cell
from cpm_desktop.reports.pdf.style import ACCENT, RULE, Styles
from cpm_desktop.reports.pdf.text import markup
from cpm_desktop.texts import _

LOGO_WIDTH = 60 * mm
LOGO_HEIGHT = 28 * mm
LABEL_WIDTH = 120.0


def cover_flowables(cover: Cover, styles: Styles, width: float) -> list[Flowable]:
    """The cover's flowables for a frame `width` wide (its own page)."""
    name_style = ParagraphStyle("cover-name", parent=styles.title, fontSize=24, leading=29)
    client_style = ParagraphStyle(
        "cover-client", parent=styles.value, fontSize=14, leading=18, textColor=ACCENT
    )
    code = ParagraphStyle("cover-code", parent=styles.label, fontSize=11, leading=14)
    story: list[Flowable] = []
    logo = _logo(cover.logo)
    if logo is not None:
        story += [logo, Spacer(0, 10 * mm)]
    else:
        story.append(Spacer(0, 18 * mm))
    # The outline entry of the cover is the project's name: what a reader looks for first.
    title = SectionHeading("cover", cover.project_name or cover.project_code, name_style)
    story += [
        title,
        Spacer(0, 4),
        Paragraph(markup(cover.project_code), code),
        Spacer(0, 10),
        Paragraph(markup(cover.client), client_style),
        Spacer(0, 16 * mm),
        _facts(cover, styles, width),
    ]
    if cover.confidentiality:
        story += [Spacer(0, 14 * mm), _label(cover.confidentiality, styles)]
    return story


def _facts(cover: Cover, styles: Styles, width: float) -> Table:
    label = ParagraphStyle("cover-label", parent=styles.label, fontSize=10, leading=14)
    value = ParagraphStyle("cover-value", parent=styles.value, fontSize=11, leading=15)
    facts = (
        (_("Steering committee"), long_date(cover.meeting_date, _("Date to be set"))),
        (_("Status date"), long_date(cover.status_date, _("No status date set"))),
        (_("Project manager"), cover.manager),
        (_("Sponsor"), cover.sponsor),
    )
    rows = [[cell(name, label), cell(text or DASH, value)] for name, text in facts]
    table = Table(rows, colWidths=[LABEL_WIDTH, width - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return table


def _label(text: str, styles: Styles) -> Table:
    """The confidentiality label, boxed so it reads as a marking, not as prose."""
    style = ParagraphStyle("cover-conf", parent=styles.body, fontName=BOLD, fontSize=10)
    table = Table([[Paragraph(markup(text.upper()), style)]], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _logo(data: bytes | None) -> Image | None:
    """The client's logo scaled into LOGO_WIDTH × LOGO_HEIGHT, or None (none, or unreadable)."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        pixels_wide, pixels_high = reader.getSize()
    except Exception:  # a damaged image must not cost the sponsor the whole pack
        return None
    if pixels_wide <= 0 or pixels_high <= 0:
        return None
    scale = min(LOGO_WIDTH / pixels_wide, LOGO_HEIGHT / pixels_high)
    image = Image(io.BytesIO(data), pixels_wide * scale, pixels_high * scale)
    image.hAlign = "LEFT"
    return image
