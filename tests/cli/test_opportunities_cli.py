"""`cpm-desktop opportunities`: the pipeline of the project's client, as a table or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE


def test_table_lists_the_clients_opportunities_marking_this_projects(
    demo_file: Path, capsys
) -> None:
    """Nordhaven's two opportunities, both spotted on NHL-WMS, and the open value."""
    args = ["opportunities", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE.lower()]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["Ref", "Opportunity", "Stage"]
    rows = {line[:5]: line for line in lines if line.startswith("O-")}
    assert set(rows) == {"O-001", "O-002"}
    assert "Qualified" in rows["O-001"]
    assert "85,000.00 EUR" in rows["O-002"]
    assert rows["O-002"].endswith(f"{DEMO_PROJECT_CODE} *")
    assert lines[-2] == (
        "Nordhaven Logistics GmbH: 2 opportunities, 2 open, 395,000.00 EUR in the pipeline."
    )
    assert lines[-1] == f"* spotted on {DEMO_PROJECT_CODE}."


def test_json_holds_exact_amounts_stages_and_where_spotted(demo_file: Path, capsys) -> None:
    """--json: money as exact strings, stages as stored values, dates as ISO text."""
    args = ["opportunities", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE, "--json"]
    assert main(args) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["format"], document["project"]) == (1, DEMO_PROJECT_CODE)
    assert document["client"] == "Nordhaven Logistics GmbH"
    assert document["open_value"] == [{"currency": "EUR", "amount": "395000.00"}]
    by_ref = {o["reference"]: o for o in document["opportunities"]}
    yard = by_ref["O-002"]
    assert set(yard) == {
        "reference",
        "title",
        "need",
        "estimated_value",
        "currency",
        "stage",
        "open",
        "next_step",
        "handed_to",
        "spotted_on",
        "project",
        "spotted_on_this_project",
    }
    assert (yard["title"], yard["estimated_value"], yard["currency"]) == (
        "Yard management add-on",
        "85000.00",
        "EUR",
    )
    assert (yard["stage"], yard["spotted_on"], yard["project"]) == (
        "proposed",
        "2026-09-30",
        DEMO_PROJECT_CODE,
    )
    assert yard["spotted_on_this_project"] is True
    assert yard["handed_to"].startswith("Tom Krüger")


def test_another_clients_project_shows_its_own_pipeline(demo_file: Path, capsys) -> None:
    """ALP-CC's client is Alpenmarkt: its rollout in CHF, none of Nordhaven's."""
    assert main(["opportunities", "--db", str(demo_file), "--project", "ALP-CC", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [o["title"] for o in document["opportunities"]] == [
        "National click & collect rollout (140 stores)"
    ]
    assert document["open_value"] == [{"currency": "CHF", "amount": "1250000.00"}]


def test_unknown_project_is_a_user_error(demo_file: Path, capsys) -> None:
    """Exit 2 and one line naming the code."""
    assert main(["opportunities", "--db", str(demo_file), "--project", "NOPE"]) == 2
    assert "NOPE" in capsys.readouterr().err
