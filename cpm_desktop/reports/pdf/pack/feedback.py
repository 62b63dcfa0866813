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
    empty_note,
    heading,
    rag_dot,
    right,
    subheading,
)
from cpm_desktop.reports.pdf.style import MUTED_HEX, Styles
from cpm_desktop.reports.pdf.text import fitted, markup
from cpm_desktop.scheduling import CSAT_TREND_TEXT

DATE_WIDTH = 70.0
FROM_WIDTH = 104.0
SCORE_WIDTH = 40.0
TEXT_LINES = 8  # of a comment or follow-up: a steering pack quotes, the log keeps it all
NO_SCORES = "No CSAT scores recorded yet."
NO_FEEDBACK = "No client feedback recorded yet."


def feedback_flowables(feedback: Feedback, styles: Styles, width: float) -> list[Flowable]:
    """The CSAT figures, the chart of the scores and the latest entries (calm lines if none)."""
    window = feedback.trend_window
    basis = (
        f"Scores given up to {long_date(feedback.as_of)}. Trend: the mean of the last "
        f"{window} scores against the {window} before them."
    )
    story: list[Flowable] = [
        heading("feedback", "Client satisfaction", styles),
        _figures(feedback, styles),
        Paragraph(markup(basis), styles.note),
        Spacer(0, 14),
        subheading("CSAT scores over time", styles),
    ]
    if feedback.scores:
        story.append(csat_chart(feedback.scores, width, feedback.green_from, feedback.amber_from))
    else:
        story.append(empty_note(NO_SCORES, styles))
    story += [Spacer(0, 14), subheading("Latest feedback and follow-up", styles)]
    if not feedback.latest:
        return [*story, empty_note(NO_FEEDBACK, styles)]
    return [*story, _entries(feedback.latest, styles, width)]


def average_text(average: float | None) -> str:
    """'4.2 of 5', or '–' without a score."""
    return DASH if average is None else f"{average:.1f} of 5"


def _figures(feedback: Feedback, styles: Styles) -> Table:
    scored = len(feedback.scores)
    rows = [
        [
            cell("CSAT average", styles.body),
            cell(average_text(feedback.average), right(styles.value_bold)),
            rag_dot(feedback.rag, styles.body),
        ],
        [
            cell("Trend", styles.body),
            cell(CSAT_TREND_TEXT[Trend(feedback.trend)], right(styles.body)),
            "",
        ],
        [
            cell("Feedback entries", styles.body),
            cell(f"{feedback.entries} ({scored} scored)", right(styles.body)),
            "",
        ],
    ]
    return data_table(("", "Value", "RAG"), rows, (160.0, 150.0, 70.0), styles, numeric=(1,))


def _entries(lines: Sequence[FeedbackLine], styles: Styles, width: float) -> Table:
    text_width = (width - DATE_WIDTH - FROM_WIDTH - SCORE_WIDTH) / 2
    rows = [
        [
            cell(long_date(line.given_on), styles.body),
            _source(line, styles),
            Paragraph(
                str(line.score) if line.score is not None else DASH, right(styles.value_bold)
            ),
            _quoted(line.comment, styles.body, text_width),
            _quoted(line.follow_up, styles.body, text_width),
        ]
        for line in lines
    ]
    widths = (DATE_WIDTH, FROM_WIDTH, SCORE_WIDTH, text_width, text_width)
    header = ("Date", "From", "Score", "Comment", "Follow-up action")
    return data_table(header, rows, widths, styles, numeric=(2,))


def _source(line: FeedbackLine, styles: Styles) -> Paragraph:
    """The contact, and the channel under it in the muted colour."""
    who = markup(line.contact) if line.contact else "Not named"
    channel = f'<font color="{MUTED_HEX}" size=8>{markup(line.channel)}</font>'
    return Paragraph(f"{who}<br/>{channel}", styles.body)


def _quoted(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """`text` wrapped and cut after a few lines; "–" when empty."""
    if not text.strip():
        return Paragraph(DASH, style)
    paragraph, _ = fitted(
        text.strip(),
        style,
        width - 2 * PAD,
        TEXT_LINES * style.leading,
        note="(more in the feedback log)",
    )
    return paragraph
