"""One page of the chart as one reportlab Drawing: a vector picture that fits its frame.

The parts pages share (bands, grid, date lines, timescale and key of one sheet; the names of
a run of rows printed across several pages of time) go into the PDF once, as form XObjects
each page places: drawn on every page they were half a long chart's time and of its file.
"""

from __future__ import annotations

from itertools import count
from typing import Any, TypeAlias

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import DirectDraw, Drawing, Group, String

from cpm_desktop.reports.pdf.fonts import REGULAR
from cpm_desktop.reports.pdf.gantt.content import PrintedGantt
from cpm_desktop.reports.pdf.gantt.geometry import Sheet
from cpm_desktop.reports.pdf.gantt.header import gridlines, timescale, title
from cpm_desktop.reports.pdf.gantt.legend import legend
from cpm_desktop.reports.pdf.gantt.look import MUTED, NAME_SIZE
from cpm_desktop.reports.pdf.gantt.markers import date_lines
from cpm_desktop.reports.pdf.gantt.names import row_bands
from cpm_desktop.reports.pdf.gantt.pages import TITLE_HEIGHT, Page
from cpm_desktop.reports.pdf.gantt.scale import Scale
from cpm_desktop.texts import N_, _

EMPTY_TEXT = N_("No tasks to show.")
LEFT_OUT_TEXT = N_("Pages without bars are not printed.")


class GanttPage(Drawing):
    """A Drawing that shrinks to the space offered instead of overflowing its frame."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__(width, height)
        # Else the renderer opens with Helvetica, a font that is never embedded.
        self.initialFontName = REGULAR
        self.initialFontSize = NAME_SIZE

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Return the drawing's size, scaled down if the frame is smaller than it was built for.

        A frame's padding can make it a few points narrower than the width it was asked for;
        a scaled page beats platypus' LayoutError.
        """
        fit = min(1.0, avail_width / self.width, avail_height / self.height)
        self.renderScale = fit if fit < 0.999 else 1.0
        return self.width * self.renderScale, self.height * self.renderScale


class SharedPart(DirectDraw):
    """A group of shapes drawn once into the document as a form, and placed wherever drawn."""

    _names = count(1)
    _MARGIN = 12.0  # room past the sheet's edges: a line's half width is not cut off

    def __init__(self, group: Group, width: float, height: float) -> None:
        self.group = group
        self.width, self.height = width, height
        self.name = f"CpmGanttPart{next(self._names)}"

    def getBounds(self) -> tuple[float, float, float, float] | None:  # noqa: N802 (reportlab's)
        """Return the box around the group's shapes."""
        box: tuple[float, float, float, float] | None = self.group.getBounds()
        return box

    def drawDirectly(self, renderer: Any) -> None:  # noqa: N802 (reportlab's name)
        """Place the form, drawing it into the document first if this one has none yet."""
        canvas = renderer._canvas  # reportlab's DirectDraw contract: the renderer's own canvas
        if not canvas._doc.hasForm(self.name):
            page_drawing = canvas.__dict__.get("_drawing")  # the renderer below replaces it
            margin = self._MARGIN
            canvas.beginForm(self.name, -margin, -margin, self.width + margin, self.height + margin)
            form = GanttPage(self.width, self.height)
            form.add(self.group)
            renderPDF.draw(form, canvas, 0, 0)
            canvas.endForm()
            canvas.__dict__["_drawing"] = page_drawing
        canvas.doForm(self.name)


Part: TypeAlias = Group | SharedPart  # a sheet's part: shared by its pages, or empty


def shared(group: Group, sheet: Sheet) -> Part:
    """`group` as a part pages share; an empty one stays an empty group."""
    return SharedPart(group, sheet.width, sheet.height) if group.contents else group


class SheetParts:
    """The parts of a page that depend on its sheet alone: bands, grid, date lines, timescale
    and key. Pages of one window and row count share them, built once (a long chart has
    hundreds of pages and a handful of sheets)."""

    def __init__(self, chart: PrintedGantt, scale: Scale, *, left_out: bool = False) -> None:
        self._chart = chart
        self._tiers = scale.tiers
        self._left_out = left_out  # pages without a bar were not printed: the key says so
        self._built: dict[Sheet, tuple[Part, Part, Part]] = {}

    def of(self, sheet: Sheet) -> tuple[Part, Part, Part]:
        """Return what goes under the bars, over them, and over the names of `sheet`'s pages."""
        parts = self._built.get(sheet)
        if parts is None:
            parts = self._built[sheet] = self._build(sheet)
        return parts

    def _build(self, sheet: Sheet) -> tuple[Part, Part, Part]:
        chart = self._chart
        under = Group(row_bands(sheet), gridlines(sheet, self._tiers))
        over = date_lines(sheet, chart.status_date, chart.today)
        today_shown = chart.today != chart.status_date and sheet.shows(sheet.x_of(chart.today, 0.5))
        today = chart.today if today_shown else None
        head = Group(
            timescale(sheet, self._tiers),
            legend(
                status_date=chart.status_date,
                today=today,
                baseline=sheet.with_baseline,
                note=_(LEFT_OUT_TEXT) if self._left_out else "",
                width=sheet.width,
            ),
        )
        return shared(under, sheet), shared(over, sheet), shared(head, sheet)


def page_drawing(
    chart: PrintedGantt, page: Page, sheet: Sheet, parts: SheetParts, bars: Group, listed: Part
) -> GanttPage:
    """Draw one page: title, timescale, bands, grid, `bars` (its rows' shapes), date lines,
    `listed` (its rows' names) and the key."""
    drawing = GanttPage(sheet.width, sheet.height)
    under, over, head = parts.of(sheet)
    # Later shapes paint over earlier ones: bands and grid first, the date lines over bars.
    drawing.add(title(sheet, chart.title, page, len(chart.rows)))
    drawing.add(under)
    drawing.add(bars)
    drawing.add(over)
    drawing.add(listed)
    drawing.add(head)
    return drawing


def empty_drawing(chart: PrintedGantt, page: Page, width: float) -> GanttPage:
    """The one page of a chart without rows: its title and a short note."""
    sheet_height = TITLE_HEIGHT + 3 * NAME_SIZE
    drawing = GanttPage(width, sheet_height)
    sheet = Sheet(width, sheet_height, width, 0.0, 0, page.window, 1.0, 0, False)
    drawing.add(title(sheet, chart.title, page, 0))
    drawing.add(
        String(
            0, NAME_SIZE, _(EMPTY_TEXT), fontName=REGULAR, fontSize=NAME_SIZE + 1.5, fillColor=MUTED
        )
    )
    return drawing
