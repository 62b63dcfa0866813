"""Risks and issues: the 5 × 5 heat map of open risks, the top ten with trends, open issues."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cpm_desktop.reports.pdf.fonts import BOLD, REGULAR
from cpm_desktop.reports.pdf.pack.content import RiskLine, Risks
from cpm_desktop.reports.pdf.pack.parts import (
    TRENDS,
    cell,
    centred,
    data_table,
    date_width,
    empty_note,
    heading,
    rag_colour,
    rag_text_colour,
    rag_word,
    right,
    subheading,
    table_date,
    trend_word,
)
from cpm_desktop.reports.pdf.style import MUTED, TEXT, WHITE, Styles
from cpm_desktop.reports.pdf.text import markup
from cpm_desktop.texts import _, ngettext

SIZE = 5
CELL = 30.0
AXIS = 34.0  # room left of and below the grid for the level numbers and axis names
REF_WIDTH = 46.0
SCORE_WIDTH = 40.0
RAG_WIDTH = 60.0
TREND_WIDTH = 70.0  # "▲ schlechter" on one line
OWNER_WIDTH = 104.0


def risk_flowables(risks: Risks, styles: Styles, width: float) -> list[Flowable]:
    """The heat map with its key, then the top ten risks, then the open issues."""
    counted = ngettext(
        "{count} open risk by probability and impact.",
        "{count} open risks by probability and impact.",
        risks.open_count,
    ).format(count=risks.open_count)
    scoring = _(
        "Score = probability × impact: red from {red}, amber from {amber}. The number in a "
        "square is how many risks sit there."
    ).format(red=risks.red_from, amber=risks.amber_from)
    key = Paragraph(markup(f"{counted} {scoring}"), styles.body)
    side = Table([[heat_map(risks), key]], colWidths=[AXIS + SIZE * CELL + 24, None])
    side.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ]
        )
    )
    story: list[Flowable] = [
        heading("risks", _("Risks and issues"), styles),
        side,
        Spacer(0, 14),
        subheading(_("Top risks by score"), styles),
    ]
    if risks.top:
        story.append(_risk_table(risks.top, styles, width))
        story.append(
            Paragraph(
                _("Trend since the previous status date: {trends}.").format(
                    trends=", ".join(trend_word(trend) for trend in TRENDS)
                ),
                styles.note,
            )
        )
    else:
        story.append(empty_note(_("No open risks."), styles))
    story += [Spacer(0, 14), subheading(_("Open issues"), styles)]
    if risks.issues:
        story.append(_issue_table(risks.issues, styles, width))
    else:
        story.append(empty_note(_("No open issues."), styles))
    return story


def heat_map(risks: Risks) -> Drawing:
    """The 5 × 5 grid, probability up and impact across, coloured by the project's thresholds."""
    drawing = Drawing(AXIS + SIZE * CELL + 4, AXIS + SIZE * CELL + 4)
    for p in range(1, SIZE + 1):
        for i in range(1, SIZE + 1):
            fill = _cell_colour(p * i, risks.amber_from, risks.red_from)
            x, y = AXIS + (i - 1) * CELL, AXIS + (p - 1) * CELL
            drawing.add(Rect(x, y, CELL, CELL, fillColor=fill, strokeColor=WHITE, strokeWidth=1.5))
            count = risks.heat_map[p - 1][i - 1]
            if count:
                drawing.add(
                    String(
                        x + CELL / 2,
                        y + CELL / 2 - 4,
                        str(count),
                        fontName=BOLD,
                        fontSize=11,
                        textAnchor="middle",
                        fillColor=_count_colour(fill),
                    )
                )
        drawing.add(
            String(
                AXIS - 6,
                AXIS + (p - 0.5) * CELL - 3,
                str(p),
                fontName=REGULAR,
                fontSize=8.5,
                textAnchor="end",
                fillColor=MUTED,
            )
        )
    for i in range(1, SIZE + 1):
        drawing.add(
            String(
                AXIS + (i - 0.5) * CELL,
                AXIS - 12,
                str(i),
                fontName=REGULAR,
                fontSize=8.5,
                textAnchor="middle",
                fillColor=MUTED,
            )
        )
    drawing.add(
        String(
            AXIS + SIZE * CELL / 2,
            4,
            _("Impact"),
            fontName=BOLD,
            fontSize=8.5,
            textAnchor="middle",
            fillColor=TEXT,
        )
    )
    label = String(
        0, 0, _("Probability"), fontName=BOLD, fontSize=8.5, textAnchor="middle", fillColor=TEXT
    )
    turned = Group(label)
    turned.translate(10, AXIS + SIZE * CELL / 2)
    turned.rotate(90)
    drawing.add(turned)
    return drawing


def _cell_colour(score: int, amber_from: int, red_from: int) -> Color:
    if score >= red_from:
        return rag_colour("red")
    return rag_colour("amber") if score >= amber_from else rag_colour("green")


def _count_colour(fill: Color) -> Color:
    return TEXT if fill == rag_colour("amber") else WHITE


def _rag_cells(lines: Sequence[RiskLine], styles: Styles) -> list[tuple[object, ...]]:
    """Background of each row's RAG cell (column 3), header row being row 0."""
    return [
        ("BACKGROUND", (3, row), (3, row), rag_colour(line.rag))
        for row, line in enumerate(lines, start=1)
    ]


def _rag(line: RiskLine, styles: Styles) -> Paragraph:
    style = ParagraphStyle(
        f"risk-rag-{line.rag}",
        parent=centred(styles.value_bold),
        fontSize=9,
        textColor=rag_text_colour(line.rag),
    )
    return Paragraph(rag_word(line.rag), style)


def _risk_table(lines: Sequence[RiskLine], styles: Styles, width: float) -> Table:
    rows = [
        [
            cell(line.reference, styles.body),
            cell(line.title, styles.body),
            Paragraph(str(line.score) if line.score is not None else "–", right(styles.body)),
            _rag(line, styles),
            cell(trend_word(line.trend), styles.body),
            cell(line.owner, styles.body),
        ]
        for line in lines
    ]
    title = width - REF_WIDTH - SCORE_WIDTH - RAG_WIDTH - TREND_WIDTH - OWNER_WIDTH
    widths = (REF_WIDTH, title, SCORE_WIDTH, RAG_WIDTH, TREND_WIDTH, OWNER_WIDTH)
    header = (_("Ref."), _("Risk"), _("Score"), _("RAG"), _("Trend"), _("Owner"))
    return data_table(header, rows, widths, styles, numeric=(2,), extra=_rag_cells(lines, styles))


def _issue_table(lines: Sequence[RiskLine], styles: Styles, width: float) -> Table:
    due_width = date_width((line.due for line in lines), styles.body, least=70.0, most=84.0)
    rows = [
        [
            cell(line.reference, styles.body),
            cell(line.title, styles.body),
            cell(_(line.status.capitalize()), styles.body),
            _rag(line, styles),
            Paragraph(table_date(line.due), right(styles.body)),
            cell(line.owner, styles.body),
        ]
        for line in lines
    ]
    status_width, severity_width = 62.0, 68.0  # "Gravité", "Schwere" in bold
    title = width - REF_WIDTH - status_width - severity_width - due_width - OWNER_WIDTH
    widths = (REF_WIDTH, title, status_width, severity_width, due_width, OWNER_WIDTH)
    header = (_("Ref."), _("Issue"), _("Status"), _("Severity"), _("Due"), _("Owner"))
    return data_table(header, rows, widths, styles, numeric=(4,), extra=_rag_cells(lines, styles))
