"""Since the last report: what changed from the previous status report, under the summary.

Short by nature (one sentence per kind of change), so it continues the summary's page rather
than opening one of its own (render.py `FOLLOWS`).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Paragraph

from cpm_desktop.domain.since_last import SinceLast
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.pack.content import TITLES
from cpm_desktop.reports.pdf.pack.parts import heading
from cpm_desktop.reports.pdf.style import Styles
from cpm_desktop.reports.pdf.text import markup
from cpm_desktop.texts import _
from cpm_desktop.texts.since_last import since_last_lines

MOST_NAMED = 5  # names listed per sentence; the rest are counted ("and 23 more")


def since_last_title(since: SinceLast) -> str:
    """'Since the last report (13 Nov 2026)': the previous report's date, as the pack writes it."""
    title = _(TITLES["since_last"])
    if not since.previous_date:
        return title
    return _("{title} ({date})").format(title=title, date=long_date(since.previous_date))


def since_last_flowables(since: SinceLast | None, styles: Styles) -> list[Flowable]:
    """The heading and one bullet per sentence; nothing when there is nothing to compare."""
    if since is None:
        return []
    lines = since_last_lines(since, day=long_date, most=MOST_NAMED)
    # The heading stays with the first sentence; the others may run onto the next page, so a
    # long list does not leave the summary's page half empty.
    first = KeepTogether(
        [heading("since_last", since_last_title(since), styles), _bullets(lines[:1], styles)]
    )
    return [first, _bullets(lines[1:], styles)] if len(lines) > 1 else [first]


def _bullets(lines: list[str], styles: Styles) -> ListFlowable:
    return ListFlowable(
        [ListItem(Paragraph(markup(line), styles.value), leftIndent=14) for line in lines],
        bulletType="bullet",
        start="•",
        bulletFontName=styles.value.fontName,
        bulletFontSize=10,
        leftIndent=14,
        spaceBefore=2,
    )
