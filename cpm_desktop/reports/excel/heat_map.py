"""The 5 × 5 risk heat map: open risks counted by probability (rows, 5 on top) and impact."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Side

from cpm_desktop.reports import palette
from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.styles import Look, argb, font, solid
from cpm_desktop.texts import N_, _

SIZE = 5
LEVELS = (N_("Very low"), N_("Low"), N_("Medium"), N_("High"), N_("Very high"))
# Pale zone colours: the counts printed on them stay readable in black and white too.
ZONES = {"green": "#cfe9d9", "amber": "#fbe3a6", "red": "#f2b8b2"}
_WHITE_LINE = Side(style="thin", color=argb(palette.WHITE))
_CELL = Border(left=_WHITE_LINE, right=_WHITE_LINE, top=_WHITE_LINE, bottom=_WHITE_LINE)


def zone(probability: int, impact: int, amber_from: int, red_from: int) -> str:
    """The RAG zone of a cell by its score, under the project's thresholds."""
    score = probability * impact
    return "red" if score >= red_from else "amber" if score >= amber_from else "green"


def write_heat_map(
    cells: SheetCells,
    top: int,
    left: int,
    counts: tuple[tuple[int, ...], ...],
    thresholds: tuple[int, int],
) -> int:
    """The grid with its labels from (top, left): probability labels, then 5 impact columns.

    `counts[p - 1][i - 1]` is the number of open risks at probability p and impact i; an
    empty cell means none. Returns the number of rows used.
    """
    styles = cells.styles
    label = styles.define(
        "heat_label",
        Look(
            font=font(size=8, colour=palette.MUTED),
            alignment=Alignment(horizontal="right", vertical="center"),
        ),
    )
    axis = styles.define(
        "heat_axis",
        Look(
            font=font(size=8, colour=palette.MUTED),
            alignment=Alignment(horizontal="center", vertical="top", wrap_text=True),
        ),
    )
    zone_styles = {
        name: styles.define(
            f"heat_{name}",
            Look(
                font=font(bold=True, size=11),
                fill=solid(colour),
                border=_CELL,
                alignment=Alignment(horizontal="center", vertical="center"),
            ),
        )
        for name, colour in ZONES.items()
    }
    for probability in range(SIZE, 0, -1):
        row = top + SIZE - probability
        cells.text(row, left, f"{probability} {_(LEVELS[probability - 1])}", label)
        cells.sheet.row_dimensions[row].height = 18
        for impact in range(1, SIZE + 1):
            count = counts[probability - 1][impact - 1] if counts else 0
            style = zone_styles[zone(probability, impact, *thresholds)]
            cells.put(row, left + impact, count or None, style)
    axis_row = top + SIZE
    cells.text(axis_row, left, _("Probability ↑  Impact →"), label)
    for impact in range(1, SIZE + 1):
        cells.text(axis_row, left + impact, f"{impact} {_(LEVELS[impact - 1])}", axis)
    cells.sheet.row_dimensions[axis_row].height = 24
    return SIZE + 1
