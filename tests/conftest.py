"""Shared fixtures: every test runs offscreen, in a temporary folder, on its own workspace."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Set before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cpm_desktop.workspace import Workspace  # noqa: E402
from cpm_desktop.workspace.server import open_server_workspace  # noqa: E402
from tests import postgres_server as postgres_server_module  # noqa: E402
from tests import stores, templates  # noqa: E402
from tests.bytecode import compile_share  # noqa: E402
from tests.hypothesis_profiles import load_profile  # noqa: E402

SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"
PROJECT_START = dt.date(2026, 9, 7)  # a Monday

load_profile()  # HYPOTHESIS_PROFILE: "dev" (quick, the default) or "ci" (.ci/run)


def pytest_addoption(parser: pytest.Parser) -> None:
    """--store sqlite|postgresql and --server-sample N (tests/stores.py)."""
    stores.add_option(parser)
    stores.add_sample_option(parser)


_own_server = contextlib.ExitStack()  # the server the server store's session started itself


def pytest_configure(config: pytest.Config) -> None:
    """A pytest-xdist worker compiles its share of the modules every worker imports; on the
    server store, a session not run beside a server (`make test`'s) starts one for all its
    workers, which inherit its address."""
    stores.configure(config)
    worker = getattr(config, "workerinput", None)
    if worker is not None:
        compile_share(config, int(worker["workerid"].removeprefix("gw")), worker["workercount"])
    elif stores.on_server() and not os.environ.get(postgres_server_module.ADDRESS):
        url = _own_server.enter_context(postgres_server_module.throwaway_server())
        os.environ[postgres_server_module.ADDRESS] = url


def pytest_unconfigure(config: pytest.Config) -> None:
    """The controller drops the session's template databases, and stops its own server."""
    if stores.on_server() and getattr(config, "workerinput", None) is None:
        stores.drop_session_templates()
    _own_server.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the server store: skip the tests about files, and leave out the tests whose
    workspace does not depend on the store (the file store's run has them), and with
    --server-sample the tests outside the sample."""
    if not stores.on_server():
        return
    kept, left, file_only = [], [], []
    for item in items:
        marker = item.get_closest_marker(stores.FILE_ONLY)
        if marker is not None:
            why = marker.args[0] if marker.args else "it is about the workspace file"
            item.add_marker(pytest.mark.skip(reason=f"file store only: {why}"))
            file_only.append(item)
        elif stores.SERVER_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            left.append(item)  # on the server whatever the store: the file store's run has it
        elif stores.STORE_FIXTURES.intersection(getattr(item, "fixturenames", ())) or (
            item.get_closest_marker(stores.ON_BOTH) is not None
        ):
            kept.append(item)
        else:
            left.append(item)
    per_module = config.getoption("--server-sample")
    if per_module:  # a sample of what runs: the skipped are left out too
        kept, unsampled = stores.sample(kept, per_module)
        left += unsampled + file_only
    else:
        kept += file_only
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef: Any, request: pytest.FixtureRequest) -> Iterator[object]:
    """The database clones a fixture makes are dropped when it is torn down."""
    with stores.owned_by(request.addfinalizer):
        return (yield)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """After a test's teardown, delete the widgets it closed.

    pytest-qt closes each widget given to `qtbot.addWidget` and calls deleteLater, but
    processEvents() never runs deferred deletions, so every window of every earlier test stayed
    alive: theme changes and style polishing then walked tens of thousands of dead widgets
    (the theme tests took seconds each). Deleting them here keeps each test's cost its own.
    """
    result = yield
    stores.drop_loose()  # the database clones the test's body made
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


@pytest.fixture(scope="session")
def _homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the tests' own homes (`_isolated_user_dirs`)."""
    return tmp_path_factory.mktemp("homes")


_home_numbers = itertools.count()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(_homes: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the app's data dir and QSettings away from the real user's, in a new folder of
    the test's own. Numbered here, not by `mktemp`: that lists the session's whole temporary
    folder to find the next number, thousands of entries by the end of a worker's run."""
    home = _homes / str(next(_home_numbers))
    home.mkdir()
    monkeypatch.setenv("CPM_DESKTOP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture(scope="session")
def _templates_unchanged() -> Iterator[None]:
    """At the end of the session, fail if a test wrote into a shared template file."""
    yield
    templates.require_unchanged()


@pytest.fixture(scope="session")
def empty_template(
    tmp_path_factory: pytest.TempPathFactory, _templates_unchanged: None
) -> stores.Template:
    """A new, empty workspace file built once per session; tests copy it, never open it. On
    the server store, a template database (tests/stores.py), as for the other templates."""
    return templates.empty_template(tmp_path_factory)


@pytest.fixture(scope="session")
def demo_template(
    tmp_path_factory: pytest.TempPathFactory, _templates_unchanged: None
) -> stores.Template:
    """The demo workspace file built once per session; tests copy it, never open it."""
    return templates.demo_template(tmp_path_factory)


@pytest.fixture(scope="session")
def shipped_demo_template(
    tmp_path_factory: pytest.TempPathFactory, _templates_unchanged: None
) -> stores.Template:
    """The demo workspace exactly as `cpm-desktop demo` writes it (clients reading German);
    `demo_template` is its copy with English-reading clients."""
    return templates.shipped_demo_template(tmp_path_factory)


@pytest.fixture
def workspace(empty_template: stores.Template, tmp_path: Path) -> Iterator[Workspace]:
    """A new, empty workspace of the test's own (a file, or a database on the server store),
    closed after the test."""
    with templates.open_copy_of(empty_template, tmp_path / "test.cpm") as ws:
        yield ws


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL server for the tests: `make test`'s (CPM_TEST_POSTGRES), else
    a throwaway one of this process's; skipped where PostgreSQL is not installed."""
    running = os.environ.get(postgres_server_module.ADDRESS)
    if running:
        yield running
        return
    if postgres_server_module.server_programs() is None:
        pytest.skip("PostgreSQL is not installed (Debian postgresql; `make test` installs it)")
    with postgres_server_module.throwaway_server() as url:
        yield url


_database_numbers = itertools.count()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """The URL of a new, empty database of the test's own on the test server, dropped after."""
    name = f"test_{os.getpid()}_{next(_database_numbers)}"
    with postgres_server_module.administering(postgres_server) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield _on_database(postgres_server, name)
    with postgres_server_module.administering(postgres_server) as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def server_demo_template(postgres_server: str) -> str:
    """The name of a database on the test server holding the demo portfolio as
    `cpm-desktop demo` builds it (through the services); built once for every worker and
    session on that server (`stores.demo_database`), never opened by a test."""
    return stores.demo_database(postgres_server)


@pytest.fixture
def server_demo(postgres_server: str, server_demo_template: str) -> Iterator[Workspace]:
    """The demo portfolio on a database of the test's own (a clone of the template), open."""
    with stores.open_clone(stores.ServerTemplate(postgres_server, server_demo_template)) as ws:
        yield ws


@pytest.fixture
def anna(server_demo: Workspace) -> Iterator[Workspace]:
    """A second user, Anna (a login role of her own), with her own window on the
    `server_demo` workspace, which has read it."""
    with postgres_server_module.administering(server_demo.address) as admin:
        admin.execute(
            "DO $$ BEGIN CREATE ROLE anna LOGIN SUPERUSER; "
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        )
    with open_server_workspace(server_demo.address.replace("//cpm@", "//anna@")) as ws:
        ws.mark_seen()
        yield ws


def _on_database(server: str, database: str) -> str:
    return server.rsplit("/", 1)[0] + f"/{database}"
