"""Fixtures of the service tests: a client project on a Monday–Friday calendar, and task sets.

Speed: nearly every service call reschedules the project, so building the same starting
tasks for hundreds of tests is most of their cost. Each starting state ("seed") is
therefore built once per session through the services into a template workspace; a test gets
its own copy of the template matching the seed fixtures it asks for. tests/workspace/ covers
create_workspace itself. On the server store (tests/stores.py) the templates are databases,
built once for every worker, and the copies clones of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cpm_desktop.domain import ConstraintType
from cpm_desktop.services.plan import dependencies, tasks
from cpm_desktop.workspace import Workspace
from cpm_desktop.workspace.server import open_server_workspace
from tests import stores
from tests.services.returned_workbook import Returned, export_demo, open_copy
from tests.services.support import P_START, ProjectIds, add_tasks, make_project
from tests.stores import ServerTemplate, Template
from tests.templates import copy_of, open_copy_of

Seeds = dict[str, Any]


def _project(ws: Workspace, seeds: Seeds) -> ProjectIds:
    return make_project(ws)


def _abc(ws: Workspace, seeds: Seeds) -> dict[str, int]:
    return add_tasks(ws, seeds["project"].project_id, "A", "B", "C", duration=2)


def _pred(ws: Workspace, seeds: Seeds) -> int:
    with ws.transaction() as s:
        return tasks.add_task(
            s,
            seeds["project"].project_id,
            "P",
            duration=3,
            constraint_type=ConstraintType.SNET,
            constraint_date=P_START,
        ).id


def _link(ws: Workspace, seeds: Seeds) -> int:
    [succ] = add_tasks(ws, seeds["project"].project_id, "S", duration=2).values()
    with ws.transaction() as s:
        return dependencies.add_dependency(s, seeds["pred"], succ).id


def _with_summary(ws: Workspace, project_id: int, *top: str) -> dict[str, int]:
    """Top-level tasks `top` (one of them 'S') and S > (S1, S2 > S21)."""
    ids = add_tasks(ws, project_id, *top)
    with ws.transaction() as s:
        ids["S1"] = tasks.add_task(s, project_id, "S1", parent_id=ids["S"]).id
        ids["S2"] = tasks.add_task(s, project_id, "S2", parent_id=ids["S"]).id
        ids["S21"] = tasks.add_task(s, project_id, "S21", parent_id=ids["S2"]).id
    return ids


def _chain(ws: Workspace, seeds: Seeds) -> dict[str, int]:
    ids = _with_summary(ws, seeds["project"].project_id, "A", "B", "C", "S")
    with ws.transaction() as s:
        dependencies.add_dependency(s, ids["A"], ids["B"])
        dependencies.add_dependency(s, ids["B"], ids["C"])
    return ids


def _tree(ws: Workspace, seeds: Seeds) -> dict[str, int]:
    ids = _with_summary(ws, seeds["project"].project_id, "A", "S", "Z")
    with ws.transaction() as s:
        dependencies.add_dependency(s, ids["A"], ids["S1"])
        dependencies.add_dependency(s, ids["S21"], ids["Z"])
        dependencies.add_dependency(s, ids["A"], ids["Z"])
    return ids


# Seed fixtures in the order they are built (each may use the ones before it).
SEEDS: dict[str, Callable[[Workspace, Seeds], Any]] = {
    "project": _project,
    "abc": _abc,
    "pred": _pred,
    "link": _link,
    "chain": _chain,
    "tree": _tree,
}


def _seed(ws: Workspace, names: tuple[str, ...]) -> Seeds:
    seeds: Seeds = {}
    for name in names:
        seeds[name] = SEEDS[name](ws, seeds)
    return seeds


def _seeded_database(names: tuple[str, ...]) -> Callable[[str], Seeds]:
    def build(url: str) -> Seeds:
        with open_server_workspace(url) as ws:
            return _seed(ws, names)

    return build


@pytest.fixture(scope="session")
def _templates(
    tmp_path_factory: pytest.TempPathFactory, empty_template: Template
) -> Callable[[tuple[str, ...]], tuple[Template, Seeds]]:
    """Build (once) and return the template and seed values for a set of seeds."""
    made: dict[tuple[str, ...], tuple[Template, Seeds]] = {}

    def template(names: tuple[str, ...]) -> tuple[Template, Seeds]:
        if names not in made and isinstance(empty_template, ServerTemplate):
            key = "seeds_" + "_".join(names) if names else "seeds"
            made[names] = stores.server_template(
                key, _seeded_database(names), source=empty_template
            )
        elif names not in made:
            path = tmp_path_factory.mktemp("template") / "template.cpm"
            with open_copy_of(empty_template, path) as ws:
                seeds = _seed(ws, names)
            assert not Path(f"{path}-wal").exists()  # closed: one self-contained file
            made[names] = (path, seeds)
        return made[names]

    return template


@pytest.fixture
def _seeded(
    request: pytest.FixtureRequest, _templates: Callable, tmp_path: Path
) -> Iterator[tuple[Workspace, Seeds]]:
    """A private copy of the template holding the seeds this test asks for, opened."""
    names = tuple(name for name in SEEDS if name in request.fixturenames)
    template, seeds = _templates(names)
    with open_copy_of(template, tmp_path / "test.cpm") as ws:
        yield ws, seeds


@pytest.fixture
def workspace(_seeded: tuple[Workspace, Seeds]) -> Workspace:
    """The test's own workspace: empty, or holding the seed fixtures the test requests."""
    return _seeded[0]


@pytest.fixture
def project(_seeded: tuple[Workspace, Seeds]) -> ProjectIds:
    """Client 'Acme Logistics' with project ACME-01 starting Monday 2026-09-07."""
    return _seeded[1]["project"]


@pytest.fixture
def abc(project: ProjectIds, _seeded: tuple[Workspace, Seeds]) -> dict[str, int]:
    """Top-level tasks A, B, C of two working days each."""
    return _seeded[1]["abc"]


@pytest.fixture
def pred(project: ProjectIds, _seeded: tuple[Workspace, Seeds]) -> int:
    """Task P: 3 working days, Start No Earlier Than Monday 2026-09-14 (so Mon 14..Wed 16)."""
    return _seeded[1]["pred"]


@pytest.fixture
def link(pred: int, _seeded: tuple[Workspace, Seeds]) -> int:
    """An FS link P → S, S being 2 working days (so S is Thu 17 .. Fri 18)."""
    return _seeded[1]["link"]


@pytest.fixture
def chain(project: ProjectIds, _seeded: tuple[Workspace, Seeds]) -> dict[str, int]:
    """Tasks A → B → C (FS links) and a summary S > (S1, S2 > S21)."""
    return _seeded[1]["chain"]


@pytest.fixture
def tree(project: ProjectIds, _seeded: tuple[Workspace, Seeds]) -> dict[str, int]:
    """Tasks A, S > (S1, S2 > S21), Z with links A → S1, S21 → Z and A → Z."""
    return _seeded[1]["tree"]


@pytest.fixture
def os_user(monkeypatch: pytest.MonkeyPatch) -> str:
    """Pretend the operating-system login is 'pm.alice' (getpass reads these variables)."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, "pm.alice")
    return "pm.alice"


@pytest.fixture
def demo(demo_template: Template, tmp_path: Path) -> Iterator[Workspace]:
    """A private copy of the demo workspace (tests/conftest.py's `demo_template`), for a test
    that changes it (modules that only read the demo define their own, built once for the
    module)."""
    with open_copy(demo_template, tmp_path) as workspace:
        yield workspace


@pytest.fixture(scope="session")
def _demo_workbook(demo_template: Template, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project's internal workbook, exported once per session from a copy of the
    demo: each `demo` is a byte copy of the same template, so its export is this file."""
    folder = tmp_path_factory.mktemp("demo-workbook")
    with open_copy(demo_template, folder) as workspace:
        return export_demo(workspace, folder / "NHL-WMS client workbook.xlsx")


@pytest.fixture
def returned(demo: Workspace, _demo_workbook: Path, tmp_path: Path) -> Returned:
    """The demo project's client workbook, as just exported, open for the client's edits."""
    return Returned(copy_of(_demo_workbook, tmp_path / _demo_workbook.name))
