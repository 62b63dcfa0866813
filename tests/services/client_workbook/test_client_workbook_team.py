"""The workbook's Team, Workload and Costs sheets on the demo project: who works on it, their
hours, their load week by week, and cost only for the readers who may see it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import Audience
from cpm_desktop.reports.excel.content import ClientWorkbook, TableSheet
from cpm_desktop.services.client_workbook.export import client_workbook
from cpm_desktop.services.client_workbook.team_tables import NO_TEAM, OUR_TEAM, WORKLOAD_WEEKS
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.portfolio.earned_value import earned_value_report
from cpm_desktop.services.portfolio.projects import set_open_book
from cpm_desktop.services.portfolio.views import find_project_id, project_summary
from cpm_desktop.services.team.project_team import project_team
from cpm_desktop.services.workload.views import first_week, workload
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds
from tests.templates import open_copy_of

NOW = dt.datetime(2026, 11, 22, 9, 30)
BASE = ["Name", "Role", "Employer", "Tasks", "Work planned (h)", "Hours booked"]
COST = ["Cost rate per hour", "Planned cost", "Actual cost"]
BILL = ["Bill rate per hour"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Workspace]:
    """A copy of the demo portfolio for this module."""
    with open_copy_of(demo_template, tmp_path_factory.mktemp("team") / "demo.cpm") as ws:
        yield ws


@pytest.fixture(scope="module")
def project_id(demo: Workspace) -> int:
    """The demo's staffed project (fixed-price until `books` makes it open-book)."""
    found = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert found is not None
    return found


@pytest.fixture(scope="module")
def books(demo: Workspace, project_id: int) -> dict[str, ClientWorkbook]:
    """The workbook for the fixed-price client, the supplier, and the open-book client."""
    found = {
        "client": demo.run(client_workbook, project_id, now=NOW, audience=Audience.CLIENT),
        "internal": demo.run(client_workbook, project_id, now=NOW, audience=Audience.INTERNAL),
    }
    with demo.transaction() as s:
        set_open_book(s, project_id, True)
    found["open"] = demo.run(client_workbook, project_id, now=NOW, audience=Audience.CLIENT)
    return found


def team_of(book: ClientWorkbook) -> TableSheet:
    """The book's Team table."""
    return next(t for t in book.tables if t.name == "Team")


def rows_by_name(table: TableSheet) -> dict[str, dict[str, object]]:
    """Each row by the person's name, as {header: value}."""
    headers = [c.header for c in table.columns]
    return {str(row[0]): dict(zip(headers, row, strict=True)) for row in table.rows}


def test_the_team_sheet_lists_each_person_with_tasks_and_hours(
    demo: Workspace, project_id: int, books: dict[str, ClientWorkbook]
) -> None:
    """Every person of the project by name: role, whose staff, their tasks, planned and
    booked hours as the team service counts them; nobody's cost for the client."""
    team = demo.run(project_team, project_id)
    client = demo.run(project_summary, project_id).client
    table = team_of(books["client"])
    assert [c.header for c in table.columns] == BASE
    assert not table.read_back
    rows = rows_by_name(table)
    assert list(rows) == [m.resource.name for m in team.members]
    for member in team.members:
        row = rows[member.resource.name]
        assert row["Work planned (h)"] == Decimal(str(round(member.work_hours, 1)))
        assert row["Hours booked"] == Decimal(str(round(member.actual_work_hours, 1)))
        for a in member.assignments:
            assert f"{a.wbs} {a.task_name}" in str(row["Tasks"])
    anna = rows["Anna Weber"]
    assert (anna["Role"], anna["Employer"]) == ("WMS consultant", OUR_TEAM)
    assert "4.2.1 Receiving and ASN processing" in str(anna["Tasks"])
    assert rows["Miriam Albers"]["Employer"] == client  # the client's key user
    vendors = {m.resource.name: m.resource.vendor for m in team.members if m.resource.vendor}
    assert vendors  # the demo has a vendor's developers
    for name, vendor in vendors.items():
        assert rows[name]["Employer"] == vendor


def test_rates_and_cost_follow_the_reader(books: dict[str, ClientWorkbook]) -> None:
    """The fixed-price client sees no rate or cost and gets no Costs sheet; the open-book
    client sees cost rates and cost but no bill rate (both would tell the margin); the
    supplier sees all."""
    headers = {name: [c.header for c in team_of(b).columns] for name, b in books.items()}
    assert headers == {"client": BASE, "open": BASE + COST, "internal": BASE + COST + BILL}
    assert books["client"].costs is None
    assert books["open"].costs is not None
    assert books["internal"].costs is not None
    anna = rows_by_name(team_of(books["internal"]))["Anna Weber"]
    assert anna["Cost rate per hour"] == Decimal("120.00")
    assert anna["Bill rate per hour"] == Decimal("175.00")
    assert anna["Planned cost"] == Decimal("46080.00")


def test_the_workload_sheet_is_the_projects_load_from_the_status_week(
    demo: Workspace, project_id: int, books: dict[str, ClientWorkbook]
) -> None:
    """People × weeks from the status date's week: the workload service's project hours,
    percent and over-allocation, the same for every reader; the team's utilisation below
    only for the internal reader."""
    sheet = books["internal"].workload
    client = books["client"].workload
    assert sheet is not None
    assert client is not None
    assert (client.weeks, client.people) == (sheet.weeks, sheet.people)
    assert not any(note.startswith("Team utilisation") for note in client.notes)
    start = demo.run(first_week, project_id)
    assert sheet.weeks[0] == start
    assert len(sheet.weeks) == WORKLOAD_WEEKS  # the demo runs on for months
    load = demo.run(workload, project_id, start=start, weeks=len(sheet.weeks))
    expected = {r.name: r.project for r in load.resources if r.on_project}
    assert [p.name for p in sheet.people] == list(expected)
    for person in sheet.people:
        weeks = expected[person.name]
        assert [w.hours for w in person.weeks] == [w.hours for w in weeks]
        assert [w.percent for w in person.weeks] == [w.percent for w in weeks]
        assert [w.over_allocated for w in person.weeks] == [w.over_allocated for w in weeks]
    over = {p.name for p in sheet.people if any(w.over_allocated for w in p.weeks)}
    assert over == {"Lukas Brandt"}  # the demo's over-allocation to level
    assert any("over-allocated" in note for note in sheet.notes)
    assert any(note.startswith("Team utilisation") for note in sheet.notes)


def test_the_cost_sheet_adds_up_to_the_projects_earned_value(
    demo: Workspace, project_id: int, books: dict[str, ClientWorkbook]
) -> None:
    """By phase: one line per top-level summary; by role: the roles and other costs; both
    add up to the project's budget and actual cost, and the total is its EAC."""
    costs = books["internal"].costs
    assert costs is not None
    value = demo.run(earned_value_report, project_id, detail=False).project
    assert (costs.total.budget, costs.total.actual, costs.total.forecast) == (
        value.bac,
        value.ac,
        value.eac,
    )
    phases = [t.name for t in demo.run(timeline, project_id).tasks if t.depth == 0]
    assert [line.name for line in costs.phases] == phases
    cents = Decimal("0.05")  # each line rounded to the cent
    for lines in (costs.phases, costs.roles):
        assert sum(line.budget or 0 for line in lines) == pytest.approx(value.bac, abs=cents)
        assert sum(line.actual or 0 for line in lines) == pytest.approx(value.ac, abs=cents)
    assert {"WMS consultant", "Project manager"} <= {line.name for line in costs.roles}
    assert costs.notes


def test_a_project_without_a_team_says_so(workspace: Workspace, project: ProjectIds) -> None:
    """No one on the project: the Team and Workload sheets carry one line each, and the
    Costs sheet says there is no cost data."""
    book = workspace.run(client_workbook, project.project_id, now=NOW, audience=Audience.INTERNAL)
    table = team_of(book)
    assert (table.rows, table.empty_note) == ((), NO_TEAM)
    assert book.workload is not None
    assert (book.workload.people, book.workload.empty_note) == ((), NO_TEAM)
    assert book.costs is not None
    assert book.costs.empty_note.startswith("No cost data")
