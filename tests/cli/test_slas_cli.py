"""`cpm-desktop slas`: the service levels at their last period, as a table or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE

FIELDS = {
    "reference",
    "name",
    "target",
    "unit",
    "direction",
    "period",
    "tolerance",
    "description",
    "last_period",
    "last_value",
    "met",
    "rag",
    "trend",
    "periods_met",
    "periods_measured",
    "periods",
}


def test_table_rates_each_sla_at_its_last_period(demo_file: Path, capsys) -> None:
    """The demo's three SLAs: one amber, one green, one red, each with its trend."""
    assert main(["slas", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE.lower()]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["Ref", "Service", "level"]
    rows = {line[:6]: line for line in lines if line.startswith("SLA-")}
    assert list(rows) == ["SLA-01", "SLA-02", "SLA-03"]
    assert "≥ 99.5 %" in rows["SLA-01"]
    assert "Amber" in rows["SLA-01"]
    assert "↓ worse" in rows["SLA-01"]
    assert "met " in rows["SLA-02"]
    assert "Green" in rows["SLA-02"]
    assert "3.1 days" in rows["SLA-03"]
    assert "missed" in rows["SLA-03"]
    assert "2 of 4 periods met" in rows["SLA-03"]
    assert lines[-1] == f"{DEMO_PROJECT_CODE}: 3 service levels, 2 missed in their last period."


def test_json_names_every_field_and_period(demo_file: Path, capsys) -> None:
    """--json: the contract's fields, values as numbers, codes as stored, dates as ISO text."""
    args = ["slas", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE, "--json"]
    assert main(args) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["format"], document["project"]) == (1, DEMO_PROJECT_CODE)
    slas = {s["reference"]: s for s in document["service_levels"]}
    assert all(set(s) == FIELDS for s in slas.values())
    red = slas["SLA-03"]
    assert (red["target"], red["unit"], red["direction"], red["period"], red["tolerance"]) == (
        2.0,
        "days",
        "at_most",
        "weekly",
        0.5,
    )
    assert (red["last_period"], red["last_value"], red["met"], red["rag"], red["trend"]) == (
        "2026-11-16",
        3.1,
        False,
        "red",
        "up",
    )
    assert [p["period_start"] for p in red["periods"]] == [
        "2026-10-26",
        "2026-11-02",
        "2026-11-09",
        "2026-11-16",
    ]
    assert [p["met"] for p in red["periods"]] == [True, True, False, False]
    assert (red["periods_met"], red["periods_measured"]) == (2, 4)
    assert slas["SLA-01"]["rag"] == "amber"


def test_an_unknown_project_is_one_line_and_exit_2(demo_file: Path, capsys) -> None:
    """A user mistake: exit 2, one line on stderr."""
    assert main(["slas", "--db", str(demo_file), "--project", "NOPE"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
