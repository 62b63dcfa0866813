"""`cpm-desktop charter`: the charter and SOW, as text or JSON (its field names a contract)."""

from __future__ import annotations

import json
from pathlib import Path

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE
from tests.stores import shown_name


def test_text_shows_the_objectives_and_the_scope_with_its_change_requests(
    demo_file: Path, capsys
) -> None:
    assert main(["charter", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE]) == 0
    out = capsys.readouterr().out
    assert "SOW 1.1 signed 2026-10-21 by Henrik Sørensen (signed form awaited)" in out
    assert "Objectives (2 met, 1 not met, 2 not yet measured):" in out
    assert "In scope (10 now, 8 as first signed):" in out
    assert "Cross-docking and value-added services  [- CR-001]" in out
    assert "[+ CR-006 pending]" in out


def test_json_gives_original_and_current_scope_and_the_signed_sow(demo_file: Path, capsys) -> None:
    args = ["charter", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE, "--json"]
    assert main(args) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == 1
    assert document["project"] == DEMO_PROJECT_CODE
    assert (
        document["objectives_met"],
        document["objectives_not_met"],
        document["objectives_not_measured"],
    ) == (2, 1, 2)
    assert {o["status"] for o in document["objectives"]} == {"met", "not_met", "not_measured"}
    assert [o["met"] for o in document["objectives"]][:2] == [None, None]
    original, current = document["original_scope"], document["current_scope"]
    assert "Cross-docking and value-added services" in original["out_of_scope"]
    assert "Cross-docking and value-added services" not in current["out_of_scope"]
    assert len(current["in_scope"]) == len(original["in_scope"]) + 2
    pending = next(
        x for x in document["scope_lines"] if x["added_by"] and x["added_by"]["effect"] == "pending"
    )
    assert (pending["added_by"]["reference"], pending["original"], pending["current"]) == (
        "CR-006",
        False,
        False,
    )
    dependency = next(x for x in document["scope_lines"] if x["kind"] == "dependency")
    assert dependency["due_on"] == "2027-01-08"
    assert document["sow_signed"]["version"] == "1.1"
    assert document["sow_signed"]["form_received"] is False
    assert [v["version"] for v in document["sow_versions"]] == ["1.0", "1.1"]
    assert document["deliverables"][0] == {
        "reference": "D-001",
        "name": "Project charter",
        "status": "accepted",
    }


def test_an_unknown_project_is_one_line_and_exit_2(demo_file: Path, capsys) -> None:
    assert main(["charter", "--db", str(demo_file), "--project", "NOPE"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.endswith(f"No project with code 'NOPE' in {shown_name(demo_file)}.")
