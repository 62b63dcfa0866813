"""Predecessors typed as text: format, parse (with clear refusals), and set a task's links."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from cpm_desktop.domain import LinkType
from cpm_desktop.errors import DependencyCycleError, NotFoundError, ValidationError
from cpm_desktop.models import Dependency
from cpm_desktop.services.plan.predecessors import (
    PredecessorRef,
    format_link,
    parse_predecessors,
    set_predecessors,
)
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.validate import MAX_LAG
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

FS, SS, FF, SF = LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF
EXAMPLE = "e.g. 3FS+2d, 5SS-1d."


# ------------------------------------------------------------------------------ format


@pytest.mark.parametrize(
    ("wbs", "link_type", "lag", "text"),
    [
        ("3", "FS", 0, "3"),
        ("3", "FS", 2, "3FS+2d"),
        ("3", "FS", -2, "3FS-2d"),
        ("5", "SS", 0, "5SS"),
        ("5", "SS", -1, "5SS-1d"),
        ("1.2", "FF", 0, "1.2FF"),
        ("1.2.3", "FF", 10, "1.2.3FF+10d"),
        ("4", "SF", 0, "4SF"),
        ("4", SF, 3, "4SF+3d"),
    ],
)
def test_format_link_leaves_out_only_plain_fs(wbs: str, link_type: str, lag: int, text: str):
    """As in MS Project: '3' for FS without lag, the type always otherwise, lag as +Nd/-Nd."""
    assert format_link(wbs, link_type, lag) == text


# ------------------------------------------------------------------------------ parse


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        ("", []),
        ("   ", []),
        ("3", [("3", FS, 0)]),
        ("3FS+2d", [("3", FS, 2)]),
        ("5SS-1d", [("5", SS, -1)]),
        ("3 fs + 2d", [("3", FS, 2)]),
        ("3fs+2", [("3", FS, 2)]),
        ("3+2d", [("3", FS, 2)]),
        ("3FS + 2 days", [("3", FS, 2)]),
        ("4sf-1 D", [("4", SF, -1)]),
        ("1.2.3FF+10", [("1.2.3", FF, 10)]),
        ("3FS+0d", [("3", FS, 0)]),
        ("3SS-0", [("3", SS, 0)]),
        ("03, 1.02", [("3", FS, 0), ("1.2", FS, 0)]),
        ("3, 5SS-1d; 7FF", [("3", FS, 0), ("5", SS, -1), ("7", FF, 0)]),
        (" 3 ,, 5 , ", [("3", FS, 0), ("5", FS, 0)]),
        (f"2FS+{MAX_LAG}d, 3SS-{MAX_LAG}d", [("2", FS, MAX_LAG), ("3", SS, -MAX_LAG)]),
    ],
)
def test_parse_accepts_what_ms_project_users_type(
    text: str, refs: list[tuple[str, LinkType, int]]
) -> None:
    """WBS codes with optional type (any case, default FS) and lag, blanks and separators."""
    assert parse_predecessors(text) == [PredecessorRef(*ref) for ref in refs]


wbs_codes = st.lists(st.integers(1, 999), min_size=1, max_size=4).map(
    lambda parts: ".".join(map(str, parts))
)
refs_lists = st.lists(
    st.builds(PredecessorRef, wbs_codes, st.sampled_from(LinkType), st.integers(-MAX_LAG, MAX_LAG)),
    max_size=8,
    unique_by=lambda ref: ref.wbs,
)


@given(refs_lists)
def test_parse_reads_back_what_format_writes(refs: list[PredecessorRef]) -> None:
    """Round trip: the text shown in the task table types back to the same predecessors."""
    shown = ", ".join(format_link(r.wbs, r.type, r.lag) for r in refs)  # as the Timeline joins
    assert parse_predecessors(shown) == refs


@given(refs_lists, st.sampled_from([", ", ";", " ; ", ","]))
def test_parse_ignores_case_and_separator_choice(refs: list[PredecessorRef], sep: str) -> None:
    """Lower-case types and semicolons read the same as the shown text."""
    text = sep.join(format_link(r.wbs, r.type, r.lag).lower() for r in refs)
    assert parse_predecessors(text) == refs


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("3XX", '"3XX" is not a predecessor: write a WBS code with an optional type and lag'),
        ("3, FS", '"FS" is not a predecessor'),
        ("3FS+", '"3FS+" is not a predecessor'),
        ("3FS+2x", '"3FS+2x" is not a predecessor'),
        ("3FS2d", '"3FS2d" is not a predecessor'),
        ("1..2", '"1..2" is not a predecessor'),
        ("1.", '"1." is not a predecessor'),
        ("-3", '"-3" is not a predecessor'),
        ("3 4", '"3 4" is not a predecessor'),
        ("=SUM(A1:A3)", '"=SUM(A1:A3)" is not a predecessor'),
        ("٣", '"٣" is not a predecessor'),  # a digit, but not one a WBS code is written with
        ("3, 3SS", "Task 3 is listed twice as a predecessor"),
        ("03; 3FF", "Task 3 is listed twice as a predecessor"),
        (f"3FS+{MAX_LAG + 1}d", f'"3FS+{MAX_LAG + 1}d": the lag must be between -{MAX_LAG}'),
        (f"3SS-{MAX_LAG + 1}", f'"3SS-{MAX_LAG + 1}": the lag must be between'),
        ("3FS+" + "9" * 5000 + "d", "the lag must be between"),
    ],
)
def test_parse_refuses_bad_pieces_quoting_them(text: str, message: str) -> None:
    """Each refusal quotes the piece at fault and shows how to write one."""
    with pytest.raises(ValidationError, match=re.escape(message)) as excinfo:
        parse_predecessors(text)
    assert str(excinfo.value).endswith(EXAMPLE)


def test_a_long_bad_piece_is_quoted_by_its_start() -> None:
    """A pasted paragraph does not flood the message."""
    with pytest.raises(ValidationError) as excinfo:
        parse_predecessors("x" * 10_000)
    assert len(str(excinfo.value)) < 200
    assert '"xxxxxxxx' in str(excinfo.value)


@pytest.mark.parametrize("value", [None, 3, b"3"])
def test_parse_refuses_what_is_not_text(value: object) -> None:
    """Only text is read as predecessors."""
    with pytest.raises(ValidationError, match="must be text"):
        parse_predecessors(value)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ set


def incoming(workspace: Workspace, task_id: int) -> dict[int, tuple[int, LinkType, int]]:
    """The task's incoming links: predecessor id → (link id, type, lag)."""
    with workspace.transaction() as s:
        return {
            link.predecessor_id: (link.id, link.type, link.lag)
            for link in s.scalars(select(Dependency).where(Dependency.successor_id == task_id))
        }


def shown(workspace: Workspace, project: ProjectIds) -> dict[str, str]:
    """The predecessors column of the Timeline by task name."""
    return {r.name: r.predecessors for r in workspace.run(timeline, project.project_id).tasks}


def test_set_predecessors_adds_and_removes_links(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int], os_user: str
) -> None:
    """C: '1SS+1d, 4.1' replaces B → C with A → C (SS+1) and S1 → C, audited and rescheduled."""
    before = audit_count(workspace)
    workspace.run(set_predecessors, chain["C"], "1ss+1d, 4.1")
    assert incoming(workspace, chain["C"]).keys() == {chain["A"], chain["S1"]}
    assert shown(workspace, project)["C"] == "1SS+1d, 4.1"
    entries = [(e.entity, e.action) for e in audit_since(workspace, before)]
    assert entries == [("dependency", "delete"), ("dependency", "create"), ("dependency", "create")]
    # S1 (1 day, Monday) drives C to Tuesday; A's SS+1 allows Tuesday too.
    assert rows_by_name(workspace, project.project_id)["C"].start == dt.date(2026, 9, 8)


def test_set_predecessors_edits_a_kept_link_in_place(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """Retyping B's link from A as FF+2 keeps the dependency (same id) and audits the edit."""
    [(link_id, _, _)] = incoming(workspace, chain["B"]).values()
    before = audit_count(workspace)
    workspace.run(set_predecessors, chain["B"], "1FF+2d")
    assert incoming(workspace, chain["B"]) == {chain["A"]: (link_id, FF, 2)}
    assert [(e.action, e.field) for e in audit_since(workspace, before)] == [
        ("update", "type"),
        ("update", "lag"),
    ]
    assert shown(workspace, project)["B"] == "1FF+2d"


def test_set_predecessors_with_empty_text_clears_them(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """An emptied cell removes every incoming link; C moves back to the project start."""
    workspace.run(set_predecessors, chain["C"], "  ")
    assert incoming(workspace, chain["C"]) == {}
    assert rows_by_name(workspace, project.project_id)["C"].start == MONDAY


def test_setting_the_same_predecessors_again_changes_nothing(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """Typing what is shown writes no row at all, not even an audit entry."""
    before = snapshot(workspace)
    workspace.run(set_predecessors, chain["C"], shown(workspace, project)["C"])
    workspace.run(set_predecessors, chain["A"], "")
    assert snapshot(workspace) == before


def test_set_predecessors_swaps_a_chain_without_a_false_loop(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """B: '3' (C → B) is a loop with B → C, but after also clearing C it is not."""
    workspace.run(set_predecessors, chain["C"], "")
    workspace.run(set_predecessors, chain["B"], "3")
    assert shown(workspace, project) == {
        "A": "",
        "B": "3",
        "C": "",
        "S": "",
        "S1": "",
        "S2": "",
        "S21": "",
    }


# ------------------------------------------------------------------------------ refusals


@pytest.mark.parametrize(
    ("task", "text", "error", "match"),
    [
        ("C", "9", ValidationError, "No task of ACME-01 has the WBS code 9"),
        ("C", "4.1, 4.3", ValidationError, "WBS code 4.3"),
        ("C", "3XX", ValidationError, '"3XX" is not a predecessor'),
        ("C", "3", ValidationError, "'C' cannot depend on itself"),
        ("C", "4.1, 3", ValidationError, "cannot depend on itself"),  # after S1 → C was added
        ("A", "3", DependencyCycleError, "loop"),
        ("A", "4.1; 2SS", DependencyCycleError, "loop"),
        ("S1", "4", ValidationError, "summary it belongs to"),
        ("S", "4.2.1", ValidationError, "summary it belongs to"),
        ("B", f"1FS+{MAX_LAG + 1}d", ValidationError, "the lag must be between"),
    ],
)
def test_refused_predecessors_leave_the_workspace_unchanged(
    workspace: Workspace,
    project: ProjectIds,
    chain: dict[str, int],
    task: str,
    text: str,
    error: type[Exception],
    match: str,
) -> None:
    """Unknown WBS, bad text, self links, loops and own-summary links roll back every change."""
    assert_refused(workspace, lambda s: set_predecessors(s, chain[task], text), error, match)


@pytest.mark.parametrize("ident", [999, "1", None])
def test_set_predecessors_of_an_unknown_task_is_not_found(
    workspace: Workspace, chain: dict[str, int], ident: object
) -> None:
    """A task id that names nothing is a NotFoundError, with nothing changed."""
    assert_refused(workspace, lambda s: set_predecessors(s, ident, "1"), NotFoundError)
