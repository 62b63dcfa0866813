"""A long data table handed to the frame a page at a time, so its cost grows with its rows.

reportlab splits a table at a page's foot by building a new table of every row left and
styling it again: a plan's 2,239 milestones over 96 pages were rebuilt 96 times, each time
with the rows of all the pages still to come. `PagedTable` measures the rows once, then
builds the rows a page holds and one more, with their heights, and lets reportlab
split that: the same rows on each page, drawn by the same table code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

from reportlab.platypus import Flowable, Table

from cpm_desktop.reports.pdf.pack.parts import data_table
from cpm_desktop.reports.pdf.style import RULE, Styles

Command = tuple[object, ...]
# reportlab's split draws the rows' rule under a repeated header too, over its dark one: a
# part that continues the table does the same, so it looks as every other long table does.
CONTINUED: tuple[Command, ...] = (("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),)
# Builds the table of the header and rows first..last - 1, with the given row heights.
RowsFrom = Callable[[int, int, list[float] | None], Table]


def paged_data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    styles: Styles,
    *,
    numeric: Sequence[int] = (),
    extra: Sequence[Command] = (),
) -> Flowable:
    """`data_table`'s table of `rows`, built a page of rows at a time (`extra` may style
    rows under the header only: its row numbers are those of the whole table)."""

    def rows_from(first: int, last: int, heights: list[float] | None) -> Table:
        return data_table(
            header,
            rows[first:last],
            widths,
            styles,
            numeric=numeric,
            extra=[*rebased(extra, len(rows), first, last), *(CONTINUED if first else ())],
            heights=heights,
        )

    return PagedTable(rows_from, len(rows))


def rebased(commands: Sequence[Command], count: int, first: int, last: int) -> list[Command]:
    """The TableStyle `commands` of a table of a header and `count` rows, as they style the
    table of the header and rows `first`..`last - 1` (those that reach it, clipped)."""
    whole = count + 1  # table rows: the header is row 0, row i of `rows` is row i + 1

    def row(index: int) -> int:
        return index + whole if index < 0 else index

    kept: list[Command] = []
    for name, start, end, *values in commands:
        left, top = cast(tuple[int, int], start)
        right, bottom = cast(tuple[int, int], end)
        top, bottom = row(top), row(bottom)
        if top < 1:
            raise ValueError(f"{name}: only rows under the header can be styled by part")
        top, bottom = max(top, first + 1), min(bottom, last)
        if top <= bottom:
            kept.append((name, (left, top - first), (right, bottom - first), *values))
    return kept


class PagedTable(Flowable):
    """The rows `first`.. of the table `rows_from` builds, a page of rows at a time."""

    def __init__(
        self,
        rows_from: RowsFrom,
        count: int,
        first: int = 0,
        heights: tuple[float, list[float]] | None = None,
    ) -> None:
        super().__init__()
        self.hAlign = "LEFT"  # as data_table's tables
        self._rows_from, self._count, self._first = rows_from, count, first
        # The width measured at, the header's height and every row's: on the first wrap.
        self._heights = heights
        self._part: tuple[float, float, Table] | None = None

    def _table(self, width: float, height: float) -> Table:
        """The header and the rows that fit `height` and one more, or all rows left."""
        if self._part is not None and self._part[:2] == (width, height):
            return self._part[2]
        if self._heights is None or self._heights[0] != width:
            whole = self._rows_from(0, self._count, None)
            whole.wrap(width, float("inf"))  # every row measured, once (a row's height is its own)
            self._heights = (width, list(whole._rowHeights))
        heights = self._heights[1]
        used, last = heights[0], self._first
        while last < self._count and used <= height:
            used += heights[last + 1]
            last += 1
        mine = [heights[0], *heights[self._first + 1 : last + 1]]
        table = self._rows_from(self._first, last, mine)
        self._part = (width, height, table)
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The size of the rows left or, when they overfill the page, of some of them: the
        frame then splits it."""
        self.width, self.height = self._table(availWidth, availHeight).wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """The rows that fit `availHeight` as a table, and a PagedTable of the rest."""
        parts = self._table(availWidth, availHeight).split(availWidth, availHeight)
        if len(parts) < 2:  # none fit, or all that are left
            return list(parts)
        head = parts[0]
        fitted = len(head._cellvalues) - 1  # its rows, less the header (no public count)
        return [head, PagedTable(self._rows_from, self._count, self._first + fitted, self._heights)]

    def draw(self) -> None:
        """Draw the rows left, which fit where the frame put them."""
        assert self._part is not None  # the frame wraps a flowable before drawing it
        self._part[2].drawOn(self.canv, 0, 0)
