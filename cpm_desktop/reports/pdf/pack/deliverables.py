"""The pack's section on the deliverables and their acceptance: one line per deliverable with its
due date, where it stands with the client, and the client's verdict."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from cpm_desktop.domain import DeliverableStatus
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.fonts import BOLD
from cpm_desktop.reports.pdf.pack.parts import (
    DASH,
    PAD,
    RAG_COLOURS,
    cell,
    data_table,
    date_width,
    empty_note,
    heading,
    right,
    table_date,
)
from cpm_desktop.reports.pdf.style import Styles
from cpm_desktop.reports.pdf.text import fitted, markup
from cpm_desktop.texts import N_, _, ngettext

S = DeliverableStatus
REF_WIDTH = 44.0
DUE_WIDTH = 70.0
WIDEST_DUE = 84.0
STATUS_WIDTH = 84.0
VERDICT_WIDTH = 160.0
REASON_LINES = 4  # a rejection's reasons in a few lines: the certificate and the app hold them
NO_DELIVERABLES = N_("No deliverables recorded yet.")
# The client's verdicts in their RAG colour; the statuses before it in the text colour.
STATUS_COLOURS = {S.ACCEPTED: RAG_COLOURS["green"], S.REJECTED: RAG_COLOURS["red"]}
WITH_CLIENT = frozenset({S.SUBMITTED, S.RESUBMITTED})


@dataclass(frozen=True, slots=True)
class DeliverableLine:
    """One deliverable as the steering committee reads it."""

    reference: str  # D-001
    name: str
    due: dt.date | None
    status: DeliverableStatus
    overdue: bool  # due before the pack's status date and not accepted
    criteria_met: int
    criteria: int  # lines of the acceptance checklist
    decided_by: str  # who accepted or rejected it (for a resubmitted one: the last rejection)
    decided_on: dt.date | None
    reasons: str  # the reasons of the client's (last) rejection; "" when none applies


@dataclass(frozen=True, slots=True)
class PackDeliverables:
    """What the section prints: the deliverables by reference, as of the status date."""

    as_of: dt.date
    lines: tuple[DeliverableLine, ...]

    def count(self, *statuses: DeliverableStatus) -> int:
        """How many deliverables stand at one of `statuses`."""
        return sum(line.status in statuses for line in self.lines)

    @property
    def overdue(self) -> int:
        """How many are past their due date and not accepted."""
        return sum(line.overdue for line in self.lines)


def deliverable_flowables(
    section: PackDeliverables | None, styles: Styles, width: float
) -> list[Flowable]:
    """The section's flowables; nothing when there is nothing to print."""
    if section is None:
        return []
    story: list[Flowable] = [heading("deliverables", _("Deliverables and acceptance"), styles)]
    if not section.lines:
        return [*story, empty_note(_(NO_DELIVERABLES), styles)]
    return [
        *story,
        Paragraph(markup(counts_text(section)), styles.body),
        Spacer(0, 8),
        _table(section, styles, width),
        Paragraph(
            _(
                "Criteria met: the lines of the acceptance checklist the client found met. "
                "Overdue: due before the status date and not accepted yet."
            ),
            styles.note,
        ),
    ]


def counts_text(section: PackDeliverables) -> str:
    """'9 deliverables as of 20 Nov 2026: 2 accepted, 2 with the client, 0 rejected, 0 overdue.'"""
    total = len(section.lines)
    return ngettext(
        "{count} deliverable as of {date}: {accepted} accepted, {with_client} with the client "
        "for acceptance, {rejected} rejected, {overdue} overdue.",
        "{count} deliverables as of {date}: {accepted} accepted, {with_client} with the client "
        "for acceptance, {rejected} rejected, {overdue} overdue.",
        total,
    ).format(
        count=total,
        date=long_date(section.as_of),
        accepted=section.count(S.ACCEPTED),
        with_client=section.count(*WITH_CLIENT),
        rejected=section.count(S.REJECTED),
        overdue=section.overdue,
    )


def _table(section: PackDeliverables, styles: Styles, width: float) -> Flowable:
    due = date_width(
        (line.due for line in section.lines), styles.body, least=DUE_WIDTH, most=WIDEST_DUE
    )
    name_width = width - REF_WIDTH - due - STATUS_WIDTH - VERDICT_WIDTH
    rows = [
        [
            cell(line.reference, styles.value_bold),
            cell(line.name, styles.body),
            _due(line, styles),
            _status(line, styles),
            _verdict(line, styles, VERDICT_WIDTH - 2 * PAD),
        ]
        for line in section.lines
    ]
    widths = (REF_WIDTH, name_width, due, STATUS_WIDTH, VERDICT_WIDTH)
    header = (_("Ref."), _("Deliverable"), _("Due"), _("Status"), _("Accepted or rejected by"))
    return data_table(header, rows, widths, styles, numeric=(2,))


def _due(line: DeliverableLine, styles: Styles) -> Paragraph:
    """The due date; an overdue one in red with the word, for readers who cannot see red."""
    if not line.overdue:
        return Paragraph(table_date(line.due), right(styles.body))
    late = ParagraphStyle("due-late", parent=right(styles.body), textColor=RAG_COLOURS["red"])
    overdue = markup(_("overdue"))
    return Paragraph(f'{table_date(line.due)}<br/><font name="{BOLD}">{overdue}</font>', late)


def _status(line: DeliverableLine, styles: Styles) -> list[Flowable]:
    """The status (a verdict in its colour), the checklist's count under it."""
    style = styles.body
    colour = STATUS_COLOURS.get(line.status)
    if colour is not None:
        style = ParagraphStyle(f"deliverable-{line.status}", parent=styles.body, fontName=BOLD)
        style.textColor = colour
    criteria = (
        _("{met}/{count} criteria met").format(met=line.criteria_met, count=line.criteria)
        if line.criteria
        else ""
    )
    status = Paragraph(markup(_(line.status.label)), style)
    return [status, Paragraph(markup(criteria), styles.label)] if criteria else [status]


def _verdict(line: DeliverableLine, styles: Styles, width: float) -> Flowable:
    """Who accepted it and when; or who rejected it, when and why (shortened)."""
    if line.decided_on is None:
        return Paragraph(DASH, styles.body)
    who = f"{markup(line.decided_by)}, {long_date(line.decided_on)}"
    if line.status is S.ACCEPTED:
        return Paragraph(who, styles.body)
    # The status column says Rejected; a resubmitted one names the rejection it answers.
    if line.status is not S.REJECTED:
        who = _("Rejected by {who}").format(who=who)
    prefix = f"{who}: "
    most = REASON_LINES * styles.body.leading
    paragraph, _cut = fitted(line.reasons, styles.body, width, most, prefix=prefix)
    return paragraph
