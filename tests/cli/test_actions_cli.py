"""`cpm-desktop actions`: the action log (overdue flagged) and the steering meetings."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE

FIELDS = {
    "reference",
    "title",
    "owner",
    "due_on",
    "status",
    "source",
    "source_reference",
    "raised_on",
    "done_on",
    "overdue",
    "internal",
    "comments",
    "meeting",
}


def test_table_lists_every_action_flags_the_overdue_and_lists_the_meetings(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """All fourteen demo actions, the internal one marked, '!' on a late one, both meetings."""
    assert main(["actions", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["Ref", "Action", "Owner"]
    rows = {line[:5]: line for line in lines if line.startswith("A-")}
    assert len(rows) == 14
    assert "2026-11-13 !" in rows["A-005"]  # due before the status date, still open
    assert "Done" in rows["A-001"]
    assert "2026-10-22" in rows["A-001"]
    assert rows["A-014"].startswith("A-014 *")
    assert "Risk R-" in rows["A-013"]
    assert any("Steering committee 3" in line and "A-007" in line for line in lines)
    assert lines[-1].startswith(f"{DEMO_PROJECT_CODE}: 14 actions, 9 open, ")


def test_json_gives_each_action_its_source_meeting_and_overdue_flag(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--json: stored values, ISO dates, overdue judged today, meetings with their actions."""
    args = ["actions", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE, "--json"]
    assert main(args) == 0
    document = json.loads(capsys.readouterr().out)
    today = dt.date.fromisoformat(document["today"])
    assert (document["format"], document["project"]) == (1, DEMO_PROJECT_CODE)
    by_ref = {a["reference"]: a for a in document["actions"]}
    assert all(set(a) == FIELDS for a in by_ref.values())
    for action in by_ref.values():
        due = action["due_on"]
        late = due is not None and dt.date.fromisoformat(due) < today
        assert action["overdue"] == (late and action["status"] in ("open", "in_progress"))
    first = by_ref["A-001"]
    assert (first["status"], first["done_on"], first["source"]) == ("done", "2026-10-22", "meeting")
    assert first["meeting"] == {"held_on": "2026-10-20", "title": "Steering committee 2"}
    feedback = by_ref["A-012"]
    assert (feedback["source"], feedback["source_reference"]) == ("feedback", "2026-11-18")
    assert by_ref["A-013"]["source"] == "risk"
    assert by_ref["A-014"]["internal"] is True
    assert by_ref["A-014"]["meeting"] is None
    [october, november] = document["meetings"]
    assert october["actions"] == ["A-001", "A-002", "A-003", "A-004", "A-005", "A-006"]
    assert "Henrik Sørensen, Chief Operating Officer (sponsor)" in november["attendees"]
    assert november["decisions"][0].startswith("Keep the 12 April 2027 go-live date")
