"""What every one-page form to print and sign shares (the change request's sign-off form, the
deliverable's acceptance certificate): the coloured band, the footer, the page that must hold
the whole form, and the ruled label/value grids its story is made of."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from cpm_desktop import APP_NAME, __version__
from cpm_desktop.reports.pdf.flowables import WriteInLine
from cpm_desktop.reports.pdf.fonts import BOLD, REGULAR
from cpm_desktop.reports.pdf.style import (
    ACCENT,
    INK,
    MARGIN,
    MUTED,
    PAPER_SIZES,
    RULE,
    WHITE,
    Styles,
)
from cpm_desktop.reports.pdf.text import BIG, markup, one_line
from cpm_desktop.texts import _

BAND_TOP = 10 * mm  # from the top edge: inside any printer's unprintable margin
BAND_HEIGHT = 46.0
BAND_GAP = 12.0  # between the band and the first line of content
FOOTER_BASELINE = 9 * mm
FOOTER_ROOM = 16.0  # kept free above the footer line
PAD = 3.0  # a grid cell's padding above and below
TITLE_SIZE = 15.0  # the band's title
SMALLEST_TITLE_SIZE = 12.0
LINE_LABEL_SIZE = 9.0  # WriteInLine's label font
LINE_LABEL_AIR = 4.0  # between a write-in label and its line


@dataclass(frozen=True, slots=True)
class FormHead:
    """The band, the footer and the file's metadata of one form."""

    title: str  # in the band, translated: "Change request sign-off", "Acceptance certificate D-001"
    purpose: str  # under it, translated: "For the client's decision and signature"
    client: str
    project: str  # "NHL-WMS · Warehouse management system rollout"
    footer: tuple[str, ...]  # the footer's parts before the page count ("" parts left out)
    document_title: str
    author: str
    subject: str


def render_one_page_form(
    head: FormHead, story: Callable[[float, float], list[Flowable]], paper: str, what: str
) -> bytes:
    """The form as PDF bytes on one `paper` page, fonts embedded. `story(width, height)` gives
    the flowables that fill the body; a second page would be a bug of its measuring (`what`
    names the form in that error)."""
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
        _draw_band(canvas, head, width, height)
        _draw_footer(canvas, head, width)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        pageTemplates=[PageTemplate(id="form", frames=[frame], onPage=decorate)],
        title=head.document_title,
        author=head.author or APP_NAME,
        subject=head.subject,
        creator=f"{APP_NAME} {__version__}",
        initialFontName=REGULAR,  # else the canvas declares Helvetica, which is not embedded
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    doc.build(story(frame.width, frame.height))
    if len(pages) != 1:  # the story measured itself to fit: a second page is a bug
        raise RuntimeError(f"{what} took {len(pages)} pages")
    return buffer.getvalue()


def story_height(story: Sequence[Flowable], width: float) -> float:
    """The height `story` takes in a column `width` wide, spaces included."""
    total = 0.0
    for flowable in story:
        total += flowable.getSpaceBefore() + flowable.wrap(width, BIG)[1]
        total += flowable.getSpaceAfter()
    return total


def grid(
    rows: list[list[object]],
    widths: Sequence[float],
    extra: Sequence[tuple[object, ...]] = (),
    label_columns: Sequence[int] = (0,),
) -> Table:
    """A table of label/value rows with a rule under each row."""
    # Labels are a point smaller than values: half a point more on top puts both on one baseline.
    nudge = [("TOPPADDING", (c, 0), (c, -1), PAD + 0.5) for c in label_columns]
    table = Table(rows, colWidths=list(widths))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2 * PAD),
                ("TOPPADDING", (0, 0), (-1, -1), PAD),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells too: never Helvetica
                *nudge,
                *extra,
            ]
        )
    )
    return table


@dataclass(frozen=True, slots=True)
class Signatory:
    """One framed signature block: who signs, and what is already known of them."""

    heading: str  # "For the client", translated
    subline: str  # the organisation or the role under the heading
    name: str = ""
    role: str = ""
    date: str = ""


def write_in_label_width(labels: Sequence[str], least: float) -> float:
    """Where the lines of WriteInLines labelled `labels` start: at `least`, or further right
    when a label (a longer word in German: "Unterschrift") needs it."""
    widest = max((stringWidth(text, REGULAR, LINE_LABEL_SIZE) for text in labels), default=0.0)
    return max(least, widest + LINE_LABEL_AIR)


def signature_blocks(
    client: Signatory,
    supplier: Signatory,
    styles: Styles,
    width: float,
    signature_height: float,
    *,
    label_width: float = 58,
) -> Table:
    """Two framed blocks side by side, the client's signatory and the supplier's: name, role,
    a signature line `signature_height` tall and the date, with what is known filled in.
    The lines start at `label_width`, or after the longest label of the language spoken."""
    gap = 18.0
    column = (width - gap) / 2
    name, role, signature, date = _("Name"), _("Role"), _("Signature"), _("Date")
    label_width = write_in_label_width((name, role, signature, date), label_width)

    def block(who: Signatory) -> list[Flowable]:
        lines = ((name, who.name), (role, who.role))
        return [
            Paragraph(markup(who.heading), styles.heading),
            Paragraph(markup(one_line(who.subline, REGULAR, 9, column - 20)), styles.label),
            *(WriteInLine(k, v, height=24, label_width=label_width) for k, v in lines),
            WriteInLine(signature, height=signature_height, label_width=label_width),
            WriteInLine(date, who.date, height=24, label_width=label_width),
        ]

    table = Table([[block(client), "", block(supplier)]], colWidths=[column, gap, column])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (0, 0), 0.6, INK),
                ("BOX", (2, 0), (2, 0), 0.6, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ]
        )
    )
    return table


def _draw_band(canvas: Canvas, head: FormHead, width: float, height: float) -> None:
    """The coloured header: what the page is on the left, whose project on the right."""
    top = height - BAND_TOP
    inner = width - 2 * MARGIN
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(MARGIN, top - BAND_HEIGHT, inner, BAND_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    pad = 14.0
    room = inner - 2 * pad - 24
    # A long title (French: "Validation de la demande de modification") is set smaller rather
    # than leave the client's name no room.
    client_width = canvas.stringWidth(head.client, BOLD, 11)
    title_width = max(canvas.stringWidth(head.title, BOLD, TITLE_SIZE), 1.0)
    title_size = max(
        SMALLEST_TITLE_SIZE, min(TITLE_SIZE, TITLE_SIZE * (room - client_width) / title_width)
    )
    canvas.setFont(BOLD, title_size)
    canvas.drawString(MARGIN + pad, top - 21, head.title)
    canvas.setFont(REGULAR, 9.5)
    canvas.drawString(MARGIN + pad, top - 36, head.purpose)
    # Each line on the right takes what the left one beside it leaves, so a long name never
    # runs into the title or the purpose (both longer in German than in English).
    client_room = room - canvas.stringWidth(head.title, BOLD, title_size)
    project_room = room - canvas.stringWidth(head.purpose, REGULAR, 9.5)
    right = width - MARGIN - pad
    canvas.setFont(BOLD, 11)
    canvas.drawRightString(right, top - 20, one_line(head.client, BOLD, 11, client_room))
    canvas.setFont(REGULAR, 9.5)
    canvas.drawRightString(right, top - 36, one_line(head.project, REGULAR, 9.5, project_room))
    canvas.restoreState()


def _draw_footer(canvas: Canvas, head: FormHead, width: float) -> None:
    """One muted line: the form's parts, then the page count."""
    page = _("Page {page} of {pages}").format(page=canvas.getPageNumber(), pages=1)
    parts = (*head.footer, page)
    text = " · ".join(part for part in parts if part)
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 9)
    canvas.drawCentredString(
        width / 2, FOOTER_BASELINE, one_line(text, REGULAR, 9, width - 2 * MARGIN)
    )
    canvas.restoreState()
