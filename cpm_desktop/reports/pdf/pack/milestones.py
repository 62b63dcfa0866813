"""Milestones: baseline against forecast, the variance in working days, and where each stands."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from cpm_desktop.domain.milestones import MilestoneStanding
from cpm_desktop.reports.pdf.pack.content import Milestone
from cpm_desktop.reports.pdf.pack.parts import (
    RAG_COLOURS,
    cell,
    data_table,
    date_width,
    empty_note,
    heading,
    right,
    signed,
    table_date,
)
from cpm_desktop.reports.pdf.style import Styles
from cpm_desktop.texts import N_, _

WBS_WIDTH = 40.0
DATE_WIDTH = 70.0
WIDEST_DATE = 108.0  # "18. September 2027" on one line; the name column keeps the rest
VARIANCE_WIDTH = 70.0  # "Abweichung" in bold
STATUS_WIDTH = 62.0
# domain/milestones.py's standings (English values domain/ cannot mark), as the reader says them.
STANDINGS = {
    MilestoneStanding.ACHIEVED: N_("Achieved"),
    MilestoneStanding.OVERDUE: N_("Overdue"),
    MilestoneStanding.LATE: N_("Late"),
    MilestoneStanding.AT_RISK: N_("At risk"),
    MilestoneStanding.ON_TRACK: N_("On track"),
}


def milestone_flowables(
    milestones: Sequence[Milestone], styles: Styles, width: float
) -> list[Flowable]:
    """The milestone table (or a note when the plan has none)."""
    story: list[Flowable] = [heading("milestones", _("Milestones"), styles)]
    if not milestones:
        return [*story, empty_note(_("The plan has no milestones."), styles)]
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
                Paragraph(table_date(milestone.baseline), figure),
                Paragraph(table_date(milestone.forecast), figure),
                Paragraph(signed(milestone.variance), figure),
                cell(_(STANDINGS.get(milestone.status, milestone.status)), status),
            ]
        )
    days = [day for milestone in milestones for day in (milestone.baseline, milestone.forecast)]
    date = date_width(days, figure, least=DATE_WIDTH, most=WIDEST_DATE)
    name_width = width - WBS_WIDTH - 2 * date - VARIANCE_WIDTH - STATUS_WIDTH
    widths = (WBS_WIDTH, name_width, date, date, VARIANCE_WIDTH, STATUS_WIDTH)
    header = (_("WBS"), _("Milestone"), _("Baseline"), _("Forecast"), _("Variance"), _("Status"))
    note = Paragraph(
        _("Variance in working days: + later than the baseline, − earlier."), styles.note
    )
    return [*story, data_table(header, rows, widths, styles, numeric=(2, 3, 4)), note]
