"""Who sees what on a team server, enforced by the database: a member connecting with raw
SQL reads only their projects' and clients' rows; the app shows them the same."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import select

from cpm_desktop.errors import ReadOnlyWorkspaceError
from cpm_desktop.models import Task
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.portfolio.views import find_project_id, portfolio
from cpm_desktop.services.team_server import add_team_user
from cpm_desktop.workspace import Workspace
from cpm_desktop.workspace.server import open_server_workspace
from tests.cli.support import run_main

NORDHAVEN, ALPENMARKT = "Nordhaven Logistics GmbH", "Alpenmarkt AG"


def as_user(workspace: Workspace, login: str) -> str:
    """The workspace's address for another login role."""
    return workspace.address.replace("//cpm@", f"//{login}@")


def team_user(workspace: Workspace, login: str, role: str, *member_of: str) -> str:
    """Create a team user through the command line, member of `--project X` / `--client Y`
    pairs; their address."""
    assert run_main("server", "add-user", login, "--role", role, "--db", workspace.address)
    for option, value in zip(member_of[::2], member_of[1::2], strict=True):
        result = run_main("server", "grant", login, option, value, "--db", workspace.address)
        assert result.returncode == 0, result.stderr
    return as_user(workspace, login)


def rows(address: str, query: str) -> list[tuple[object, ...]]:
    """What `query` returns to that user on a raw connection (no app in between)."""
    with psycopg.connect(address) as connection:
        return connection.execute(query).fetchall()


def test_a_member_reads_only_their_clients_rows_with_raw_sql(server_demo: Workspace) -> None:
    """Paul, PM of NHL-WMS, sees Nordhaven and its project's rows, nothing of Alpenmarkt's:
    not its client row, project, tasks, risks, contacts or its tasks' assignments."""
    paul = team_user(server_demo, "paul", "pm", "--project", "NHL-WMS")
    assert rows(paul, "SELECT name FROM client") == [(NORDHAVEN,)]
    assert rows(paul, "SELECT code FROM project") == [("NHL-WMS",)]
    alpenmarkt = "(SELECT id FROM project WHERE code = 'ALP-CC')"
    with psycopg.connect(server_demo.address) as owner:  # the owner sees everything
        other = owner.execute(
            "SELECT count(*) FROM task t JOIN project p ON p.id = t.project_id "
            "WHERE p.code = 'ALP-CC'"
        ).fetchone()
    assert other is not None
    assert other[0] > 5
    for query in (
        "SELECT t.id FROM task t JOIN project p ON p.id = t.project_id WHERE p.code <> 'NHL-WMS'",
        "SELECT r.id FROM risk r JOIN project p ON p.id = r.project_id WHERE p.code <> 'NHL-WMS'",
        "SELECT c.id FROM contact c JOIN client k ON k.id = c.client_id "
        f"WHERE k.name = '{ALPENMARKT}'",
        "SELECT a.id FROM assignment a JOIN task t ON t.id = a.task_id "
        f"WHERE t.project_id = {alpenmarkt}",
    ):
        assert rows(paul, query) == []
    assert rows(paul, "SELECT count(*) FROM task")[0][0] > 50  # his own project's


def test_an_account_manager_reads_their_client_and_writes_nothing(server_demo: Workspace) -> None:
    """Ada looks after Alpenmarkt: she reads its project, not Nordhaven's, and cannot write."""
    ada = team_user(server_demo, "ada", "account", "--client", ALPENMARKT)
    assert rows(ada, "SELECT code FROM project") == [("ALP-CC",)]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rows(ada, "UPDATE project SET name = 'Hers' WHERE code = 'ALP-CC'")
    with open_server_workspace(ada) as ws:  # through the app: one sentence, nothing saved
        task = ws.run(lambda s: s.scalar(select(Task.id).limit(1)))
        with pytest.raises(ReadOnlyWorkspaceError, match="lets you read this but not change"):
            ws.run(tasks.edit_task, task, name="Ada's")


def test_the_pmo_reads_everything_and_a_pm_edits_only_their_project(
    server_demo: Workspace,
) -> None:
    """Olga (PMO) reads both clients' projects; Paul, through the app, sees his project in
    the portfolio and edits it, and cannot even find the other one."""
    olga = team_user(server_demo, "olga", "pmo")
    assert sorted(rows(olga, "SELECT code FROM project")) == [("ALP-CC",), ("NHL-WMS",)]
    paul = team_user(server_demo, "paul", "pm", "--project", "NHL-WMS")
    with open_server_workspace(paul) as ws:
        assert [(c.name, [p.code for p in c.projects]) for c in ws.run(portfolio)] == [
            (NORDHAVEN, ["NHL-WMS"])
        ]
        assert ws.run(find_project_id, "ALP-CC") is None
        project_id = ws.run(find_project_id, "NHL-WMS")
        assert project_id is not None
        _, changes = ws.run_recorded(tasks.add_task, project_id, "Paul's task", duration=2)
        assert changes


def test_a_pm_who_creates_a_client_and_project_sees_them(server_demo: Workspace) -> None:
    """A new client and project made by a PM through the command line are his to see."""
    paul = team_user(server_demo, "paul", "pm")
    for command in (
        ("client", "add", "--name", "Kessler Bau AG"),
        ("project", "add", "--client", "Kessler Bau AG", "--code", "KB-1")
        + ("--name", "Site office", "--start", "2027-01-04"),
    ):
        result = run_main(*command, "--db", paul)
        assert result.returncode == 0, result.stderr
    assert rows(paul, "SELECT code FROM project") == [("KB-1",)]


def test_a_user_added_with_a_password_has_it_and_a_second_add_changes_only_the_role(
    server_demo: Workspace,
) -> None:
    """add-user with a password sets it on the login role (quotes and all); adding again
    with another role keeps the user and grants that role."""
    server_demo.run(add_team_user, "quinn", "pm", "it's a secret; DROP ROLE quinn")
    server_demo.run(add_team_user, "quinn", "pmo", None)
    (row,) = rows(
        server_demo.address,
        "SELECT rolpassword IS NOT NULL, pg_has_role('quinn', 'cpm_pm', 'MEMBER'), "
        "pg_has_role('quinn', 'cpm_pmo', 'MEMBER') FROM pg_authid WHERE rolname = 'quinn'",
    )
    assert row == (True, True, True)
