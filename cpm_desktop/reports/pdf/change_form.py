"""The client sign-off form of one change request: one printed page to tick, note and sign.

`ChangeFormContent` holds plain values only (the service fills it from the workspace); this
module lays them out on exactly one A4 or Letter page, shortening long free text rather than
spilling onto a second page.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from cpm_desktop import APP_NAME, __version__
from cpm_desktop.domain import PaperSize
from cpm_desktop.files import write_atomically
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.change_form_story import story_for_page
from cpm_desktop.reports.pdf.fonts import BOLD, REGULAR
from cpm_desktop.reports.pdf.style import ACCENT, MARGIN, MUTED, PAPER_SIZES, WHITE, styles
from cpm_desktop.reports.pdf.text import one_line

BAND_TOP = 10 * mm  # from the top edge: inside any printer's unprintable margin
BAND_HEIGHT = 46.0
BAND_GAP = 12.0  # between the band and the first line of content
FOOTER_BASELINE = 9 * mm
FOOTER_ROOM = 16.0  # kept free above the footer line
TITLE = "Change request sign-off"


@dataclass(frozen=True, slots=True)
class ChangeFormContent:
    """Everything printed on the form, as display-ready plain values (no database objects).

    Category, priority and status are labels as users read them ("Under assessment").
    The before/after figures are the project's without and with this change; None when
    unknown (no plan yet). `recorded_decision` describes a decision already in the log.
    """

    client: str
    project_code: str
    project_name: str
    currency: str
    manager: str
    reference: str
    title: str
    description: str
    reason: str
    requested_by: str
    raised_on: dt.date
    category: str
    priority: str
    status: str
    schedule_days: int
    cost_impact: Decimal | None  # None: not shown to this audience
    effort_days: int
    scope_impact: str
    billable: bool
    change_order_value: Decimal
    affected_tasks: tuple[str, ...]
    generated_on: dt.date
    finish_without: dt.date | None = None
    finish_with: dt.date | None = None
    budget_without: Decimal | None = None
    budget_with: Decimal | None = None
    contract_without: Decimal | None = None
    contract_with: Decimal | None = None
    recorded_decision: str = ""
    cost_shown: bool = True  # False for a client without an open-book contract: no cost, budget
    audience_note: str = ""  # "Internal — not for the client" in the footer of an internal form


def render_change_form(content: ChangeFormContent, *, paper: str = PaperSize.A4) -> bytes:
    """The form as PDF bytes on one `paper` page (a PaperSize), fonts embedded."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {', '.join(PAPER_SIZES)}, not {paper!r}")
    width, height = PAPER_SIZES[paper]
    frame = Frame(
        MARGIN,
        FOOTER_BASELINE + FOOTER_ROOM,
        width - 2 * MARGIN,
        height - BAND_TOP - BAND_HEIGHT - BAND_GAP - FOOTER_BASELINE - FOOTER_ROOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    pages: list[int] = []

    def decorate(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        pages.append(canvas.getPageNumber())
        _draw_band(canvas, content, width, height)
        _draw_footer(canvas, content, width)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        pageTemplates=[PageTemplate(id="form", frames=[frame], onPage=decorate)],
        title=f"{content.reference} {content.title}",
        author=content.manager or APP_NAME,
        subject=(
            f"Change request sign-off for {content.client}, project {content.project_code} "
            f"{content.project_name}"
        ),
        creator=f"{APP_NAME} {__version__}",
        initialFontName=REGULAR,  # else the canvas declares Helvetica, which is not embedded
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    doc.build(story_for_page(content, styles(), frame.width, frame.height))
    if len(pages) != 1:  # story_for_page measured it to fit: a second page is a bug
        raise RuntimeError(f"the sign-off form of {content.reference} took {len(pages)} pages")
    return buffer.getvalue()


def write_change_form(content: ChangeFormContent, path: Path, *, paper: str = PaperSize.A4) -> Path:
    """Write the form to `path` in one step (never half a file); return the path."""
    return write_atomically(path, render_change_form(content, paper=paper))


def _draw_band(canvas: Canvas, content: ChangeFormContent, width: float, height: float) -> None:
    """The coloured header: what the page is on the left, whose project on the right."""
    top = height - BAND_TOP
    inner = width - 2 * MARGIN
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(MARGIN, top - BAND_HEIGHT, inner, BAND_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    pad = 14.0
    canvas.setFont(BOLD, 15)
    canvas.drawString(MARGIN + pad, top - 21, TITLE)
    canvas.setFont(REGULAR, 9.5)
    canvas.drawString(MARGIN + pad, top - 36, "For the client's decision and signature")
    # The right side takes what the title leaves, so a long name never runs into it.
    room = inner - 2 * pad - canvas.stringWidth(TITLE, BOLD, 15) - 24
    right = width - MARGIN - pad
    canvas.setFont(BOLD, 11)
    canvas.drawRightString(right, top - 20, one_line(content.client, BOLD, 11, room))
    project = f"{content.project_code} · {content.project_name}"
    canvas.setFont(REGULAR, 9.5)
    canvas.drawRightString(right, top - 36, one_line(project, REGULAR, 9.5, room))
    canvas.restoreState()


def _draw_footer(canvas: Canvas, content: ChangeFormContent, width: float) -> None:
    """One muted line: reference, project, date made and the page count."""
    parts = (
        content.audience_note,
        content.reference,
        content.project_code,
        f"generated on {long_date(content.generated_on)}",
        f"Page {canvas.getPageNumber()} of 1",
    )
    text = " · ".join(part for part in parts if part)
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 9)
    canvas.drawCentredString(
        width / 2, FOOTER_BASELINE, one_line(text, REGULAR, 9, width - 2 * MARGIN)
    )
    canvas.restoreState()
