"""The task outline: move, indent, outdent and delete, with positions, WBS codes and audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cpm_desktop.errors import DependencyCycleError, NotFoundError, ValidationError
from cpm_desktop.models import Dependency
from cpm_desktop.services.plan import dependencies, tasks
from cpm_desktop.services.plan.tasks import ChildFate
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    ProjectIds,
    add_tasks,
    assert_refused,
    audit_count,
    audit_since,
    count,
    make_project,
    outline,
    positions,
    rescheduled,
    rows_by_name,
)

# ------------------------------------------------------------------------------ move


def test_move_task_to_another_parent_and_position(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Moving C under A at position 0 renumbers both levels and the WBS codes."""
    with workspace.transaction() as s:
        tasks.add_task(s, project.project_id, "A1", parent_id=abc["A"])
        tasks.move_task(s, abc["C"], parent_id=abc["A"], position=0)
    assert outline(workspace, project.project_id) == [
        ("1", "A"),
        ("1.1", "C"),
        ("1.2", "A1"),
        ("2", "B"),
    ]
    places = positions(workspace, project.project_id)
    assert (places["C"], places["A1"], places["B"]) == ((abc["A"], 0), (abc["A"], 1), (None, 1))


def test_move_task_reorders_within_its_level(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Moving A to the last place among its siblings shifts B and C up."""
    with workspace.transaction() as s:
        tasks.move_task(s, abc["A"], parent_id=None, position=2)
    assert outline(workspace, project.project_id) == [("1", "B"), ("2", "C"), ("3", "A")]


def test_move_task_carries_its_subtree(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """A moved summary keeps its children beneath it."""
    with workspace.transaction() as s:
        tasks.add_task(s, project.project_id, "A1", parent_id=abc["A"])
        tasks.move_task(s, abc["A"], parent_id=abc["C"], position=0)
    assert outline(workspace, project.project_id) == [
        ("1", "B"),
        ("2", "C"),
        ("2.1", "A"),
        ("2.1.1", "A1"),
    ]


def test_move_task_audits_the_parent_change(
    workspace: Workspace, abc: dict[str, int], os_user: str
) -> None:
    """A move to another parent writes an audit row with the old and new parent ids."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        tasks.move_task(s, abc["C"], parent_id=abc["B"], position=0)
    [entry] = [e for e in audit_since(workspace, before) if e.field == "parent_id"]
    assert (entry.entity_id, entry.field, entry.old_value, entry.new_value, entry.user) == (
        abc["C"],
        "parent_id",
        None,
        str(abc["B"]),
        os_user,
    )


def test_move_task_within_its_level_is_audited(workspace: Workspace, abc: dict[str, int]) -> None:
    """Reordering a task among its siblings still writes an audit entry."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        tasks.move_task(s, abc["A"], parent_id=None, position=2)
    assert audit_since(workspace, before)


def test_move_task_refuses_to_move_a_task_inside_itself(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """A task cannot become its own child or the child of one of its descendants."""
    with workspace.transaction() as s:
        a1 = tasks.add_task(s, project.project_id, "A1", parent_id=abc["A"]).id
        a11 = tasks.add_task(s, project.project_id, "A11", parent_id=a1).id
    for target in (abc["A"], a1, a11):
        assert_refused(
            workspace,
            lambda s, target=target: tasks.move_task(s, abc["A"], parent_id=target, position=0),
            ValidationError,
            "inside itself",
        )


@pytest.mark.parametrize(
    ("task", "parent", "position", "error"),
    [
        ("C", None, 3, ValidationError),
        ("C", None, -1, ValidationError),
        ("C", "A", 1, ValidationError),
        ("C", 999, 0, NotFoundError),
        ("C", "7", 0, NotFoundError),
        (999, None, 0, NotFoundError),
    ],
)
def test_move_task_refuses_bad_targets(
    workspace: Workspace,
    abc: dict[str, int],
    task: object,
    parent: object,
    position: int,
    error: type,
) -> None:
    """Positions out of range and unknown tasks or parents change nothing."""
    task_id = abc.get(task, task) if isinstance(task, str) else task
    parent_id = abc.get(parent, parent) if isinstance(parent, str) else parent
    assert_refused(
        workspace,
        lambda s: tasks.move_task(s, task_id, parent_id=parent_id, position=position),
        error,
    )


def test_move_task_refuses_a_parent_in_another_project(
    workspace: Workspace, abc: dict[str, int]
) -> None:
    """A task cannot be moved under a task of another project."""
    other = make_project(workspace, code="OTHER", client="Globex")
    [foreign] = add_tasks(workspace, other.project_id, "Foreign").values()
    assert_refused(
        workspace,
        lambda s: tasks.move_task(s, abc["A"], parent_id=foreign, position=0),
        ValidationError,
        "another project",
    )


def test_move_task_refuses_to_put_a_task_inside_a_summary_it_is_linked_to(
    workspace: Workspace, abc: dict[str, int]
) -> None:
    """A task linked to B cannot be moved under B: it would wait for itself."""
    with workspace.transaction() as s:
        dependencies.add_dependency(s, abc["B"], abc["C"])
    assert_refused(
        workspace,
        lambda s: tasks.move_task(s, abc["C"], parent_id=abc["B"], position=0),
        ValidationError,
        "linked",
    )


def test_move_that_would_close_a_loop_through_a_summary_is_refused(
    workspace: Workspace, abc: dict[str, int]
) -> None:
    """With A → B and B → C, moving A under C (which B's link then binds) is a loop."""
    with workspace.transaction() as s:
        dependencies.add_dependency(s, abc["A"], abc["B"])
        dependencies.add_dependency(s, abc["B"], abc["C"])
    error = assert_refused(
        workspace,
        lambda s: tasks.move_task(s, abc["A"], parent_id=abc["C"], position=0),
        DependencyCycleError,
    )
    assert isinstance(error, DependencyCycleError)
    assert {"A", "B"} <= set(error.loop)


# ------------------------------------------------------------------------------ indent / outdent


def test_indent_makes_the_task_the_last_child_of_the_sibling_above(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Indenting C under B (which already has a child) puts C after that child."""
    with workspace.transaction() as s:
        tasks.add_task(s, project.project_id, "B1", parent_id=abc["B"])
        tasks.indent_task(s, abc["C"])
    assert outline(workspace, project.project_id) == [
        ("1", "A"),
        ("2", "B"),
        ("2.1", "B1"),
        ("2.2", "C"),
    ]
    assert positions(workspace, project.project_id)["C"] == (abc["B"], 1)


def test_indent_twice_nests_deeper(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Indenting B then C, then C again, gives A > B > C."""
    with workspace.transaction() as s:
        tasks.indent_task(s, abc["B"])
        tasks.indent_task(s, abc["C"])
    assert outline(workspace, project.project_id) == [("1", "A"), ("1.1", "B"), ("1.2", "C")]
    with workspace.transaction() as s:
        tasks.indent_task(s, abc["C"])
    assert outline(workspace, project.project_id) == [("1", "A"), ("1.1", "B"), ("1.1.1", "C")]


def test_indent_is_audited_as_a_parent_change(
    workspace: Workspace, abc: dict[str, int], os_user: str
) -> None:
    """Indenting B under A records B's parent going from none to A."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        tasks.indent_task(s, abc["B"])
    [entry] = [e for e in audit_since(workspace, before) if e.field == "parent_id"]
    assert (entry.entity_id, entry.field, entry.old_value, entry.new_value, entry.user) == (
        abc["B"],
        "parent_id",
        None,
        str(abc["A"]),
        os_user,
    )


def test_indent_refuses_the_first_sibling(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """The first task of a level has nothing above it to go under."""
    with workspace.transaction() as s:
        b1 = tasks.add_task(s, project.project_id, "B1", parent_id=abc["B"]).id
    for first in (abc["A"], b1):
        assert_refused(
            workspace,
            lambda s, first=first: tasks.indent_task(s, first),
            ValidationError,
            "no task above",
        )


def test_indent_refuses_to_go_under_a_started_task(
    workspace: Workspace, abc: dict[str, int]
) -> None:
    """A task with progress cannot become the summary of the task below it."""
    with workspace.transaction() as s:
        tasks.edit_task(s, abc["A"], percent_complete=20)
    assert_refused(workspace, lambda s: tasks.indent_task(s, abc["B"]), ValidationError, "progress")


@pytest.mark.parametrize("task_id", [999, "2"])
def test_indent_and_outdent_refuse_unknown_ids(
    workspace: Workspace, abc: dict[str, int], task_id: object
) -> None:
    """Indent and outdent raise NotFoundError for unknown or mistyped ids."""
    assert_refused(workspace, lambda s: tasks.indent_task(s, task_id), NotFoundError)
    assert_refused(workspace, lambda s: tasks.outdent_task(s, task_id), NotFoundError)


def test_outdent_takes_the_following_siblings_as_children(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Outdenting B from A > (B, C, D) gives A > () and B > (C, D), as MS Project does."""
    ids = add_tasks(workspace, project.project_id, "A", "B", "C", "D", "E")
    with workspace.transaction() as s:
        for name in ("B", "C", "D"):
            tasks.indent_task(s, ids[name])
        tasks.outdent_task(s, ids["B"])
    assert outline(workspace, project.project_id) == [
        ("1", "A"),
        ("2", "B"),
        ("2.1", "C"),
        ("2.2", "D"),
        ("3", "E"),
    ]
    places = positions(workspace, project.project_id)
    assert places == {
        "A": (None, 0),
        "B": (None, 1),
        "C": (ids["B"], 0),
        "D": (ids["B"], 1),
        "E": (None, 2),
    }


def test_outdent_of_the_last_child_keeps_its_earlier_siblings(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Outdenting the last child moves it right after its old parent; the others stay."""
    ids = add_tasks(workspace, project.project_id, "A", "B", "C", "D")
    with workspace.transaction() as s:
        tasks.indent_task(s, ids["B"])
        tasks.indent_task(s, ids["C"])
        tasks.outdent_task(s, ids["C"])
    assert outline(workspace, project.project_id) == [
        ("1", "A"),
        ("1.1", "B"),
        ("2", "C"),
        ("3", "D"),
    ]


def test_outdent_refuses_a_top_level_task(workspace: Workspace, abc: dict[str, int]) -> None:
    """A top-level task cannot go further up."""
    assert_refused(
        workspace, lambda s: tasks.outdent_task(s, abc["B"]), ValidationError, "top level"
    )


def test_outdent_refuses_to_make_a_task_with_progress_a_summary(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Outdenting a started task that has siblings below it is refused (they would be its kids)."""
    ids = add_tasks(workspace, project.project_id, "A", "B", "C")
    with workspace.transaction() as s:
        tasks.indent_task(s, ids["B"])
        tasks.indent_task(s, ids["C"])
        tasks.edit_task(s, ids["B"], percent_complete=50)
    assert_refused(workspace, lambda s: tasks.outdent_task(s, ids["B"]), ValidationError)


def test_outdent_audits_the_adopted_siblings(workspace: Workspace, project: ProjectIds) -> None:
    """Every task whose parent changes in an outdent gets a parent_id audit row."""
    ids = add_tasks(workspace, project.project_id, "A", "B", "C")
    with workspace.transaction() as s:
        tasks.indent_task(s, ids["B"])
        tasks.indent_task(s, ids["C"])
    before = audit_count(workspace)
    with workspace.transaction() as s:
        tasks.outdent_task(s, ids["B"])
    changed = {(e.entity_id, e.field) for e in audit_since(workspace, before)}
    assert {c for c in changed if c[1] == "parent_id"} == {
        (ids["B"], "parent_id"),
        (ids["C"], "parent_id"),
    }


def test_outdent_refuses_when_an_adopted_sibling_is_linked_to_it(
    workspace: Workspace, project: ProjectIds
) -> None:
    """If C is linked to B, outdenting B (which would adopt C) is refused."""
    ids = add_tasks(workspace, project.project_id, "A", "B", "C")
    with workspace.transaction() as s:
        tasks.indent_task(s, ids["B"])
        tasks.indent_task(s, ids["C"])
        dependencies.add_dependency(s, ids["B"], ids["C"])
    assert_refused(workspace, lambda s: tasks.outdent_task(s, ids["B"]), ValidationError, "linked")


# ------------------------------------------------------------------------------ delete


def test_delete_leaf_removes_it_its_links_and_renumbers(
    workspace: Workspace, project: ProjectIds, tree: dict[str, int]
) -> None:
    """Deleting A removes its two links and closes the gap in positions and WBS codes."""
    with workspace.transaction() as s:
        tasks.delete_task(s, tree["A"])
    assert outline(workspace, project.project_id) == [
        ("1", "S"),
        ("1.1", "S1"),
        ("1.2", "S2"),
        ("1.2.1", "S21"),
        ("2", "Z"),
    ]
    assert count(workspace, Dependency) == 1
    assert positions(workspace, project.project_id)["Z"] == (None, 1)


def test_delete_summary_without_a_fate_is_refused(
    workspace: Workspace, tree: dict[str, int]
) -> None:
    """A summary is only deleted once the caller says what happens to its children."""
    assert_refused(
        workspace, lambda s: tasks.delete_task(s, tree["S"]), ValidationError, "summary of 2"
    )


def test_delete_summary_with_children_removes_the_subtree_and_its_links(
    workspace: Workspace, project: ProjectIds, tree: dict[str, int]
) -> None:
    """ChildFate.DELETE removes S, S1, S2, S21 and every link touching them."""
    with workspace.transaction() as s:
        tasks.delete_task(s, tree["S"], ChildFate.DELETE)
    assert outline(workspace, project.project_id) == [("1", "A"), ("2", "Z")]
    with workspace.transaction() as s:
        links = [(d.predecessor_id, d.successor_id) for d in s.scalars(select(Dependency))]
    assert links == [(tree["A"], tree["Z"])]


def test_delete_summary_promoting_children_keeps_them_in_its_place(
    workspace: Workspace, project: ProjectIds, tree: dict[str, int]
) -> None:
    """ChildFate.PROMOTE puts S1 and S2 where S was, with contiguous positions and links kept."""
    with workspace.transaction() as s:
        tasks.delete_task(s, tree["S"], ChildFate.PROMOTE)
    assert outline(workspace, project.project_id) == [
        ("1", "A"),
        ("2", "S1"),
        ("3", "S2"),
        ("3.1", "S21"),
        ("4", "Z"),
    ]
    places = positions(workspace, project.project_id)
    assert sorted(p for parent, p in places.values() if parent is None) == [0, 1, 2, 3]
    assert places["S21"] == (tree["S2"], 0)
    assert count(workspace, Dependency) == 3


def test_delete_accepts_the_fate_as_text(
    workspace: Workspace, project: ProjectIds, tree: dict[str, int]
) -> None:
    """'promote' works like ChildFate.PROMOTE (the enum is a string enum)."""
    with workspace.transaction() as s:
        tasks.delete_task(s, tree["S2"], "promote")
    assert outline(workspace, project.project_id) == [
        ("1", "A"),
        ("2", "S"),
        ("2.1", "S1"),
        ("2.2", "S21"),
        ("3", "Z"),
    ]


def test_delete_is_audited_for_tasks_and_links(
    workspace: Workspace, tree: dict[str, int], os_user: str
) -> None:
    """Deleting a subtree writes a 'delete' row for each task and each removed link."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        tasks.delete_task(s, tree["S2"], ChildFate.DELETE)
    entries = audit_since(workspace, before)
    assert {(e.entity, e.action, e.old_value, e.user) for e in entries} == {
        ("task", "delete", "S2", os_user),
        ("task", "delete", "S21", os_user),
        ("dependency", "delete", "S21 → Z (FS)", os_user),
    }


@pytest.mark.parametrize("task_id", [999, "1", None])
def test_delete_refuses_unknown_ids(
    workspace: Workspace, tree: dict[str, int], task_id: object
) -> None:
    """Deleting an unknown or mistyped task id changes nothing."""
    assert_refused(workspace, lambda s: tasks.delete_task(s, task_id), NotFoundError)


def test_delete_refuses_an_unknown_fate_as_validation_error(
    workspace: Workspace, tree: dict[str, int]
) -> None:
    """A fate that is neither 'delete' nor 'promote' is a ValidationError."""
    assert_refused(workspace, lambda s: tasks.delete_task(s, tree["S"], "bogus"), ValidationError)


def test_deleting_the_only_child_turns_the_summary_back_into_a_task(
    workspace: Workspace, project: ProjectIds, tree: dict[str, int]
) -> None:
    """After S21 goes, S2 is no longer a summary in the task rows."""
    with workspace.transaction() as s:
        tasks.delete_task(s, tree["S21"])
    rows = rows_by_name(workspace, project.project_id)
    assert not rows["S2"].is_summary
    assert rows["S"].is_summary


def test_reschedule_returns_the_stored_dates(
    workspace: Workspace, project: ProjectIds, tree: dict[str, int]
) -> None:
    """The schedule reschedule returns matches the dates stored on the tasks."""
    with workspace.transaction() as s:
        result = rescheduled(s, project.project_id)
    rows = rows_by_name(workspace, project.project_id)
    assert {name: (r.start, r.finish) for name, r in rows.items()} == {
        name: (result.tasks[tree[name]].start, result.tasks[tree[name]].finish) for name in rows
    }
    assert result.finish == rows["Z"].finish
