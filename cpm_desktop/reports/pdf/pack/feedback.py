"""Client satisfaction: the CSAT average and trend, the scores over time, the latest feedback."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from cpm_desktop.domain import Trend
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.pack.content import Feedback, FeedbackLine
from cpm_desktop.reports.pdf.pack.csat_chart import csat_chart
from cpm_desktop.reports.pdf.pack.parts import (
    DASH,
    PAD,
    cell,
    data_table,
    date_width,
    empty_note,
    heading,
    number,
    rag_dot,
    right,
    subheading,
    table_date,
)
from cpm_desktop.reports.pdf.style import MUTED_HEX, Styles
from cpm_desktop.reports.pdf.text import fitted, markup
from cpm_desktop.texts import N_, _

DATE_WIDTH = 70.0
WIDEST_DATE = 84.0
FROM_WIDTH = 104.0
SCORE_WIDTH = 40.0
TEXT_LINES = 8  # of a comment or follow-up: a steering pack quotes, the log keeps it all
NO_SCORES = N_("No CSAT scores recorded yet.")
NO_FEEDBACK = N_("No client feedback recorded yet.")
# scheduling.CSAT_TREND_TEXT's arrows and words (up is better), which scheduling/ cannot mark.
CSAT_TRENDS = {
    Trend.UP: ("▲", N_("improving")),
    Trend.DOWN: ("▼", N_("falling")),
    Trend.STEADY: ("▶", N_("steady")),
    Trend.NEW: ("", N_("too few to trend")),
}


def feedback_flowables(feedback: Feedback, styles: Styles, width: float) -> list[Flowable]:
    """The CSAT figures, the chart of the scores and the latest entries (calm lines if none)."""
    window = feedback.trend_window
    basis = _(
        "Scores given up to {date}. Trend: the mean of the last {window} scores against the "
        "{window} before them."
    ).format(date=long_date(feedback.as_of), window=window)
    story: list[Flowable] = [
        heading("feedback", _("Client satisfaction"), styles),
        _figures(feedback, styles),
        Paragraph(markup(basis), styles.note),
        Spacer(0, 14),
        subheading(_("CSAT scores over time"), styles),
    ]
    if feedback.scores:
        story.append(csat_chart(feedback.scores, width, feedback.green_from, feedback.amber_from))
    else:
        story.append(empty_note(_(NO_SCORES), styles))
    story += [Spacer(0, 14), subheading(_("Latest feedback and follow-up"), styles)]
    if not feedback.latest:
        return [*story, empty_note(_(NO_FEEDBACK), styles)]
    return [*story, _entries(feedback.latest, styles, width)]


def average_text(average: float | None) -> str:
    """'4.2 of 5' ('4,2 von 5'), or '–' without a score."""
    if average is None:
        return DASH
    return _("{score} of 5").format(score=number(average, 1))


def csat_trend_text(trend: Trend) -> str:
    """The CSAT's trend as its arrow and word: '▲ improving', '▼ rückläufig'."""
    glyph, word = CSAT_TRENDS[trend]
    return f"{glyph} {_(word)}".strip()


def _figures(feedback: Feedback, styles: Styles) -> Table:
    scored = len(feedback.scores)
    rows = [
        [
            cell(_("CSAT average"), styles.body),
            cell(average_text(feedback.average), right(styles.value_bold)),
            rag_dot(feedback.rag, styles.body),
        ],
        [
            cell(_("Trend"), styles.body),
            cell(csat_trend_text(Trend(feedback.trend)), right(styles.body)),
            "",
        ],
        [
            cell(_("Feedback entries"), styles.body),
            cell(
                _("{entries} ({scored} scored)").format(entries=feedback.entries, scored=scored),
                right(styles.body),
            ),
            "",
        ],
    ]
    header = ("", _("Value"), _("RAG"))
    return data_table(header, rows, (160.0, 150.0, 70.0), styles, numeric=(1,))


def _entries(lines: Sequence[FeedbackLine], styles: Styles, width: float) -> Table:
    date = date_width(
        (line.given_on for line in lines), styles.body, least=DATE_WIDTH, most=WIDEST_DATE
    )
    text_width = (width - date - FROM_WIDTH - SCORE_WIDTH) / 2
    rows = [
        [
            cell(table_date(line.given_on), styles.body),
            _source(line, styles),
            Paragraph(
                str(line.score) if line.score is not None else DASH, right(styles.value_bold)
            ),
            _quoted(line.comment, styles.body, text_width),
            _quoted(line.follow_up, styles.body, text_width),
        ]
        for line in lines
    ]
    widths = (date, FROM_WIDTH, SCORE_WIDTH, text_width, text_width)
    header = (_("Date"), _("From"), _("Score"), _("Comment"), _("Follow-up action"))
    return data_table(header, rows, widths, styles, numeric=(2,))


def _source(line: FeedbackLine, styles: Styles) -> Paragraph:
    """The contact, and the channel under it in the muted colour."""
    who = markup(line.contact) if line.contact else markup(_("Not named"))
    channel = f'<font color="{MUTED_HEX}" size=8>{markup(_(line.channel))}</font>'
    return Paragraph(f"{who}<br/>{channel}", styles.body)


def _quoted(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """`text` wrapped and cut after a few lines; "–" when empty."""
    if not text.strip():
        return Paragraph(DASH, style)
    paragraph, _cut = fitted(
        text.strip(),
        style,
        width - 2 * PAD,
        TEXT_LINES * style.leading,
        note=markup(_("(more in the feedback log)")),
    )
    return paragraph
