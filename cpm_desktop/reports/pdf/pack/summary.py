"""The executive summary: overall RAG, one per area (set by the PM or derived), commentary."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cpm_desktop.reports.pdf.fonts import BOLD, REGULAR
from cpm_desktop.reports.pdf.pack.content import Summary
from cpm_desktop.reports.pdf.pack.kpi_table import kpi_table
from cpm_desktop.reports.pdf.pack.parts import (
    cell,
    centred,
    data_table,
    heading,
    rag_colour,
    rag_text_colour,
    rag_word,
    right,
    subheading,
)
from cpm_desktop.reports.pdf.style import RULE, SHADE, WHITE, Styles
from cpm_desktop.reports.pdf.text import markup
from cpm_desktop.texts import N_, _

CHIP_WIDTH = 78.0
AREA_WIDTH = 90.0
# The areas services/steering_pack/rag.py rates, in English: translated where printed.
AREAS = (N_("Schedule"), N_("Budget"), N_("Scope"), N_("Risk"))
NO_COMMENTARY = N_("No commentary recorded for this status date.")


def summary_flowables(summary: Summary, styles: Styles, width: float) -> list[Flowable]:
    """The summary page's flowables."""
    return [
        heading("summary", _("Executive summary"), styles),
        _overall(summary.overall, summary.overall_note, styles, width),
        Spacer(0, 12),
        _ratings(summary, styles, width),
        Spacer(0, 16),
        subheading(_("Commentary"), styles),
        *_commentary(summary.commentary, styles),
        *_internal_notes(summary.internal_notes, styles),
        Spacer(0, 16),
        subheading(_("Key figures"), styles),
        _figures(summary, styles, width),
        *_kpis(summary, styles, width),
    ]


def _kpis(summary: Summary, styles: Styles, width: float) -> list[Flowable]:
    """The KPI table under the key figures (nothing when the content carries no KPIs)."""
    if not summary.kpis:
        return []
    return [
        Spacer(0, 16),
        subheading(_("Key performance indicators"), styles),
        kpi_table(summary.kpis, styles, width),
    ]


def _overall(rag: str, note: str, styles: Styles, width: float) -> Table:
    """A full-width band in the overall RAG colour: the first thing a sponsor sees.

    `note` says who set the status and what the KPIs give; "" for none.
    """
    style = ParagraphStyle(
        "overall",
        parent=styles.body,
        fontName=BOLD,
        fontSize=14,
        leading=18,
        textColor=rag_text_colour(rag),
    )
    small = ParagraphStyle("overall_note", parent=style, fontName=REGULAR, fontSize=9, leading=12)
    overall = _("Overall status: {rag}").format(rag=rag_word(rag).upper())
    cell: list[Flowable] = [Paragraph(markup(overall), style)]
    if note:
        cell.append(Paragraph(markup(note), small))
    table = Table([[cell]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), rag_colour(rag)),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def _ratings(summary: Summary, styles: Styles, width: float) -> Table:
    chip_style = ParagraphStyle("chip", parent=centred(styles.value_bold), fontSize=9.5)
    rows: list[list[object]] = []
    extra: list[tuple[object, ...]] = []
    for row, rating in enumerate(summary.ratings, start=1):
        chip = ParagraphStyle(
            f"chip-{rating.rag}", parent=chip_style, textColor=rag_text_colour(rating.rag)
        )
        basis = _("Derived") if rating.derived else _("Set by the PM")
        reason = f"<b>{basis}</b>" + (f": {markup(rating.reason)}" if rating.reason else "")
        rows.append(
            [
                cell(_(rating.area), styles.value_bold),
                Paragraph(rag_word(rating.rag), chip),
                Paragraph(reason, styles.body),
            ]
        )
        extra.append(("BACKGROUND", (1, row), (1, row), rag_colour(rating.rag)))
    widths = (AREA_WIDTH, CHIP_WIDTH, width - AREA_WIDTH - CHIP_WIDTH)
    return data_table(
        (_("Area"), _("Status"), _("Basis")),
        rows,
        widths,
        styles,
        extra=[
            *extra,
            ("LINEBELOW", (1, 1), (1, -1), 2, WHITE),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ],
    )


def _commentary(text: str, styles: Styles) -> list[Flowable]:
    """The PM's commentary, one paragraph per blank-line-separated block."""
    if not text.strip():
        return [Paragraph(_(NO_COMMENTARY), styles.note)]
    style = ParagraphStyle("commentary", parent=styles.body, fontSize=10, leading=14, spaceAfter=6)
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return [Paragraph(markup(block), style) for block in blocks if block]


def _internal_notes(text: str, styles: Styles) -> list[Flowable]:
    """The PM's internal notes under the commentary, in an internal pack only."""
    if not text.strip():
        return []
    return [Spacer(0, 8), subheading(_("Internal notes (not for the client)"), styles)] + [
        flowable for flowable in _commentary(text, styles)
    ]


def _figures(summary: Summary, styles: Styles, width: float) -> Table:
    """Headline figures in two label/value columns, values right-aligned."""
    pairs = list(summary.figures)
    half = (len(pairs) + 1) // 2
    left, right_pairs = pairs[:half], pairs[half:]
    value = right(styles.value)
    rows = []
    for index in range(half):
        row: list[object] = [
            cell(left[index].label, styles.label),
            cell(left[index].value, value),
            "",
        ]
        if index < len(right_pairs):
            row += [
                cell(right_pairs[index].label, styles.label),
                cell(right_pairs[index].value, value),
            ]
        else:
            row += ["", ""]
        rows.append(row)
    gap = 24.0
    column = (width - gap) / 2
    widths = [column * 0.55, column * 0.45, gap, column * 0.55, column * 0.45]
    shaded = (
        []
        if not right_pairs
        else [
            ("LINEBELOW", (3, 0), (4, len(right_pairs) - 1), 0.4, RULE),
            ("BACKGROUND", (3, 0), (4, len(right_pairs) - 1), SHADE),
        ]
    )
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (1, -1), SHADE),
                *shaded,
            ]
        )
    )
    return table
