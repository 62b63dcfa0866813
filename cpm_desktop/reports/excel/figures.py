"""Labelled figures and RAG badges: the one way a KPI, a total or a RAG is put into a cell.

A figure that could not be computed (None) shows "–", never 0, and gets no badge: a grey
nothing, not a green all-clear.
"""

from __future__ import annotations

from dataclasses import replace

from openpyxl.styles import Alignment
from openpyxl.styles.cell_style import StyleArray

from cpm_desktop.reports import palette
from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.content import Figure, Unit
from cpm_desktop.reports.excel.styles import Look, font, solid
from cpm_desktop.texts import _

RAG_COLOURS = {"red": palette.RAG_RED, "amber": palette.RAG_AMBER, "green": palette.RAG_GREEN}
NOT_MEASURED = "–"
VALUE_STYLES = {
    Unit.MONEY: "value_money",
    Unit.SHARE: "value_share",
    Unit.RATIO: "value_ratio",
    Unit.SCORE: "value_score",
    Unit.DAYS: "value_signed",
    Unit.COUNT: "value",
    Unit.TEXT: "value",  # right-aligned, as the figures above and below it
}


def rag_badge(cells: SheetCells, rag: str) -> StyleArray:
    """The style of a badge cell in the RAG's colour: bold, white on red and green."""
    name = rag.lower()
    colour = RAG_COLOURS.get(name, palette.MUTED)
    return cells.styles.define(
        f"rag_{name}",
        Look(
            font=font(bold=True, colour=palette.WHITE if name != "amber" else palette.TEXT),
            fill=solid(colour),
            alignment=Alignment(horizontal="center", vertical="center"),
        ),
    )


def rag_text(rag: str) -> str:
    """A RAG as the badge says it, in the reader's language: 'amber' → 'Amber', 'Gelb'."""
    return _(rag.capitalize())


def put_value(
    cells: SheetCells, row: int, column: int, figure: Figure, *, coloured: bool = False
) -> None:
    """The figure's value in its number format; `coloured`: the cell itself in its RAG colour."""
    if figure.value is None:
        cells.text(row, column, NOT_MEASURED, cells.styles["value"])
        return
    style_name = VALUE_STYLES[figure.unit]
    style = cells.styles[style_name]
    if coloured and figure.rag is not None:
        badge = rag_badge(cells, figure.rag)
        look = cells.styles.look(f"rag_{figure.rag.lower()}")
        number_format = cells.styles.look(style_name).number_format
        style = (
            cells.styles.define(
                f"rag_{figure.rag.lower()}_{figure.unit}",
                replace(
                    look,
                    number_format=number_format,
                    alignment=Alignment(horizontal="right", vertical="center"),
                ),
            )
            if number_format
            else badge
        )
    cells.put(row, column, figure.value, style)
