"""Milestones: baseline against forecast, the variance in working days, and where each stands."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from cpm_desktop.domain.milestones import MilestoneStanding
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.pack.content import Milestone
from cpm_desktop.reports.pdf.pack.parts import (
    RAG_COLOURS,
    cell,
    data_table,
    empty_note,
    heading,
    right,
    signed,
)
from cpm_desktop.reports.pdf.style import Styles

WBS_WIDTH = 40.0
DATE_WIDTH = 70.0
VARIANCE_WIDTH = 58.0
STATUS_WIDTH = 62.0


def milestone_flowables(
    milestones: Sequence[Milestone], styles: Styles, width: float
) -> list[Flowable]:
    """The milestone table (or a note when the plan has none)."""
    story: list[Flowable] = [heading("milestones", "Milestones", styles)]
    if not milestones:
        return [*story, empty_note("The plan has no milestones.", styles)]
    figure = right(styles.body)
    rows = []
    for milestone in milestones:
        status = ParagraphStyle(
            f"ms-{milestone.status}",
            parent=styles.value_bold,
            fontSize=9.5,
            textColor=RAG_COLOURS.get(
                MilestoneStanding(milestone.status).rag or "", styles.body.textColor
            ),
        )
        rows.append(
            [
                cell(milestone.wbs, styles.body),
                cell(milestone.name, styles.body),
                Paragraph(long_date(milestone.baseline), figure),
                Paragraph(long_date(milestone.forecast), figure),
                Paragraph(signed(milestone.variance), figure),
                cell(milestone.status, status),
            ]
        )
    name_width = width - WBS_WIDTH - 2 * DATE_WIDTH - VARIANCE_WIDTH - STATUS_WIDTH
    widths = (WBS_WIDTH, name_width, DATE_WIDTH, DATE_WIDTH, VARIANCE_WIDTH, STATUS_WIDTH)
    header = ("WBS", "Milestone", "Baseline", "Forecast", "Variance", "Status")
    note = Paragraph("Variance in working days: + later than the baseline, − earlier.", styles.note)
    return [*story, data_table(header, rows, widths, styles, numeric=(2, 3, 4)), note]
