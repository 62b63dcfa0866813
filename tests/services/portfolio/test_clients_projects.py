"""Clients, contacts and projects: creation, validation, duplicates, audit, read views."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cpm_desktop.domain import ProjectStatus
from cpm_desktop.errors import DuplicateError, NotFoundError, ValidationError
from cpm_desktop.models import Calendar, Client, Contact, Project
from cpm_desktop.services.plan import calendars, dependencies, tasks
from cpm_desktop.services.portfolio import clients, projects, views
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    MONDAY,
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    rows_by_name,
    snapshot,
)

# ------------------------------------------------------------------------------ clients


def test_create_client_tidies_the_name_and_keeps_details(workspace: Workspace) -> None:
    """A client name is stripped and inner runs of spaces collapse; details are stored."""
    with workspace.transaction() as s:
        client_id = clients.create_client(
            s, "  Acme \t Logistics  ", industry=" Freight ", notes="Key account"
        ).id
    with workspace.transaction() as s:
        client = s.get(Client, client_id)
        assert client is not None
        assert (client.name, client.industry, client.notes) == (
            "Acme Logistics",
            "Freight",
            "Key account",
        )


def test_create_client_writes_an_audit_entry_by_the_os_user(
    workspace: Workspace, os_user: str
) -> None:
    """Creating a client records who created what, as the OS login."""
    with workspace.transaction() as s:
        client_id = clients.create_client(s, "Globex").id
    [entry] = audit_since(workspace, 0)
    assert (entry.user, entry.entity, entry.entity_id, entry.action) == (
        os_user,
        "client",
        client_id,
        "create",
    )
    assert (entry.old_value, entry.new_value, entry.project_id) == (None, "Globex", None)


@pytest.mark.parametrize("name", ["", "   ", "\n\t", 42, None, "x" * 201])
def test_create_client_refuses_a_blank_or_bad_name(workspace: Workspace, name: object) -> None:
    """Blank, non-text and over-long client names are refused and nothing is written."""
    assert_refused(workspace, lambda s: clients.create_client(s, name), ValidationError)


@pytest.mark.parametrize("other", ["Acme Logistics", "ACME LOGISTICS", "  acme   logistics "])
def test_create_client_refuses_a_duplicate_name_ignoring_case(
    workspace: Workspace, project: ProjectIds, other: str
) -> None:
    """Client names are unique regardless of case and spacing; the workspace stays as it was."""
    assert_refused(
        workspace, lambda s: clients.create_client(s, other), DuplicateError, "already exists"
    )


def test_create_client_refuses_an_exact_duplicate_accented_name(workspace: Workspace) -> None:
    """A second client named exactly like an accented one is a DuplicateError."""
    with workspace.transaction() as s:
        clients.create_client(s, "École Polytechnique")
    assert_refused(
        workspace, lambda s: clients.create_client(s, "École Polytechnique"), DuplicateError
    )


def test_create_client_refuses_an_accented_name_differing_only_in_case(
    workspace: Workspace,
) -> None:
    """Case-insensitive uniqueness holds for non-ASCII letters too."""
    with workspace.transaction() as s:
        clients.create_client(s, "École")
    assert_refused(workspace, lambda s: clients.create_client(s, "ÉCOLE"), DuplicateError)


# ------------------------------------------------------------------------------ contacts


def test_add_contact_stores_the_person_and_audits_it(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A contact is stored under its client, and its creation is audited with the client name."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        contact_id = clients.add_contact(
            s, project.client_id, "Dana Scully", role="Sponsor", email="dana@acme.example"
        ).id
    with workspace.transaction() as s:
        contact = s.get(Contact, contact_id)
        assert contact is not None
        assert (contact.client_id, contact.name, contact.role, contact.email) == (
            project.client_id,
            "Dana Scully",
            "Sponsor",
            "dana@acme.example",
        )
    [entry] = audit_since(workspace, before)
    assert (entry.entity, entry.action, entry.entity_label) == (
        "contact",
        "create",
        "Dana Scully (Acme Logistics)",
    )


def test_client_contacts_lists_only_the_projects_client_by_name(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The people a change request can name: the project's client's contacts, sorted by name."""
    with workspace.transaction() as s:
        other = clients.create_client(s, "Other Client GmbH").id
        clients.add_contact(s, other, "Aaron Outsider")
        clients.add_contact(s, project.client_id, "zoë Zimmer", role="Key user")
        clients.add_contact(s, project.client_id, "Émile Adam", role="Sponsor")
    with workspace.transaction() as s:
        people = views.client_contacts(s, project.project_id)
    names = [(p.name, p.role) for p in people]
    assert ("Aaron Outsider", "") not in names
    assert names.index(("Émile Adam", "Sponsor")) < names.index(("zoë Zimmer", "Key user"))


@pytest.mark.parametrize(
    ("client_id", "name", "email", "error"),
    [
        (999, "Dana", "", NotFoundError),
        ("1", "Dana", "", NotFoundError),
        (True, "Dana", "", NotFoundError),
        (None, "Dana", "", NotFoundError),
        (1, "  ", "", ValidationError),
        (1, "Dana", "not-an-address", ValidationError),
        (1, "Dana", "dana @acme.example", ValidationError),
    ],
)
def test_add_contact_refuses_bad_input(
    workspace: Workspace,
    project: ProjectIds,
    client_id: object,
    name: str,
    email: str,
    error: type[Exception],
) -> None:
    """Unknown or mistyped client ids, blank names and bad e-mails change nothing."""
    assert_refused(workspace, lambda s: clients.add_contact(s, client_id, name, email=email), error)


# ------------------------------------------------------------------------------ projects


def test_create_project_normalises_code_and_currency(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Codes and currencies are stored upper-case; no status date until progress is reported."""
    with workspace.transaction() as s:
        project_id = projects.create_project(
            s,
            projects.NewProject(
                client_id=project.client_id,
                code=" acme-02 ",
                name="Second wave",
                start_date=MONDAY,
                currency="usd",
                budget="2500.5",
            ),
        ).id
    with workspace.transaction() as s:
        stored = s.get(Project, project_id)
        assert stored is not None
        assert (stored.code, stored.currency, stored.status_date) == ("ACME-02", "USD", None)
        assert stored.budget == Decimal("2500.50")
        assert (stored.status, stored.rag) == (ProjectStatus.ACTIVE, None)  # not rated yet


def test_create_project_stores_money_exactly(workspace: Workspace, project: ProjectIds) -> None:
    """A budget of 1234.56 comes back as exactly Decimal('1234.56')."""
    with workspace.transaction() as s:
        project_id = projects.create_project(
            s,
            projects.NewProject(
                client_id=project.client_id,
                code="MONEY",
                name="Money",
                start_date=MONDAY,
                budget=Decimal("1234.56"),
                contract_value=Decimal("0.10"),
            ),
        ).id
    with workspace.transaction() as s:
        stored = s.get(Project, project_id)
        assert stored is not None
        assert (stored.budget, stored.contract_value) == (Decimal("1234.56"), Decimal("0.10"))


def test_create_project_gets_its_own_copy_of_the_default_calendar(
    workspace: Workspace,
) -> None:
    """A new project's calendar copies the template's weekdays and holidays but is separate."""
    with workspace.transaction() as s:
        template = calendars.default_calendar(s)
        calendars.set_working_weekdays(s, template.id, [0, 1, 2, 3])
        calendars.set_holidays(s, template.id, [(dt.date(2026, 12, 25), "Christmas")])
        client = clients.create_client(s, "Initech")
        project = projects.create_project(
            s, projects.NewProject(client_id=client.id, code="INI", name="TPS", start_date=MONDAY)
        )
        template_id, calendar_id = template.id, project.calendar_id
    with workspace.transaction() as s:
        own = s.get(Calendar, calendar_id)
        assert own is not None
        assert calendar_id != template_id
        assert (own.name, own.is_default) == ("INI calendar", False)
        assert own.working_weekdays == 0b1111
        assert [(h.day, h.name) for h in own.holidays] == [(dt.date(2026, 12, 25), "Christmas")]


def test_create_project_accepts_a_sponsor_of_its_client(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A contact of the same client can be the sponsor; the summary names them."""
    with workspace.transaction() as s:
        sponsor = clients.add_contact(s, project.client_id, "Walter Skinner")
        project_id = projects.create_project(
            s,
            projects.NewProject(
                client_id=project.client_id,
                code="SPON",
                name="Sponsored",
                start_date=MONDAY,
                sponsor_id=sponsor.id,
            ),
        ).id
    with workspace.transaction() as s:
        assert views.project_summary(s, project_id).sponsor == "Walter Skinner"


def test_create_project_is_audited(workspace: Workspace, project: ProjectIds) -> None:
    """Creating a project writes one 'create' entry tied to that project."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        project_id = projects.create_project(
            s,
            projects.NewProject(
                client_id=project.client_id, code="AUD", name="Audited", start_date=MONDAY
            ),
        ).id
    [entry] = audit_since(workspace, before)
    assert (entry.entity, entry.entity_id, entry.project_id, entry.action, entry.new_value) == (
        "project",
        project_id,
        project_id,
        "create",
        "AUD Audited",
    )


BAD_PROJECT_INPUTS = [
    pytest.param({"client_id": 999}, NotFoundError, id="unknown-client"),
    pytest.param({"client_id": "1"}, NotFoundError, id="string-client-id"),
    pytest.param({"code": ""}, ValidationError, id="blank-code"),
    pytest.param({"code": "AB C"}, ValidationError, id="code-with-space"),
    pytest.param({"code": "-AB"}, ValidationError, id="code-leading-dash"),
    pytest.param({"code": "A" * 21}, ValidationError, id="code-too-long"),
    pytest.param({"code": "PRJ/1"}, ValidationError, id="code-with-slash"),
    pytest.param({"code": 12}, ValidationError, id="code-not-text"),
    pytest.param({"code": "acme-01"}, DuplicateError, id="duplicate-code-other-case"),
    pytest.param({"name": "  "}, ValidationError, id="blank-name"),
    pytest.param({"name": None}, ValidationError, id="name-not-text"),
    pytest.param({"start_date": dt.date(1899, 12, 31)}, ValidationError, id="start-1899"),
    pytest.param({"start_date": dt.date(2200, 1, 1)}, ValidationError, id="start-2200"),
    pytest.param({"start_date": "2026-09-07"}, ValidationError, id="start-as-text"),
    pytest.param(
        {"start_date": dt.datetime(2026, 9, 7, 9, 0)}, ValidationError, id="start-datetime"
    ),
    pytest.param({"status_date": dt.date(2026, 9, 4)}, ValidationError, id="status-before-start"),
    pytest.param({"status_date": dt.date(2200, 1, 1)}, ValidationError, id="status-2200"),
    pytest.param({"currency": "EURO"}, ValidationError, id="currency-4-letters"),
    pytest.param({"currency": "E1R"}, ValidationError, id="currency-digit"),
    pytest.param({"currency": ""}, ValidationError, id="currency-blank"),
    pytest.param({"currency": 978}, ValidationError, id="currency-number"),
    pytest.param({"budget": "-1"}, ValidationError, id="negative-budget"),
    pytest.param({"budget": "lots"}, ValidationError, id="budget-not-money"),
    pytest.param({"budget": 12.5}, ValidationError, id="budget-float"),
    pytest.param({"contract_value": "1e13"}, ValidationError, id="contract-too-big"),
    pytest.param({"sponsor_id": 999}, NotFoundError, id="unknown-sponsor"),
]


@pytest.mark.parametrize(("override", "error"), BAD_PROJECT_INPUTS)
def test_create_project_refuses_bad_input(
    workspace: Workspace, project: ProjectIds, override: dict, error: type[Exception]
) -> None:
    """Each bad field of a new project raises its typed error and leaves every row as it was."""
    fields = {
        "client_id": project.client_id,
        "code": "NEW-1",
        "name": "New project",
        "start_date": MONDAY,
        **override,
    }
    assert_refused(
        workspace, lambda s: projects.create_project(s, projects.NewProject(**fields)), error
    )


def test_create_project_refuses_a_sponsor_of_another_client(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The sponsor must be a contact of the project's own client."""
    with workspace.transaction() as s:
        other = clients.create_client(s, "Globex")
        outsider = clients.add_contact(s, other.id, "Hank Scorpio").id
    assert_refused(
        workspace,
        lambda s: projects.create_project(
            s,
            projects.NewProject(
                client_id=project.client_id,
                code="NEW-1",
                name="New",
                start_date=MONDAY,
                sponsor_id=outsider,
            ),
        ),
        ValidationError,
        "not a contact of Acme Logistics",
    )


def test_create_project_refuses_an_unknown_status_as_validation_error(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A status that is not a ProjectStatus is a ValidationError, like every other bad field."""
    assert_refused(
        workspace,
        lambda s: projects.create_project(
            s,
            projects.NewProject(
                client_id=project.client_id,
                code="NEW-1",
                name="New",
                start_date=MONDAY,
                status="bogus",
            ),
        ),
        ValidationError,
    )


def test_set_status_date_moves_unstarted_work_and_is_audited(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Moving the status date to Wednesday pushes an unstarted task after it, with an audit row."""
    with workspace.transaction() as s:
        tasks.add_task(s, project.project_id, "Survey", duration=2)
    before = audit_count(workspace)
    with workspace.transaction() as s:
        projects.set_status_date(s, project.project_id, dt.date(2026, 9, 9))
    row = rows_by_name(workspace, project.project_id)["Survey"]
    # Not before the status date (whether it starts on it or after it), two working days long.
    assert row.start in (dt.date(2026, 9, 9), dt.date(2026, 9, 10))
    assert row.finish == row.start + dt.timedelta(days=1)
    [entry] = audit_since(workspace, before)
    assert (entry.entity, entry.field, entry.old_value, entry.new_value) == (
        "project",
        "status_date",
        None,
        "2026-09-09",
    )


@pytest.mark.parametrize(
    ("project_id", "day", "error"),
    [
        (None, dt.date(2026, 9, 4), ValidationError),
        (None, dt.date(2200, 1, 1), ValidationError),
        (None, "2026-09-09", ValidationError),
        (999, dt.date(2026, 9, 9), NotFoundError),
        ("1", dt.date(2026, 9, 9), NotFoundError),
    ],
)
def test_set_status_date_refuses_bad_input(
    workspace: Workspace, project: ProjectIds, project_id: object, day: object, error: type
) -> None:
    """A status date before the start, out of range or not a date, or an unknown id: no change."""
    target = project.project_id if project_id is None else project_id
    assert_refused(workspace, lambda s: projects.set_status_date(s, target, day), error)


def test_first_task_of_a_new_project_starts_on_the_project_start(
    workspace: Workspace, project: ProjectIds
) -> None:
    """With nothing reported yet, an ASAP task starts on the project's start date."""
    with workspace.transaction() as s:
        tasks.add_task(s, project.project_id, "Kick-off", duration=1)
    assert rows_by_name(workspace, project.project_id)["Kick-off"].start == MONDAY


# ------------------------------------------------------------------------------ read views


def test_portfolio_lists_clients_and_projects_sorted(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The navigator lists clients by name ignoring case, each with its projects by code."""
    with workspace.transaction() as s:
        zeta = clients.create_client(s, "zeta Corp")
        clients.create_client(s, "Beta Ltd")
        for code in ("Z-2", "Z-1"):
            projects.create_project(
                s, projects.NewProject(client_id=zeta.id, code=code, name=code, start_date=MONDAY)
            )
    with workspace.transaction() as s:
        items = views.portfolio(s)
    assert [c.name for c in items] == ["Acme Logistics", "Beta Ltd", "zeta Corp"]
    assert [p.code for p in items[2].projects] == ["Z-1", "Z-2"]
    assert [(p.code, p.status, p.rag) for p in items[0].projects] == [("ACME-01", "active", None)]


def test_find_project_id_ignores_case(workspace: Workspace, project: ProjectIds) -> None:
    """A project code is found in any case; an unknown code gives None."""
    with workspace.transaction() as s:
        assert views.find_project_id(s, "acme-01") == project.project_id
        assert views.find_project_id(s, "NOPE") is None


def test_project_summary_counts_tasks_and_links(workspace: Workspace, project: ProjectIds) -> None:
    """The summary shows client, counts and the latest task finish."""
    with workspace.transaction() as s:
        a = tasks.add_task(s, project.project_id, "A", duration=2)
        b = tasks.add_task(s, project.project_id, "B", duration=3)
        dependencies.add_dependency(s, a.id, b.id)
        summary = views.project_summary(s, project.project_id)
    finish = rows_by_name(workspace, project.project_id)["B"].finish
    assert (summary.client, summary.code, summary.task_count, summary.link_count) == (
        "Acme Logistics",
        "ACME-01",
        2,
        1,
    )
    assert summary.finish_date == finish


@pytest.mark.parametrize("ident", [999, "1", None])
def test_read_views_refuse_unknown_projects(
    workspace: Workspace, project: ProjectIds, ident: object
) -> None:
    """project_summary and task_rows raise NotFoundError for an unknown or mistyped id."""
    with workspace.transaction() as s:
        with pytest.raises(NotFoundError):
            views.project_summary(s, ident)
        with pytest.raises(NotFoundError):
            views.task_rows(s, ident)
    assert snapshot(workspace)["project"]  # the real project is still there


def test_update_project_renames_and_moves_as_one_audited_edit(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A rename, a budget and a status date in one call: each field one audit entry."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        record = projects.update_project(
            s,
            project.project_id,
            code=" wms-2026 ",
            budget="125000.50",
            status_date=MONDAY + dt.timedelta(days=11),
        )
    assert (record.code, record.status_date) == ("WMS-2026", MONDAY + dt.timedelta(days=11))
    changed = {(e.field, e.new_value) for e in audit_since(workspace, before)}
    assert {"code", "budget", "status_date"} <= {field for field, _ in changed}
    with workspace.transaction() as s:
        assert views.project_summary(s, project.project_id).budget == Decimal("125000.50")


@pytest.mark.parametrize(
    "changes",
    [
        {"name": "Renamed", "budget": -1},
        {"name": "Renamed", "code": ""},
        {"name": "Renamed", "status_date": MONDAY - dt.timedelta(days=1)},
    ],
)
def test_update_project_refused_changes_nothing(
    workspace: Workspace, project: ProjectIds, changes: dict[str, object]
) -> None:
    """A field refused refuses the whole change, even one set before it was checked."""
    assert_refused(
        workspace,
        lambda s: projects.update_project(s, project.project_id, **changes),  # type: ignore[arg-type]
        ValidationError,
    )
