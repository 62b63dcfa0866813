"""The pack's pages: portrait and landscape templates, header, footer, outline, metadata.

"Page x of y" needs the page count before the first footer is final, so the canvas keeps
each page until the end and then draws every footer (one pass, not two builds). Bookmarks
are kept with their page for the same reason: the PDF's page objects exist only then.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from cpm_desktop.reports.pdf.fonts import BOLD, REGULAR
from cpm_desktop.reports.pdf.style import ACCENT, MARGIN, MUTED, PAPER_SIZES, RULE, WHITE
from cpm_desktop.reports.pdf.text import one_line
from cpm_desktop.texts import _

HEADER_BASELINE = 11 * mm  # from the top edge
HEADER_ROOM = 19 * mm  # from the top edge to the frame
FOOTER_BASELINE = 9 * mm
FOOTER_ROOM = 17 * mm  # from the bottom edge to the frame
BAND_TOP = 10 * mm  # the cover's band, as on the change sign-off form
BAND_HEIGHT = 46.0
HEADER_SIZE = 8.5
PORTRAIT, LANDSCAPE, COVER = "portrait", "landscape", "cover"

Footer = Callable[[Canvas, int, int], None]


class PackCanvas(Canvas):
    """A canvas that holds its pages until save, to draw "Page x of y" on each."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []
        self._marks: list[tuple[str, dict[str, Any]]] = []

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:  # noqa: N802
        """Remember the bookmark with this page; it is made when the page is written."""
        self._marks.append((key, kwargs))

    def showPage(self) -> None:  # noqa: N802
        """Keep the finished page instead of writing it."""
        self._pages.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self) -> None:
        """Write every kept page with its footer and bookmarks, then the file."""
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            for key, kwargs in state["_marks"]:
                Canvas.bookmarkPage(self, key, **kwargs)
            self._footer(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


class PackDocument(BaseDocTemplate):
    """Cover, portrait and landscape page templates; outline entries from tagged flowables.

    A flowable with an `outline` attribute (key, title) becomes a bookmark and a top-level
    outline entry on the page it lands on.
    """

    def __init__(
        self,
        buffer: io.BytesIO,
        *,
        paper: str,
        first: str,
        header: str,
        status: str,
        band: tuple[str, str],
        **meta: Any,
    ) -> None:
        size = PAPER_SIZES[paper]
        super().__init__(buffer, pagesize=size, initialFontName=REGULAR, **meta)
        self.header, self.status, self.band = header, status, band
        wide = landscape(size)
        templates = [
            PageTemplate(
                COVER,
                [_frame(size, BAND_TOP + BAND_HEIGHT + 14 * mm)],
                onPage=self._draw_band,
                pagesize=size,
            ),
            PageTemplate(
                PORTRAIT, [_frame(size, HEADER_ROOM)], onPage=self._draw_header, pagesize=size
            ),
            PageTemplate(
                LANDSCAPE, [_frame(wide, HEADER_ROOM)], onPage=self._draw_header, pagesize=wide
            ),
        ]
        # The first page takes the first template: the first chosen section's.
        templates.sort(key=lambda template: template.id != first)
        self.addPageTemplates(templates)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        """Bookmark the page a section starts on and list it in the outline."""
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            key, title = outline
            self.canv.bookmarkPage(key, fit="XYZ")
            self.canv.addOutlineEntry(title, key, level=0, closed=False)

    def _draw_header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        y = height - HEADER_BASELINE
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(BOLD, HEADER_SIZE)
        right = canvas.stringWidth(self.status, BOLD, HEADER_SIZE)
        canvas.drawRightString(width - MARGIN, y, self.status)
        room = width - 2 * MARGIN - right - 18
        canvas.setFont(REGULAR, HEADER_SIZE)
        canvas.drawString(MARGIN, y, one_line(self.header, REGULAR, HEADER_SIZE, room))
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, y - 5, width - MARGIN, y - 5)
        canvas.restoreState()

    def _draw_band(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        top = height - BAND_TOP
        inner = width - 2 * MARGIN
        title, subtitle = self.band
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(MARGIN, top - BAND_HEIGHT, inner, BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(WHITE)
        canvas.setFont(BOLD, 15)
        canvas.drawString(MARGIN + 14, top - 21, title)
        canvas.setFont(REGULAR, 9.5)
        canvas.drawString(MARGIN + 14, top - 36, one_line(subtitle, REGULAR, 9.5, inner - 28))
        canvas.restoreState()


def footer_drawer(text: str) -> Footer:
    """Draws `text` on the left and "Page x of y" on the right, over a thin rule."""

    def draw(canvas: Canvas, number: int, total: int) -> None:
        width = canvas._pagesize[0]
        page = _("Page {number} of {total}").format(number=number, total=total)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, FOOTER_BASELINE + 10, width - MARGIN, FOOTER_BASELINE + 10)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, HEADER_SIZE)
        canvas.drawRightString(width - MARGIN, FOOTER_BASELINE, page)
        room = width - 2 * MARGIN - canvas.stringWidth(page, REGULAR, HEADER_SIZE) - 18
        canvas.drawString(MARGIN, FOOTER_BASELINE, one_line(text, REGULAR, HEADER_SIZE, room))
        canvas.restoreState()

    return draw


def _frame(size: tuple[float, float], top_room: float) -> Frame:
    width, height = size
    return Frame(
        MARGIN,
        FOOTER_ROOM,
        width - 2 * MARGIN,
        height - top_room - FOOTER_ROOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def frame_size(paper: str, orientation: str) -> tuple[float, float]:
    """Width and height of the body frame of a `paper` page in `orientation`."""
    size = PAPER_SIZES[paper]
    page = landscape(size) if orientation == LANDSCAPE else size
    frame = _frame(page, HEADER_ROOM)
    return frame._width, frame._height
