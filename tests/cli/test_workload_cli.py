"""`cpm-desktop workload` and `cpm-desktop level` on the demo: the people × weeks table and its
JSON, the levelling preview, --apply, and the refusals."""

from __future__ import annotations

import json
from pathlib import Path

from cpm_desktop.demo import DEMO_PROJECT_CODE
from tests.cli.support import assert_one_line_error, run_main
from tests.stores import Template
from tests.templates import copy_of

OVER_ALLOCATED = "Lukas Brandt"  # the demo's over-allocation, over New Year


def test_table_flags_the_over_allocated_weeks(demo_file: Path) -> None:
    """One row per person of the project, a column per week; the demo's clash carries a "!"."""
    result = run_main("workload", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[0] == "Resource"
    assert len(lines[0].split()) == 1 + 8  # eight weeks unless told
    rows = {line.split("  ")[0].strip(): line for line in lines[2:] if line and "  " in line}
    assert rows[OVER_ALLOCATED].rstrip().endswith("!")
    assert any(line.startswith("Utilisation ") for line in lines)


def test_json_gives_hours_capacity_percent_and_flags_per_week(demo_file: Path) -> None:
    """Every list is one value per week; the percent is hours over capacity."""
    result = run_main(
        "workload",
        "--db",
        str(demo_file),
        "--project",
        DEMO_PROJECT_CODE,
        "--weeks",
        "12",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["project"] == DEMO_PROJECT_CODE
    assert len(document["weeks"]) == 12
    assert document["start"] == document["weeks"][0]
    people = {r["name"]: r for r in document["resources"]}
    assert any(people[OVER_ALLOCATED]["over_allocated"])
    for person in people.values():
        for key in ("capacity_hours", "hours", "percent", "over_allocated"):
            assert len(person[key]) == 12
        for hours, capacity, percent in zip(
            person["hours"], person["capacity_hours"], person["percent"], strict=True
        ):
            assert percent is None or abs(percent - 100 * hours / capacity) < 0.1
        assert set(person["all_projects"]) == {"hours", "percent", "over_allocated"}
    used = document["utilisation"]
    assert 0 < used["percent"] < 100
    assert abs(used["percent"] - 100 * used["billable_hours"] / used["available_hours"]) < 0.1


def test_level_previews_then_applies(demo_template: Template, tmp_path: Path) -> None:
    """The preview moves a task off the clash and writes nothing; --apply makes it, after
    which levelling again has nothing to move."""
    copy = copy_of(demo_template, tmp_path / "level.cpm")
    args = ("--db", str(copy), "--project", DEMO_PROJECT_CODE)
    preview = json.loads(run_main("level", *args, "--json").stdout)
    assert preview["applied"] is False
    assert preview["moves"]
    assert preview["unresolved"] == []
    assert {m["resolves"]["resource"] for m in preview["moves"]} == {OVER_ALLOCATED}
    assert json.loads(run_main("level", *args, "--json").stdout) == preview  # nothing written
    table = run_main("level", *args, "--apply")
    assert table.returncode == 0, table.stderr
    assert "delayed" in table.stdout
    again = json.loads(run_main("level", *args, "--json").stdout)
    assert again["moves"] == []
    assert again["over_allocated_days_before"] > 0
    workload = json.loads(run_main("workload", *args, "--json").stdout)
    lukas = next(r for r in workload["resources"] if r["name"] == OVER_ALLOCATED)
    assert not any(lukas["over_allocated"])


def test_refusals_are_one_line(demo_file: Path) -> None:
    """An unknown project and a week count out of range: exit 2 and one line."""
    assert_one_line_error(run_main("level", "--db", str(demo_file), "--project", "NOPE"), "NOPE")
    assert_one_line_error(
        run_main(
            "workload", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE, "--weeks", "0"
        ),
        "weeks",
    )
