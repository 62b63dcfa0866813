"""One page of the chart as one reportlab Drawing: a vector picture that fits its frame."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, String

from cpm_desktop.reports.pdf.fonts import REGULAR
from cpm_desktop.reports.pdf.gantt.bars import row_shapes
from cpm_desktop.reports.pdf.gantt.content import PrintedGantt
from cpm_desktop.reports.pdf.gantt.geometry import Sheet
from cpm_desktop.reports.pdf.gantt.header import gridlines, timescale, title
from cpm_desktop.reports.pdf.gantt.legend import legend
from cpm_desktop.reports.pdf.gantt.look import MUTED, NAME_SIZE
from cpm_desktop.reports.pdf.gantt.markers import date_lines
from cpm_desktop.reports.pdf.gantt.names import names, row_bands
from cpm_desktop.reports.pdf.gantt.pages import TITLE_HEIGHT, Page
from cpm_desktop.reports.pdf.gantt.scale import Scale
from cpm_desktop.texts import N_, _

EMPTY_TEXT = N_("No tasks to show.")


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


class SheetParts:
    """The parts of a page that depend on its sheet alone: bands, grid, date lines, timescale
    and key. Pages of one window and row count share them, built once (a long chart has
    hundreds of pages and a handful of sheets)."""

    def __init__(self, chart: PrintedGantt, scale: Scale) -> None:
        self._chart = chart
        self._tiers = scale.tiers
        self._built: dict[Sheet, tuple[Group, Group, Group]] = {}

    def of(self, sheet: Sheet) -> tuple[Group, Group, Group]:
        """Return what goes under the bars, over them, and over the names of `sheet`'s pages."""
        parts = self._built.get(sheet)
        if parts is None:
            parts = self._built[sheet] = self._build(sheet)
        return parts

    def _build(self, sheet: Sheet) -> tuple[Group, Group, Group]:
        chart = self._chart
        under = Group(row_bands(sheet), gridlines(sheet, self._tiers))
        over = date_lines(sheet, chart.status_date, chart.today)
        today_shown = chart.today != chart.status_date and sheet.shows(sheet.x_of(chart.today, 0.5))
        today = chart.today if today_shown else None
        head = Group(
            timescale(sheet, self._tiers),
            legend(status_date=chart.status_date, today=today, baseline=sheet.with_baseline),
        )
        return under, over, head


def page_drawing(chart: PrintedGantt, page: Page, sheet: Sheet, parts: SheetParts) -> GanttPage:
    """Draw one page: title, timescale, bands, grid, bars, date lines, names and the key."""
    rows = page.rows
    drawing = GanttPage(sheet.width, sheet.height)
    under, over, head = parts.of(sheet)
    # Later shapes paint over earlier ones: bands and grid first, the date lines over bars.
    drawing.add(title(sheet, chart.title, page, len(chart.rows)))
    drawing.add(under)
    drawing.add(row_shapes(rows, sheet))
    drawing.add(over)
    drawing.add(names(rows, sheet))
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
