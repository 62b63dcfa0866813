"""Several users at once on a team server: no edit overwrites, unseen, what another made.

Each record's last edit is kept beside it on the server (`record_version`: by table and id,
the transaction that made it, who, from which window and when; installed by `server init`
with a trigger on every table). A window remembers the moment it last read what it shows (a
snapshot of the server's transactions, `Workspace.mark_seen`); an edit of a record whose last
edit that snapshot did not see, made by another window, is refused by the trigger with who
changed what and when (`StaleEditError`), and nothing is written. Writing what the engine
derives (the dates a reschedule moves) is not an edit of those records (`derived`), and a
command line run, which reads and writes in one go, sets no snapshot and is never refused.
The same trigger tells listening windows what was written (`server_notices.py`), and makes
the edits of one project follow each other: the first write of a transaction to a project's
records waits for any other transaction writing that project to end (an advisory lock), so a
reschedule always reads the plan with the other users' edits committed, and never writes back
values it read before they were.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import inspect
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from cpm_desktop.models import Project
from cpm_desktop.workspace.closed_projects import project_of
from cpm_desktop.workspace.row_changes import quoted
from cpm_desktop.workspace.server_notices import NOTIFY

STALE = "CP001"  # the SQLSTATE of a refused stale edit (class CP: ours)
CHECKED_OUT = "CP002"  # of a write to a project checked out to a laptop
_SEEN, _SESSION, _DERIVED = "cpm.seen", "cpm.session", "cpm.derived"
_CHECKIN = "cpm.checkin"  # the token of the check-in the transaction is
_TRIGGER = "cpm_version"
_PLAN_LOCK = 2527  # the advisory locks' first key: a project's plan
# Shared records no standing reads: their writes leave the projects' revisions alone.
UNREAD = frozenset({"exchange_rate", "contact", "opportunity"})
_UNREAD = "ARRAY[" + ", ".join(f"'{name}'" for name in sorted(UNREAD)) + "]"
_COUNTED = (
    "INSERT INTO project_revision (project_id, revision) {rows} "
    "ON CONFLICT (project_id) DO UPDATE SET revision = project_revision.revision + 1"
)

_TABLE = """
CREATE TABLE IF NOT EXISTS record_version (
    tbl text NOT NULL,
    rid bigint NOT NULL,
    xid xid8 NOT NULL,
    changed_by text NOT NULL,
    changed_in text NOT NULL,
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (tbl, rid)
)
"""
# Above the policies (its owner's): a PM's write of a shared record counts for every project,
# not only for those the PM sees.
_BUMP_ALL = f"""
CREATE OR REPLACE FUNCTION cpm_bump_all() RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_catalog
AS $$ {_COUNTED.format(rows="SELECT id, 1 FROM project")} $$
"""
# A BEFORE trigger: it sees the row as it was and refuses before anything is written. The
# record's name, where it has one, makes the refusal say which.
_FUNCTION = f"""
CREATE OR REPLACE FUNCTION cpm_versioned() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE
    written jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    key bigint := (written ->> TG_ARGV[0])::bigint;
    project text := CASE WHEN TG_TABLE_NAME = 'project' THEN written ->> 'id'
                         ELSE written ->> 'project_id' END;
    seen text := nullif(current_setting('{_SEEN}', true), '');
    session text := coalesce(current_setting('{_SESSION}', true), '');
    last record;
    held record;
BEGIN
    IF project IS NULL AND TG_NARGS > 1 THEN
        -- A record with no project key of its own (a task's assignment): its parent's.
        EXECUTE 'SELECT project_id::text FROM ' || quote_ident(TG_ARGV[1]) || ' WHERE id = $1'
            INTO project USING (written ->> TG_ARGV[2])::bigint;
    END IF;
    {NOTIFY}
    IF project IS NOT NULL THEN
        -- One writer per project at a time, from its first write to its commit: a reschedule
        -- then reads the plan with every other user's edit of it committed.
        PERFORM pg_advisory_xact_lock({_PLAN_LOCK}, project::int);
        -- A project checked out is read-only here until its check-in (which shows the
        -- token) or its release.
        IF TG_TABLE_NAME <> 'checkout' THEN
            SELECT * INTO held FROM checkout WHERE project_id = project::int;
            IF FOUND AND held.token IS DISTINCT FROM
                    nullif(current_setting('{_CHECKIN}', true), '') THEN
                RAISE EXCEPTION USING ERRCODE = '{CHECKED_OUT}', MESSAGE = 'checked out',
                    DETAIL = json_build_object('by', held.holder, 'since',
                        to_char(held.since, 'YYYY-MM-DD HH24:MI'))::text;
            END IF;
        END IF;
    END IF;
    IF coalesce(current_setting('{_DERIVED}', true), '') = 'on' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    -- The project's revision (a shared record's write: every project's), for its standing.
    IF project IS NOT NULL THEN
        {_COUNTED.format(rows="VALUES (project::int, 1)")};
    ELSIF TG_NARGS = 1 AND NOT (TG_TABLE_NAME = ANY ({_UNREAD})) THEN
        PERFORM cpm_bump_all();
    END IF;
    IF TG_OP <> 'INSERT' AND seen IS NOT NULL THEN
        SELECT * INTO last FROM record_version WHERE tbl = TG_TABLE_NAME AND rid = key;
        IF FOUND AND last.changed_in <> session
                AND NOT pg_visible_in_snapshot(last.xid, seen::pg_snapshot) THEN
            RAISE EXCEPTION USING ERRCODE = '{STALE}', MESSAGE = 'stale edit',
                DETAIL = json_build_object(
                    'table', TG_TABLE_NAME, 'id', key, 'by', last.changed_by,
                    'at', to_char(last.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS'),
                    'name', coalesce(to_jsonb(OLD) ->> 'name', to_jsonb(OLD) ->> 'title',
                                     to_jsonb(OLD) ->> 'code', '')
                )::text;
        END IF;
    END IF;
    INSERT INTO record_version
    VALUES (TG_TABLE_NAME, key, pg_current_xact_id(), current_user, session, now())
    ON CONFLICT (tbl, rid) DO UPDATE SET xid = excluded.xid, changed_by = excluded.changed_by,
        changed_in = excluded.changed_in, changed_at = excluded.changed_at;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$body$
"""


def install(connection: Connection, keys: dict[str, str]) -> None:
    """Create the versions' table and function, and a trigger on each table of `keys`
    (table → its primary key column); a table with no project key names the parent (and
    its key column) whose project its rows belong to."""
    connection.exec_driver_sql(_TABLE)
    connection.exec_driver_sql(_BUMP_ALL)
    connection.exec_driver_sql(_FUNCTION)
    parents = _parents(connection, keys)
    for table, key in keys.items():
        name = quoted(table)
        arguments = ", ".join(f"'{argument}'" for argument in (key, *parents.get(table, ())))
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_TRIGGER} ON {name}")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {_TRIGGER} BEFORE INSERT OR UPDATE OR DELETE ON {name} "
            f"FOR EACH ROW EXECUTE FUNCTION cpm_versioned({arguments})"
        )


def _parents(connection: Connection, tables: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(parent table, key column) through which each table's rows with no project key of
    their own belong to a project: the first key, in column order, not nullable, to a table
    that has one (a task's assignments: the task's); from the schema as it is."""
    inspector = inspect(connection)
    columns = {table: {c["name"]: c for c in inspector.get_columns(table)} for table in tables}
    found: dict[str, tuple[str, str]] = {}
    for table, own in columns.items():
        if table == "project" or "project_id" in own:
            continue
        order = list(own)
        for key in sorted(
            inspector.get_foreign_keys(table),
            key=lambda k: order.index(k["constrained_columns"][0]),
        ):
            column, parent = key["constrained_columns"][0], key["referred_table"]
            if (
                len(key["constrained_columns"]) == 1
                and not own[column]["nullable"]
                and "project_id" in columns.get(parent, {})
            ):
                found[table] = (parent, column)
                break
    return found


def lock_plans(session: Session, _flush: object, _instances: object) -> None:
    """Before a flush on a team server, take the plan lock of each project it writes (in id
    order), ahead of its rows' locks: the trigger would take it only once it holds a row's,
    and two users' edits of one plan would then wait for each other (a deadlock)."""
    projects: set[int] = set()
    with session.no_autoflush:
        for row in (*session.new, *session.dirty, *session.deleted):
            owner = row.id if isinstance(row, Project) else project_of(session, row)
            if isinstance(owner, int):
                projects.add(owner)
    for project_id in sorted(projects):
        session.connection().exec_driver_sql(
            "SELECT pg_advisory_xact_lock(%s, %s)", (_PLAN_LOCK, project_id)
        )


def seen_now(connection: Connection) -> str:
    """The snapshot of the server's transactions as of now: what a read now sees."""
    snapshot: str = connection.exec_driver_sql("SELECT pg_current_snapshot()::text").scalar_one()
    return snapshot


def begin(connection: Connection, seen: str | None, session: str) -> None:
    """Tell this transaction's triggers what its window last saw (None: no check) and which
    window it is."""
    connection.exec_driver_sql(
        f"SELECT set_config('{_SEEN}', %s, true), set_config('{_SESSION}', %s, true)",
        (seen or "", session),
    )


@contextmanager
def derived(connection: Connection) -> Iterator[None]:
    """Write what the engine derives (not an edit of its records: no check, no version)."""
    if connection.dialect.name != "postgresql":
        yield
        return
    connection.exec_driver_sql(f"SELECT set_config('{_DERIVED}', 'on', true)")
    # Not in a `finally`: after a failed write the transaction is aborted (and the setting,
    # local to it, goes with it); a statement then would hide the failure.
    yield
    connection.exec_driver_sql(f"SELECT set_config('{_DERIVED}', 'off', true)")


def checking_in(connection: Connection, token: str) -> None:
    """This transaction is the check-in of the project checked out with `token`: it may
    write the project."""
    connection.exec_driver_sql(f"SELECT set_config('{_CHECKIN}', %s, true)", (token,))


def refusal(detail: str | None) -> dict[str, str] | None:
    """What a stale edit's refusal names (table, id, by, at, name), from its DETAIL."""
    if not detail:
        return None
    said: dict[str, str] = {key: str(value) for key, value in json.loads(detail).items()}
    return said
