"""Database-level checks hold even when the services are bypassed (rows written directly)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from cpm_desktop.domain import ConstraintType
from cpm_desktop.models import Calendar, Client, Dependency, Holiday, Project, Task
from cpm_desktop.workspace import Workspace
from tests.services.support import snapshot

D = dt.date


@pytest.fixture
def base(workspace: Workspace) -> dict[str, int]:
    """A calendar, a client, a project and two tasks written straight through the ORM."""
    with workspace.transaction() as s:
        calendar = Calendar(name="Std")
        client = Client(name="Acme")
        project = Project(
            code="P1",
            name="Project",
            client=client,
            calendar=calendar,
            start_date=D(2026, 9, 7),
            status_date=D(2026, 9, 7),
        )
        a = Task(project=project, name="A", position=0)
        b = Task(project=project, name="B", position=1)
        s.add_all([calendar, client, project, a, b])
        s.flush()
        return {
            "calendar": calendar.id,
            "client": client.id,
            "project": project.id,
            "a": a.id,
            "b": b.id,
        }


def add_rows(session: Session, make: Any) -> None:
    """Add the row(s) `make(session)` returns and flush them to the database."""
    rows = make(session)
    session.add_all(rows if isinstance(rows, list) else [rows])
    session.flush()


def write(workspace: Workspace, make: Any) -> None:
    """Add the row(s) `make(session)` returns in one transaction and commit."""
    with workspace.transaction() as s:
        add_rows(s, make)


def refused(workspace: Workspace, make: Any, constraint: str) -> None:
    """Expect the database to refuse the rows, naming `constraint`, and keep nothing."""
    before = snapshot(workspace)
    with pytest.raises(IntegrityError, match=constraint), workspace.transaction() as s:
        add_rows(s, make)
    assert snapshot(workspace) == before


def task(base: dict[str, int], **fields: Any) -> Task:
    """A valid task of the base project, with `fields` overridden."""
    return Task(**{"project_id": base["project"], "name": "T", "position": 2, **fields})


# ------------------------------------------------------------------------------ tasks


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({}, id="defaults"),
        pytest.param({"duration": 0}, id="duration-0"),
        pytest.param({"percent_complete": 0}, id="percent-0"),
        pytest.param({"percent_complete": 100}, id="percent-100"),
        pytest.param({"is_milestone": True, "duration": 0}, id="milestone-0-days"),
        pytest.param({"actual_start": D(2026, 9, 8)}, id="actual-start-only"),
        pytest.param(
            {"actual_start": D(2026, 9, 8), "actual_finish": D(2026, 9, 8)},
            id="finish-same-day",
        ),
        pytest.param(
            {"constraint_type": ConstraintType.SNET, "constraint_date": D(2026, 9, 8)},
            id="snet-with-date",
        ),
        pytest.param({"constraint_type": ConstraintType.ALAP}, id="alap-without-date"),
    ],
)
def test_valid_task_rows_are_accepted(
    workspace: Workspace, base: dict[str, int], fields: dict
) -> None:
    """The boundary values the checks allow really are accepted (controls for the refusals)."""
    write(workspace, lambda s: task(base, **fields))
    with workspace.transaction() as s:
        assert s.scalar(select(Task).where(Task.position == 2)) is not None


@pytest.mark.parametrize(
    ("fields", "constraint"),
    [
        pytest.param({"duration": -1}, "ck_task_duration_not_negative", id="negative-duration"),
        pytest.param({"percent_complete": -1}, "ck_task_percent_complete_range", id="pct-neg"),
        pytest.param({"percent_complete": 101}, "ck_task_percent_complete_range", id="pct-101"),
        pytest.param(
            {"is_milestone": True, "duration": 1},
            "ck_task_milestone_zero_duration",
            id="milestone-with-duration",
        ),
        pytest.param(
            {"actual_finish": D(2026, 9, 8)},
            "ck_task_actual_finish_after_start",
            id="finish-without-start",
        ),
        pytest.param(
            {"actual_start": D(2026, 9, 9), "actual_finish": D(2026, 9, 8)},
            "ck_task_actual_finish_after_start",
            id="finish-before-start",
        ),
        pytest.param(
            {"constraint_type": ConstraintType.MSO, "constraint_date": None},
            "ck_task_constraint_date_matches_type",
            id="mso-without-date",
        ),
        pytest.param(
            {"constraint_type": ConstraintType.ASAP, "constraint_date": D(2026, 9, 8)},
            "ck_task_constraint_date_matches_type",
            id="asap-with-date",
        ),
        pytest.param({"name": "   "}, "ck_task_name_not_blank", id="blank-name"),
        pytest.param({"position": -1}, "ck_task_position_not_negative", id="negative-position"),
        pytest.param(
            {"budget_cost": Decimal("-0.01")}, "ck_task_budget_cost_not_negative", id="neg-cost"
        ),
        pytest.param({"project_id": 999}, "FOREIGN KEY", id="unknown-project"),
        pytest.param({"parent_id": 999}, "FOREIGN KEY", id="unknown-parent"),
    ],
)
def test_invalid_task_rows_are_refused(
    workspace: Workspace, base: dict[str, int], fields: dict, constraint: str
) -> None:
    """Each task check (and the foreign keys) refuses a row that breaks it."""
    refused(workspace, lambda s: task(base, **fields), constraint)
    with workspace.transaction() as s:
        assert s.scalars(select(Task.name)).all() == ["A", "B"]


def test_deleting_a_project_with_tasks_cascades(workspace: Workspace, base: dict[str, int]) -> None:
    """ON DELETE CASCADE removes a deleted project's tasks in the database itself."""
    with workspace.transaction() as s:
        s.execute(text("DELETE FROM project WHERE id = :id"), {"id": base["project"]})
    with workspace.transaction() as s:
        assert s.scalars(select(Task)).all() == []


def test_deleting_a_client_with_projects_is_refused(
    workspace: Workspace, base: dict[str, int]
) -> None:
    """ON DELETE RESTRICT keeps a client that still has projects."""
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), workspace.transaction() as s:
        s.execute(text("DELETE FROM client WHERE id = :id"), {"id": base["client"]})


# ------------------------------------------------------------------------------ dependencies


def link(base: dict[str, int], **fields: Any) -> Dependency:
    """A valid A → B link of the base project, with `fields` overridden."""
    values = {
        "project_id": base["project"],
        "predecessor_id": base["a"],
        "successor_id": base["b"],
        **fields,
    }
    return Dependency(**values)


def test_valid_link_is_accepted(workspace: Workspace, base: dict[str, int]) -> None:
    """A → B FS with a lead of 5 days is stored (control for the refusals)."""
    write(workspace, lambda s: link(base, lag=-5))
    with workspace.transaction() as s:
        assert s.scalars(select(Dependency.lag)).all() == [-5]


@pytest.mark.parametrize(
    ("fields", "constraint"),
    [
        pytest.param({"lag": 10_001}, "ck_dependency_lag_range", id="lag-too-big"),
        pytest.param({"successor_id": 999}, "FOREIGN KEY", id="unknown-successor"),
        pytest.param({"project_id": 999}, "FOREIGN KEY", id="unknown-project"),
    ],
)
def test_invalid_links_are_refused(
    workspace: Workspace, base: dict[str, int], fields: dict, constraint: str
) -> None:
    """Huge lags and dangling ids are refused by the database."""
    refused(workspace, lambda s: link(base, **fields), constraint)


def test_self_link_is_refused(workspace: Workspace, base: dict[str, int]) -> None:
    """A task cannot be its own predecessor, even written directly."""
    refused(workspace, lambda s: link(base, successor_id=base["a"]), "ck_dependency_no_self_link")


def test_duplicate_link_is_refused(workspace: Workspace, base: dict[str, int]) -> None:
    """Only one link per (predecessor, successor) pair, whatever its type."""
    write(workspace, lambda s: link(base))
    refused(
        workspace,
        lambda s: link(base, type="SS"),
        "UNIQUE constraint failed: dependency.predecessor_id, dependency.successor_id",
    )


def test_unknown_link_type_text_is_refused_by_the_database(
    workspace: Workspace, base: dict[str, int]
) -> None:
    """Raw SQL writing link type 'XX' hits the CHECK constraint listing FS/SS/FF/SF."""
    statement = text(
        "INSERT INTO dependency (project_id, predecessor_id, successor_id, type, lag) "
        "VALUES (:p, :a, :b, :t, 0)"
    )
    params = {"p": base["project"], "a": base["a"], "b": base["b"]}
    with (
        pytest.raises(IntegrityError, match="CHECK constraint failed"),
        workspace.transaction() as s,
    ):
        s.execute(statement, {**params, "t": "XX"})
    with workspace.transaction() as s:  # control: a known type passes the same statement
        s.execute(statement, {**params, "t": "SF"})
        assert s.scalars(select(Dependency.type)).all() == ["SF"]


def test_unknown_enum_text_is_refused_by_the_orm(
    workspace: Workspace, base: dict[str, int]
) -> None:
    """The ORM refuses an unknown link type before it reaches SQL."""
    with pytest.raises(StatementError, match="XX"), workspace.transaction() as s:
        add_rows(s, lambda s: link(base, type="XX"))


def test_unknown_constraint_text_is_refused_by_the_database(
    workspace: Workspace, base: dict[str, int]
) -> None:
    """A task row with constraint type 'ZZZ' written by raw SQL is refused."""
    with (
        pytest.raises(IntegrityError, match="CHECK constraint failed"),
        workspace.transaction() as s,
    ):
        s.execute(text("UPDATE task SET constraint_type = 'ZZZ', constraint_date = '2026-09-08'"))


# ------------------------------------------------------------------------------ uniqueness


def test_project_codes_are_unique(workspace: Workspace, base: dict[str, int]) -> None:
    """A second project with code P1 is refused."""
    refused(
        workspace,
        lambda s: Project(
            code="P1",
            name="Again",
            client_id=base["client"],
            calendar_id=base["calendar"],
            start_date=D(2026, 1, 1),
            status_date=D(2026, 1, 1),
        ),
        "UNIQUE constraint failed: project.code",
    )


def test_client_names_are_unique(workspace: Workspace, base: dict[str, int]) -> None:
    """A second client named Acme is refused."""
    refused(workspace, lambda s: Client(name="Acme"), "UNIQUE constraint failed: client.name")


def test_holiday_dates_are_unique_per_calendar(workspace: Workspace, base: dict[str, int]) -> None:
    """A calendar cannot list the same holiday twice (another calendar can)."""
    day = D(2026, 12, 25)
    write(workspace, lambda s: Holiday(calendar_id=base["calendar"], day=day))
    refused(
        workspace,
        lambda s: Holiday(calendar_id=base["calendar"], day=day),
        "UNIQUE constraint failed",
    )
    write(workspace, lambda s: [other := Calendar(name="Other"), Holiday(calendar=other, day=day)])


@pytest.mark.parametrize(
    ("fields", "constraint"),
    [
        ({"status_date": D(2026, 9, 6)}, "ck_project_status_after_start"),
        ({"currency": "EURO"}, "ck_project_currency_iso"),
        ({"code": " "}, "ck_project_code_not_blank"),
        ({"budget": Decimal("-1")}, "ck_project_budget_not_negative"),
        ({"client_id": 999}, "FOREIGN KEY"),
    ],
)
def test_invalid_projects_are_refused(
    workspace: Workspace, base: dict[str, int], fields: dict, constraint: str
) -> None:
    """Project checks: status after start, ISO currency, code, budget, client."""
    values = {
        "code": "P2",
        "name": "Second",
        "client_id": base["client"],
        "calendar_id": base["calendar"],
        "start_date": D(2026, 9, 7),
        "status_date": D(2026, 9, 7),
        **fields,
    }
    refused(workspace, lambda s: Project(**values), constraint)


def test_calendar_needs_a_working_weekday(workspace: Workspace) -> None:
    """A calendar with no working weekday (mask 0) is refused."""
    refused(workspace, lambda s: Calendar(name="Never", working_weekdays=0), "ck_calendar_some")


# ------------------------------------------------------------------------------ money


def test_money_round_trips_exactly(workspace: Workspace, base: dict[str, int]) -> None:
    """Decimal('1234.56') comes back as exactly Decimal('1234.56') and is stored as cents."""
    with workspace.transaction() as s:
        project = s.get_one(Project, base["project"])
        project.budget = Decimal("1234.56")
        project.contract_value = Decimal("0.125")  # rounds half to even: 12 cents
    with workspace.transaction() as s:
        project = s.get_one(Project, base["project"])
        assert project.budget == Decimal("1234.56")
        assert str(project.budget) == "1234.56"
        assert project.contract_value == Decimal("0.12")
        raw = s.execute(
            text("SELECT budget, typeof(budget), contract_value FROM project WHERE id = :id"),
            {"id": base["project"]},
        ).one()
    assert tuple(raw) == (123456, "integer", 12)


def test_large_money_amounts_keep_every_cent(workspace: Workspace, base: dict[str, int]) -> None:
    """A trillion and one cent survives (no float rounding on the way)."""
    amount = Decimal("999999999999.99")
    with workspace.transaction() as s:
        s.execute(
            insert(Task).values(
                project_id=base["project"], name="Big", position=3, budget_cost=amount
            )
        )
    with workspace.transaction() as s:
        assert s.scalar(select(Task.budget_cost).where(Task.name == "Big")) == amount
