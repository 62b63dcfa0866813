"""`cpm-desktop resources`: a project's team with rates, work and cost, as a table or JSON;
`schedule --json` gives each task's work, cost and assignments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cpm_desktop.cli import main
from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.models import TimesheetEntry
from cpm_desktop.services.plan.tasks import add_task
from cpm_desktop.services.team import resources as team
from cpm_desktop.services.team.assignments import assign
from tests.services.support import MONDAY, make_project
from tests.templates import open_copy_of


@pytest.fixture(scope="module")
def team_file(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Path:
    """ACME-01 with Ana (architect, 100/h) on Design, a cost on Travel, Bo booked 6 h."""
    path = tmp_path_factory.mktemp("resources") / "team.cpm"
    with open_copy_of(empty_template, path) as ws:
        ids = make_project(ws)
        with ws.transaction() as s:
            role = team.add_role(s, "Architect")
            ana = team.add_resource(s, "Ana", role_id=role.id)
            bo = team.add_resource(s, "Bo", employer=Employer.CLIENT)
            travel = team.add_resource(s, "Travel", kind=ResourceKind.COST)
            team.set_rate(
                s,
                role_id=role.id,
                effective_from=MONDAY,
                cost_rate=100,
                bill_rate=150,
                currency="EUR",
            )
            design = add_task(s, ids.project_id, "Design", duration=2)
            trip = add_task(s, ids.project_id, "Travel to site", duration=1)
            assign(s, design.id, ana.id)
            assign(s, trip.id, travel.id, cost_amount="250")
            s.add(TimesheetEntry(resource_id=bo.id, task_id=design.id, week_start=MONDAY, hours=6))
    return ws.address


def test_table_lists_the_team(team_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One row per resource; Bo's hours have no rate, so their cost is unknown."""
    assert main(["resources", "--db", str(team_file), "--project", "ACME-01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["Resource", "Kind", "Role"]
    rows = {line.split()[0]: line for line in lines[2:] if line}
    assert "Architect" in rows["Ana"]
    assert "100.00 EUR/h" in rows["Ana"]
    assert "16.0 h" in rows["Ana"]
    assert "1,600.00" in rows["Ana"]
    assert "Client" in rows["Bo"]
    assert rows["Bo"].split()[-2:] == ["6.0", "unknown"]
    assert lines[-1].startswith("ACME-01: 3 resources, 16.0 h planned; money in EUR")


def test_json_holds_rates_work_and_assignments(
    team_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--json: exact money strings, null where unknown, each assignment's task and work."""
    assert main(["resources", "--db", str(team_file), "--project", "ACME-01", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    by_name = {r["name"]: r for r in document["resources"]}
    ana = by_name["Ana"]
    assert set(ana) == {
        "name",
        "kind",
        "role",
        "employer",
        "vendor",
        "max_units",
        "cost_rate",
        "bill_rate",
        "currency",
        "work_hours",
        "cost",
        "actual_work_hours",
        "actual_cost",
        "assignments",
    }
    assert (ana["cost_rate"], ana["bill_rate"], ana["currency"]) == ("100.00", "150.00", "EUR")
    assert (ana["work_hours"], ana["cost"]) == (16.0, "1600.00")
    assert ana["assignments"] == [{"task": "Design", "wbs": "1", "units": 1.0, "work_hours": 16.0}]
    assert (by_name["Bo"]["actual_work_hours"], by_name["Bo"]["actual_cost"]) == (6.0, None)
    assert by_name["Travel"]["cost"] == "250.00"
    assert document["has_cost_data"] is True


def test_schedule_json_gives_work_cost_and_assignments(
    team_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each task of `schedule --json` says its work, cost and who works on it."""
    assert main(["schedule", "--db", str(team_file), "--project", "ACME-01", "--json"]) == 0
    tasks = {t["name"]: t for t in json.loads(capsys.readouterr().out)["tasks"]}
    assert tasks["Design"]["work_hours"] == 16.0
    assert tasks["Design"]["cost"] == "1600.00"
    assert tasks["Design"]["assignments"] == [{"resource": "Ana", "units": 1.0, "work_hours": 16.0}]
    assert tasks["Travel to site"]["cost"] == "250.00"
