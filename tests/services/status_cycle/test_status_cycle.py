"""The status cycle: the progress sheet, progress entry, as planned, and since the last report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cpm_desktop.domain import ChangeStatus
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import StatusReport
from cpm_desktop.services.changes.requests import add_change_request, transition
from cpm_desktop.services.records.billing import set_billing
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.services.status_cycle import cycle, progress
from cpm_desktop.services.status_cycle.since_last import since_last_report
from cpm_desktop.texts.since_last import since_last_lines
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, ProjectIds, assert_refused, stored

FRIDAY_1 = dt.date(2026, 9, 11)  # the end of the first week (A, B and C take 2 days each)
FRIDAY_2 = dt.date(2026, 9, 18)
FRIDAY_3 = dt.date(2026, 9, 25)


def test_the_sheet_lists_the_unfinished_tasks_the_plan_starts_by_the_date(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """A → B → C take a day each from Monday, as do S1 and S21; a summary (S, S2) never."""
    with workspace.transaction() as s:
        monday = progress.progress_sheet(s, project.project_id, MONDAY)
        friday = progress.progress_sheet(s, project.project_id, FRIDAY_1)
    assert [row.name for row in monday] == ["A", "S1", "S21"]
    by_name = {row.name: row for row in friday}
    assert {"A", "B", "C"} <= by_name.keys()
    assert "S" not in by_name
    assert (by_name["A"].planned_percent, by_name["A"].behind) == (100, True)
    assert by_name["A"].remaining == 1


def test_as_planned_gives_each_task_the_progress_of_its_schedule(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """A, B and C take two days each from Monday: on Monday evening half done, Tuesday done."""
    tuesday = dt.date(2026, 9, 8)
    with workspace.transaction() as s:
        progress.mark_as_planned(s, project.project_id, [abc["A"]], tuesday)
        progress.mark_as_planned(s, project.project_id, [abc["B"]], MONDAY)
    a, b = stored(workspace, abc["A"]), stored(workspace, abc["B"])
    assert (a.percent_complete, a.actual_start, a.actual_finish) == (100, MONDAY, tuesday)
    assert (b.percent_complete, b.actual_start, b.actual_finish) == (50, MONDAY, None)


def test_a_remaining_duration_keeps_the_work_done_as_ms_project_does(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    with workspace.transaction() as s:
        progress.update_progress(
            s, project.project_id, {abc["A"]: {"percent_complete": 50, "remaining": 3}}
        )
    a = stored(workspace, abc["A"])
    assert (a.duration, a.percent_complete, a.actual_start) == (4, 25, MONDAY)


def test_bad_progress_is_refused_and_writes_nothing(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    pid = project.project_id
    for entry, match in (
        ({"percent_complete": 150}, "% complete"),
        ({"remaining": -1}, "remaining"),
        ({"percent_complete": 0, "remaining": 0}, "no duration"),
        ({"actual_start": dt.date(2026, 9, 10), "actual_finish": MONDAY}, "before the actual"),
        ({"speed": 3}, "Unknown progress fields"),
    ):
        assert_refused(
            workspace,
            lambda s, e=entry: progress.update_progress(s, pid, {chain["A"]: e}),
            ValidationError,
            match,
        )
    assert_refused(
        workspace,
        lambda s: progress.update_progress(s, pid, {chain["S"]: {"percent_complete": 10}}),
        ValidationError,
        "summary",
    )


def test_three_cycles_say_what_changed_since_the_last_report(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    pid = project.project_id
    with workspace.transaction() as s:
        set_billing(s, chain["C"], Decimal("1000"))
        first = cycle.record_status(
            s, pid, FRIDAY_1, as_planned=[chain["A"]], commentary="Started well."
        )
    assert first.is_first
    assert since_last_lines(first) == ["First report: nothing to compare with."]

    with workspace.transaction() as s:
        risk = add_risk(s, pid, "Key user leaves", on=FRIDAY_2, probability=3, impact=4)
        second = cycle.record_status(
            s, pid, FRIDAY_2, progress={chain["B"]: {"percent_complete": 50, "remaining": 4}}
        )
    assert second.previous_date == FRIDAY_1
    assert [r.reference for r in second.risks_raised] == [risk.reference]
    slipped = {slip.name: slip.days for slip in second.slipped}
    assert slipped["B"] > 0
    assert slipped["C"] == slipped["B"]
    assert "A" not in slipped  # done as planned in the first cycle
    assert any(line.startswith("4 tasks slipped: B by ") for line in since_last_lines(second))

    with workspace.transaction() as s:
        cr = add_change_request(s, pid, "Extra report", on=FRIDAY_2)
        for step in (ChangeStatus.SUBMITTED, ChangeStatus.UNDER_ASSESSMENT):
            transition(s, cr.id, step, on=FRIDAY_2)
        transition(
            s,
            cr.id,
            ChangeStatus.APPROVED,
            decided_by="Anna",
            decided_on=FRIDAY_3,
            decision_notes="Agreed at steering.",
            on=FRIDAY_3,
        )
        third = cycle.record_status(s, pid, FRIDAY_3, as_planned=[chain["B"], chain["C"]])
    assert [c.reference for c in third.changes_decided] == [cr.reference]
    assert [name for name, _ in third.milestones_reached] == []
    assert "B" in third.tasks_finished
    # The kept facts make the second report say the same thing later, as the plan moves on.
    with workspace.transaction() as s:
        assert since_last_report(s, pid, FRIDAY_2) == second
        reports = s.query(StatusReport).filter_by(project_id=pid).count()
    assert reports == 3


def test_a_cycle_refused_half_way_changes_nothing(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    assert_refused(
        workspace,
        lambda s: cycle.record_status(
            s, project.project_id, FRIDAY_1, progress={chain["A"]: {"percent_complete": 101}}
        ),
        ValidationError,
    )
    with pytest.raises(ValidationError), workspace.transaction() as s:
        cycle.record_status(s, project.project_id, dt.date(2026, 1, 1))
    assert stored(workspace, chain["A"]).percent_complete == 0
