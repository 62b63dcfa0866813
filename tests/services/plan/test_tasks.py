"""Tasks: add, rename and edit, with validation, progress rules, scheduling and audit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cpm_desktop.domain import ConstraintType
from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.services.plan import tasks
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    MONDAY,
    ProjectIds,
    add_tasks,
    assert_refused,
    audit_count,
    audit_since,
    make_project,
    outline,
    positions,
    rows_by_name,
    stored,
)

# ------------------------------------------------------------------------------ add


def test_add_task_appends_by_default_and_inserts_at_a_position(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """New tasks go last unless a position is given; WBS codes follow the outline order."""
    with workspace.transaction() as s:
        tasks.add_task(s, project.project_id, "First", position=0)
        tasks.add_task(s, project.project_id, "Middle", position=2)
    assert outline(workspace, project.project_id) == [
        ("1", "First"),
        ("2", "A"),
        ("3", "Middle"),
        ("4", "B"),
        ("5", "C"),
    ]
    places = positions(workspace, project.project_id)
    assert {name: place for name, (_, place) in places.items()} == {
        "First": 0,
        "A": 1,
        "Middle": 2,
        "B": 3,
        "C": 4,
    }


def test_add_task_under_a_parent_makes_it_a_summary(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """A child gets a dotted WBS code and its parent rolls up its dates and duration."""
    with workspace.transaction() as s:
        tasks.add_task(s, project.project_id, "A1", parent_id=abc["A"], duration=4)
        tasks.add_task(s, project.project_id, "A0", parent_id=abc["A"], position=0, duration=1)
    assert outline(workspace, project.project_id) == [
        ("1", "A"),
        ("1.1", "A0"),
        ("1.2", "A1"),
        ("2", "B"),
        ("3", "C"),
    ]
    rows = rows_by_name(workspace, project.project_id)
    assert rows["A"].is_summary
    assert not rows["A1"].is_summary
    assert (rows["A"].start, rows["A"].finish) == (rows["A0"].start, rows["A1"].finish)
    assert rows["A"].duration == 4


def test_add_task_sets_initial_fields_and_schedules(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Fields given at creation are stored and the task gets scheduled dates at once."""
    with workspace.transaction() as s:
        task_id = tasks.add_task(
            s,
            project.project_id,
            "Survey",
            duration=3,
            owner="Mo",
            budget_cost=Decimal("1500.25"),
            constraint_type=ConstraintType.SNET,
            constraint_date=dt.date(2026, 9, 16),
        ).id
    task = stored(workspace, task_id)
    assert (task.duration, task.owner, task.budget_cost) == (3, "Mo", Decimal("1500.25"))
    assert (task.start, task.finish) == (dt.date(2026, 9, 16), dt.date(2026, 9, 18))


def test_add_task_is_audited(workspace: Workspace, project: ProjectIds, os_user: str) -> None:
    """Adding a task writes a 'create' audit entry naming it, by the OS user."""
    before = audit_count(workspace)
    [task_id] = add_tasks(workspace, project.project_id, "Survey").values()
    [entry] = audit_since(workspace, before)
    assert (entry.user, entry.entity, entry.entity_id, entry.project_id) == (
        os_user,
        "task",
        task_id,
        project.project_id,
    )
    assert (entry.action, entry.new_value) == ("create", "Survey")


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        pytest.param({"name": "  "}, ValidationError, id="blank-name"),
        pytest.param({"name": 7}, ValidationError, id="name-not-text"),
        pytest.param({"position": 4}, ValidationError, id="position-past-end"),
        pytest.param({"position": -1}, ValidationError, id="negative-position"),
        pytest.param({"position": "0"}, ValidationError, id="position-as-text"),
        pytest.param({"parent_id": 999}, NotFoundError, id="unknown-parent"),
        pytest.param({"parent_id": "1"}, NotFoundError, id="string-parent-id"),
        pytest.param({"duration": -1}, ValidationError, id="negative-duration"),
        pytest.param({"duration": 1.5}, ValidationError, id="fractional-duration"),
        pytest.param({"colour": "red"}, ValidationError, id="unknown-field"),
        pytest.param(
            {"constraint_type": ConstraintType.MSO}, ValidationError, id="constraint-without-date"
        ),
    ],
)
def test_add_task_refuses_bad_input(
    workspace: Workspace,
    project: ProjectIds,
    abc: dict[str, int],
    kwargs: dict,
    error: type[Exception],
) -> None:
    """Bad names, positions, parents and fields raise typed errors and write nothing."""
    args = {"name": "New", **kwargs}
    name = args.pop("name")
    assert_refused(workspace, lambda s: tasks.add_task(s, project.project_id, name, **args), error)


@pytest.mark.parametrize("project_id", [999, "1", None])
def test_add_task_refuses_an_unknown_project(
    workspace: Workspace, project: ProjectIds, project_id: object
) -> None:
    """An unknown or mistyped project id is a NotFoundError and writes nothing."""
    assert_refused(workspace, lambda s: tasks.add_task(s, project_id, "New"), NotFoundError)


def test_add_task_refuses_a_parent_of_another_project(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """A task cannot be put under a task of another project."""
    other = make_project(workspace, code="OTHER", client="Globex")
    assert_refused(
        workspace,
        lambda s: tasks.add_task(s, other.project_id, "New", parent_id=abc["A"]),
        ValidationError,
        "another project",
    )


def test_add_task_refuses_a_parent_with_progress(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """A task with recorded progress cannot become a summary."""
    with workspace.transaction() as s:
        tasks.edit_task(s, abc["A"], percent_complete=50)
    assert_refused(
        workspace,
        lambda s: tasks.add_task(s, project.project_id, "New", parent_id=abc["A"]),
        ValidationError,
        "progress",
    )


def test_add_task_at_100_percent_records_actual_dates(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A task created as 100 % complete gets an actual start and finish, as edit_task gives."""
    [task_id] = add_tasks(workspace, project.project_id, "Done", percent_complete=100).values()
    task = stored(workspace, task_id)
    assert task.actual_start is not None
    assert task.actual_finish is not None


# ------------------------------------------------------------------------------ rename / edit


def test_renaming_a_task_changes_the_name_and_audits_old_and_new(
    workspace: Workspace, abc: dict[str, int]
) -> None:
    """Renaming stores the tidied name and writes one 'update name' audit row."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        tasks.edit_task(s, abc["A"], name="  Site   survey ")
    assert stored(workspace, abc["A"]).name == "Site survey"
    [entry] = audit_since(workspace, before)
    assert (entry.entity, entry.entity_id, entry.action, entry.field) == (
        "task",
        abc["A"],
        "update",
        "name",
    )
    assert (entry.old_value, entry.new_value) == ("A", "Site survey")


@pytest.mark.parametrize(
    ("task_id", "name", "error"),
    [(None, "", ValidationError), (None, None, ValidationError), (999, "X", NotFoundError)],
)
def test_renaming_refuses_blank_names_and_unknown_tasks(
    workspace: Workspace, abc: dict[str, int], task_id: object, name: object, error: type
) -> None:
    """A blank or non-text name, or an unknown task, changes nothing."""
    target = abc["A"] if task_id is None else task_id
    assert_refused(workspace, lambda s: tasks.edit_task(s, target, name=name), error)


def test_percent_complete_records_actual_dates_like_ms_project(
    workspace: Workspace, abc: dict[str, int]
) -> None:
    """50 % sets the actual start; 100 % also the actual finish; back to 0 % clears both."""
    planned = stored(workspace, abc["A"])
    with workspace.transaction() as s:
        tasks.edit_task(s, abc["A"], percent_complete=50)
    half = stored(workspace, abc["A"])
    assert (half.actual_start, half.actual_finish) == (planned.start, None)
    with workspace.transaction() as s:
        tasks.edit_task(s, abc["A"], percent_complete=100)
    done = stored(workspace, abc["A"])
    assert (done.actual_start, done.actual_finish) == (planned.start, planned.finish)
    with workspace.transaction() as s:
        tasks.edit_task(s, abc["A"], percent_complete=0)
    reset = stored(workspace, abc["A"])
    assert (reset.percent_complete, reset.actual_start, reset.actual_finish) == (0, None, None)


def test_actual_finish_marks_the_task_complete(workspace: Workspace, abc: dict[str, int]) -> None:
    """Giving actual start and finish sets 100 % and the stored dates follow the actuals."""
    with workspace.transaction() as s:
        tasks.edit_task(
            s,
            abc["A"],
            actual_start=dt.date(2026, 9, 7),
            actual_finish=dt.date(2026, 9, 9),
        )
    task = stored(workspace, abc["A"])
    assert task.percent_complete == 100
    assert (task.start, task.finish) == (dt.date(2026, 9, 7), dt.date(2026, 9, 9))


def test_milestone_flag_forces_zero_duration_and_duration_clears_it(
    workspace: Workspace, abc: dict[str, int]
) -> None:
    """Making a task a milestone sets duration 0; giving it a duration makes it a task again."""
    with workspace.transaction() as s:
        tasks.edit_task(s, abc["A"], is_milestone=True)
    milestone = stored(workspace, abc["A"])
    assert (milestone.is_milestone, milestone.duration) == (True, 0)
    assert milestone.start == milestone.finish
    with workspace.transaction() as s:
        tasks.edit_task(s, abc["A"], duration=3)
    task = stored(workspace, abc["A"])
    assert (task.is_milestone, task.duration) == (False, 3)


def test_constraint_needs_a_date_and_asap_drops_it(
    workspace: Workspace, abc: dict[str, int]
) -> None:
    """SNET with a date moves the task; switching back to ASAP clears the date."""
    with workspace.transaction() as s:
        tasks.edit_task(
            s, abc["B"], constraint_type=ConstraintType.SNET, constraint_date=dt.date(2026, 9, 21)
        )
    snet = stored(workspace, abc["B"])
    assert (snet.constraint_type, snet.constraint_date) == (
        ConstraintType.SNET,
        dt.date(2026, 9, 21),
    )
    assert snet.start == dt.date(2026, 9, 21)
    with workspace.transaction() as s:
        tasks.edit_task(s, abc["B"], constraint_type=ConstraintType.ASAP)
    asap = stored(workspace, abc["B"])
    assert (asap.constraint_type, asap.constraint_date) == (ConstraintType.ASAP, None)
    assert asap.start < dt.date(2026, 9, 21)


def test_constraint_on_a_summary_binds_its_children(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """An SNET on a summary keeps its children from starting before that date."""
    with workspace.transaction() as s:
        tasks.add_task(s, project.project_id, "A1", parent_id=abc["A"])
        tasks.edit_task(
            s, abc["A"], constraint_type=ConstraintType.SNET, constraint_date=dt.date(2026, 9, 21)
        )
    assert rows_by_name(workspace, project.project_id)["A1"].start >= dt.date(2026, 9, 21)


def test_edit_task_audits_each_changed_field_only(
    workspace: Workspace, abc: dict[str, int], os_user: str
) -> None:
    """One edit writes an audit row per field that changed, with old and new values."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        tasks.edit_task(
            s, abc["A"], duration=5, owner="Kim", notes="", budget_cost=Decimal("99.90")
        )
    entries = {e.field: (e.old_value, e.new_value, e.user) for e in audit_since(workspace, before)}
    assert entries == {
        "duration": ("2", "5", os_user),
        "owner": ("", "Kim", os_user),
        "budget_cost": ("0.00", "99.90", os_user),
    }


def test_edit_task_records_implied_changes_in_the_audit(
    workspace: Workspace, abc: dict[str, int]
) -> None:
    """Setting 100 % also audits the actual start and finish it implied."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        tasks.edit_task(s, abc["A"], percent_complete=100)
    fields = {e.field for e in audit_since(workspace, before)}
    assert fields == {"percent_complete", "actual_start", "actual_finish"}


BAD_EDITS = [
    pytest.param({"percent_complete": 101}, id="percent-101"),
    pytest.param({"percent_complete": -1}, id="percent-negative"),
    pytest.param({"percent_complete": "50"}, id="percent-as-text"),
    pytest.param({"percent_complete": True}, id="percent-bool"),
    pytest.param({"duration": -1}, id="duration-negative"),
    pytest.param({"duration": 10_001}, id="duration-huge"),
    pytest.param({"duration": 2.5}, id="duration-fraction"),
    pytest.param({"is_milestone": "yes"}, id="milestone-not-bool"),
    pytest.param({"constraint_type": ConstraintType.SNET}, id="snet-without-date"),
    pytest.param({"constraint_type": "XX", "constraint_date": MONDAY}, id="unknown-constraint"),
    pytest.param(
        {"constraint_type": ConstraintType.SNET, "constraint_date": dt.date(1899, 12, 31)},
        id="constraint-date-1899",
    ),
    pytest.param(
        {"constraint_type": ConstraintType.MFO, "constraint_date": "2026-09-09"},
        id="constraint-date-text",
    ),
    pytest.param(
        {"actual_start": dt.date(2026, 9, 9), "actual_finish": dt.date(2026, 9, 8)},
        id="finish-before-start",
    ),
    pytest.param({"actual_finish": dt.date(2026, 9, 8)}, id="finish-without-start"),
    pytest.param({"actual_start": dt.date(2200, 1, 1)}, id="actual-start-2200"),
    pytest.param({"budget_cost": Decimal("-0.01")}, id="negative-cost"),
    pytest.param({"actual_cost": "NaN"}, id="cost-nan"),
    pytest.param({"actual_cost": 3.5}, id="cost-float"),
    pytest.param({"owner": "x" * 201}, id="owner-too-long"),
    pytest.param({"notes": 12}, id="notes-not-text"),
    pytest.param({"name": "   "}, id="blank-name"),
    pytest.param({"start": MONDAY}, id="scheduled-date-not-editable"),
]


@pytest.mark.parametrize("fields", BAD_EDITS)
def test_edit_task_refuses_bad_values(
    workspace: Workspace, abc: dict[str, int], fields: dict
) -> None:
    """Each out-of-range, mistyped or inconsistent value is a ValidationError; nothing changes."""
    assert_refused(workspace, lambda s: tasks.edit_task(s, abc["A"], **fields), ValidationError)


@pytest.mark.parametrize(
    "fields", [{"duration": 3}, {"percent_complete": 10}, {"is_milestone": True}]
)
def test_edit_task_refuses_plan_fields_on_a_summary(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int], fields: dict
) -> None:
    """A summary's duration and progress come from its children; setting them is refused."""
    with workspace.transaction() as s:
        tasks.add_task(s, project.project_id, "A1", parent_id=abc["A"])
    assert_refused(
        workspace, lambda s: tasks.edit_task(s, abc["A"], **fields), ValidationError, "summary"
    )


@pytest.mark.parametrize("task_id", [999, "1", None, 1.0])
def test_edit_task_refuses_unknown_ids(
    workspace: Workspace, abc: dict[str, int], task_id: object
) -> None:
    """An unknown or mistyped task id is a NotFoundError and changes nothing."""
    assert_refused(workspace, lambda s: tasks.edit_task(s, task_id, duration=3), NotFoundError)


def test_edit_tasks_changes_several_tasks_and_reschedules_once(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A week's progress in one step: every task gets its values, the plan one reschedule."""
    calls: list[int] = []
    real = tasks.reschedule
    monkeypatch.setattr(tasks, "reschedule", lambda s, p: calls.append(p.id) or real(s, p))
    with workspace.transaction() as s:
        changed = tasks.edit_tasks(
            s, {abc["A"]: {"percent_complete": 100}, abc["B"]: {"duration": 5, "owner": "Ana"}}
        )
        assert [t.id for t in changed] == [abc["A"], abc["B"]]
    assert len(calls) == 1
    rows = rows_by_name(workspace, project.project_id)
    assert rows["A"].percent_complete == 100
    assert (rows["B"].duration, rows["B"].owner) == (5, "Ana")


def test_edit_tasks_refuses_a_bad_value_anywhere_and_changes_nothing(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """One refused value refuses the whole step; tasks of two projects are refused too."""
    assert_refused(
        workspace,
        lambda s: tasks.edit_tasks(s, {abc["A"]: {"duration": 4}, abc["B"]: {"duration": -1}}),
        ValidationError,
    )
    other = make_project(workspace, "OTHER-01", "Other client")
    with workspace.transaction() as s:
        elsewhere = tasks.add_task(s, other.project_id, "X").id
    assert_refused(
        workspace,
        lambda s: tasks.edit_tasks(s, {abc["A"]: {"owner": "a"}, elsewhere: {"owner": "b"}}),
        ValidationError,
        "one project",
    )
