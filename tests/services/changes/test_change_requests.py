"""Change requests: the workflow grid, decisions, edits, roll-ups, schedule impact, refusals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import delete, select

from cpm_desktop.domain import ChangeStatus
from cpm_desktop.domain.change_workflow import NEXT, legal_next
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import ChangeRequest, Contact, Dependency, Task
from cpm_desktop.services.changes import requests as crs
from cpm_desktop.services.changes.impact import apply_schedule_impact
from cpm_desktop.services.changes.views import change_log, change_summary
from cpm_desktop.services.plan.tasks import delete_task
from cpm_desktop.services.portfolio.clients import add_contact
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    MONDAY,
    add_tasks,
    assert_refused,
    audit_count,
    audit_since,
    make_project,
    stored,
)

S = ChangeStatus
DECISION = {"decided_by": "Sponsor", "decided_on": MONDAY, "decision_notes": "Agreed."}
PATH = {  # the steps from Draft to each status
    S.DRAFT: (),
    S.SUBMITTED: (S.SUBMITTED,),
    S.UNDER_ASSESSMENT: (S.SUBMITTED, S.UNDER_ASSESSMENT),
    S.APPROVED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.APPROVED),
    S.REJECTED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.REJECTED),
    S.DEFERRED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.DEFERRED),
    S.IMPLEMENTED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.APPROVED, S.IMPLEMENTED),
    S.CLOSED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.REJECTED, S.CLOSED),
}


def new_cr(workspace: Workspace, project_id: int, status: S = S.DRAFT, **fields) -> int:
    """Add a request raised on MONDAY and walk it to `status`."""
    with workspace.transaction() as s:
        cr = crs.add_change_request(s, project_id, "Extra report", on=MONDAY, **fields)
        for step in PATH[status]:
            crs.transition(s, cr.id, step, on=MONDAY, **DECISION)
        return cr.id


def go(workspace: Workspace, cr_id: int, to: S, **kw) -> ChangeRequest:
    """Move a request in its own transaction; return it detached."""
    with workspace.transaction() as s:
        crs.transition(s, cr_id, to, on=MONDAY, **kw)
        return s.get_one(ChangeRequest, cr_id)


@pytest.mark.parametrize("to", list(S))
@pytest.mark.parametrize("start", list(S))
def test_every_transition_of_the_grid(workspace: Workspace, start: S, to: S) -> None:
    """Legal moves succeed and are recorded; all others are refused naming the legal steps."""
    project_id = make_project(workspace).project_id
    cr_id = new_cr(workspace, project_id, start)
    if to in NEXT[start]:
        cr = go(workspace, cr_id, to, comment="step", **DECISION)
        assert cr.status == to
        with workspace.transaction() as s:
            last = s.get_one(ChangeRequest, cr_id).transitions[-1]
            assert (last.from_status, last.to_status, last.comment) == (start, to, "step")
            assert last.changed_by
    else:
        error = assert_refused(
            workspace,
            lambda s: crs.transition(s, cr_id, to, on=MONDAY, **DECISION),
            ValidationError,
        )
        text = str(error)
        assert "cannot move" in text
        assert (
            ("it is final" in text)
            if not NEXT[start]
            else all(step.value.replace("_", " ").capitalize() in text for step in NEXT[start])
        )


def test_legal_next_is_the_workflow() -> None:
    """legal_next lists the statuses the buttons offer."""
    assert legal_next("under_assessment") == ("approved", "rejected", "deferred")
    assert legal_next(S.DEFERRED) == ("submitted",)
    assert legal_next(S.CLOSED) == ()


@pytest.mark.parametrize("to", [S.APPROVED, S.REJECTED])
@pytest.mark.parametrize("missing", ["decided_by", "decided_on", "decision_notes"])
def test_decision_needs_who_when_and_notes(workspace: Workspace, to: S, missing: str) -> None:
    """Approving or rejecting without a decision field is refused and changes nothing."""
    project_id = make_project(workspace).project_id
    cr_id = new_cr(workspace, project_id, S.UNDER_ASSESSMENT)
    kw = {**DECISION, missing: None}
    assert_refused(
        workspace,
        lambda s: crs.transition(s, cr_id, to, on=MONDAY, **kw),
        ValidationError,
        "needs who decided",
    )


def test_transition_writes_audit_and_keeps_decision(workspace: Workspace) -> None:
    """An approval records status and decision fields in the audit trail."""
    project_id = make_project(workspace).project_id
    cr_id = new_cr(workspace, project_id, S.UNDER_ASSESSMENT)
    before = audit_count(workspace)
    cr = go(workspace, cr_id, S.APPROVED, **DECISION)
    assert (cr.decided_by, cr.decided_on, cr.decision_notes) == ("Sponsor", MONDAY, "Agreed.")
    fields = {e.field for e in audit_since(workspace, before)}
    assert {"status", "decided_by", "decided_on", "decision_notes"} <= fields


def test_add_gives_references_and_audits(workspace: Workspace) -> None:
    """References run CR-001, CR-002 per project; creation is audited."""
    project_id = make_project(workspace).project_id
    before = audit_count(workspace)
    first, second = new_cr(workspace, project_id), new_cr(workspace, project_id)
    with workspace.transaction() as s:
        refs = [s.get_one(ChangeRequest, i).reference for i in (first, second)]
    assert refs == ["CR-001", "CR-002"]
    assert [e.action for e in audit_since(workspace, before)] == ["create", "create"]


def test_bad_input_is_refused_unchanged(workspace: Workspace) -> None:
    """Blank title, negative cost, unknown category and a change order while not billable."""
    project_id = make_project(workspace).project_id
    for fields in (
        {"title": " "},
        {"cost_impact": -1},
        {"category": "magic"},
        {"change_order_value": 100},
    ):
        assert_refused(
            workspace,
            lambda s, f=fields: crs.add_change_request(s, project_id, **{"title": "X", **f}),
            ValidationError,
        )


def test_requester_must_be_a_client_contact_and_is_set_null(workspace: Workspace) -> None:
    """The requester is a contact of the client; deleting the contact clears it."""
    ids = make_project(workspace)
    other = make_project(workspace, "OTHER-1", "Other Client")
    with workspace.transaction() as s:
        mine = add_contact(s, ids.client_id, "Mia Key").id
        theirs = add_contact(s, other.client_id, "Outsider").id
    assert_refused(
        workspace,
        lambda s: crs.add_change_request(s, ids.project_id, "X", requested_by_id=theirs),
        ValidationError,
        "not a contact",
    )
    cr_id = new_cr(workspace, ids.project_id, requested_by_id=mine)
    with workspace.transaction() as s:
        assert change_log(s, ids.project_id).rows[0].requested_by == "Mia Key"
        s.execute(delete(Contact).where(Contact.id == mine))
    with workspace.transaction() as s:
        assert s.get_one(ChangeRequest, cr_id).requested_by_id is None


def test_impact_edits_only_while_open(workspace: Workspace) -> None:
    """Impact fields change while under assessment; once approved they are refused."""
    project_id = make_project(workspace).project_id
    cr_id = new_cr(workspace, project_id, S.UNDER_ASSESSMENT)
    with workspace.transaction() as s:
        crs.edit_change_request(s, cr_id, cost_impact=Decimal("1200.50"), title="Bigger report")
    go(workspace, cr_id, S.APPROVED, **DECISION)
    assert_refused(
        workspace,
        lambda s: crs.edit_change_request(s, cr_id, schedule_days=3),
        ValidationError,
        "only change while it is Draft, Submitted or Under assessment",
    )
    with workspace.transaction() as s:
        crs.edit_change_request(s, cr_id, description="Still editable")
        assert s.get_one(ChangeRequest, cr_id).cost_impact == Decimal("1200.50")


def test_affected_tasks_cascade_on_task_delete(workspace: Workspace) -> None:
    """Linked tasks show as WBS codes; deleting a task removes its link."""
    project_id = make_project(workspace).project_id
    ids = add_tasks(workspace, project_id, "A", "B", duration=5)
    cr_id = new_cr(workspace, project_id, task_ids=[ids["B"], ids["A"]])
    with workspace.transaction() as s:
        assert change_log(s, project_id).rows[0].task_wbs == ("1", "2")
        delete_task(s, ids["A"])
    with workspace.transaction() as s:
        assert change_log(s, project_id).rows[0].task_wbs == ("1",)
        crs.set_affected_tasks(s, cr_id, [])
        assert change_log(s, project_id).rows[0].task_wbs == ()


def test_summary_rolls_up_approved_and_pending(workspace: Workspace) -> None:
    """Budget, contract value and finish add approved changes; pending ones are apart."""
    project_id = make_project(workspace).project_id
    add_tasks(workspace, project_id, "A", duration=5)  # MONDAY .. Friday 2026-09-11
    money = {"billable": True}
    new_cr(
        workspace,
        project_id,
        S.APPROVED,
        cost_impact=1000,
        schedule_days=2,
        change_order_value=1500,
        **money,
    )
    closed = new_cr(workspace, project_id, S.IMPLEMENTED, cost_impact=500, schedule_days=1)
    go(workspace, closed, S.CLOSED)
    new_cr(workspace, project_id, S.CLOSED, cost_impact=9999)  # rejected, then closed
    new_cr(
        workspace,
        project_id,
        S.UNDER_ASSESSMENT,
        cost_impact=300,
        schedule_days=4,
        change_order_value=400,
        **money,
    )
    new_cr(workspace, project_id, S.DRAFT, cost_impact=7777)
    with workspace.transaction() as s:
        summary = change_summary(s, project_id)
        log = change_log(s, project_id)
    assert summary.approved_cost == Decimal("1500.00") == log.approved_cost
    assert summary.current_budget == summary.original_budget + Decimal("1500.00")
    assert summary.approved_change_orders == Decimal("1500.00")
    assert summary.current_contract_value == summary.original_contract_value + 1500
    assert summary.original_finish == dt.date(2026, 9, 11)
    assert summary.approved_days == 3
    assert summary.agreed_finish == dt.date(2026, 9, 16)  # three working days later
    assert summary.forecast_finish == dt.date(2026, 9, 11)  # the plan has not moved yet
    assert (summary.pending_cost, summary.pending_days, summary.pending_count) == (
        Decimal("300.00"),
        4,
        1,
    )
    assert summary.pending_change_orders == Decimal("400.00")
    assert (log.pending_cost, log.pending_days) == (Decimal("300.00"), 4)


def test_apply_schedule_impact_once(workspace: Workspace) -> None:
    """Approved days go to the last affected work task; a second apply is refused."""
    project_id = make_project(workspace).project_id
    ids = add_tasks(workspace, project_id, "A", "B", duration=5)
    cr_id = new_cr(
        workspace, project_id, S.UNDER_ASSESSMENT, schedule_days=3, task_ids=[ids["B"], ids["A"]]
    )
    assert_refused(
        workspace,
        lambda s: apply_schedule_impact(s, cr_id),
        ValidationError,
        "only an Approved change",
    )
    go(workspace, cr_id, S.APPROVED, **DECISION)
    before = audit_count(workspace)
    with workspace.transaction() as s:
        apply_schedule_impact(s, cr_id, on=MONDAY)
    assert stored(workspace, ids["B"]).duration == 8
    assert stored(workspace, ids["A"]).duration == 5
    assert stored(workspace, ids["B"]).finish == dt.date(2026, 9, 16)
    fields = {e.field for e in audit_since(workspace, before)}
    assert {"duration", "schedule_applied_on"} <= fields
    assert_refused(
        workspace, lambda s: apply_schedule_impact(s, cr_id), ValidationError, "already applied"
    )


def test_apply_as_a_new_task_inserts_the_work_into_the_chain(workspace: Workspace) -> None:
    """The added task follows the affected one and its old successors now wait for it."""
    from cpm_desktop.services.plan.dependencies import add_dependency
    from tests.services.support import positions

    project_id = make_project(workspace).project_id
    ids = add_tasks(workspace, project_id, "A", "B", "C", duration=5)
    with workspace.transaction() as s:
        add_dependency(s, ids["A"], ids["B"])
        add_dependency(s, ids["B"], ids["C"], "SS", 2)
    cr_id = new_cr(workspace, project_id, S.APPROVED, schedule_days=3, task_ids=[ids["B"]])
    with workspace.transaction() as s:
        apply_schedule_impact(s, cr_id, add_task=True, on=MONDAY)
        [row] = change_log(s, project_id).rows
    order = sorted(positions(workspace, project_id).items(), key=lambda item: item[1][1])
    assert [name for name, _ in order] == ["A", "B", "CR-001 Extra report", "C"]
    with workspace.transaction() as s:
        new = s.scalars(select(Task).where(Task.name == "CR-001 Extra report")).one()
        links = {
            (d.predecessor_id, d.successor_id, d.type.value, d.lag)
            for d in s.scalars(select(Dependency))
        }
    assert (new.duration, new.notes) == (3, "Added by CR-001 (Extra report), approved 2026-09-07.")
    assert links == {
        (ids["A"], ids["B"], "FS", 0),
        (ids["B"], new.id, "FS", 0),
        (new.id, ids["C"], "SS", 2),
    }
    assert stored(workspace, ids["B"]).duration == 5  # not extended as well
    assert stored(workspace, ids["B"]).finish == dt.date(2026, 9, 18)  # a Friday
    assert (new.start, new.finish) == (dt.date(2026, 9, 21), dt.date(2026, 9, 23))
    assert row.task_wbs == ("2", "3")
    assert row.schedule_applied_on == MONDAY


def test_apply_needs_affected_tasks(workspace: Workspace) -> None:
    """An approved change with no affected task cannot be applied."""
    project_id = make_project(workspace).project_id
    cr_id = new_cr(workspace, project_id, S.APPROVED, schedule_days=2)
    assert_refused(
        workspace, lambda s: apply_schedule_impact(s, cr_id), ValidationError, "affects no task"
    )


def test_change_log_rows_carry_transitions_and_next_steps(workspace: Workspace) -> None:
    """A row lists its transitions in order and the legal next steps."""
    project_id = make_project(workspace).project_id
    new_cr(workspace, project_id, S.DEFERRED)
    with workspace.transaction() as s:
        [row] = change_log(s, project_id).rows
    assert [t.to_status for t in row.transitions] == ["submitted", "under_assessment", "deferred"]
    assert row.legal_next == ("submitted",)
    assert not row.approved


@pytest.mark.parametrize("add_task", [False, True], ids=["extend", "add-task"])
def test_applying_schedule_impact_is_undone_and_redone_exactly(
    workspace: Workspace, add_task: bool
) -> None:
    """As the UI's undo does it: the recorded apply is reverted row by row, then replayed."""
    from cpm_desktop.services import history
    from tests.services.support import snapshot

    project_id = make_project(workspace).project_id
    ids = add_tasks(workspace, project_id, "A", "B", duration=5)
    cr_id = new_cr(workspace, project_id, S.APPROVED, schedule_days=3, task_ids=[ids["B"]])

    def without_audit(rows: dict) -> dict:
        return {name: content for name, content in rows.items() if name != "audit_entry"}

    before = without_audit(snapshot(workspace))
    _, changes = workspace.run_recorded(apply_schedule_impact, cr_id, add_task=add_task, on=MONDAY)
    after = without_audit(snapshot(workspace))
    assert {"task", "change_request"} <= changes.tables()
    workspace.run(history.undo_edit, changes, project_id, "Apply CR-001")
    assert without_audit(snapshot(workspace)) == before
    workspace.run(history.redo_edit, changes, project_id, "Apply CR-001")
    assert without_audit(snapshot(workspace)) == after
