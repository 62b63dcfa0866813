"""Milestones: baseline against forecast, the variance in working days, and where each stands."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from cpm_desktop.domain.milestones import MilestoneStanding
from cpm_desktop.reports.pdf.pack.content import Milestone
from cpm_desktop.reports.pdf.pack.paged_table import paged_data_table
from cpm_desktop.reports.pdf.pack.parts import (
    RAG_COLOURS,
    date_width,
    empty_note,
    heading,
    plain_cell,
    plain_column,
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
    status = ParagraphStyle("ms-status", parent=styles.value_bold, fontSize=9.5)
    days = [day for milestone in milestones for day in (milestone.baseline, milestone.forecast)]
    date = date_width(days, figure, least=DATE_WIDTH, most=WIDEST_DATE)
    name_width = width - WBS_WIDTH - 2 * date - VARIANCE_WIDTH - STATUS_WIDTH
    widths = (WBS_WIDTH, name_width, date, date, VARIANCE_WIDTH, STATUS_WIDTH)
    # Plain text cells where a line holds them (a long plan lists thousands of milestones),
    # styled column by column as the Paragraphs they stand for; the status in its RAG colour.
    looks = [*plain_column(0, styles.body), *plain_column(1, styles.body)]
    looks += [command for column in (2, 3, 4) for command in plain_column(column, figure)]
    looks += plain_column(5, status)
    coloured = {
        standing: ParagraphStyle(f"ms-{standing}", parent=status, textColor=RAG_COLOURS[rag])
        for standing in MilestoneStanding
        if (rag := standing.rag) in RAG_COLOURS
    }
    rows = []
    standings: list[ParagraphStyle] = []
    for milestone in milestones:
        look = coloured.get(MilestoneStanding(milestone.status), status)
        standings.append(look)
        rows.append(
            [
                plain_cell(milestone.wbs, styles.body, WBS_WIDTH),
                plain_cell(milestone.name, styles.body, name_width),
                plain_cell(table_date(milestone.baseline), figure, date),
                plain_cell(table_date(milestone.forecast), figure, date),
                plain_cell(signed(milestone.variance), figure, VARIANCE_WIDTH),
                plain_cell(
                    _(STANDINGS.get(milestone.status, milestone.status)), look, STATUS_WIDTH
                ),
            ]
        )
    # One command per run of rows of a colour: the table applies them again at every page.
    first = 1
    for look, run in groupby(standings):
        last = first + len(list(run)) - 1
        if look is not status:
            looks.append(("TEXTCOLOR", (5, first), (5, last), look.textColor))
        first = last + 1
    header = (_("WBS"), _("Milestone"), _("Baseline"), _("Forecast"), _("Variance"), _("Status"))
    note = Paragraph(
        _("Variance in working days: + later than the baseline, − earlier."), styles.note
    )
    # A page of rows at a time: a long plan's milestones run over a hundred pages.
    table = paged_data_table(header, rows, widths, styles, numeric=(2, 3, 4), extra=looks)
    return [*story, table, note]
