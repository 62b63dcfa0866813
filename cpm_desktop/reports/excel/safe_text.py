"""Text a spreadsheet cell can hold safely: no formula, no character XML refuses, not too long.

A client's workbook is opened by people who did not write its text. A risk titled
"=HYPERLINK(...)" or "@SUM(A1)" must stay words on screen and never become a formula, even
after someone edits the cell; the writer stores such text as text with Excel's quote prefix.
"""

from __future__ import annotations

import re

# Excel's limit on the characters of one cell.
CELL_LIMIT = 32_767
# What Excel, LibreOffice and CSV importers read as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 does not allow (tab, line feed and carriage return are allowed), plus the
# non-characters U+FFFE/U+FFFF; lone surrogates cannot be encoded into the file either.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_CUT_MARKER = " … [cut: {count:,} more characters did not fit in one Excel cell]"


def clean_text(text: str) -> str:
    """`text` without characters XML refuses, cut with a marker to fit one cell."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    if len(text) <= CELL_LIMIT:
        return text
    # The marker's count changes its own length; the budget is computed for the largest count.
    marker_room = len(_CUT_MARKER.format(count=len(text)))
    keep = CELL_LIMIT - marker_room
    return text[:keep] + _CUT_MARKER.format(count=len(text) - keep)


def looks_like_formula(text: str) -> bool:
    """Tell whether a spreadsheet would take `text`, typed into a cell, for a formula."""
    return text.startswith(FORMULA_STARTS)
