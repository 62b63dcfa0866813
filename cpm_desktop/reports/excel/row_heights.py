"""Row heights for wrapped text, estimated from the text and the column width.

Excel sizes a row without a set height to its wrapped text when it draws it, but LibreOffice
(and so its PDF export) keeps such rows one line high and the text overlaps the next row.
Every row whose text wraps therefore gets a height, estimated from Calibri's glyph widths on
the safe side: a line too many leaves a little space, a line too few hides text.
"""

from __future__ import annotations

import math

LINE = 13.0  # points per line of 10-point Calibri
PADDING = 2.0
LARGEST = 409.0  # Excel's tallest row, in points
# A unit of column width is the 7 pixels of a digit of the 11-point default font, plus 5
# pixels of margin per column; 10-point text is 13.33 pixels to the em, less the cell's
# own padding on both sides.
PIXELS_PER_UNIT, COLUMN_MARGIN, CELL_PADDING, EM = 7.0, 5.0, 7.0, 13.33
# Calibri's advance widths in ems (its metrics, rounded up to the group's widest); anything
# else counts as a capital letter's width.
_GROUPS = (
    (0.24, " ijlI.,:;'!|"),
    (0.31, 'ftJ()[]{}-"`'),
    (0.36, "rs/"),
    (0.48, "acegkvxyzEFLSTZ?"),
    (0.51, "bdhnopqu0123456789"),
    (0.57, "ABCKPRVXY#$+<=>_~*"),
    (0.66, "DGHNOQU"),
    (0.72, "w"),
    (0.9, "mMW@%&—"),
)
_EMS = {character: em for em, characters in _GROUPS for character in characters}
_DEFAULT_EM = 0.6
BOLD_WIDER = 1.06  # Calibri Bold's advances against the regular's
_SPACE_EM = _EMS[" "]
_SAFE_EM = 0.62  # no word of ordinary text is wider per character than this on average
# Widths of words already measured: register text repeats its words.
_WORD_EMS: dict[str, float] = {}
_WORDS_KEPT = 50_000


def text_lines(text: str, width: float) -> int:
    """How many lines `text` takes, wrapped at spaces, in a column `width` units wide."""
    room = (width * PIXELS_PER_UNIT + COLUMN_MARGIN - CELL_PADDING) / EM  # ems per line
    if len(text) * _SAFE_EM <= room and "\n" not in text:
        return 1
    return sum(_paragraph_lines(part, room) for part in text.split("\n"))


def height(lines: int) -> float:
    """The row height in points that shows `lines` lines of text."""
    return min(lines * LINE + PADDING, LARGEST)


def _paragraph_lines(text: str, room: float) -> int:
    """Lines of one paragraph, wrapped greedily at spaces as Excel does."""
    if len(text) * _SPACE_EM > room * LARGEST:  # past the tallest row anyway
        return math.ceil(len(text) * _DEFAULT_EM / room)
    space, known = _SPACE_EM, _WORD_EMS
    if len(known) > _WORDS_KEPT:
        known.clear()
    lines, used = 1, 0.0
    for word in text.split():
        size = known.get(word)
        if size is None:
            size = known[word] = sum(_EMS.get(character, _DEFAULT_EM) for character in word)
        if used and used + space + size <= room:
            used += space + size
            continue
        if used:
            lines += 1
        # A word wider than a line is broken across lines.
        extra = math.ceil(size / room) - 1 if size > room else 0
        lines += extra
        used = size - extra * room
    return lines


def word_room(text: str, *, bold: bool = True) -> float:
    """The column width in units that holds the longest word of `text` on one line (a header
    wraps at spaces only; a longer word would be cut in two)."""
    words = text.split() or [""]
    ems = max(sum(_EMS.get(character, _DEFAULT_EM) for character in word) for word in words)
    if bold:
        ems *= BOLD_WIDER
    return (ems * EM + CELL_PADDING - COLUMN_MARGIN) / PIXELS_PER_UNIT
