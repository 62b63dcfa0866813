"""The conditional formats of a table sheet: RAG cells, score colour scales, status fills.

Rules, not cell fills: they reach down to VALIDATED_TO, so a row the client adds or edits takes
its colour too, and sorting or filtering cannot separate a cell from its colour. They compare
with the words as the reader sees them ("rot", "bezahlt"): a RAG and a status are translated.
"""

from __future__ import annotations

from openpyxl.formatting.rule import ColorScaleRule, FormulaRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cpm_desktop.domain import Rag
from cpm_desktop.reports import palette
from cpm_desktop.reports.excel.content import TableSheet
from cpm_desktop.reports.excel.styles import argb, font, solid
from cpm_desktop.reports.excel.validations import VALIDATED_TO
from cpm_desktop.reports.excel.wording import choice_text
from cpm_desktop.texts import _

RAG_FILLS = (("red", palette.RAG_RED), ("amber", palette.RAG_AMBER), ("green", palette.RAG_GREEN))
GOOD, MIDDLING, BAD = "#d5eedd", "#fbe7b0", "#f4c2bd"  # the score scale's pale ends and middle
# Soft fills of a status column by tone: calm enough for a whole column of them.
TONES = {
    "grey": "#e4e8ed",
    "amber": "#fbe3a6",
    "blue": "#d3e4f5",
    "green": "#cfe9d9",
    "red": "#f6d0cc",
}


def add_conditional_formats(sheet: Worksheet, table: TableSheet, first_row: int) -> None:
    """RAG cells in their colour; scores on a green-amber-red scale; statuses in soft tones."""
    headers = [c.header for c in table.columns]
    formats = sheet.conditional_formatting

    def column_of(header: str) -> str:
        letter: str = get_column_letter(headers.index(header) + 1)
        return letter

    if table.rag_column in headers:
        letter = column_of(table.rag_column)
        target = f"{letter}{first_row}:{letter}{VALIDATED_TO}"
        for rag, colour in RAG_FILLS:
            word = _formula_text(_(rag.capitalize()))
            # LOWER: LibreOffice compares text case-sensitively, Excel does not.
            rule = FormulaRule(
                formula=[f'LOWER(${letter}{first_row})="{word}"'],
                fill=solid(colour),
                font=font(bold=True, colour=palette.WHITE if rag != Rag.AMBER else palette.TEXT),
                stopIfTrue=True,
            )
            formats.add(target, rule)
    if table.score_column in headers:
        letter = column_of(table.score_column)
        scale = table.score_scale
        low, high = (BAD, GOOD) if scale.high_is_good else (GOOD, BAD)
        rule = ColorScaleRule(
            start_type="num",
            start_value=scale.low,
            start_color=argb(low),
            mid_type="num",
            mid_value=scale.mid,
            mid_color=argb(MIDDLING),
            end_type="num",
            end_value=scale.high,
            end_color=argb(high),
        )
        formats.add(f"{letter}{first_row}:{letter}{VALIDATED_TO}", rule)
    if table.status_column in headers:
        letter = column_of(table.status_column)
        target = f"{letter}{first_row}:{letter}{VALIDATED_TO}"
        for label, tone in table.status_tones:
            label_text = _formula_text(choice_text(label))
            formats.add(
                target,
                FormulaRule(
                    formula=[f'LOWER(${letter}{first_row})="{label_text}"'],
                    fill=solid(TONES[tone]),
                    stopIfTrue=True,
                ),
            )


def _formula_text(word: str) -> str:
    """`word` as a formula compares it with LOWER(cell): lower case, quotes doubled."""
    return word.lower().replace('"', '""')
