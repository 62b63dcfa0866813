"""Many shapes of one look drawn as one Path: a page's bars of a kind, its bands, its grid.

reportlab renders each shape with a graphics state of its own (saved, set, restored); a page
of 35 rows drew some 150 of them. One path per look paints the same areas in one go.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import FILL_NON_ZERO, Path
from reportlab.lib.colors import Color


def shapes_of(fill: Color | None, stroke: Color | None = None, width: float = 0.5) -> Path:
    """An empty path of closed shapes filled with `fill`, outlined with `stroke` (or not)."""
    return Path(
        fillColor=fill,
        strokeColor=stroke,
        strokeWidth=width,
        # Non-zero winding: shapes that happen to overlap fill, not cut holes in each other.
        fillMode=FILL_NON_ZERO,
    )


def outlines(*, stroke: Color, width: float) -> Path:
    """An empty path of open lines in `stroke`."""
    return Path(fillColor=None, strokeColor=stroke, strokeWidth=width)


def add_rect(path: Path, x: float, y: float, width: float, height: float) -> None:
    """Add the rectangle with its lower left corner at (x, y)."""
    path.moveTo(x, y)
    path.lineTo(x + width, y)
    path.lineTo(x + width, y + height)
    path.lineTo(x, y + height)
    path.closePath()


def add_polygon(path: Path, points: Sequence[float]) -> None:
    """Add the closed polygon through `points` (x0, y0, x1, y1, …)."""
    path.moveTo(points[0], points[1])
    for index in range(2, len(points), 2):
        path.lineTo(points[index], points[index + 1])
    path.closePath()


def add_line(path: Path, x1: float, y1: float, x2: float, y2: float) -> None:
    """Add the line from (x1, y1) to (x2, y2)."""
    path.moveTo(x1, y1)
    path.lineTo(x2, y2)
