"""Workspace files built once per test session and copied for each test that needs one.

Creating a workspace runs every Alembic migration (about 0.1 s); writing the demo portfolio
takes about a second. Tests that only need *a* fresh file of that content get a byte copy of a
template built on first use in the session's temporary folder (one per pytest-xdist worker).
The copy is the same file a fresh create writes: SQLite stores no path inside it, and the
template is closed (checkpointed, no -wal or -shm beside it) before anything copies it. A test
that is about creating a file (its lock, its backups, its migrations, the identity of the
projects in it) calls create_workspace or create_demo_workspace itself.

Templates are never opened; `require_unchanged` checks at the end of the session that no test
wrote into one.

On the server store (tests/stores.py) the same functions give template databases on the test
PostgreSQL server instead, and their copies are clones of those: `copy_of` then returns the
clone's URL, which every `--db` takes.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from cpm_desktop.demo.create import create_demo_workspace
from cpm_desktop.domain.locales import DEFAULT_LOCALE
from cpm_desktop.workspace import Workspace, create_workspace, open_workspace
from cpm_desktop.workspace.server import init_server, open_server_workspace
from tests import postgres_server, stores
from tests.stores import ServerTemplate, Template

T = TypeVar("T")

_digests: dict[Path, str] = {}
_changes: dict[str, Any] = {}  # what each derived template's change returned, by name


def empty_template(factory: pytest.TempPathFactory) -> Template:
    """A new, empty workspace (every migration run), closed; built on first use."""
    if stores.on_server():
        return stores.server_template("empty", lambda url: init_server(url).close())[0]
    return _template(factory, "empty.cpm", create_workspace)


def shipped_demo_template(factory: pytest.TempPathFactory) -> Template:
    """The demo workspace exactly as `cpm-desktop demo` writes it, closed; built on first use."""
    if stores.on_server():
        # The server's one demo build, which the server tests' `server_demo` clones too.
        server = stores.ServerTemplate(stores.server(), stores.demo_database(stores.server()))
        return stores.server_template("shipped_demo", lambda _url: None, source=server)[0]
    return _template(factory, "shipped-demo.cpm", create_demo_workspace)


def demo_template(factory: pytest.TempPathFactory) -> Template:
    """The demo workspace as `cpm-desktop demo` writes it, but with clients who read English,
    closed; built on first use.

    The demo's clients read German (Nordhaven de_DE, Alpenmarkt de_CH), so its exports are
    German by default; the suite's assertions on the texts of exports are English, and the
    tests of other languages ask for theirs (`locale=`, `--lang`). The locale is set in the
    file, not through the services, so that no audit entry is added to the demo's history.
    """
    shipped = shipped_demo_template(factory)
    if isinstance(shipped, ServerTemplate):
        return stores.server_template("demo", _english_clients, source=shipped)[0]

    def english_demo(path: Path) -> Workspace:
        shutil.copyfile(shipped, path)
        with contextlib.closing(sqlite3.connect(path)) as connection, connection:
            connection.execute("UPDATE client SET locale = ?", (DEFAULT_LOCALE,))
        return open_workspace(path, backup=False)

    return _template(factory, "demo.cpm", english_demo)


def _english_clients(url: str) -> None:
    with postgres_server.administering(url) as connection:
        connection.execute("UPDATE client SET locale = %s", (DEFAULT_LOCALE,))


def template(
    factory: pytest.TempPathFactory, name: str, create: Callable[[Path], Workspace]
) -> Path:
    """The workspace `create` makes at the path it is given (and returns open), closed; built
    on first use in the session, under `name`, and checked unchanged at its end."""
    return _template(factory, name, create)


def derived_template(
    factory: pytest.TempPathFactory,
    name: str,
    base: Template,
    change: Callable[[Workspace], T],
) -> tuple[Template, T]:
    """`base` changed by `change` (given it open), closed, with what `change` returned; built
    on first use in the session under `name` (on the server, once for every worker)."""
    if isinstance(base, ServerTemplate):

        def build(url: str) -> T:
            with open_server_workspace(url) as workspace:
                return change(workspace)

        return stores.server_template(name, build, source=base)
    if name not in _changes:

        def create(path: Path) -> Workspace:
            workspace = open_copy_of(base, path)
            _changes[name] = change(workspace)
            return workspace

        _template(factory, f"{name}.cpm", create)
    return factory.getbasetemp() / "templates" / f"{name}.cpm", _changes[name]


def copy_of(template: Template, path: Path) -> Path | str:
    """Copy the closed template to `path` (which must not exist yet); return `path`. On the
    server: a clone of the template database; its URL."""
    if isinstance(template, ServerTemplate):
        return stores.clone(template)
    if path.exists():
        raise FileExistsError(path)
    shutil.copyfile(template, path)
    return path


def open_copy_of(template: Template, path: Path) -> Workspace:
    """A copy of the template at `path`, opened as a fresh create leaves it (no backup); on
    the server, a clone of the template database."""
    if isinstance(template, ServerTemplate):
        return stores.open_clone(template)
    return open_workspace(Path(copy_of(template, path)), backup=False)


def require_unchanged() -> None:
    """Fail if a test wrote into a template: the copies after it would not be fresh."""
    changed = [path.name for path, digest in _digests.items() if _digest(path) != digest]
    assert not changed, f"a test changed the template(s) {changed}"


def _template(
    factory: pytest.TempPathFactory, name: str, create: Callable[[Path], Workspace]
) -> Path:
    path = factory.getbasetemp() / "templates" / name
    if path not in _digests:
        path.parent.mkdir(exist_ok=True)
        # Built under another name and renamed, so a failed build leaves no half template.
        building = path.with_name(f"building-{name}")
        create(building).close()
        for suffix in ("-wal", "-shm", "-journal"):
            assert not Path(f"{building}{suffix}").exists(), f"{name}: {suffix} left beside it"
        building.replace(path)
        _digests[path] = _digest(path)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
