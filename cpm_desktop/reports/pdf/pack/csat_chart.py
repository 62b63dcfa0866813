"""The CSAT chart: each score (1–5) over time as a line, with the average's RAG thresholds."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import HexColor

from cpm_desktop.reports import palette
from cpm_desktop.reports.pdf.pack.charts import legend, time_axes
from cpm_desktop.reports.pdf.pack.content import Score
from cpm_desktop.reports.pdf.pack.parts import number, rag_colour
from cpm_desktop.texts import _

CHART_HEIGHT = 170.0
SCORE_COLOUR = HexColor(palette.ACCENT)
MIN_SPAN = 28  # days: a single score, or a week of them, still gets a readable axis


def csat_chart(
    scores: Sequence[Score], width: float, green_from: float, amber_from: float
) -> Drawing:
    """The scores joined oldest to newest, dashed lines where the average turns green and amber."""
    drawing = Drawing(width, CHART_HEIGHT)
    plot = LinePlot()
    plot.x, plot.y = 30, 46
    plot.width, plot.height = width - 40, CHART_HEIGHT - 56
    points = [(s.day.toordinal(), float(s.score)) for s in scores]
    plot.data = [points if len(points) > 1 else points * 2]
    line = plot.lines[0]
    line.strokeColor, line.strokeWidth = SCORE_COLOUR, 1.6
    line.symbol = makeMarker(
        "FilledCircle", size=4.5, fillColor=SCORE_COLOUR, strokeColor=SCORE_COLOUR
    )
    first, last = points[0][0], points[-1][0]
    # Room either side so the end markers are not cut by the axes.
    pad = max(3, (max(last - first, MIN_SPAN) - (last - first)) // 2, (last - first) // 30)
    time_axes(plot, first - pad, last + pad)
    y = plot.yValueAxis
    y.valueMin, y.valueMax, y.valueSteps = 0.5, 5.5, [1, 2, 3, 4, 5]
    y.labelTextFormat = "%d"
    drawing.add(plot)
    # After the plot: a threshold on a whole score would vanish under its grid line.
    for level, rag in ((green_from, "green"), (amber_from, "amber")):
        height = plot.y + plot.height * (level - y.valueMin) / (y.valueMax - y.valueMin)
        drawing.add(
            Line(
                plot.x,
                height,
                plot.x + plot.width,
                height,
                strokeColor=rag_colour(rag),
                strokeWidth=1,
                strokeDashArray=[4, 3],
            )
        )
    drawing.add(
        legend(
            [
                (SCORE_COLOUR, _("CSAT score (1–5)")),
                (
                    rag_colour("green"),
                    _("Average green from {score}").format(score=number(green_from, 1)),
                ),
                (rag_colour("amber"), _("Amber from {score}").format(score=number(amber_from, 1))),
            ],
            plot.x,
            step=150,
        )
    )
    return drawing
