"""LinkIndex: the links between shown rows, sorted by row span, to find the visible ones fast."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cpm_desktop.ui.gantt.layout import LinkShape

_BLOCK = 64  # links per block; a block whose spans all end above the view is skipped whole


@dataclass(slots=True)  # not frozen: built by the ten thousand on every edit
class RowLink:
    """A link with the rows its two ends are shown on."""

    shape: LinkShape
    pred_row: int
    succ_row: int


class LinkIndex:
    """Links sorted by their first row, with each block's last row, for range queries.

    A query takes the links whose first row is above the view's bottom (a bisection), then
    keeps those whose last row reaches the view, skipping blocks that end above it. Links are
    mostly short, so few blocks are scanned even with 10,000 links.
    """

    def __init__(self, links: Sequence[LinkShape], row_of: Mapping[int, int]) -> None:
        spans = []
        for shape in links:
            pred_row = row_of.get(shape.link.predecessor_id)
            succ_row = row_of.get(shape.link.successor_id)
            # A link to a collapsed task is not drawn: its row is not shown.
            if pred_row is not None and succ_row is not None:
                spans.append(
                    (min(pred_row, succ_row), max(pred_row, succ_row), pred_row, succ_row, shape)
                )
        spans.sort(key=lambda span: span[0])
        self._firsts = [span[0] for span in spans]
        self._lasts = [span[1] for span in spans]
        self._links = [RowLink(span[4], span[2], span[3]) for span in spans]
        self._block_last = [
            max(self._lasts[i : i + _BLOCK]) for i in range(0, len(self._lasts), _BLOCK)
        ]

    def __len__(self) -> int:
        return len(self._links)

    def crossing(self, first_row: int, last_row: int) -> list[RowLink]:
        """Return the links whose row span meets rows first_row..last_row."""
        end = bisect_right(self._firsts, last_row)
        found = []
        lasts = self._lasts
        for block, block_last in enumerate(self._block_last):
            start = block * _BLOCK
            if start >= end:
                break
            if block_last < first_row:
                continue
            for i in range(start, min(start + _BLOCK, end)):
                if lasts[i] >= first_row:
                    found.append(self._links[i])
        return found
