"""Who sees what on a team server, enforced by the database (row-level security).

Users are PostgreSQL login roles, each in one of three group roles: `cpm_pm` (sees and edits
the projects they are a member of, creates clients and projects, which makes them members),
`cpm_pmo` (reads everything) and `cpm_account` (reads the clients they are a member of, with
their projects). Memberships are rows of `cpm_member` (`server grant`). Every table's policy
follows its rows to a project or a client: by its own project or client key, else through the
first key to a table that has one (a task's assignments through the task); the workspace's
shared tables (calendars, rates, roles, vendors, resources) are read by every team role and
written by PMs. The workspace's owner, who runs `server init`, is above the policies.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from cpm_desktop.errors import WorkspaceError
from cpm_desktop.texts import _
from cpm_desktop.workspace.row_changes import quoted

PM, PMO, ACCOUNT = "cpm_pm", "cpm_pmo", "cpm_account"
ROLES = {"pm": PM, "pmo": PMO, "account": ACCOUNT}
_TEAM = f"{PM}, {PMO}, {ACCOUNT}"


def _create_role(definition: str) -> str:
    """CREATE ROLE unless it exists: roles belong to the whole server, and two set-ups (of
    two databases, say) may create one at the same moment (a unique violation then)."""
    return (
        f"DO $cpm_role$ BEGIN CREATE ROLE {definition}; "
        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $cpm_role$"
    )


_SETUP = [
    *(_create_role(f"{role} NOLOGIN") for role in (PM, PMO, ACCOUNT)),
    """CREATE TABLE IF NOT EXISTS cpm_member (
        id bigserial PRIMARY KEY,
        login name NOT NULL,
        project_id bigint REFERENCES project (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        client_id bigint REFERENCES client (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        CHECK ((project_id IS NULL) <> (client_id IS NULL)),
        UNIQUE (login, project_id, client_id)
    )""",
    # What a user sees and edits, as arrays: a policy compares a row's key with them, the
    # array made once per statement (a scalar subquery), not once per row.
    f"""CREATE OR REPLACE FUNCTION cpm_projects_seen(who name) RETURNS bigint[]
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
        SELECT coalesce(array_agg(p.id), '{{}}') FROM project p
        WHERE pg_has_role(who, '{PMO}', 'MEMBER')
           OR EXISTS (SELECT 1 FROM cpm_member m WHERE m.login = who
                      AND (m.project_id = p.id OR m.client_id = p.client_id))
    $$""",
    """CREATE OR REPLACE FUNCTION cpm_projects_edited(who name) RETURNS bigint[]
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
        SELECT coalesce(array_agg(m.project_id), '{}') FROM cpm_member m
        WHERE m.login = who AND m.project_id IS NOT NULL
    $$""",
    f"""CREATE OR REPLACE FUNCTION cpm_clients_seen(who name) RETURNS bigint[]
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
        SELECT coalesce(array_agg(c.id), '{{}}') FROM client c
        WHERE pg_has_role(who, '{PMO}', 'MEMBER')
           OR EXISTS (SELECT 1 FROM cpm_member m LEFT JOIN project p ON p.id = m.project_id
                      WHERE m.login = who AND (m.client_id = c.id OR p.client_id = c.id))
    $$""",
    # One client's or project's row (few of them; see `_policy`): needs no scan of its own
    # table, where a row being inserted is not yet.
    f"""CREATE OR REPLACE FUNCTION cpm_sees_client(c bigint, who name) RETURNS boolean
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
        SELECT pg_has_role(who, '{PMO}', 'MEMBER')
            OR EXISTS (SELECT 1 FROM cpm_member m LEFT JOIN project p ON p.id = m.project_id
                       WHERE m.login = who AND (m.client_id = c OR p.client_id = c))
    $$""",
    f"""CREATE OR REPLACE FUNCTION cpm_sees_project(pr bigint, c bigint, who name)
    RETURNS boolean LANGUAGE sql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_catalog AS $$
        SELECT pg_has_role(who, '{PMO}', 'MEMBER')
            OR EXISTS (SELECT 1 FROM cpm_member m
                       WHERE m.login = who AND (m.project_id = pr OR m.client_id = c))
    $$""",
    """CREATE OR REPLACE FUNCTION cpm_edits_project(pr bigint, c bigint, who name)
    RETURNS boolean LANGUAGE sql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_catalog AS $$
        SELECT EXISTS (SELECT 1 FROM cpm_member m WHERE m.login = who AND m.project_id = pr)
            OR cpm_sees_client(c, who) AND NOT pg_has_role(who, 'cpm_pmo', 'MEMBER')
    $$""",
    # Whoever creates a client or a project is its member: they see what they made. Before
    # the row is written (its id is known), so that the insert's RETURNING already sees it;
    # hence the memberships' keys are checked at commit.
    f"""CREATE OR REPLACE FUNCTION cpm_creator_is_member() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    BEGIN
        IF pg_has_role(session_user, '{PM}', 'MEMBER') THEN
            IF TG_TABLE_NAME = 'project' THEN
                INSERT INTO cpm_member (login, project_id) VALUES (session_user, NEW.id)
                ON CONFLICT DO NOTHING;
            ELSE
                INSERT INTO cpm_member (login, client_id) VALUES (session_user, NEW.id)
                ON CONFLICT DO NOTHING;
            END IF;
        END IF;
        RETURN NEW;
    END $$""",
]

# An array expression (the cast): `= ANY (...)` then compares with its elements, where
# `= ANY (SELECT ...)` would compare with the subquery's rows.
_SEEN = "((SELECT cpm_projects_seen(current_user))::bigint[])"
_EDITED = "((SELECT cpm_projects_edited(current_user))::bigint[])"
_CLIENTS = "((SELECT cpm_clients_seen(current_user))::bigint[])"


def install(connection: Connection, tables: Iterable[str]) -> None:
    """Create the group roles, the memberships and the policies of `tables`; grant each role
    what it may do (run by the workspace's owner, at every `server init`)."""
    for statement in _SETUP:
        connection.exec_driver_sql(statement)
    database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
    connection.exec_driver_sql(f"GRANT CONNECT ON DATABASE {quoted(database)} TO {_TEAM}")
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {_TEAM}")
    connection.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {_TEAM}")
    connection.exec_driver_sql(
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {PM}"
    )
    connection.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {PM}")
    connection.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE ON cpm_member FROM {PM}")
    inspector = inspect(connection)
    columns = {table: {c["name"] for c in inspector.get_columns(table)} for table in tables}
    parents = {
        table: [
            (key["constrained_columns"][0], key["referred_table"])
            for key in inspector.get_foreign_keys(table)
            if len(key["constrained_columns"]) == 1
        ]
        for table in columns
    }
    for table in columns:
        read, write = _policy(table, columns, parents)
        name = quoted(table)
        connection.exec_driver_sql(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        for policy in ("cpm_read", "cpm_write"):
            connection.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON {name}")
        connection.exec_driver_sql(f"CREATE POLICY cpm_read ON {name} FOR SELECT USING ({read})")
        connection.exec_driver_sql(
            f"CREATE POLICY cpm_write ON {name} FOR ALL TO {PM} USING ({write}) "
            f"WITH CHECK ({write})"
        )
    for table in ("client", "project"):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS cpm_creator ON {table}")
        connection.exec_driver_sql(
            f"CREATE TRIGGER cpm_creator BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION cpm_creator_is_member()"
        )


def _policy(
    table: str,
    columns: dict[str, set[str]],
    parents: dict[str, list[tuple[str, str]]],
    depth: int = 0,
) -> tuple[str, str]:
    """The (read, write) conditions of `table`'s rows."""
    # A client or project row is checked by a call per row (few rows): the membership its
    # creator gets on insert is then seen by the insert's own checks, which the arrays,
    # made once at the statement's start, would not show.
    if table == "client":
        # A PM reads and changes the clients they work for (and those they created).
        seen = "cpm_sees_client(id, current_user)"
        return seen, seen
    if table == "project":
        return (
            "cpm_sees_project(id, client_id, current_user)",
            "cpm_edits_project(id, client_id, current_user)",
        )
    own = columns.get(table, set())
    if "project_id" in own:
        read, write = f"project_id = ANY {_SEEN}", f"project_id = ANY {_EDITED}"
        if "client_id" in own:  # a client's record, or a project's of it
            read = f"({read}) OR (project_id IS NULL AND client_id = ANY {_CLIENTS})"
            write = f"({write}) OR (project_id IS NULL AND client_id = ANY {_CLIENTS})"
        elif table == "audit_entry":  # the workspace's own entries belong to nobody
            read, write = f"project_id IS NULL OR {read}", f"project_id IS NULL OR {write}"
        return read, write
    if "client_id" in own:
        return f"client_id = ANY {_CLIENTS}", f"client_id = ANY {_CLIENTS}"
    for column, parent in parents.get(table, []):
        if parent != table and depth < 4 and _scoped(parent, columns, parents, depth + 1):
            # Through the parent, whose own policy applies inside the subquery.
            visible = (
                f"EXISTS (SELECT 1 FROM {quoted(parent)} AS parent "
                f"WHERE parent.id = {quoted(table)}.{quoted(column)})"
            )
            return visible, visible
    return "true", "true"  # the workspace's shared records


def _scoped(
    table: str, columns: dict[str, set[str]], parents: dict[str, list[tuple[str, str]]], depth: int
) -> bool:
    return _policy(table, columns, parents, depth)[0] != "true"


def add_user(connection: Connection, login: str, role: str, password: str | None) -> None:
    """Create the login role `login` in the group role of `role` (pm, pmo or account)."""
    group = ROLES.get(role)
    if group is None:
        raise WorkspaceError(
            _("{role} is not a team role; choose pm, pmo or account.").format(role=role)
        )
    connection.exec_driver_sql(_create_role(f"{quoted(login)} LOGIN"))
    if password is not None:
        # A utility statement takes no bound parameter: the server quotes the literal.
        literal = connection.exec_driver_sql("SELECT quote_literal(%s)", (password,)).scalar_one()
        connection.exec_driver_sql(f"ALTER ROLE {quoted(login)} PASSWORD {literal}")
    connection.exec_driver_sql(f"GRANT {group} TO {quoted(login)}")


def grant(
    connection: Connection,
    login: str,
    *,
    project_id: int | None = None,
    client_id: int | None = None,
) -> None:
    """Make `login` a member of a project (a PM's) or a client (an account manager's)."""
    connection.exec_driver_sql(
        "INSERT INTO cpm_member (login, project_id, client_id) VALUES (%s, %s, %s) "
        "ON CONFLICT DO NOTHING",
        (login, project_id, client_id),
    )
