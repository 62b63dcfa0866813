"""The pack's Actions section on the demo: the last meeting's actions, then the open log."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain.audience import Audience, visibility
from cpm_desktop.reports.pdf.pack.actions import action_flowables
from cpm_desktop.reports.pdf.style import styles as pack_styles
from cpm_desktop.services.actions.register import add_action
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.steering_pack.actions import pack_actions
from cpm_desktop.workspace import Workspace
from tests.services.support import make_project

CLIENT = visibility(Audience.CLIENT, open_book=False)
INTERNAL = visibility(Audience.INTERNAL, open_book=False)


def test_the_section_shows_the_last_meeting_then_the_other_open_actions(demo: Workspace) -> None:
    """As of 20 Nov: the 17 Nov meeting and its five actions; the others overdue first; the
    internal action only in the internal pack."""
    pid = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert pid is not None
    client = demo.run(pack_actions, pid, CLIENT)
    internal = demo.run(pack_actions, pid, INTERNAL)
    assert client is not None
    assert internal is not None
    assert client.as_of == dt.date(2026, 11, 20)
    assert client.meeting is not None
    assert (client.meeting.held_on, client.meeting.title) == (
        dt.date(2026, 11, 17),
        "Steering committee 3",
    )
    assert any(a.startswith("Henrik Sørensen") for a in client.meeting.attendees)
    states = {line.reference: line.state for line in client.from_meeting}
    assert states == {
        "A-007": "in_progress",  # due on the status date itself: not late yet
        "A-008": "done",
        "A-009": "open",
        "A-010": "overdue",
        "A-011": "open",
    }
    assert [line.reference for line in client.other_open][:2] == ["A-004", "A-005"]
    assert all(line.state == "overdue" for line in client.other_open[:2])
    assert "A-014" not in {line.reference for line in client.other_open}
    assert "A-014" in {line.reference for line in internal.other_open}
    sources = {line.reference: line.source for line in internal.other_open}
    assert sources["A-012"] == "the feedback of 18 Nov 2026"
    assert sources["A-004"] == "the meeting of 20 Oct 2026"
    assert sources["A-014"] == ""


def test_the_section_lays_out_and_says_when_no_meeting_was_held(workspace: Workspace) -> None:
    """A project with actions but no meeting gets the note; none at all prints nothing."""
    project = make_project(workspace)
    assert workspace.run(pack_actions, project.project_id, CLIENT) is None
    with workspace.transaction() as s:
        add_action(s, project.project_id, "Book the kick-off", due_on=dt.date(2026, 9, 1))
    section = workspace.run(pack_actions, project.project_id, CLIENT, today=dt.date(2026, 9, 7))
    assert section is not None
    assert section.meeting is None
    assert [line.state for line in section.other_open] == ["overdue"]
    styles = pack_styles()
    story = action_flowables(section, styles, A4[0] - 100)
    texts = " ".join(getattr(f, "text", "") for f in story)
    assert "No steering meeting recorded on or before 7 Sep 2026" in texts
    assert action_flowables(None, styles, 400) == []
    SimpleDocTemplate("/dev/null", pagesize=A4).build(story)  # it lays out
