"""Turning plain text into reportlab paragraphs that fit: escaping, one-line and boxed cuts."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

ELLIPSIS = "…"
BIG = 1e6  # a height no page reaches: "measure without a limit"


def markup(text: str) -> str:
    """Plain text as paragraph markup: &, < and > escaped, line breaks kept."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(line) for line in lines)


def one_line(text: str, font: str, size: float, width: float) -> str:
    """`text` on one line no wider than `width` points, cut with an ellipsis if needed."""
    text = " ".join(text.split())
    # No glyph is narrower than a fifth of an em: measuring past this many characters is
    # wasted, and would make a 6,000-character WBS code of a deep outline slow to cut.
    most = int(width / (0.2 * size)) + 2 if size > 0 else len(text)
    if len(text) <= most and stringWidth(text, font, size) <= width:
        return text
    low, high = 0, min(len(text), most)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def shrunk(
    text: str, style: ParagraphStyle, width: float, smallest: float = 8.0, cut: bool = False
) -> Paragraph:
    """`text` in `style` on one line of `width`, its font made smaller down to `smallest`.

    Past that a figure wraps (a number cut short would be wrong); with `cut`, a name ends
    in an ellipsis instead.
    """
    needed = stringWidth(text, style.fontName, style.fontSize)
    if needed <= width:
        return Paragraph(markup(text), style)
    size = max(smallest, style.fontSize * width / needed)
    smaller = ParagraphStyle(
        f"{style.name}-{size:.1f}",
        parent=style,
        fontSize=size,
        leading=style.leading * size / style.fontSize,
    )
    if cut:
        text = one_line(text, style.fontName, size, width)
    return Paragraph(markup(text), smaller)


def height_of(paragraph: Paragraph, width: float) -> float:
    """The height `paragraph` takes at `width`."""
    return float(paragraph.wrap(width, BIG)[1])


def fitted(
    text: str,
    style: ParagraphStyle,
    width: float,
    max_height: float,
    note: str = "",
    prefix: str = "",
) -> tuple[Paragraph, bool]:
    """A paragraph of `text` no taller than `max_height`; True when it had to be shortened.

    A shortened text ends at a word with an ellipsis, followed by `note` (markup) so the
    reader knows there is more. `prefix` (markup) goes before the text and is never cut.
    """
    whole = Paragraph(prefix + markup(text), style)
    if height_of(whole, width) <= max_height:
        return whole, False

    def cut(length: int) -> Paragraph:
        kept = text[:length]
        space = max(kept.rfind(" "), kept.rfind("\n"))
        if space > length - 40:  # end at a word unless the word is absurdly long
            kept = kept[:space]
        kept = kept.rstrip().rstrip(".,;:")  # "staged…", not "staged.…"
        return Paragraph(f"{prefix}{markup(kept)}{ELLIPSIS} {note}".rstrip(), style)

    # No glyph is narrower than a fifth of an em, so no more characters than this can fit:
    # searching only below it keeps a 20,000-character text as quick as a short one.
    lines = max_height / style.leading + 1
    most = int(lines * width / (0.2 * style.fontSize)) + 1
    low, high = 0, min(len(text), most)
    while low < high:  # the longest cut that fits; height grows with length
        middle = (low + high + 1) // 2
        if height_of(cut(middle), width) <= max_height:
            low = middle
        else:
            high = middle - 1
    return cut(low), True
