"""Dependency arrows: orthogonal routes from a predecessor's end to a successor's end."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from cpm_desktop.ui.gantt.geometry import BarMetrics, RowAxis, TimeAxis, anchor_y, bar_extent
from cpm_desktop.ui.gantt.link_index import RowLink
from cpm_desktop.ui.theme import Colors

STUB = 8.0  # how far a link leaves or enters a bar horizontally; labels start further out
ARROW_LENGTH = 6.0
ARROW_HALF_WIDTH = 3.5
MAX_SCORED_ROWS = 60  # links crossing more rows than this take the simplest route

# A shown row's occupied x range (bar, baseline and label), or None when it has no bar.
Occupied = Callable[[int], tuple[float, float] | None]

Point = tuple[float, float]


def routes(
    x1: float, y1: float, out: int, x2: float, y2: float, into: int, gaps: tuple[float, float]
) -> list[tuple[float, list[Point]]]:
    """Return candidate orthogonal routes from (x1, y1) to (x2, y2), simplest first, each
    with the x of its long vertical segment (the one crossing the rows in between).

    `out` is the direction leaving the predecessor (+1 right from its end, -1 left from its
    start); `into` the direction of travel entering the successor (+1 into its start, -1
    into its end). A row's own label lies right of its bar, so a route only runs along a
    bar's row on the free side, or for one short stub; otherwise it turns at once and runs
    along a row boundary, between the bars: `gaps` are the boundary next to the
    predecessor's row and the one next to the successor's.
    """
    a = x1 + out * STUB
    b = x2 - into * STUB
    candidates: list[tuple[float, list[Point]]] = []
    vertical: float | None = None
    if out > 0 and into > 0 and a <= b:  # FS forward: down beside the predecessor's end
        vertical = a
    elif out < 0 and into > 0:  # SS: down left of both bars
        vertical = min(a, b)
    elif out < 0 and into < 0 and b <= a:  # SF backward
        vertical = b
    elif out > 0 and into < 0 and abs(a - b) < 0.5:  # FF with both ends aligned
        vertical = a
    if vertical is not None:
        candidates.append((vertical, [(x1, y1), (vertical, y1), (vertical, y2), (x2, y2)]))
    near_pred, near_succ = gaps
    for long_x, gap_y in ((a, near_succ), (b, near_pred)):
        candidates.append((long_x, [(x1, y1), (a, y1), (a, gap_y), (b, gap_y), (b, y2), (x2, y2)]))
    return candidates


def link_route(
    row_link: RowLink, axis: TimeAxis, rows: RowAxis, metrics: BarMetrics, occupied: Occupied
) -> list[Point]:
    """Return the route of a shown link in viewport coordinates.

    Of the candidate routes, the one whose long vertical crosses the fewest bars and labels
    of the rows in between wins; links spanning many rows keep the simplest route, so the
    cost stays bounded.
    """
    shape = row_link.shape
    pred_left, pred_right = bar_extent(shape.pred, axis, metrics)
    succ_left, succ_right = bar_extent(shape.succ, axis, metrics)
    out = -1 if shape.from_start else 1
    into = 1 if shape.to_start else -1
    x1 = pred_left if shape.from_start else pred_right
    x2 = succ_left if shape.to_start else succ_right
    pred_row, succ_row = row_link.pred_row, row_link.succ_row
    pred_top, succ_top = rows.y_of_row(pred_row), rows.y_of_row(succ_row)
    y1 = pred_top + anchor_y(shape.pred, metrics)
    y2 = succ_top + anchor_y(shape.succ, metrics)
    down = succ_row > pred_row
    gaps = (
        pred_top + rows.row_height if down else pred_top,
        succ_top if down else succ_top + rows.row_height,
    )
    candidates = routes(x1, y1, out, x2, y2, into, gaps)
    between = range(min(pred_row, succ_row) + 1, max(pred_row, succ_row))
    if len(candidates) == 1 or not between or len(between) > MAX_SCORED_ROWS:
        return candidates[0][1]
    spans = [span for row in between if (span := occupied(row)) is not None]

    def crossings(candidate: tuple[float, list[Point]]) -> int:
        x = candidate[0]
        return sum(1 for left, right in spans if left - 2 <= x <= right + 2)

    return min(candidates, key=crossings)[1]  # min keeps the first (simplest) of equals


def paint_links(
    painter: QPainter,
    links: Iterable[RowLink],
    axis: TimeAxis,
    rows: RowAxis,
    metrics: BarMetrics,
    width: int,
    palette: Colors,
    chain: set[int],
    occupied: Occupied,
    routes: dict[int, list[Point]],
) -> None:
    """Draw the links whose route crosses the viewport's x range; the driving chain thicker.

    `routes` caches each link's route unscrolled; a scroll only moves it.
    """
    normal = QColor(palette.gantt_link)
    critical = QColor(palette.gantt_critical_link)
    highlight = QColor(palette.highlight)
    dx, dy = axis.scroll, rows.offset
    for row_link in links:
        link_id = row_link.shape.link.id
        route = routes.get(link_id)
        if route is None:
            placed = link_route(row_link, axis, rows, metrics, occupied)
            route = routes[link_id] = [(x + dx, y + dy) for x, y in placed]
        points = [(x - dx, y - dy) for x, y in route]
        xs = [x for x, _ in points]
        if max(xs) < -STUB or min(xs) > width + STUB:
            continue
        in_chain = row_link.shape.link.id in chain
        color = highlight if in_chain else critical if row_link.shape.critical else normal
        _paint_route(painter, points, color, 2.5 if in_chain else 1.2)


def _paint_route(painter: QPainter, points: list[Point], color: QColor, line_width: float) -> None:
    # Snap to half pixels so thin lines stay crisp with antialiasing on.
    snapped = [(round(x) + 0.5, round(y) + 0.5) for x, y in points]
    (end_x, end_y), (before_x, _) = snapped[-1], snapped[-2]
    into = 1.0 if end_x >= before_x else -1.0
    tip_x = points[-1][0]
    base_x = tip_x - into * ARROW_LENGTH
    # The line stops under the arrowhead so its cap never pokes past the tip.
    line = [QPointF(x, y) for x, y in snapped[:-1]] + [QPointF(base_x, end_y)]
    pen = QPen(color, line_width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF(line))
    half = ARROW_HALF_WIDTH + (line_width - 1.2) / 2
    head = QPolygonF(
        [
            QPointF(tip_x, end_y),
            QPointF(base_x - into, end_y - half),
            QPointF(base_x - into, end_y + half),
        ]
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(head)
