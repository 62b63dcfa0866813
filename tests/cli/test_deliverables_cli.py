"""`cpm-desktop deliverables`: the deliverables and their acceptance, as a table or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE


def test_table_lists_each_deliverable_with_its_status_and_verdict(demo_file: Path, capsys) -> None:
    """The demo's nine deliverables: two accepted by the sponsor, one resubmitted."""
    assert main(["deliverables", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["Ref", "Deliverable"]
    rows = {line[:5]: line for line in lines if line.startswith("D-")}
    assert len(rows) == 9
    assert "Accepted" in rows["D-001"]
    assert "Henrik Sørensen" in rows["D-001"]
    assert "Resubmitted" in rows["D-003"]
    assert lines[-1].startswith(f"{DEMO_PROJECT_CODE}: 9 deliverables, 2 accepted")


def test_json_holds_the_checklist_and_history(demo_file: Path, capsys) -> None:
    """--json: statuses as stored values, dates as ISO text, the rejection on record."""
    args = ["deliverables", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE, "--json"]
    assert main(args) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == 1
    by_ref = {d["reference"]: d for d in document["deliverables"]}
    report = by_ref["D-003"]
    assert report["status"] == "resubmitted"
    assert report["rejections"] == 1
    assert [step["to_status"] for step in report["steps"]] == [
        "submitted",
        "rejected",
        "resubmitted",
    ]
    assert report["rejection_reasons"] == "Night shift returns not covered."
    assert all(c["met"] for c in by_ref["D-001"]["criteria"])
    assert by_ref["D-001"]["decided_on"] == "2026-09-11"
    assert isinstance(by_ref["D-009"]["overdue"], bool)
