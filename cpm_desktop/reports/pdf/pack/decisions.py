"""Decisions: what the committee is asked for, the next steps, and the decision log to date."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Spacer, Table

from cpm_desktop.reports.pdf.pack.content import DecisionLine, Decisions
from cpm_desktop.reports.pdf.pack.parts import (
    PAD,
    cell,
    data_table,
    date_width,
    empty_note,
    heading,
    subheading,
    table_date,
)
from cpm_desktop.reports.pdf.style import Styles
from cpm_desktop.reports.pdf.text import fitted, markup
from cpm_desktop.texts import N_, _

REF_WIDTH = 46.0
DATE_WIDTH = 70.0
WIDEST_DATE = 84.0
BY_WIDTH = 100.0
LINK_WIDTH = 64.0
# A decision's context is the why, up to 4,000 characters; in the pack a few lines say it,
# and a cell taller than a page could not be laid out at all.
CONTEXT_LINES = 8
NO_DECISIONS = N_("No decisions recorded yet.")


def decision_flowables(decisions: Decisions, styles: Styles, width: float) -> list[Flowable]:
    """The two numbered lists, then the decisions taken; each with a note when empty."""
    return [
        heading("decisions", _("Decisions and next steps"), styles),
        subheading(_("Decisions required from the committee"), styles),
        _items(decisions.required, _("No decision is required at this meeting."), styles),
        Spacer(0, 14),
        subheading(_("Next steps"), styles),
        _items(decisions.next_steps, _("No next steps recorded."), styles),
        Spacer(0, 14),
        subheading(_("Decisions taken, most recent first"), styles),
        _log(decisions.taken, styles, width)
        if decisions.taken
        else empty_note(_(NO_DECISIONS), styles),
    ]


def _items(items: Sequence[str], empty: str, styles: Styles) -> Flowable:
    if not items:
        return empty_note(empty, styles)
    return ListFlowable(
        [ListItem(Paragraph(markup(item), styles.value), leftIndent=18) for item in items],
        bulletType="1",
        bulletFormat="%s.",
        bulletFontName=styles.value.fontName,
        bulletFontSize=10,
        leftIndent=18,
        spaceBefore=2,
    )


def _log(lines: Sequence[DecisionLine], styles: Styles, width: float) -> Table:
    """Ref, date, the decision with its context under it, who decided, what it settles."""
    date = date_width(
        (line.decided_on for line in lines), styles.body, least=DATE_WIDTH, most=WIDEST_DATE
    )
    text_width = width - REF_WIDTH - date - BY_WIDTH - LINK_WIDTH
    rows = [
        [
            cell(line.reference, styles.value_bold),
            cell(table_date(line.decided_on), styles.body),
            _decision(line, styles, text_width),
            cell(line.decided_by, styles.body),
            cell("\n".join(line.links), styles.body),
        ]
        for line in lines
    ]
    widths = (REF_WIDTH, date, text_width, BY_WIDTH, LINK_WIDTH)
    header = (_("Ref."), _("Date"), _("Decision"), _("Decided by"), _("Linked CR/risk"))
    return data_table(header, rows, widths, styles)


def _decision(line: DecisionLine, styles: Styles, width: float) -> list[Flowable]:
    """The title in bold, the context below it in the muted style, cut after a few lines."""
    title = Paragraph(markup(line.title), styles.value_bold)
    if not line.context.strip():
        return [title]
    most = CONTEXT_LINES * styles.label.leading
    note = markup(_("(more in the decision log)"))
    context, _cut = fitted(line.context.strip(), styles.label, width - 2 * PAD, most, note=note)
    return [title, context]
