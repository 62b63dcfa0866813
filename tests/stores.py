"""The store the shared fixtures put a test's workspace in: a SQLite file (the default) or a
database on the test PostgreSQL server (`pytest --store postgresql`, or CPM_TEST_STORE).

On the server, each template (the empty workspace, the demo, a set of service seeds) is a
database built once per test session, by whichever pytest-xdist worker needs it first, under a
server-wide advisory lock; the session's id in its name keeps two sessions on one server apart.
A test gets a clone (CREATE DATABASE ... TEMPLATE), dropped when the test or the fixture that
asked for it ends (`owned_by`, driven by hooks in tests/conftest.py).
"""

from __future__ import annotations

import base64
import itertools
import os
import pickle
import uuid
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest

from cpm_desktop.demo.portfolio import build_demo_portfolio
from cpm_desktop.workspace import Workspace, open_workspace
from cpm_desktop.workspace.server import (
    init_server,
    open_server_workspace,
    server_name,
    server_url,
)
from tests import postgres_server

SQLITE, POSTGRESQL = "sqlite", "postgresql"
ENVIRONMENT = "CPM_TEST_STORE"  # the store when --store is not given
FILE_ONLY = "file_only"  # the marker of tests about files: skipped on the server store
ON_BOTH = "on_both_stores"  # the marker of a test that takes its store from these helpers itself
_LOCK = 2526  # the advisory lock key template builds hold
_DEMO_LOCK = 2525  # demo_database's

# Fixtures that give a test its workspace in the chosen store: a test using none of them runs
# the same on both stores, so the server store's run leaves it to the file store's.
# A test asking for these is on the server in either store's run.
SERVER_FIXTURES = frozenset({"server_demo", "postgres_url", "server_demo_template"})
STORE_FIXTURES = frozenset(
    {
        "workspace",
        "empty_template",
        "demo_template",
        "shipped_demo_template",
        "store_demo",
        "demo",
        "demo_file",
        "_seeded",
    }
)


@dataclass(frozen=True, slots=True)
class ServerTemplate:
    """A template database on the test server (never opened by a test: cloned)."""

    server: str  # the URL of the server's maintenance database
    database: str


Template = Path | ServerTemplate


class _State:
    """The session's store, set once by `configure`."""

    store = SQLITE
    session = uuid.uuid4().hex[:10]  # replaced by xdist's run id, which every worker shares
    server: str | None = None
    admin: psycopg.Connection[tuple[Any, ...]] | None = None


_made: dict[str, tuple[ServerTemplate, Any]] = {}  # this process's templates, by key
_clone_numbers = itertools.count()
# Who drops the clones made now: a stack of lists, each emptied by its owner's end.
_owners: list[list[str]] = []
_loose: list[str] = []  # made in a test's body: dropped after its teardown


def add_option(parser: pytest.Parser) -> None:
    """Register --store."""
    parser.addoption(
        "--store",
        choices=(SQLITE, POSTGRESQL),
        default=os.environ.get(ENVIRONMENT, SQLITE),
        help="where the shared fixtures put a test's workspace (default sqlite, or "
        f"${ENVIRONMENT}); postgresql needs a server (tests/postgres_server.py)",
    )


def add_sample_option(parser: pytest.Parser) -> None:
    """Register --server-sample."""
    parser.addoption(
        "--server-sample",
        type=int,
        default=0,
        metavar="N",
        help="on --store postgresql, run about N tests of each module, spread over it (0: all); "
        "`make test` samples, `make test-both` runs all",
    )


def sample(
    items: list[pytest.Item], per_module: int
) -> tuple[list[pytest.Item], list[pytest.Item]]:
    """`items` split into about `per_module` tests of each module, evenly spread and the same
    every run, and the rest."""
    modules: dict[str, list[pytest.Item]] = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::")[0], []).append(item)
    kept: set[str] = set()
    for tests in modules.values():
        step = max(1, -(-len(tests) // per_module))
        kept.update(test.nodeid for test in tests[::step])
    return [i for i in items if i.nodeid in kept], [i for i in items if i.nodeid not in kept]


def configure(config: pytest.Config) -> None:
    """Remember the session's store and id: every xdist worker gets the controller's, which
    hands it to xdist as the run's id."""
    _State.store = config.getoption("--store")
    worker = getattr(config, "workerinput", None)
    if worker is not None:
        _State.session = worker["testrunuid"][:10]
    elif getattr(config.option, "testrunuid", False) is None:  # xdist's, not given
        config.option.testrunuid = _State.session
    elif getattr(config.option, "testrunuid", None):
        _State.session = config.option.testrunuid[:10]


def on_server() -> bool:
    """True when the session's store is the PostgreSQL server."""
    return _State.store == POSTGRESQL


def server() -> str:
    """The URL of the test server's maintenance database: the server store's session runs
    beside one (`make test`'s, or one tests/conftest.py starts)."""
    if _State.server is None:
        _State.server = os.environ[postgres_server.ADDRESS]
    return _State.server


def _admin() -> psycopg.Connection[tuple[Any, ...]]:
    # One autocommit connection per process: a connection per CREATE DATABASE cost as much as
    # the copy itself.
    if _State.admin is None or _State.admin.closed:
        _State.admin = psycopg.connect(server().replace("+psycopg", ""), autocommit=True)
    return _State.admin


def url_of(server: str, database: str) -> str:
    """The URL of `database` on the server of `server`."""
    return server.rsplit("/", 1)[0] + f"/{database}"


def server_template(
    key: str, build: Callable[[str], Any], source: ServerTemplate | None = None
) -> tuple[ServerTemplate, Any]:
    """The session's template database `key` and what `build` returned on building it.

    Built once for all workers under the lock: a new database (a clone of `source`, else
    empty) that `build` fills given its URL; its result is kept pickled in the database's
    comment so a worker that finds the template built gets the same values.
    """
    if key in _made:
        return _made[key]
    name = f"tpl_{_State.session}_{key}"
    admin = _admin()
    admin.execute("SELECT pg_advisory_lock(%s)", (_LOCK,))
    try:
        found = admin.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            (name,),
        ).fetchone()
        if found is not None:
            _made[key] = ServerTemplate(server(), name), _unpacked(found[0])
            return _made[key]
        building = f"building_{name}"
        admin.execute(f"DROP DATABASE IF EXISTS {building} WITH (FORCE)")
        template = f" TEMPLATE {source.database}" if source else ""
        admin.execute(f"CREATE DATABASE {building}{template}")
        try:
            made = build(url_of(server(), building))
        except BaseException:
            admin.execute(f"DROP DATABASE {building} WITH (FORCE)")
            raise
        # Renamed when whole, so a failed build leaves no half template; no connections
        # allowed after, so autovacuum never stands in a CREATE DATABASE ... TEMPLATE's way.
        admin.execute(f"ALTER DATABASE {building} RENAME TO {name}")
        admin.execute(f"COMMENT ON DATABASE {name} IS '{_packed(made)}'")
        admin.execute(f"ALTER DATABASE {name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false")
        _made[key] = ServerTemplate(server(), name), made
        return _made[key]
    finally:
        admin.execute("SELECT pg_advisory_unlock(%s)", (_LOCK,))


DEMO_DATABASE = "cpm_demo_template"


def demo_database(server: str) -> str:
    """The name of the server's database holding the demo as `cpm-desktop demo` builds it
    through the services: built once for every worker and session on the server (`make
    test`'s two runs share it), under a lock of its own."""
    with postgres_server.administering(server) as admin:
        admin.execute("SELECT pg_advisory_lock(%s)", (_DEMO_LOCK,))
        try:
            found = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DEMO_DATABASE,))
            if found.fetchone() is None:
                building = f"building_{DEMO_DATABASE}"
                admin.execute(f"DROP DATABASE IF EXISTS {building} WITH (FORCE)")
                admin.execute(f"CREATE DATABASE {building}")
                try:
                    with init_server(url_of(server, building)) as workspace:
                        workspace.run(build_demo_portfolio)
                except BaseException:
                    admin.execute(f"DROP DATABASE {building} WITH (FORCE)")
                    raise
                admin.execute(f"ALTER DATABASE {building} RENAME TO {DEMO_DATABASE}")
        finally:
            admin.execute("SELECT pg_advisory_unlock(%s)", (_DEMO_LOCK,))
    return DEMO_DATABASE


def _packed(value: Any) -> str:
    return base64.b64encode(zlib.compress(pickle.dumps(value))).decode()


def _unpacked(text: str) -> Any:
    return pickle.loads(zlib.decompress(base64.b64decode(text)))  # noqa: S301 - our own


def clone(template: ServerTemplate) -> str:
    """The URL of a database holding what `template` holds, of the caller's own until its
    owner ends (`owned_by`). A database an earlier owner had is reused, its rows put back
    (`_Pool`): a CREATE DATABASE copies a thousand files, half a second; a reset takes
    milliseconds."""
    pool = _pools.setdefault(template.database, _Pool(template))
    name = pool.take()
    (_owners[-1] if _owners else _loose).append(name)
    return url_of(template.server, name)


# A pooled database records here any change to its schema (not to temporary tables): such a
# database is dropped, not reused.
_WATCH_DDL = """
CREATE SCHEMA cpm_test_pool;
CREATE TABLE cpm_test_pool.ddl (at timestamptz DEFAULT now());
CREATE FUNCTION cpm_test_pool.changed() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT FROM pg_event_trigger_ddl_commands()
               WHERE schema_name IS DISTINCT FROM 'cpm_test_pool'
                 AND coalesce(schema_name, '') NOT LIKE 'pg\\_temp%') THEN
        INSERT INTO cpm_test_pool.ddl DEFAULT VALUES;
    END IF;
END $$;
CREATE FUNCTION cpm_test_pool.dropped() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT FROM pg_event_trigger_dropped_objects() WHERE NOT is_temporary) THEN
        INSERT INTO cpm_test_pool.ddl DEFAULT VALUES;
    END IF;
END $$;
CREATE EVENT TRIGGER cpm_test_pool_changed ON ddl_command_end
    EXECUTE FUNCTION cpm_test_pool.changed();
CREATE EVENT TRIGGER cpm_test_pool_dropped ON sql_drop EXECUTE FUNCTION cpm_test_pool.dropped();
"""


class _Pool:
    """This process's databases copied from one template: each either a caller's or free.

    Reusing one puts back the template's rows (kept in memory from the first copy, COPY's
    binary format) and sequences, with triggers off (session_replication_role), after ending
    the connections left to it; one whose schema a test changed is dropped instead. (Rows
    come back in the order a copy has them, so reading without ORDER BY finds the same.)
    """

    def __init__(self, template: ServerTemplate) -> None:
        self.template = template
        self.free: list[str] = []
        self.rows: dict[str, bytes] | None = None  # table -> its rows, as COPY wrote them
        self.sequences: list[tuple[str, int, bool]] = []  # name, value, is_called

    def take(self) -> str:
        """A database holding the template's content, of the caller's own."""
        while self.free:
            name = self.free.pop()
            try:
                if self._reset(name):
                    return name
            except psycopg.Error:
                pass
            _admin().execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        name = f"t_{_State.session}_{os.getpid()}_{next(_clone_numbers)}"
        _admin().execute(f"CREATE DATABASE {name} TEMPLATE {self.template.database}")
        with self._connect(name) as connection:
            if self.rows is None:
                self._remember(connection)
            connection.execute(_WATCH_DDL)
        _pooled[name] = self
        return name

    def give_back(self, name: str) -> None:
        """`name` is free again (reset when next taken)."""
        self.free.append(name)

    def _connect(self, name: str) -> psycopg.Connection[tuple[Any, ...]]:
        return psycopg.connect(url_of(server(), name).replace("+psycopg", ""), autocommit=True)

    def _remember(self, connection: psycopg.Connection[tuple[Any, ...]]) -> None:
        tables = connection.execute(
            "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')"
        ).fetchall()
        rows: dict[str, bytes] = {}
        for (table,) in tables:
            with connection.cursor().copy(f"COPY {table} TO STDOUT (FORMAT BINARY)") as copy:
                rows[table] = b"".join(bytes(block) for block in copy)
        self.rows = rows
        self.sequences = [
            (name, start if last is None else last, last is not None)
            for name, start, last in connection.execute(
                "SELECT format('%I.%I', schemaname, sequencename), start_value, last_value "
                "FROM pg_sequences WHERE schemaname = 'public'"
            )
        ]

    def _reset(self, name: str) -> bool:
        assert self.rows is not None
        with self._connect(name) as connection:
            connection.execute(
                "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            if connection.execute("SELECT count(*) FROM cpm_test_pool.ddl").fetchone() != (0,):
                return False
            with connection.transaction():
                connection.execute("SET LOCAL session_replication_role = replica")
                # DELETE, not TRUNCATE: a TRUNCATE makes every table and index a new file,
                # 0.2 s; deleting the few rows a test wrote takes a millisecond.
                connection.execute("; ".join(f"DELETE FROM {table}" for table in self.rows))
                for table, data in self.rows.items():
                    # An empty table's binary COPY is a header and a trailer: 21 bytes.
                    if len(data) > 21:
                        copying = f"COPY {table} FROM STDIN (FORMAT BINARY)"
                        with connection.cursor().copy(copying) as copy:
                            copy.write(data)
                if self.sequences:
                    connection.execute(
                        "SELECT "
                        + ", ".join(
                            f"setval('{sequence}', {value}, {called})"
                            for sequence, value, called in self.sequences
                        )
                    )
        return True


_pools: dict[str, _Pool] = {}  # by template database
_pooled: dict[str, _Pool] = {}  # by database taken from one


def open_clone(template: ServerTemplate) -> Workspace:
    """A clone of `template`, open."""
    return open_server_workspace(clone(template))


def open_store(address: Path | str) -> Workspace:
    """Open the workspace at `address`: a file, or a database URL (`copy_of`'s result)."""
    if isinstance(address, str) and address.startswith("postgresql"):
        return open_server_workspace(address)
    return open_workspace(Path(address), backup=False)


def shown_name(address: Path | str) -> str:
    """How the app names the workspace at `address` in its messages: the file's name, or
    "DATABASE on HOST"."""
    if isinstance(address, str) and address.startswith("postgresql"):
        return server_name(server_url(address))
    return Path(address).name


def rows_of(address: Path | str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the workspace at `address` (a refusal must change none)."""
    from tests.services.support import snapshot  # a helper of the service tests

    with open_store(address) as workspace:
        return snapshot(workspace)


def content(where: Workspace | Path | str) -> object:
    """What a workspace holds, to compare before and after: a file's bytes (its write-ahead
    log's too), a database's rows."""
    if isinstance(where, Workspace):
        if where.path is None:
            from tests.services.support import snapshot

            return snapshot(where)
        where = where.path
    if isinstance(where, str) and where.startswith("postgresql"):
        return rows_of(where)
    files = (Path(where), Path(f"{where}-wal"))
    return {file.name: file.read_bytes() for file in files if file.exists()}


@contextmanager
def owned_by(add_finalizer: Callable[[Callable[[], None]], None]) -> Iterator[None]:
    """Clones made inside are dropped by the finalizer this registers (now, so that it runs
    after the finalizers registered later: a fixture closes its workspace before the drop)."""
    made: list[str] = []
    add_finalizer(lambda: drop(made))
    _owners.append(made)
    try:
        yield
    finally:
        _owners.pop()


def drop_loose() -> None:
    """Give back the clones a test made in its body."""
    drop(_loose)


def drop(names: list[str]) -> None:
    """Give the databases `names` back to their pools and forget them."""
    while names:
        name = names.pop()
        _pooled[name].give_back(name)


def drop_session_templates() -> None:
    """Drop the templates of this session and their clones (the controller, at its end)."""
    with postgres_server.administering(server()) as admin:
        names = admin.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s OR datname LIKE %s",
            (f"tpl\\_{_State.session}\\_%", f"t\\_{_State.session}\\_%"),
        ).fetchall()
        for (name,) in names:
            admin.execute(f"ALTER DATABASE {name} WITH IS_TEMPLATE false")
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
