"""Dependencies: each link type schedules the stored dates; loops and bad links are refused."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.domain import LinkType
from cpm_desktop.errors import DependencyCycleError, DuplicateError, NotFoundError, ValidationError
from cpm_desktop.models import Dependency
from cpm_desktop.services.plan import dependencies, tasks
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    P_START,
    ProjectIds,
    add_tasks,
    assert_refused,
    audit_count,
    audit_since,
    count,
    make_project,
    rows_by_name,
)

D = dt.date
# The `pred` fixture P is pinned to Mon 2026-09-14 .. Wed 2026-09-16 (3 working days).
P_FINISH = D(2026, 9, 16)


def dates(workspace: Workspace, project: ProjectIds, name: str) -> tuple[dt.date, dt.date]:
    """Stored (start, finish) of the task called `name`."""
    row = rows_by_name(workspace, project.project_id)[name]
    assert row.start is not None
    assert row.finish is not None
    return row.start, row.finish


def test_predecessor_is_where_the_examples_expect(
    workspace: Workspace, project: ProjectIds, pred: int
) -> None:
    """P is stored Mon 14 .. Wed 16 September 2026 (the base of every example below)."""
    assert dates(workspace, project, "P") == (P_START, P_FINISH)


@pytest.mark.parametrize(
    ("link_type", "lag", "duration", "expected"),
    [
        pytest.param("FS", 0, 2, (D(2026, 9, 17), D(2026, 9, 18)), id="FS: Thu-Fri after P"),
        pytest.param("FS", 3, 2, (D(2026, 9, 22), D(2026, 9, 23)), id="FS+3 over the weekend"),
        pytest.param("FS", -2, 2, (D(2026, 9, 15), D(2026, 9, 16)), id="FS-2 lead"),
        pytest.param("SS", 0, 2, (D(2026, 9, 14), D(2026, 9, 15)), id="SS: starts with P"),
        pytest.param("SS", 2, 2, (D(2026, 9, 16), D(2026, 9, 17)), id="SS+2"),
        pytest.param("FF", 0, 2, (D(2026, 9, 15), D(2026, 9, 16)), id="FF: finishes with P"),
        pytest.param("FF", 2, 4, (D(2026, 9, 15), D(2026, 9, 18)), id="FF+2"),
        pytest.param("SF", 0, 2, (D(2026, 9, 10), D(2026, 9, 11)), id="SF: done before P starts"),
        pytest.param("SF", 5, 2, (D(2026, 9, 17), D(2026, 9, 18)), id="SF+5"),
        pytest.param("ss", 1, 1, (D(2026, 9, 15), D(2026, 9, 15)), id="lower-case type"),
    ],
)
def test_link_types_schedule_the_successor(
    workspace: Workspace,
    project: ProjectIds,
    pred: int,
    link_type: str,
    lag: int,
    duration: int,
    expected: tuple[dt.date, dt.date],
) -> None:
    """Each link type and lag puts the successor's stored dates where MS Project would."""
    [succ] = add_tasks(workspace, project.project_id, "S", duration=duration).values()
    with workspace.transaction() as s:
        link = dependencies.add_dependency(s, pred, succ, link_type, lag)
        assert (link.type, link.lag) == (LinkType(link_type.upper()), lag)
    assert dates(workspace, project, "S") == expected
    assert dates(workspace, project, "P") == (P_START, P_FINISH)


def test_milestone_after_fs_predecessor_shows_on_its_finish_day(
    workspace: Workspace, project: ProjectIds, pred: int
) -> None:
    """A milestone FS-linked to P is shown on P's last day, and its successor the day after."""
    ids = add_tasks(workspace, project.project_id, "M", is_milestone=True)
    ids |= add_tasks(workspace, project.project_id, "After", duration=1)
    with workspace.transaction() as s:
        dependencies.add_dependency(s, pred, ids["M"])
        dependencies.add_dependency(s, ids["M"], ids["After"])
    assert dates(workspace, project, "M") == (P_FINISH, P_FINISH)
    assert dates(workspace, project, "After") == (D(2026, 9, 17), D(2026, 9, 17))


def test_link_into_a_summary_binds_its_children(
    workspace: Workspace, project: ProjectIds, pred: int
) -> None:
    """Linking P → summary Q makes each of Q's children start after P."""
    with workspace.transaction() as s:
        summary = tasks.add_task(s, project.project_id, "Q").id
        tasks.add_task(s, project.project_id, "Q1", parent_id=summary, duration=1)
        tasks.add_task(s, project.project_id, "Q2", parent_id=summary, duration=2)
        dependencies.add_dependency(s, pred, summary)
    assert dates(workspace, project, "Q1") == (D(2026, 9, 17), D(2026, 9, 17))
    assert dates(workspace, project, "Q2") == (D(2026, 9, 17), D(2026, 9, 18))
    assert dates(workspace, project, "Q") == (D(2026, 9, 17), D(2026, 9, 18))


def test_chain_of_links_pushes_every_successor(
    workspace: Workspace, project: ProjectIds, pred: int
) -> None:
    """P → A → B (FS): B starts after A, which starts after P."""
    ids = add_tasks(workspace, project.project_id, "A", "B", duration=2)
    with workspace.transaction() as s:
        dependencies.add_dependency(s, pred, ids["A"])
        dependencies.add_dependency(s, ids["A"], ids["B"])
    assert dates(workspace, project, "A") == (D(2026, 9, 17), D(2026, 9, 18))
    assert dates(workspace, project, "B") == (D(2026, 9, 21), D(2026, 9, 22))


def test_add_dependency_is_audited(
    workspace: Workspace, project: ProjectIds, pred: int, os_user: str
) -> None:
    """A new link writes a 'create' row labelled with both tasks, the type and the lag."""
    [succ] = add_tasks(workspace, project.project_id, "S").values()
    before = audit_count(workspace)
    with workspace.transaction() as s:
        link_id = dependencies.add_dependency(s, pred, succ, LinkType.SS, 2).id
    [entry] = audit_since(workspace, before)
    assert (entry.entity, entry.entity_id, entry.action, entry.user, entry.project_id) == (
        "dependency",
        link_id,
        "create",
        os_user,
        project.project_id,
    )
    assert entry.new_value == "P → S (SS +2d)"


# ------------------------------------------------------------------------------ refusals


def rotations(names: list[str]) -> list[list[str]]:
    """Every rotation of a loop (a loop has no natural first task)."""
    return [names[i:] + names[:i] for i in range(len(names))]


def test_cycle_is_refused_naming_the_loop(workspace: Workspace, chain: dict[str, int]) -> None:
    """C → A would close A → B → C: DependencyCycleError names A, B and C in link order."""
    error = assert_refused(
        workspace,
        lambda s: dependencies.add_dependency(s, chain["C"], chain["A"]),
        DependencyCycleError,
    )
    assert isinstance(error, DependencyCycleError)
    assert error.loop in rotations(["A", "B", "C"])
    message = str(error)
    assert "loop" in message
    assert " → ".join([*error.loop, error.loop[0]]) in message


def test_reverse_link_is_a_two_task_cycle(workspace: Workspace, chain: dict[str, int]) -> None:
    """B → A next to A → B is refused as a loop of A and B."""
    error = assert_refused(
        workspace,
        lambda s: dependencies.add_dependency(s, chain["B"], chain["A"], LinkType.SS),
        DependencyCycleError,
    )
    assert isinstance(error, DependencyCycleError)
    assert sorted(error.loop) == ["A", "B"]


def test_cycle_through_a_summary_is_refused(workspace: Workspace, chain: dict[str, int]) -> None:
    """S21 → A → ... with A → S (which binds S21) is a loop through the summary."""
    with workspace.transaction() as s:
        dependencies.add_dependency(s, chain["S21"], chain["A"])
    error = assert_refused(
        workspace,
        lambda s: dependencies.add_dependency(s, chain["C"], chain["S"]),
        DependencyCycleError,
    )
    assert isinstance(error, DependencyCycleError)
    assert {"A", "B", "C", "S21"} <= set(error.loop)


@pytest.mark.parametrize(
    ("pred", "succ", "error", "match"),
    [
        ("A", "A", ValidationError, "itself"),
        ("A", "B", DuplicateError, "already linked"),
        ("S", "S1", ValidationError, "summary it belongs to"),
        ("S21", "S", ValidationError, "summary it belongs to"),
        ("S", "S21", ValidationError, "summary it belongs to"),
        ("S2", "S21", ValidationError, "summary it belongs to"),
        ("A", 999, NotFoundError, "No task"),
        (999, "A", NotFoundError, "No task"),
        ("A", "3", NotFoundError, "No task"),
        ("A", None, NotFoundError, "No task"),
    ],
)
def test_bad_links_are_refused(
    workspace: Workspace,
    chain: dict[str, int],
    pred: object,
    succ: object,
    error: type[Exception],
    match: str,
) -> None:
    """Self-links, duplicates, links to an own summary and unknown ids change nothing."""
    pred_id = chain[pred] if isinstance(pred, str) and pred in chain else pred
    succ_id = chain[succ] if isinstance(succ, str) and succ in chain else succ
    assert_refused(
        workspace, lambda s: dependencies.add_dependency(s, pred_id, succ_id), error, match
    )


@pytest.mark.parametrize(
    ("link_type", "lag"),
    [("XX", 0), ("", 0), (3, 0), (None, 0), ("FS", 10_001), ("FS", -10_001), ("FS", "2")],
)
def test_bad_link_type_or_lag_is_refused(
    workspace: Workspace, chain: dict[str, int], link_type: object, lag: object
) -> None:
    """Unknown link types and out-of-range or non-integer lags are ValidationErrors."""
    assert_refused(
        workspace,
        lambda s: dependencies.add_dependency(s, chain["A"], chain["C"], link_type, lag),
        ValidationError,
    )


def test_cross_project_link_is_refused(workspace: Workspace, chain: dict[str, int]) -> None:
    """Tasks of two projects cannot be linked."""
    other = make_project(workspace, code="OTHER", client="Globex")
    [foreign] = add_tasks(workspace, other.project_id, "Foreign").values()
    assert_refused(
        workspace,
        lambda s: dependencies.add_dependency(s, chain["A"], foreign),
        ValidationError,
        "same project",
    )


# ------------------------------------------------------------------------------ edit / remove


def test_edit_dependency_type_reschedules_and_is_audited(
    workspace: Workspace, project: ProjectIds, link: int
) -> None:
    """Changing FS to SS moves S to start with P, with an audit row FS → SS."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        dependencies.edit_dependency(s, link, link_type="SS")
    assert dates(workspace, project, "S") == (D(2026, 9, 14), D(2026, 9, 15))
    [entry] = audit_since(workspace, before)
    assert (entry.action, entry.field, entry.old_value, entry.new_value) == (
        "update",
        "type",
        "FS",
        "SS",
    )


def test_edit_dependency_lag_reschedules_and_is_audited(
    workspace: Workspace, project: ProjectIds, link: int
) -> None:
    """A lag of 1 moves S one working day later (over the weekend) and is audited."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        dependencies.edit_dependency(s, link, lag=1)
    assert dates(workspace, project, "S") == (D(2026, 9, 18), D(2026, 9, 21))
    [entry] = audit_since(workspace, before)
    assert (entry.field, entry.old_value, entry.new_value) == ("lag", "0", "1")


def test_edit_dependency_without_a_change_writes_no_audit(
    workspace: Workspace, project: ProjectIds, link: int
) -> None:
    """Setting the same type and lag again leaves the audit trail and dates as they were."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        dependencies.edit_dependency(s, link, link_type=LinkType.FS, lag=0)
    assert audit_count(workspace) == before
    assert dates(workspace, project, "S") == (D(2026, 9, 17), D(2026, 9, 18))


@pytest.mark.parametrize(
    ("ident", "changes", "error"),
    [
        (None, {"link_type": "XX"}, ValidationError),
        (None, {"lag": 10_001}, ValidationError),
        (None, {"lag": 1.5}, ValidationError),
        (None, {"link_type": "SS", "lag": True}, ValidationError),
        (999, {"lag": 1}, NotFoundError),
        ("1", {"lag": 1}, NotFoundError),
    ],
)
def test_edit_dependency_refuses_bad_input(
    workspace: Workspace, link: int, ident: object, changes: dict, error: type
) -> None:
    """Bad types, lags or ids change neither the link, the dates nor the audit trail."""
    target = link if ident is None else ident
    assert_refused(workspace, lambda s: dependencies.edit_dependency(s, target, **changes), error)


def test_remove_dependency_reschedules_and_is_audited(
    workspace: Workspace, project: ProjectIds, link: int, os_user: str
) -> None:
    """Removing P → S lets S move back before P and writes a 'delete' audit row."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        dependencies.remove_dependency(s, link)
    assert count(workspace, Dependency) == 0
    assert dates(workspace, project, "S")[0] < P_START
    [entry] = audit_since(workspace, before)
    assert (entry.entity, entry.entity_id, entry.action, entry.old_value, entry.user) == (
        "dependency",
        link,
        "delete",
        "P → S (FS)",
        os_user,
    )


@pytest.mark.parametrize("ident", [999, "1", None])
def test_remove_dependency_refuses_unknown_ids(
    workspace: Workspace, link: int, ident: object
) -> None:
    """Removing an unknown or mistyped link id changes nothing."""
    assert_refused(workspace, lambda s: dependencies.remove_dependency(s, ident), NotFoundError)


def test_removing_a_link_twice_is_a_not_found(workspace: Workspace, link: int) -> None:
    """Once removed, the link id names nothing."""
    with workspace.transaction() as s:
        dependencies.remove_dependency(s, link)
    assert_refused(workspace, lambda s: dependencies.remove_dependency(s, link), NotFoundError)
