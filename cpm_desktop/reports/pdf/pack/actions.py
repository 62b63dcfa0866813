"""The pack's section on the actions from the last steering meeting with their status, its
record, and the open action log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Spacer, Table

from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.pack.parts import (
    RAG_HEX,
    cell,
    data_table,
    dot_word,
    empty_note,
    heading,
    subheading,
)
from cpm_desktop.reports.pdf.style import MUTED_HEX, Styles
from cpm_desktop.reports.pdf.text import markup

REF_WIDTH = 46.0
OWNER_WIDTH = 104.0
DUE_WIDTH = 84.0  # "18 Nov 2026" in bold on one line
STATE_WIDTH = 110.0  # "● Done 19 Nov 2026"
# Where an action stands, as the dot beside its word shows it.
STATE_COLOURS = {
    "done": RAG_HEX["green"],
    "overdue": RAG_HEX["red"],
    "in_progress": RAG_HEX["amber"],
    "open": MUTED_HEX,
    "cancelled": MUTED_HEX,
}


@dataclass(frozen=True, slots=True)
class ActionLine:
    """One action as the pack prints it."""

    reference: str
    title: str
    owner: str
    due_on: dt.date | None
    state: str  # done, overdue, in_progress, open or cancelled
    done_on: dt.date | None
    source: str  # "Risk R-010", "Meeting 20 Oct 2026", "" for none
    internal: bool = False  # printed only in an internal pack, marked as such


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """The last steering meeting: when, who attended, what it decided."""

    held_on: dt.date
    title: str
    attendees: tuple[str, ...]
    decisions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PackActions:
    """The last meeting with the actions set there, then the other open actions (overdue first).

    `as_of` is the day the actions are judged on: the status date, else the day printed.
    """

    as_of: dt.date
    meeting: MeetingRecord | None
    from_meeting: tuple[ActionLine, ...]
    other_open: tuple[ActionLine, ...]


def action_flowables(section: PackActions | None, styles: Styles, width: float) -> list[Flowable]:
    """The section's flowables; nothing when there is nothing to print."""
    if section is None:
        return []
    story: list[Flowable] = [heading("actions", "Actions", styles)]
    meeting = section.meeting
    if meeting is None:
        story.append(subheading("Actions from the last meeting", styles))
        story.append(
            empty_note(
                f"No steering meeting recorded on or before {long_date(section.as_of)}.", styles
            )
        )
    else:
        story += _meeting(meeting, section, styles, width)
    story += [Spacer(0, 14), subheading("Other open actions, overdue first", styles)]
    if section.other_open:
        story.append(_table(section.other_open, styles, width, source=True))
    else:
        story.append(empty_note("No other open actions.", styles))
    story.append(
        Paragraph(
            f"Status as of {long_date(section.as_of)}: overdue means open and due before then.",
            styles.note,
        )
    )
    return story


def _meeting(
    meeting: MeetingRecord, section: PackActions, styles: Styles, width: float
) -> list[Flowable]:
    """The meeting's heading, its attendees and decisions, and the actions set there."""
    title = f"Actions from the last meeting ({long_date(meeting.held_on)})"
    story: list[Flowable] = [subheading(title, styles)]
    who = "; ".join(meeting.attendees) or "not recorded"
    story.append(
        Paragraph(f"<b>{markup(meeting.title)}.</b> Attended: {markup(who)}.", styles.body)
    )
    if meeting.decisions:
        story.append(Spacer(0, 4))
        story.append(Paragraph("Decided:", styles.body))
        story.append(_bullets(meeting.decisions, styles))
    story.append(Spacer(0, 8))
    if section.from_meeting:
        story.append(_table(section.from_meeting, styles, width, source=False))
    else:
        story.append(empty_note("The meeting set no actions.", styles))
    return story


def _bullets(items: Sequence[str], styles: Styles) -> ListFlowable:
    return ListFlowable(
        [ListItem(Paragraph(markup(item), styles.value), leftIndent=14) for item in items],
        bulletType="bullet",
        start="•",
        bulletFontName=styles.value.fontName,
        bulletFontSize=9,
        leftIndent=14,
        spaceBefore=2,
    )


def _table(lines: Sequence[ActionLine], styles: Styles, width: float, *, source: bool) -> Table:
    """Ref, the action (with where it came from, for the log), owner, due date, its status."""
    text_width = width - REF_WIDTH - OWNER_WIDTH - DUE_WIDTH - STATE_WIDTH
    overdue = styles.value_bold
    rows = [
        [
            cell(line.reference, styles.value_bold),
            _title(line, styles, source=source),
            cell(line.owner, styles.body),
            cell(long_date(line.due_on), overdue if line.state == "overdue" else styles.body),
            _state(line, styles),
        ]
        for line in lines
    ]
    widths = (REF_WIDTH, text_width, OWNER_WIDTH, DUE_WIDTH, STATE_WIDTH)
    return data_table(("Ref.", "Action", "Owner", "Due", "Status"), rows, widths, styles)


def _title(line: ActionLine, styles: Styles, *, source: bool) -> list[Flowable]:
    """The action, marked when internal; under it, muted, where it came from."""
    title = line.title + (" (internal)" if line.internal else "")
    said: list[Flowable] = [cell(title, styles.body)]
    if source and line.source:
        said.append(Paragraph(f"From {markup(line.source)}", styles.label))
    return said


def _state(line: ActionLine, styles: Styles) -> Paragraph:
    """A dot in the state's colour and its word: '● Done 22 Oct 2026', '● Overdue'."""
    word = line.state.replace("_", " ").capitalize()
    if line.state == "done" and line.done_on is not None:
        word = f"Done {long_date(line.done_on)}"
    colour = STATE_COLOURS.get(line.state, MUTED_HEX)
    return dot_word(colour, word, styles.body)
