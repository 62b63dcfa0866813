"""The workbook's cell styles: one calm look from the app's palette, registered once.

Every cell of a large sheet takes one of a few prepared styles. openpyxl styles a cell by an
index array into the workbook's fonts, fills and borders; each look is registered once and
its array handed to every cell (see cells.py for what that saves).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook import Workbook

from cpm_desktop.reports import palette
from cpm_desktop.reports.excel.number_formats import NumberFormats, number_formats
from cpm_desktop.texts import current_locale

FONT_NAME = "Calibri"  # Office's default; LibreOffice shows the metric-equal Carlito
SIZE = 10
INPUT = "#eaf2fb"  # the pale accent behind a cell the client fills in


def argb(hex_colour: str) -> str:
    """'#2f7dd1' as openpyxl's 'FF2F7DD1'."""
    return "FF" + hex_colour.lstrip("#").upper()


def solid(hex_colour: str) -> PatternFill:
    """A solid fill; conditional formats read bgColor, cells fgColor, so both are set."""
    return PatternFill(fill_type="solid", fgColor=argb(hex_colour), bgColor=argb(hex_colour))


def font(
    *, bold: bool = False, size: float = SIZE, colour: str = palette.TEXT, italic: bool = False
) -> Font:
    """The workbook's font in one of its sizes and colours."""
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic, color=argb(colour))


RULE_SIDE = Side(style="thin", color=argb(palette.RULE))
ROW_RULE = Border(bottom=RULE_SIDE)
BOX = Border(left=RULE_SIDE, right=RULE_SIDE, top=RULE_SIDE, bottom=RULE_SIDE)
STATUS_SIDE = Side(style="medium", color=argb(palette.GANTT_STATUS_DATE))
TOP = Alignment(vertical="top")
MIDDLE = Alignment(vertical="center")


@dataclass(frozen=True, slots=True)
class Look:
    """What one style sets; None leaves Excel's default."""

    font: Font | None = None
    fill: PatternFill | None = None
    border: Border | None = None
    alignment: Alignment | None = None
    number_format: str | None = None


def _looks(currency: str, nf: NumberFormats) -> dict[str, Look]:
    """The named looks of a workbook in `currency`, its numbers and dates formatted by `nf`."""
    body = Look(font=font(), border=BOX, alignment=TOP)
    right = replace(body, alignment=Alignment(vertical="top", horizontal="right"))
    centre = replace(body, alignment=Alignment(vertical="top", horizontal="center"))
    money = nf.money(currency)
    total = Look(font=font(bold=True), fill=solid(palette.SHADE), border=BOX)
    value = Look(
        font=font(bold=True),
        border=ROW_RULE,
        alignment=Alignment(vertical="center", horizontal="right"),
    )
    return {
        "title": Look(font=font(bold=True, size=15, colour=palette.INK)),
        "subtitle": Look(font=font(colour=palette.MUTED)),
        "note": Look(
            font=font(italic=True, size=9, colour=palette.MUTED),
            alignment=Alignment(vertical="top", wrap_text=True),
        ),
        "empty_note": Look(font=font(italic=True, colour=palette.MUTED), alignment=TOP),
        "section": Look(
            font=font(bold=True, size=11, colour=palette.ACCENT),
            border=Border(bottom=Side(style="thin", color=argb(palette.ACCENT))),
        ),
        "header": Look(
            font=font(bold=True, colour=palette.WHITE),
            fill=solid(palette.INK),
            border=Border(left=Side(style="thin", color=argb(palette.WHITE))),
            alignment=Alignment(vertical="center", wrap_text=True),
        ),
        "header_right": Look(
            font=font(bold=True, colour=palette.WHITE),
            fill=solid(palette.INK),
            border=Border(left=Side(style="thin", color=argb(palette.WHITE))),
            alignment=Alignment(vertical="center", horizontal="right", wrap_text=True),
        ),
        # The header of a column the client fills in, on a sheet mostly for reading.
        "header_input": Look(
            font=font(bold=True, colour=palette.WHITE),
            fill=solid(palette.ACCENT),
            border=Border(left=Side(style="thin", color=argb(palette.WHITE))),
            alignment=Alignment(vertical="center", wrap_text=True),
        ),
        "header_input_right": Look(
            font=font(bold=True, colour=palette.WHITE),
            fill=solid(palette.ACCENT),
            border=Border(left=Side(style="thin", color=argb(palette.WHITE))),
            alignment=Alignment(vertical="center", horizontal="right", wrap_text=True),
        ),
        "text": body,
        "wrap": replace(body, alignment=Alignment(vertical="top", wrap_text=True)),
        "int": replace(right, number_format=nf.whole),
        "signed": replace(right, number_format=nf.signed),
        "money": replace(right, number_format=money),
        "date": replace(right, number_format=nf.date),
        "percent": replace(centre, number_format=nf.percent),
        "ratio": replace(right, number_format=nf.ratio),
        "share": replace(right, number_format=nf.share),
        "hours": replace(right, number_format=nf.hours),
        "centre": centre,
        "total_label": Look(
            font=font(bold=True, colour=palette.MUTED), alignment=Alignment(horizontal="right")
        ),
        "total_int": replace(total, number_format=nf.whole),
        "total_money": replace(total, number_format=money),
        "label": Look(font=font(colour=palette.MUTED), border=ROW_RULE, alignment=MIDDLE),
        "value_text": Look(font=font(bold=True), border=ROW_RULE, alignment=MIDDLE),
        "value": value,
        "value_money": replace(value, number_format=money),
        "value_date": replace(value, number_format=nf.date),
        "value_ratio": replace(value, number_format=nf.ratio),
        "value_signed": replace(value, number_format=nf.signed),
        "value_share": replace(value, number_format=nf.share),
        "value_score": replace(value, number_format=nf.score),
        "figure_label": Look(
            font=font(colour=palette.MUTED),
            border=ROW_RULE,
            alignment=Alignment(vertical="center", horizontal="right"),
        ),
        "critical": replace(centre, font=font(bold=True, colour=palette.GANTT_CRITICAL_PROGRESS)),
        "not_critical": replace(centre, font=font(colour=palette.MUTED)),
        "state": Look(),
        "timestamp": Look(number_format=nf.date_time),
    }


class CellStyles:
    """The prepared styles of one workbook by name: `styles["money"]`; its numbers and dates
    in the formats of the locale being spoken when it is made (`formats`)."""

    def __init__(self, book: Workbook, currency: str) -> None:
        self._sheet = book.active  # a look is registered through a cell never put on it
        self.formats = number_formats(current_locale())
        self._looks = _looks(currency, self.formats)
        self._arrays: dict[str, StyleArray] = {}

    def __getitem__(self, name: str) -> StyleArray:
        """The style named `name`."""
        array = self._arrays.get(name)
        if array is None:
            array = self._arrays[name] = self._register(self._looks[name])
        return array

    @staticmethod
    def with_quote_prefix(style: StyleArray) -> StyleArray:
        """`style` with Excel's quote prefix: whatever is typed into the cell stays text."""
        quoted = StyleArray(style)
        quoted.quotePrefix = 1
        return quoted

    def define(self, name: str, look: Look) -> StyleArray:
        """Add (or replace) the look `name` and return its style; the same look is kept."""
        if name in self._arrays and self._looks[name] == look:
            return self._arrays[name]
        self._looks[name] = look
        self._arrays.pop(name, None)
        return self[name]

    def input(self, name: str) -> StyleArray:
        """Style `name` on the pale fill of a cell the client fills in."""
        return self.define(f"{name}_input", replace(self.look(name), fill=solid(INPUT)))

    def look(self, name: str) -> Look:
        """The look behind style `name`, to derive another from it."""
        return self._looks[name]

    def _register(self, look: Look) -> StyleArray:
        cell = Cell(self._sheet)
        if look.font is not None:
            cell.font = look.font
        if look.fill is not None:
            cell.fill = look.fill
        if look.border is not None:
            cell.border = look.border
        if look.alignment is not None:
            cell.alignment = look.alignment
        if look.number_format is not None:
            cell.number_format = look.number_format
        # The index array openpyxl keeps per cell: the one piece of its internals used here.
        return StyleArray(cell._style) if cell._style is not None else StyleArray()
