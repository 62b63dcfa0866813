"""`cpm-desktop changes`: the change log as a table or JSON; one-line errors on bad input."""

from __future__ import annotations

import json
from pathlib import Path

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE


def test_table_lists_requests_and_roll_up(demo_file: Path, capsys) -> None:
    """Header, rule, one line per request, then budget, contract and finish lines."""
    assert main(["changes", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["Ref", "Title", "Requested"]
    assert set(lines[1]) <= {"-", " "}
    rows = [line for line in lines if line.startswith("CR-")]
    assert rows[0].startswith("CR-001")
    assert len(rows) == 8
    status_at = lines[0].index("Status")
    assert rows[0][status_at:].startswith("Approved ")
    assert rows[5][status_at:].startswith("Under assessment ")
    assert "under_assessment" not in "\n".join(lines)
    assert any(line.startswith("Budget: EUR 480,000.00 + approved") for line in lines)
    assert any(line.startswith("Contract value: EUR 560,000.00") for line in lines)
    assert any(line.startswith("Finish: ") for line in lines)


def test_json_holds_summary_and_rows(demo_file: Path, capsys) -> None:
    """--json prints the summary and every request with its transitions, money as text."""
    args = ["changes", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE, "--json"]
    assert main(args) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == 1
    summary = document["summary"]
    assert summary["current_budget"] == "507500.00"
    first = document["changes"][0]
    assert first["reference"] == "CR-001"
    assert first["transitions"][0]["to_status"] == "submitted"
    statuses = {change["reference"]: change["status"] for change in document["changes"]}
    assert statuses["CR-006"] == "under_assessment"  # the stored value, not the label
    assert document["changes"][0]["category"] == "scope"
    assert isinstance(first["cost_impact"], str)


def test_bad_input_is_one_line_exit_2(demo_file: Path, tmp_path: Path, capsys) -> None:
    """Unknown project or missing file: exit 2 with one line."""
    assert main(["changes", "--db", str(demo_file), "--project", "NOPE"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "No project with code 'NOPE'" in err[0]
    assert main(["changes", "--db", str(tmp_path / "none.cpm"), "--project", "X"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
