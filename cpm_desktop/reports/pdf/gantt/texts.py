"""A page's many one-line texts written as one PDF text object.

reportlab renders each String with a graphics state and a text object of its own; a page's
names and timescale are some 120 of them. A TextRun keeps the Strings (tests and readers of
the drawing see them as they were) and writes them in one go, font and colour set only
where they change.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.graphics.shapes import DirectDraw, String, getRectsBounds
from reportlab.pdfbase.pdfmetrics import stringWidth


class TextRun(DirectDraw):
    """One-line texts drawn in the order added, each where and as its String says."""

    def __init__(self, strings: Iterable[String] = ()) -> None:
        self.strings = list(strings)

    def add(self, string: String) -> None:
        """Add one text, drawn after those already added."""
        self.strings.append(string)

    def getBounds(self) -> tuple[float, float, float, float] | None:  # noqa: N802 (reportlab's)
        """Return the box around every text."""
        box: tuple[float, float, float, float] | None = getRectsBounds(
            [s.getBounds() for s in self.strings]
        )
        return box

    def drawDirectly(self, renderer: Any) -> None:  # noqa: N802 (reportlab's name)
        """Write the texts through the renderer's canvas as one text object."""
        canvas = renderer._canvas  # reportlab's DirectDraw contract: the renderer's own canvas
        text = canvas.beginText()
        font: tuple[str, float] | None = None
        colour = None
        for string in self.strings:
            if (string.fontName, string.fontSize) != font:
                font = (string.fontName, string.fontSize)
                text.setFont(*font)
            if string.fillColor is not colour:
                colour = string.fillColor
                text.setFillColor(colour)
            text.setTextOrigin(string.x - _anchor_shift(string), string.y)
            text.textOut(string.text)
        canvas.drawText(text)


def _anchor_shift(string: String) -> float:
    """How far left of its x a String anchored at its middle or end begins."""
    anchor = string.textAnchor
    if anchor == "middle":
        return float(stringWidth(string.text, string.fontName, string.fontSize)) / 2
    if anchor == "end":
        return float(stringWidth(string.text, string.fontName, string.fontSize))
    return 0.0
