"""The sections of the change sign-off form, measured so that together they fill one page.

Everything but the three free texts (description, reason, scope impact) has a bounded height;
those share what is left of the page and are shortened with a note when they do not fit.
Every caption is in the language being spoken (`_`), measured as it is written in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cpm_desktop.domain import ChangeStatus
from cpm_desktop.reports.formatting import long_date, money, working_days
from cpm_desktop.reports.locale_format import report_format
from cpm_desktop.reports.pdf.flowables import CheckBoxes, RuledLines, WriteInLine
from cpm_desktop.reports.pdf.fonts import REGULAR
from cpm_desktop.reports.pdf.one_page_form import (
    PAD,
    Signatory,
    grid,
    signature_blocks,
    story_height,
    write_in_label_width,
)
from cpm_desktop.reports.pdf.style import ACCENT_HEX, MUTED_HEX, RULE, SHADE, Styles
from cpm_desktop.reports.pdf.text import BIG, fitted, height_of, markup, shrunk
from cpm_desktop.texts import N_, _, current_locale, ngettext, pgettext

if TYPE_CHECKING:
    from cpm_desktop.reports.pdf.change_form import ChangeFormContent

LABEL_WIDTH = 92.0  # the label column of the facts and the texts, at least
MAX_LABEL_WIDTH = 120.0  # a longer label wraps rather than squeeze the values
EFFECT_LABEL_WIDTH = 118.0  # "Without this change" on one line
FACT_LABELS = (
    N_("Requested by"),
    N_("Raised on"),
    N_("Category"),
    N_("Priority"),
    N_("Status"),
    N_("Project manager"),
    N_("Affected tasks"),
)
TEXT_LABELS = (N_("Description"), N_("Reason"), N_("Scope impact"))
EFFECT_HEADER = ("", N_("Forecast finish"), N_("Project budget"), N_("Contract value"))
FIGURE_PADDING = 14.0  # left and right in a box of the impact
MAX_TASKS = 30  # more never fit on the two lines of affected tasks
TASK_LINES = 2
TITLE_LINES = 2
NOTE_SPACING = 22.0  # between the handwritten-notes lines
MAX_EXTRA_NOTE_LINES = 2
SIGNATURE_HEIGHT = 46.0
MAX_SIGNATURE_EXTRA = 14.0
BOTTOM_AIR = 12.0  # spare height kept free above the footer
NOTES_LABEL_WIDTH = 100.0  # "Conditions or notes" and air, or more for a longer label
DECISIONS = (ChangeStatus.APPROVED, ChangeStatus.REJECTED, ChangeStatus.DEFERRED)
DASH = "–"


def _shortened() -> str:
    """The note after a free text cut to fit (markup)."""
    note = markup(_("(shortened; full text in the change log)"))
    return f'<font color="{MUTED_HEX}"><i>{note}</i></font>'


def story_for_page(
    content: ChangeFormContent, styles: Styles, width: float, height: float
) -> list[Flowable]:
    """The form's flowables for a frame of `width` × `height`, free texts cut to fit."""
    texts = _free_texts(content)
    limits: list[float] | None = None
    story = _story(content, styles, width, texts, limits)
    total = story_height(story, width)
    if total > height:
        text_width = width - _label_width(styles) - 2 * PAD
        needs = [_textstory_height(text, styles, text_width) for _name, text in texts]
        line = styles.body.leading
        budget = height - (total - sum(needs)) - 2  # slack for rounding in table heights
        for _ in range(20):  # each round gives up one line; the first nearly always fits
            limits = _share(needs, budget, minimum=line)
            story = _story(content, styles, width, texts, limits)
            total = story_height(story, width)
            if total <= height:
                break
            budget -= line
        else:
            raise RuntimeError(f"the sign-off form of {content.reference} cannot fit one page")
    # Room left over goes to the pen, not to an empty band at the bottom: first a roomier
    # signature line, then more lines for the client's conditions.
    spare = height - total - BOTTOM_AIR
    signature = min(MAX_SIGNATURE_EXTRA, max(spare, 0.0))
    lines = min(MAX_EXTRA_NOTE_LINES, int((spare - signature) // NOTE_SPACING))
    if signature or lines > 0:
        story = _story(content, styles, width, texts, limits, 1 + max(lines, 0), signature)
    return story


def _label_width(styles: Styles) -> float:
    """The label column of the facts and the texts: LABEL_WIDTH, or wider where the language
    spoken has a longer label ("Auswirkung auf Umfang"), up to MAX_LABEL_WIDTH."""
    font, size = styles.label.fontName, styles.label.fontSize
    widest = max(float(stringWidth(_(text), font, size)) for text in (*FACT_LABELS, *TEXT_LABELS))
    return min(max(LABEL_WIDTH, widest + 2 * PAD + 1), MAX_LABEL_WIDTH)


def _free_texts(content: ChangeFormContent) -> list[tuple[str, str]]:
    texts = (content.description, content.reason, content.scope_impact)
    return [(_(label), text) for label, text in zip(TEXT_LABELS, texts, strict=True)]


def _textstory_height(text: str, styles: Styles, width: float) -> float:
    return float(Paragraph(markup(text or DASH), styles.body).wrap(width, BIG)[1])


def _share(needs: Sequence[float], budget: float, minimum: float) -> list[float]:
    """Split `budget` over texts needing `needs`: short ones in full, long ones equally."""
    limits = [0.0] * len(needs)
    left, count = budget, len(needs)
    for index in sorted(range(len(needs)), key=lambda i: needs[i]):
        fair = left / count
        limits[index] = max(min(needs[index], fair), minimum)
        left -= limits[index]
        count -= 1
    return limits


def _story(
    content: ChangeFormContent,
    styles: Styles,
    width: float,
    texts: list[tuple[str, str]],
    limits: Sequence[float] | None,
    note_lines: int = 1,
    signature_extra: float = 0.0,
) -> list[Flowable]:
    reference = f'<font color="{ACCENT_HEX}">{markup(content.reference)}</font>'
    title = fitted(
        content.title,
        styles.title,
        width,
        TITLE_LINES * styles.title.leading,
        prefix=f"{reference}&nbsp;&nbsp;",
    )[0]
    return [
        title,
        Spacer(0, 8),
        _facts(content, styles, width),
        Spacer(0, 4),
        _texts(texts, styles, width, limits),
        Spacer(0, 12),
        Paragraph(markup(_("Impact")), styles.heading),
        Spacer(0, 4),
        _impact(content, styles, width),
        Spacer(0, 6),
        _effect(content, styles, width),
        Spacer(0, 12),
        *_decision(content, styles, width, note_lines),
        Spacer(0, 14),
        _signatures(content, styles, width, SIGNATURE_HEIGHT + signature_extra),
    ]


def _facts(content: ChangeFormContent, styles: Styles, width: float) -> Table:
    """Who asked, when, what kind, where it stands, and the tasks it touches."""
    label_width = _label_width(styles)
    value_width = (width - 2 * label_width) / 2

    def label(text: str) -> Paragraph:
        return Paragraph(markup(_(text)), styles.label)

    def value(text: str) -> Paragraph:
        # One line each: a long name gets a slightly smaller font, then an ellipsis.
        return shrunk(text or DASH, styles.value, value_width - 2 * PAD, smallest=9, cut=True)

    task_text = _task_list(content.affected_tasks, styles.value, width - label_width - 2 * PAD)
    requested, raised, category, priority, status, manager, tasks = FACT_LABELS
    rows: list[list[object]] = [
        [
            label(requested),
            value(content.requested_by),
            label(raised),
            value(long_date(content.raised_on)),
        ],
        [label(category), value(content.category), label(priority), value(content.priority)],
        [label(status), value(content.status), label(manager), value(content.manager)],
        [label(tasks), task_text, "", ""],
    ]
    widths = (label_width, value_width, label_width, value_width)
    return grid(rows, widths, [("SPAN", (1, 3), (3, 3))], label_columns=(0, 2))


def _task_list(tasks: Sequence[str], style: ParagraphStyle, width: float) -> Paragraph:
    """As many of `tasks` as two lines hold, then how many more there are."""
    if not tasks:
        return Paragraph(DASH, style)
    room = TASK_LINES * style.leading
    for shown in range(min(len(tasks), MAX_TASKS), 0, -1):
        text = "; ".join(tasks[:shown])
        if shown < len(tasks):
            text += "; " + _more(len(tasks) - shown)
        paragraph = Paragraph(markup(text), style)
        if height_of(paragraph, width) <= room:
            return paragraph
    more = _more(len(tasks) - 1) if len(tasks) > 1 else ""
    return fitted(tasks[0], style, width, room, markup(more))[0]


def _more(count: int) -> str:
    """'and 3 more' (tasks), in the language spoken."""
    number = report_format(current_locale()).number(count)
    return ngettext("and {count} more", "and {count} more", count).format(count=number)


def _texts(
    texts: list[tuple[str, str]],
    styles: Styles,
    width: float,
    limits: Sequence[float] | None,
) -> Table:
    """The free texts, each beside its label; cut to `limits` (heights) when given."""
    label_width = _label_width(styles)
    text_width = width - label_width - 2 * PAD
    rows: list[list[object]] = []
    for index, (name, text) in enumerate(texts):
        if limits is None:
            paragraph = Paragraph(markup(text or DASH), styles.body)
        else:
            paragraph = fitted(text or DASH, styles.body, text_width, limits[index], _shortened())[
                0
            ]
        rows.append([Paragraph(markup(name), styles.label), paragraph])
    return grid(rows, (label_width, width - label_width), [])


def _impact(content: ChangeFormContent, styles: Styles, width: float) -> Table:
    """Five figures side by side: time, effort, cost, billable and the price to the client."""
    price = money(content.change_order_value, content.currency) if content.billable else DASH
    days = content.effort_days
    effort = ngettext("{count} person-day", "{count} person-days", days).format(
        count=report_format(current_locale()).number(days)
    )
    figures: tuple[tuple[str, str], ...] = (
        (pgettext("impact on", "Schedule"), working_days(content.schedule_days)),
        (_("Effort"), effort),
        (
            _("Cost to the project"),
            DASH if content.cost_impact is None else money(content.cost_impact, content.currency),
        ),
        (_("Billable"), _("Yes") if content.billable else _("No")),
        (_("Price to the client"), price),
    )
    shares: tuple[float, ...] = (0.21, 0.2, 0.235, 0.12, 0.235)  # money is widest
    if not content.cost_shown:  # the supplier's cost stays with the supplier
        figures = figures[:2] + figures[3:]
        shares = (0.26, 0.26, 0.18, 0.30)
    widths = _figure_widths(shares, [name for name, _text in figures], styles, width)
    rows = [
        [Paragraph(markup(name), styles.figure_label) for name, _text in figures],
        [
            shrunk(text, styles.figure, column - FIGURE_PADDING)
            for (_name, text), column in zip(figures, widths, strict=True)
        ],
    ]
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                (
                    "FONTNAME",
                    (0, 0),
                    (-1, -1),
                    REGULAR,
                ),  # a table sets its font even for paragraphs
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), FIGURE_PADDING - 8),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
                ("TOPPADDING", (0, 1), (-1, 1), 1),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
            ]
        )
    )
    return table


def _figure_widths(
    shares: Sequence[float], names: Sequence[str], styles: Styles, width: float
) -> list[float]:
    """Columns of `shares` of `width`, each at least as wide as the longest word of its label
    ("Abrechenbar"): a narrow one takes what it lacks from the others, as they can spare it."""
    font, size = styles.figure_label.fontName, styles.figure_label.fontSize
    least = [
        max((stringWidth(word, font, size) for word in name.split()), default=0.0)
        + FIGURE_PADDING
        + 1
        for name in names
    ]
    widths = [share * width for share in shares]
    lacking = sum(max(need - have, 0.0) for need, have in zip(least, widths, strict=True))
    spare = sum(max(have - need, 0.0) for need, have in zip(least, widths, strict=True))
    if not lacking or lacking > spare:
        return widths
    return [
        need if have <= need else have - (have - need) * lacking / spare
        for need, have in zip(least, widths, strict=True)
    ]


def _effect(content: ChangeFormContent, styles: Styles, width: float) -> Table:
    """The project's finish, budget and contract value without and with this change."""

    def amount(value: Decimal | None) -> str:
        return DASH if value is None else money(value, content.currency)

    # The supplier's budget only where its cost may be shown (internal, or open-book).
    shown = (0, 1, 2, 3) if content.cost_shown else (0, 1, 3)
    column = (width - EFFECT_LABEL_WIDTH) / (len(shown) - 1)
    rows: list[list[object]] = [
        [
            Paragraph(markup(_(EFFECT_HEADER[index]) if index else ""), styles.label)
            for index in shown
        ],
    ]
    for name, (finish, budget, contract), style in (
        (
            _("Without this change"),
            (content.finish_without, content.budget_without, content.contract_without),
            styles.value,
        ),
        (
            _("With this change"),
            (content.finish_with, content.budget_with, content.contract_with),
            styles.value_bold,
        ),
    ):
        values = ("", long_date(finish), amount(budget), amount(contract))
        cells = [shrunk(values[index], style, column - 2 * PAD) for index in shown[1:]]
        rows.append([Paragraph(markup(name), styles.label), *cells])
    return grid(rows, (EFFECT_LABEL_WIDTH, *([column] * (len(shown) - 1))), [])


def _decision(
    content: ChangeFormContent, styles: Styles, width: float, note_lines: int
) -> list[Flowable]:
    """Boxes to tick, lines for conditions, and any decision the log already holds."""
    parts: list[Flowable] = [Paragraph(markup(_("Client decision")), styles.heading), Spacer(0, 6)]
    if content.recorded_decision:
        note = _("Recorded in the change log: {decision}").format(
            decision=content.recorded_decision
        )
        paragraph = fitted(note, styles.note, width, 2 * styles.note.leading)[0]
        parts += [paragraph, Spacer(0, 6)]
    notes = _("Conditions or notes")
    parts += [
        CheckBoxes([_(status.label) for status in DECISIONS]),
        Spacer(0, 4),
        WriteInLine(
            notes, height=NOTE_SPACING, label_width=write_in_label_width([notes], NOTES_LABEL_WIDTH)
        ),
        RuledLines(note_lines, spacing=NOTE_SPACING),
    ]
    return parts


def _signatures(
    content: ChangeFormContent, styles: Styles, width: float, signature_height: float
) -> Table:
    """The client's signatory (left blank to write in) beside the supplier's PM."""
    return signature_blocks(
        Signatory(_("For the client"), content.client),
        Signatory(
            _("For the supplier"),
            _("Project manager of {code}").format(code=content.project_code),
            name=content.manager,
            role=_("Project manager"),
        ),
        styles,
        width,
        signature_height,
    )
