"""Form parts a pen fills in: check boxes to tick and labelled lines to write or sign on."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from cpm_desktop.reports.pdf.fonts import BOLD, REGULAR
from cpm_desktop.reports.pdf.style import INK, MUTED, TEXT
from cpm_desktop.reports.pdf.text import one_line


class CheckBoxes(Flowable):
    """A row of empty squares to tick, each followed by its label."""

    def __init__(self, labels: Sequence[str], *, size: float = 11, font_size: float = 10.5):
        super().__init__()
        self.labels = tuple(labels)
        self.size = size
        self.font_size = font_size
        self.gap = 36.0  # between one label and the next box

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Take the whole width, one box high plus room for the pen."""
        self.width = avail_width
        self.height = self.size + 6
        return self.width, self.height

    def draw(self) -> None:
        """Draw each box and its label along one line."""
        canvas = self.canv
        x = 0.0
        for label in self.labels:
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(1)
            canvas.rect(x, 3, self.size, self.size, stroke=1, fill=0)
            canvas.setFillColor(TEXT)
            canvas.setFont(BOLD, self.font_size)
            canvas.drawString(x + self.size + 7, 4.5, label)
            x += self.size + 7 + canvas.stringWidth(label, BOLD, self.font_size) + self.gap


class WriteInLine(Flowable):
    """A label, then a line to the right edge to write on; `value` is printed on it if known."""

    def __init__(
        self, label: str, value: str = "", *, height: float = 24, label_width: float = 58
    ) -> None:
        super().__init__()
        self.label = label
        self.value = value
        self.line_height = height
        self.label_width = label_width
        self.font_size = 9.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Take the whole width and the writing height."""
        self.width = avail_width
        self.height = self.line_height
        return self.width, self.height

    def draw(self) -> None:
        """Draw the label on the baseline and the line after it; the value sits on the line."""
        canvas = self.canv
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, self.font_size)
        canvas.drawString(0, 3, self.label)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(self.label_width, 1, self.width, 1)
        if self.value:
            room = self.width - self.label_width - 4
            canvas.setFillColor(TEXT)
            canvas.setFont(REGULAR, 10)
            canvas.drawString(self.label_width + 2, 4, one_line(self.value, REGULAR, 10, room))


class RuledLines(Flowable):
    """`count` blank lines across the width, for handwritten notes."""

    def __init__(self, count: int, *, spacing: float = 20) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Take the whole width and `count` line spacings."""
        self.width = avail_width
        self.height = self.count * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        """Draw the lines from the bottom up."""
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.5)
        for row in range(self.count):
            canvas.line(0, 1 + row * self.spacing, self.width, 1 + row * self.spacing)
