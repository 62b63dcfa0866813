"""The acceptance certificate of one deliverable: one printed page for the client to sign.

`AcceptanceContent` holds plain values only (the service fills it from the workspace); this
module lays them out on exactly one A4 or Letter page, trimming long texts and long checklists
(acceptance_certificate_story.py) rather than spilling onto a second page.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from cpm_desktop import APP_NAME, __version__
from cpm_desktop.domain import PaperSize
from cpm_desktop.files import write_atomically
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.acceptance_certificate_story import story_for_page
from cpm_desktop.reports.pdf.fonts import BOLD, REGULAR
from cpm_desktop.reports.pdf.style import ACCENT, MARGIN, MUTED, PAPER_SIZES, WHITE, styles
from cpm_desktop.reports.pdf.text import one_line

BAND_TOP = 10 * mm  # from the top edge: inside any printer's unprintable margin
BAND_HEIGHT = 46.0
BAND_GAP = 12.0  # between the band and the first line of content
FOOTER_BASELINE = 9 * mm
FOOTER_ROOM = 16.0  # kept free above the footer line
TITLE = "Acceptance certificate"


@dataclass(frozen=True, slots=True)
class CriterionLine:
    """One line of the acceptance checklist and whether the client found it met."""

    text: str
    met: bool


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One step of the deliverable towards acceptance, as the client may read it.

    `step` is a label ("Submitted", "Rejected"); `by` names the client's signatory of a
    verdict ("" for the supplier's own steps); `comment` holds a rejection's reasons.
    """

    on: dt.date
    step: str
    by: str = ""
    comment: str = ""


@dataclass(frozen=True, slots=True)
class AcceptanceContent:
    """Everything printed on the certificate, as display-ready plain values.

    No cost and no internal records: a certificate always goes to the client. `accepted_by`
    and `accepted_on` are filled once the client has accepted; they print on the client's
    signature lines, which stay blank otherwise.
    """

    client: str
    project_code: str
    project_name: str
    manager: str
    reference: str  # D-001
    name: str
    description: str
    milestone: str  # "" when the deliverable has a date of its own
    due: dt.date | None
    owner: str
    status: str  # a label: "Accepted", "Submitted to the client"
    criteria: tuple[CriterionLine, ...]
    history: tuple[HistoryLine, ...]
    generated_on: dt.date
    accepted_by: str = ""
    accepted_on: dt.date | None = None
    acceptor_role: str = ""  # the signatory's role at the client, when the contacts know it

    @property
    def accepted(self) -> bool:
        """The client has accepted the deliverable (its verdict is on record)."""
        return self.accepted_on is not None


def render_acceptance_certificate(
    content: AcceptanceContent, *, paper: str = PaperSize.A4
) -> bytes:
    """The certificate as PDF bytes on one `paper` page (a PaperSize), fonts embedded."""
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
        pageTemplates=[PageTemplate(id="certificate", frames=[frame], onPage=decorate)],
        title=f"{TITLE} {content.reference} {content.name}",
        author=content.manager or APP_NAME,
        subject=(
            f"Acceptance certificate for {content.client}, project {content.project_code} "
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
        raise RuntimeError(f"the certificate of {content.reference} took {len(pages)} pages")
    return buffer.getvalue()


def write_acceptance_certificate(
    content: AcceptanceContent, path: Path, *, paper: str = PaperSize.A4
) -> Path:
    """Write the certificate to `path` in one step (never half a file); return the path."""
    return write_atomically(path, render_acceptance_certificate(content, paper=paper))


def _draw_band(canvas: Canvas, content: AcceptanceContent, width: float, height: float) -> None:
    """The coloured header: the certificate and its reference left, whose project right."""
    top = height - BAND_TOP
    inner = width - 2 * MARGIN
    title = f"{TITLE} {content.reference}"
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(MARGIN, top - BAND_HEIGHT, inner, BAND_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    pad = 14.0
    canvas.setFont(BOLD, 15)
    canvas.drawString(MARGIN + pad, top - 21, title)
    canvas.setFont(REGULAR, 9.5)
    canvas.drawString(MARGIN + pad, top - 36, "For the client's acceptance and signature")
    # The right side takes what the title leaves, so a long name never runs into it.
    room = inner - 2 * pad - canvas.stringWidth(title, BOLD, 15) - 24
    right = width - MARGIN - pad
    canvas.setFont(BOLD, 11)
    canvas.drawRightString(right, top - 20, one_line(content.client, BOLD, 11, room))
    project = f"{content.project_code} · {content.project_name}"
    canvas.setFont(REGULAR, 9.5)
    canvas.drawRightString(right, top - 36, one_line(project, REGULAR, 9.5, room))
    canvas.restoreState()


def _draw_footer(canvas: Canvas, content: AcceptanceContent, width: float) -> None:
    """One muted line: reference, project, date made and the page count."""
    parts = (
        content.reference,
        content.project_code,
        f"generated on {long_date(content.generated_on)}",
        f"Page {canvas.getPageNumber()} of 1",
    )
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 9)
    canvas.drawCentredString(
        width / 2, FOOTER_BASELINE, one_line(" · ".join(parts), REGULAR, 9, width - 2 * MARGIN)
    )
    canvas.restoreState()
