"""Lay the chosen sections out on pages and write the pack: the one entry point of the package."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab import rl_config
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from cpm_desktop import APP_NAME, __version__
from cpm_desktop.files import write_atomically
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.fonts import REGULAR
from cpm_desktop.reports.pdf.gantt.story import gantt_flowables
from cpm_desktop.reports.pdf.pack.actions import action_flowables
from cpm_desktop.reports.pdf.pack.billing import billing_flowables
from cpm_desktop.reports.pdf.pack.changes import change_flowables
from cpm_desktop.reports.pdf.pack.charter import charter_flowables
from cpm_desktop.reports.pdf.pack.content import PackContent
from cpm_desktop.reports.pdf.pack.cover import cover_flowables
from cpm_desktop.reports.pdf.pack.decisions import decision_flowables
from cpm_desktop.reports.pdf.pack.deliverables import deliverable_flowables
from cpm_desktop.reports.pdf.pack.document import (
    COVER,
    LANDSCAPE,
    PORTRAIT,
    PackCanvas,
    PackDocument,
    footer_drawer,
    frame_size,
)
from cpm_desktop.reports.pdf.pack.feedback import feedback_flowables
from cpm_desktop.reports.pdf.pack.finance import finance_flowables
from cpm_desktop.reports.pdf.pack.milestones import milestone_flowables
from cpm_desktop.reports.pdf.pack.parts import SectionHeading, empty_note
from cpm_desktop.reports.pdf.pack.risks import risk_flowables
from cpm_desktop.reports.pdf.pack.service_levels import service_level_flowables
from cpm_desktop.reports.pdf.pack.since_last import since_last_flowables
from cpm_desktop.reports.pdf.pack.summary import summary_flowables
from cpm_desktop.reports.pdf.style import PAPER_SIZES, Styles, styles
from cpm_desktop.texts import N_, _

TITLE = N_("Steering committee pack")
# A short section that continues the page of the one it follows, when that one is printed.
FOLLOWS = {"since_last": "summary"}
FOLLOW_GAP = 18.0
NOTHING_TO_PRINT = N_("None of the chosen sections has anything to print yet.")
# domain/audience.py's INTERNAL_FOOTER, which domain/ (no texts/ there) cannot mark itself.
AUDIENCE_NOTES = (N_("Internal — not for the client"),)


class Bookmark(SectionHeading):
    """An invisible outline entry, for a section whose pages are all drawing (the Gantt)."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Take no room."""
        return 0.0, 0.0

    def draw(self) -> None:
        """Draw nothing."""


def render_pack(content: PackContent) -> bytes:
    """The pack as PDF bytes: the chosen sections in order, fonts embedded, with an outline."""
    if content.paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {', '.join(PAPER_SIZES)}, not {content.paper!r}")
    cover = content.cover
    status = _("Status date {date}").format(date=long_date(cover.status_date, _("not set")))
    project = f"{cover.project_code} · {cover.project_name}"
    title = _(TITLE)
    # A drawing starts from reportlab's default graphics font (Helvetica, never embedded)
    # even when all its text names ours: make ours the default, as fonts.py does for text.
    rl_config.defaultGraphicsFontName = REGULAR
    first, story = _story(content, styles())
    buffer = io.BytesIO()
    doc = PackDocument(
        buffer,
        paper=content.paper,
        first=first,
        header=f"{cover.client} · {project}",
        status=status,
        band=(title, f"{cover.client} · {project}"),
        title=" · ".join(
            (title, cover.project_code, long_date(cover.status_date, _("no status date")))
        ),
        author=cover.manager or APP_NAME,
        subject=_("Steering committee pack for {client}, project {project}").format(
            client=cover.client, project=project
        ),
        creator=f"{APP_NAME} {__version__}",
    )
    # The audience note is the domain's English sentence (domain/audience.py): said here.
    audience = _(content.audience_note) if content.audience_note else ""
    footer = " · ".join(
        part for part in (audience, cover.confidentiality, cover.project_code, status) if part
    )
    doc.build(story, canvasmaker=lambda *a, **k: PackCanvas(*a, footer=footer_drawer(footer), **k))
    return buffer.getvalue()


def write_pack(content: PackContent, path: Path) -> Path:
    """Write the pack to `path` in one step (never half a file); return the path."""
    return write_atomically(path, render_pack(content))


def _story(content: PackContent, style: Styles) -> tuple[str, list[Flowable]]:
    """The first page's template and the story: each chosen section from a new page (those
    in FOLLOWS under the one they follow), the Gantt on landscape pages; a section with
    nothing to print takes no page."""
    width = frame_size(content.paper, PORTRAIT)[0]
    printed = [
        (section, flowables)
        for section in content.sections
        if (flowables := _section(section, content, style, width))
    ]
    if not printed:
        return PORTRAIT, [empty_note(_(NOTHING_TO_PRINT), style)]
    story: list[Flowable] = []
    previous = ""
    for section, flowables in printed:
        if previous and FOLLOWS.get(section) == previous:
            story.append(Spacer(0, FOLLOW_GAP))
        elif previous:  # the first section is on the document's first template already
            story += [NextPageTemplate(_template(section)), PageBreak()]
        story += flowables
        previous = section
    return _template(printed[0][0]), story


def _template(section: str) -> str:
    return {"cover": COVER, "gantt": LANDSCAPE}.get(section, PORTRAIT)


def _section(name: str, content: PackContent, style: Styles, width: float) -> list[Flowable]:
    if name == "cover":
        return cover_flowables(content.cover, style, width)
    if name == "summary":
        return summary_flowables(content.summary, style, width)
    if name == "since_last":
        return since_last_flowables(content.since_last, style)
    if name == "actions":
        return action_flowables(content.actions, style, width)
    if name == "charter":
        return charter_flowables(content.charter, style, width)
    if name == "deliverables":
        return deliverable_flowables(content.deliverables, style, width)
    if name == "service_levels":
        return service_level_flowables(content.service_levels, style, width)
    if name == "milestones":
        return milestone_flowables(content.milestones, style, width)
    if name == "gantt":
        gantt_width, gantt_height = frame_size(content.paper, LANDSCAPE)
        mark = Bookmark("gantt", _("Schedule (Gantt)"), style.body)
        return [mark, *gantt_flowables(content.gantt, width=gantt_width, height=gantt_height)]
    if name == "finance":
        return finance_flowables(content.finance, style, width) if content.finance else []
    if name == "billing":
        return billing_flowables(content.billing, style, width)
    if name == "risks":
        return risk_flowables(content.risks, style, width)
    if name == "changes":
        return change_flowables(content.changes, style, width)
    if name == "feedback":
        return feedback_flowables(content.feedback, style, width)
    if name == "decisions":
        return decision_flowables(content.decisions, style, width)
    raise ValueError(f"unknown pack section {name!r}")
