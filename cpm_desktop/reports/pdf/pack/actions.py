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
    date_width,
    dot_word,
    empty_note,
    heading,
    subheading,
    table_date,
)
from cpm_desktop.reports.pdf.style import MUTED_HEX, Styles
from cpm_desktop.reports.pdf.text import markup
from cpm_desktop.texts import N_, _

REF_WIDTH = 46.0
OWNER_WIDTH = 104.0
DUE_WIDTH = 84.0  # "18 Nov 2026" in bold on one line
WIDEST_DUE = 96.0  # "20. November" in bold over its year, at the least
STATE_WIDTH = 110.0  # "● Done 19 Nov 2026"
# Where an action stands, as the dot beside its word shows it.
STATE_COLOURS = {
    "done": RAG_HEX["green"],
    "overdue": RAG_HEX["red"],
    "in_progress": RAG_HEX["amber"],
    "open": MUTED_HEX,
    "cancelled": MUTED_HEX,
}
# Each state as its word: the domain's ActionStatus labels, and "Overdue", the pack's own.
STATE_WORDS = {
    "done": N_("Done"),
    "overdue": N_("Overdue"),
    "in_progress": N_("In progress"),
    "open": N_("Open"),
    "cancelled": N_("Cancelled"),
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
    story: list[Flowable] = [heading("actions", _("Actions"), styles)]
    meeting = section.meeting
    as_of = long_date(section.as_of)
    if meeting is None:
        story.append(subheading(_("Actions from the last meeting"), styles))
        none = _("No steering meeting recorded on or before {date}.").format(date=as_of)
        story.append(empty_note(none, styles))
    else:
        story += _meeting(meeting, section, styles, width)
    story += [Spacer(0, 14), subheading(_("Other open actions, overdue first"), styles)]
    if section.other_open:
        story.append(_table(section.other_open, styles, width, source=True))
    else:
        story.append(empty_note(_("No other open actions."), styles))
    note = _("Status as of {date}: overdue means open and due before then.").format(date=as_of)
    story.append(Paragraph(markup(note), styles.note))
    return story


def _meeting(
    meeting: MeetingRecord, section: PackActions, styles: Styles, width: float
) -> list[Flowable]:
    """The meeting's heading, its attendees and decisions, and the actions set there."""
    title = _("Actions from the last meeting ({date})").format(date=long_date(meeting.held_on))
    story: list[Flowable] = [subheading(title, styles)]
    who = "; ".join(meeting.attendees) or _("not recorded")
    attended = _("Attended: {people}.").format(people=who)
    story.append(Paragraph(f"<b>{markup(meeting.title)}.</b> {markup(attended)}", styles.body))
    if meeting.decisions:
        story.append(Spacer(0, 4))
        story.append(Paragraph(markup(_("Decided:")), styles.body))
        story.append(_bullets(meeting.decisions, styles))
    story.append(Spacer(0, 8))
    if section.from_meeting:
        story.append(_table(section.from_meeting, styles, width, source=False))
    else:
        story.append(empty_note(_("The meeting set no actions."), styles))
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
    overdue = styles.value_bold
    due = date_width((line.due_on for line in lines), overdue, least=DUE_WIDTH, most=WIDEST_DUE)
    text_width = width - REF_WIDTH - OWNER_WIDTH - due - STATE_WIDTH
    rows = [
        [
            cell(line.reference, styles.value_bold),
            _title(line, styles, source=source),
            cell(line.owner, styles.body),
            cell(table_date(line.due_on), overdue if line.state == "overdue" else styles.body),
            _state(line, styles),
        ]
        for line in lines
    ]
    widths = (REF_WIDTH, text_width, OWNER_WIDTH, due, STATE_WIDTH)
    header = (_("Ref."), _("Action"), _("Owner"), _("Due"), _("Status"))
    return data_table(header, rows, widths, styles)


def _title(line: ActionLine, styles: Styles, *, source: bool) -> list[Flowable]:
    """The action, marked when internal; under it, muted, where it came from."""
    title = _("{title} (internal)").format(title=line.title) if line.internal else line.title
    said: list[Flowable] = [cell(title, styles.body)]
    if source and line.source:
        said.append(Paragraph(markup(_("From {source}").format(source=line.source)), styles.label))
    return said


def _state(line: ActionLine, styles: Styles) -> Paragraph:
    """A dot in the state's colour and its word: '● Done 22 Oct 2026', '● Overdue'."""
    word = _(STATE_WORDS.get(line.state, line.state))
    if line.state == "done" and line.done_on is not None:
        word = _("Done {date}").format(date=table_date(line.done_on))
    colour = STATE_COLOURS.get(line.state, MUTED_HEX)
    return dot_word(colour, word, styles.body)
