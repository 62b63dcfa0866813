"""The sections of the acceptance certificate, measured so that together they fill one page.

The facts and the signature blocks have a bounded height; the description, the checklist and
the history do not. They are laid out generously first, then tighter, step by step (`FITS`):
fewer description lines and history steps, criteria on one line, then in two columns; past
that, the checklist ends with how many criteria are left out. Every caption is in the
language being spoken (`_`), and the history's columns widen to its dates and steps as they are
written in it ("11. September 2026").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.locale_format import report_format
from cpm_desktop.reports.pdf.fonts import REGULAR
from cpm_desktop.reports.pdf.one_page_form import (
    PAD,
    Signatory,
    grid,
    signature_blocks,
    story_height,
)
from cpm_desktop.reports.pdf.style import ACCENT_HEX, INK, MUTED_HEX, TEXT, Styles
from cpm_desktop.reports.pdf.text import fitted, markup, shrunk
from cpm_desktop.texts import _, current_locale, ngettext, pgettext

if TYPE_CHECKING:
    from cpm_desktop.reports.pdf.acceptance_certificate import (
        AcceptanceContent,
        CriterionLine,
        HistoryLine,
    )

LABEL_WIDTH = 92.0  # the label column of the facts and the description
BOX = 9.0  # a checklist box's side
BOX_COLUMN = 17.0
DATE_WIDTH = 78.0  # "30 Sep 2026" and air; more for a longer date ("30. September 2026")
STEP_WIDTH = 82.0  # "Resubmitted"; more for a longer word ("Erneut eingereicht")
MAX_STEP_WIDTH = 120.0  # a longer step wraps rather than squeeze the comments
TITLE_LINES = 2
SIGNATURE_HEIGHT = 40.0
LINE_LABEL = 48.0  # "Signature" and air: the rest of the line is for a long role
MAX_SIGNATURE_EXTRA = 14.0
BOTTOM_AIR = 12.0  # spare height kept free above the footer
DASH = "–"


def _shortened() -> str:
    """The note after a description cut to fit (markup)."""
    note = markup(_("(shortened; full text in the deliverables log)"))
    return f'<font color="{MUTED_HEX}"><i>{note}</i></font>'


def _number(value: int) -> str:
    """A count as the reader writes it ("1.250")."""
    return report_format(current_locale()).number(value)


@dataclass(frozen=True, slots=True)
class Fit:
    """How much of the unbounded parts one layout shows."""

    description_lines: int
    history_steps: int  # the latest ones
    criterion_lines: int  # at most, per criterion
    columns: int  # of the checklist
    comment_lines: int = 2  # at most, per step of the history


FITS = (
    Fit(12, 8, 3, 1),
    Fit(6, 6, 2, 1),
    Fit(4, 4, 1, 1),
    Fit(3, 3, 1, 2),
    Fit(2, 2, 1, 2, comment_lines=1),
)


def story_for_page(
    content: AcceptanceContent, styles: Styles, width: float, height: float
) -> list[Flowable]:
    """The certificate's flowables for a frame of `width` × `height`, trimmed to fit."""
    for fit in FITS:
        story = _story(content, styles, width, fit, len(content.criteria))
        total = story_height(story, width)
        if total <= height:
            break
    else:
        # Even the tightest layout is too tall: show fewer criteria, saying how many are left.
        story, total = _fewer_criteria(content, styles, width, height, fit)
        if total > height:
            raise RuntimeError(f"the certificate of {content.reference} cannot fit one page")
    # Room left over goes to the pen: a roomier signature line.
    spare = min(MAX_SIGNATURE_EXTRA, max(height - total - BOTTOM_AIR, 0.0))
    if spare:
        story = _story(content, styles, width, fit, _shown_of(story), spare)
    return story


def _fewer_criteria(
    content: AcceptanceContent, styles: Styles, width: float, height: float, fit: Fit
) -> tuple[list[Flowable], float]:
    """The story in `fit` with as many criteria as fit `height`, and its height; too tall
    when not even none fit. Found by halving: fewer criteria are never taller, and a story of
    fifty long ones takes a third of a second to measure."""
    low, high = 0, len(content.criteria) - 1  # every count above `high` is too tall
    best: tuple[list[Flowable], float] | None = None
    while low <= high:
        middle = (low + high) // 2
        story = _story(content, styles, width, fit, middle)
        total = story_height(story, width)
        if total <= height:
            best, low = (story, total), middle + 1
        else:
            high = middle - 1
    if best is None:  # not even the empty checklist fits: the caller says so
        story = _story(content, styles, width, fit, 0)
        return story, story_height(story, width)
    return best


def _shown_of(story: Sequence[Flowable]) -> int:
    """How many criteria `story` shows (its checklist table says so)."""
    return next((f.shown for f in story if isinstance(f, _Checklist)), 0)


def _story(
    content: AcceptanceContent,
    styles: Styles,
    width: float,
    fit: Fit,
    shown: int,
    signature_extra: float = 0.0,
) -> list[Flowable]:
    reference = f'<font color="{ACCENT_HEX}">{markup(content.reference)}</font>'
    title = fitted(
        content.name,
        styles.title,
        width,
        TITLE_LINES * styles.title.leading,
        prefix=f"{reference}&nbsp;&nbsp;",
    )[0]
    met = sum(c.met for c in content.criteria)
    count = _("{met} of {count} met").format(met=_number(met), count=_number(len(content.criteria)))
    count = f'&nbsp;&nbsp;<font color="{MUTED_HEX}" size="9">{markup(count)}</font>'
    return [
        title,
        Spacer(0, 8),
        _facts(content, styles, width, fit),
        Spacer(0, 12),
        Paragraph(markup(_("Acceptance criteria")) + count, styles.heading),
        Spacer(0, 4),
        _Checklist(content.criteria, styles, width, fit, shown),
        Spacer(0, 12),
        Paragraph(markup(_("Submissions and verdicts")), styles.heading),
        Spacer(0, 4),
        _history(content.history, styles, width, fit),
        Spacer(0, 12),
        *_declaration(content, styles, width),
        Spacer(0, 10),
        _signatures(content, styles, width, SIGNATURE_HEIGHT + signature_extra),
    ]


def _facts(content: AcceptanceContent, styles: Styles, width: float, fit: Fit) -> Table:
    """The milestone and due date, owner and status, then the description."""
    value_width = (width - 2 * LABEL_WIDTH) / 2

    def label(text: str) -> Paragraph:
        return Paragraph(markup(text), styles.label)

    def value(text: str) -> Paragraph:
        # One line each: a long name gets a slightly smaller font, then an ellipsis.
        return shrunk(text or DASH, styles.value, value_width - 2 * PAD, smallest=9, cut=True)

    text_width = width - LABEL_WIDTH - 2 * PAD
    description = fitted(
        content.description or DASH,
        styles.body,
        text_width,
        fit.description_lines * styles.body.leading,
        _shortened(),
    )[0]
    rows: list[list[object]] = [
        [
            label(_("Milestone")),
            value(content.milestone),
            label(pgettext("date a deliverable is due", "Due")),
            value(long_date(content.due)),
        ],
        [label(_("Owner")), value(content.owner), label(_("Status")), value(content.status)],
        [label(_("Description")), description, "", ""],
    ]
    widths = (LABEL_WIDTH, value_width, LABEL_WIDTH, value_width)
    return grid(rows, widths, label_columns=(0, 2), extra=[("SPAN", (1, 2), (3, 2))])


class _TickBox(Flowable):
    """A square to tick, ticked when the criterion is met."""

    def __init__(self, ticked: bool) -> None:
        super().__init__()
        self.ticked = ticked

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """One box, as high as a line of text."""
        self.width = BOX
        self.height = BOX + 2
        return self.width, self.height

    def draw(self) -> None:
        """The square, and a tick through it when met."""
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, BOX, BOX, stroke=1, fill=0)
        if self.ticked:
            canvas.setStrokeColor(TEXT)
            canvas.setLineWidth(1.4)
            path = canvas.beginPath()
            path.moveTo(1.8, 4.6)
            path.lineTo(3.8, 2.0)
            path.lineTo(7.6, 7.8)
            canvas.drawPath(path, stroke=1, fill=0)


class _Checklist(Table):
    """The acceptance criteria as ticked or empty boxes, in one or more columns.

    `shown` of them are listed; a last line says how many more there are and how many of
    those are met.
    """

    def __init__(
        self,
        criteria: Sequence[CriterionLine],
        styles: Styles,
        width: float,
        fit: Fit,
        shown: int,
    ) -> None:
        self.shown = min(shown, len(criteria))
        columns = fit.columns if self.shown else 1
        column = width / columns
        text_width = column - BOX_COLUMN - 2 * PAD
        cells: list[list[object]] = []
        for criterion in criteria[: self.shown]:
            text = fitted(
                criterion.text,
                styles.body,
                text_width,
                fit.criterion_lines * styles.body.leading,
            )[0]
            cells.append([_TickBox(criterion.met), text])
        per_column = -(-len(cells) // columns)  # column-major: read down, then across
        rows: list[list[object]] = []
        for row in range(per_column):
            line: list[object] = []
            for col in range(columns):
                index = col * per_column + row
                line += cells[index] if index < len(cells) else ["", ""]
            rows.append(line)
        left = criteria[self.shown :]
        note = ""
        if not criteria:
            note = _("No acceptance criteria recorded.")
        elif left:
            note = ngettext(
                "and {count} more criterion ({met} met); the full checklist is in the "
                "deliverables log.",
                "and {count} more criteria ({met} met); the full checklist is in the "
                "deliverables log.",
                len(left),
            ).format(count=_number(len(left)), met=_number(sum(c.met for c in left)))
        if note:
            rows.append(["", Paragraph(markup(note), styles.note), *[""] * (2 * columns - 2)])
        super().__init__(rows, colWidths=[BOX_COLUMN, column - BOX_COLUMN] * columns)
        spans = [("SPAN", (1, -1), (-1, -1))] if note and columns > 1 else []
        self.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2 * PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    *spans,
                ]
            )
        )


def _history(history: Sequence[HistoryLine], styles: Styles, width: float, fit: Fit) -> Flowable:
    """The latest steps: date, step, the client's signatory and a verdict's reasons."""
    if not history:
        return Paragraph(markup(_("Not yet submitted to the client.")), styles.note)
    kept = list(history[-fit.history_steps :])
    dates = [long_date(step.on) for step in kept]
    # Each column as wide as its longest entry in the reader's language ("11. September 2026").
    date_width = _column(DATE_WIDTH, dates, styles.value.fontName, styles.value.fontSize)
    steps = [step.step for step in kept]
    bold = styles.value_bold
    step_width = min(_column(STEP_WIDTH, steps, bold.fontName, bold.fontSize), MAX_STEP_WIDTH)
    text_width = width - date_width - step_width - 2 * PAD
    rows: list[list[object]] = []
    earlier = len(history) - len(kept)
    if earlier:
        note = ngettext(
            "{count} earlier step not shown; see the log.",
            "{count} earlier steps not shown; see the log.",
            earlier,
        ).format(count=_number(earlier))
        rows.append([Paragraph(markup(note), styles.note), "", ""])
    for step, day in zip(kept, dates, strict=True):
        text = fitted(
            _said(step) or DASH, styles.body, text_width, fit.comment_lines * styles.body.leading
        )[0]
        rows.append(
            [
                Paragraph(markup(day), styles.value),
                Paragraph(markup(step.step), styles.value_bold),
                text,
            ]
        )
    spans = [("SPAN", (0, 0), (-1, 0))] if earlier else []
    return grid(rows, (date_width, step_width, width - date_width - step_width), spans, ())


def _column(least: float, texts: Sequence[str], font: str, size: float) -> float:
    """A column of the history: `least` wide, or as wide as its longest text and padding."""
    widest = max(float(stringWidth(text, font, size)) for text in texts)
    return max(least, widest + 2 * PAD + 1)


def _said(step: HistoryLine) -> str:
    """Who gave a verdict and why, as far as the step records it ("" for neither)."""
    if step.by and step.comment:
        return _("by {name}: {comment}").format(name=step.by, comment=step.comment)
    if step.by:
        return _("by {name}").format(name=step.by)
    return step.comment


def _declaration(content: AcceptanceContent, styles: Styles, width: float) -> list[Flowable]:
    """What the client's signature means, and the acceptance already on record."""
    heading = Paragraph(markup(_("Client acceptance")), styles.heading)
    parts: list[Flowable] = [heading, Spacer(0, 4)]
    statement = _(
        "By signing, the client accepts deliverable {reference} as meeting the acceptance "
        "criteria above."
    ).format(reference=content.reference)
    parts.append(Paragraph(markup(statement), styles.body))
    if content.accepted:
        note = _("Recorded in the deliverables log: accepted by {name} on {date}.").format(
            name=content.accepted_by, date=long_date(content.accepted_on)
        )
        paragraph = fitted(note, styles.note, width, 2 * styles.note.leading)[0]
        parts += [Spacer(0, 3), paragraph]
    return parts


def _signatures(
    content: AcceptanceContent, styles: Styles, width: float, signature_height: float
) -> Table:
    """The client's signatory (filled in once accepted) beside the supplier's PM."""
    accepted = content.accepted
    client = Signatory(
        _("For the client"),
        content.client,
        name=content.accepted_by if accepted else "",
        role=content.acceptor_role if accepted else "",
        date=long_date(content.accepted_on) if accepted else "",
    )
    supplier = Signatory(
        _("For the supplier"),
        _("Project manager of {code}").format(code=content.project_code),
        name=content.manager,
        role=_("Project manager"),
    )
    return signature_blocks(
        client, supplier, styles, width, signature_height, label_width=LINE_LABEL
    )
