"""A workspace on a PostgreSQL server (team mode): set up, opened, refused clearly, and the
services give the same answers as on a file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import create_engine, inspect
from sqlalchemy.orm import Session

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.errors import NotAWorkspaceError, UndoConflictError, WorkspaceError
from cpm_desktop.models.standings import BOOKKEEPING
from cpm_desktop.services import history
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.portfolio.projects import set_status_date
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.workspace import Workspace, migrate
from cpm_desktop.workspace.addresses import is_server_address
from cpm_desktop.workspace.server import init_server, open_server_workspace, server_url
from tests.postgres_server import administering


def test_a_database_set_up_by_init_opens_at_the_current_schema(postgres_url: str) -> None:
    """`init_server` builds the schema on an empty database; opening it then names it by
    database and host, and its address carries no password."""
    with init_server(postgres_url) as ws:
        assert ws.path is None
    with open_server_workspace(postgres_url, password="not kept") as ws:
        assert ws.schema_revision() == migrate.head_revision()
        database = postgres_url.rsplit("/", 1)[1]
        assert ws.name == f"{database} on 127.0.0.1"
        assert "not kept" not in ws.address
        assert ws.address == f"postgresql://cpm@127.0.0.1:{ws.engine.url.port}/{database}"


def test_an_empty_database_is_refused_naming_the_set_up_command(postgres_url: str) -> None:
    """A database nobody set up is not silently given a schema by a user's open."""
    with pytest.raises(NotAWorkspaceError, match="server init"):
        open_server_workspace(postgres_url)
    engine = create_engine(server_url(postgres_url))
    try:
        with engine.connect() as connection:
            assert migrate.current_revision(connection) is None
    finally:
        engine.dispose()


def test_an_older_schema_is_refused_until_init_upgrades_it(postgres_url: str) -> None:
    """A server at an older revision opens only once an administrator ran `server init`."""
    with init_server(postgres_url):
        pass
    with administering(postgres_url) as database:
        database.execute("UPDATE alembic_version SET version_num = '0015'")
    with pytest.raises(WorkspaceError, match="older schema"):
        open_server_workspace(postgres_url)


def test_a_server_that_does_not_answer_is_said_so(postgres_server: str) -> None:
    """No server at the address: one sentence naming it, not a driver's traceback."""
    unused = postgres_server.rsplit(":", 1)[0] + ":9/cpm"  # the discard port: nobody listens
    with pytest.raises(WorkspaceError, match="cannot be reached"):
        open_server_workspace(unused)


@pytest.mark.parametrize(
    ("address", "server"),
    [
        ("postgresql://pm@db.example.com/cpm", True),
        ("postgres://pm@db/cpm", True),
        ("/home/pm/work.cpm", False),
        ("work.cpm", False),
    ],
)
def test_server_addresses_are_told_from_files(address: str, server: bool) -> None:
    """What `--db` takes: a PostgreSQL URL names a server, anything else a file."""
    assert is_server_address(address) is server


def test_an_address_that_is_not_postgresql_is_refused() -> None:
    """A URL of another database, or without one, is refused with the form to write."""
    for address in ("mysql://pm@db/cpm", "postgresql://pm@db"):
        with pytest.raises(WorkspaceError, match="postgresql://user@host/database"):
            server_url(address)


def every_row(ws: Workspace) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows in key order, but the audit trail's (undo adds to it) and the
    server's and the standings' bookkeeping."""
    with ws.engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        return {
            table: [
                tuple(row)
                for row in connection.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY 1')
            ]
            for table in tables
            if table not in {"audit_entry", "record_version", *BOOKKEEPING}
        }


def test_undo_and_redo_put_every_row_back_on_the_server(server_demo: Workspace) -> None:
    """Recorded edits on the server's demo — a task made longer (its successors move), a task
    deleted (its links with it), a risk added, the status date moved — each undone leaves
    every table as before it, and redone as after it."""
    ws = server_demo
    project_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
    plan = ws.run(timeline, project_id)
    leading = {link.predecessor_id for link in plan.links}
    first, *_, last = [
        t
        for t in plan.tasks
        if t.id in leading and t.actual_start is None and not (t.is_summary or t.is_milestone)
    ]
    edits: list[Callable[[Session], object]] = [
        lambda s: tasks.edit_task(s, first.id, duration=first.duration + 10),
        lambda s: tasks.delete_task(s, last.id),
        lambda s: add_risk(
            s, project_id, "Cutover slips", task_ids=[first.id], probability=3, impact=4
        ),
        lambda s: set_status_date(s, project_id, dt.date(2026, 12, 4)),
    ]
    moved: list[int] = []
    for edit in edits:
        before = every_row(ws)
        _, changes = ws.run_recorded(edit)
        after = every_row(ws)
        assert after != before
        moved.append(len(changes.rows))
        ws.run(history.undo_edit, changes, project_id, "edit")
        assert every_row(ws) == before
        ws.run(history.redo_edit, changes, project_id, "edit")
        assert every_row(ws) == after
    assert moved[0] > 5  # the longer task's successors were rescheduled with it


def test_an_undo_of_a_row_changed_since_is_refused_on_the_server(server_demo: Workspace) -> None:
    """Another edit changed a row the undo would put back: refused, nothing changed."""
    ws = server_demo
    project_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
    _, changes = ws.run_recorded(set_status_date, project_id, dt.date(2026, 12, 4))
    ws.run(set_status_date, project_id, dt.date(2026, 12, 11))
    before = every_row(ws)
    with pytest.raises(UndoConflictError, match="row .* differs"):
        ws.run(history.undo_edit, changes, project_id, "edit")
    assert every_row(ws) == before
