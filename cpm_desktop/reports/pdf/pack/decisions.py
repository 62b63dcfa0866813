"""Decisions the committee is asked for, and the next steps: the PM's lists, one item a line."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Spacer

from cpm_desktop.reports.pdf.pack.content import Decisions
from cpm_desktop.reports.pdf.pack.parts import empty_note, heading, subheading
from cpm_desktop.reports.pdf.style import Styles
from cpm_desktop.reports.pdf.text import markup


def decision_flowables(decisions: Decisions, styles: Styles, width: float) -> list[Flowable]:
    """The two numbered lists, each with a note when empty."""
    return [
        heading("decisions", "Decisions and next steps", styles),
        subheading("Decisions required from the committee", styles),
        _items(decisions.required, "No decision is required at this meeting.", styles),
        Spacer(0, 14),
        subheading("Next steps", styles),
        _items(decisions.next_steps, "No next steps recorded.", styles),
    ]


def _items(items: Sequence[str], empty: str, styles: Styles) -> Flowable:
    if not items:
        return empty_note(empty, styles)
    return ListFlowable(
        [ListItem(Paragraph(markup(item), styles.value), leftIndent=18) for item in items],
        bulletType="1", bulletFormat="%s.", bulletFontName=styles.value.fontName, bulletFontSize=10,
        leftIndent=18, spaceBefore=2,
    )  # fmt: skip
