"""Re-importing the client's edits: the preview lists exactly them, apply takes only the chosen.

Each test exports the demo project's workbook, edits it as a client would (tests/services/
returned_workbook.py), and previews or applies it against the demo workspace.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.errors import ReturnedWorkbookError, ValidationError
from cpm_desktop.models import AuditEntry, ChangeRequest, ChangeTransition, Project, Risk
from cpm_desktop.reports.excel.content import STATE_SHEET
from cpm_desktop.services import history
from cpm_desktop.services.client_workbook.edits import (
    apply_client_edits,
    preview_client_edits,
)
from cpm_desktop.services.portfolio.lifecycle import delete_project
from cpm_desktop.services.portfolio.projects import update_project
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.risks.register import edit_risk
from cpm_desktop.workspace import Workspace, open_workspace
from tests.services.returned_workbook import Returned, make_demo, preview
from tests.services.support import audit_count, snapshot

DECISION = {
    "Status": "Approved",
    "Decided_by": "Henrik Sørensen (Nordhaven)",
    "Decided_on": dt.datetime(2026, 11, 18),
    "Decision_notes": "Approved as change order CO-04.",
}


def risk(demo: Workspace, number: int) -> Risk:
    """The demo project's risk R-<number>, as committed."""
    with demo.transaction() as s:
        return s.scalars(select(Risk).where(Risk.number == number)).one()


def change(demo: Workspace, number: int) -> ChangeRequest:
    """The demo project's change request CR-<number>, as committed."""
    with demo.transaction() as s:
        return s.scalars(select(ChangeRequest).where(ChangeRequest.number == number)).one()


def client_edits(returned: Returned) -> Path:
    """A typical return: a level, a text, a decision, a new risk, sorted, rows inserted above."""
    returned.set("Risks", "R-001", Probability="4 - High")
    returned.set("Risks", "R-007", Description="Now also covers the night shift.")
    returned.set("Changes", "CR-006", **DECISION)
    returned.add(
        "Risks",
        Title="Customs delay on the scanner shipment",
        Probability="2 - Low",
        Impact="3 - Medium",
        Owner="Anna Weber",
    )
    returned.sort("Risks", "Title")
    returned.book["Risks"].insert_rows(1, 2)
    returned.book["Risks"]["A1"] = "Reviewed with Miriam, 18 Nov"
    returned.book["Changes"].column_dimensions["D"].hidden = True
    return returned.save()


def test_an_untouched_workbook_reads_back_unchanged(demo: Workspace, returned: Returned) -> None:
    """Exported and returned as it is: no differences, no new rows, no notes."""
    result = preview(demo, returned.path)
    assert result.project_code == DEMO_PROJECT_CODE
    assert (result.differences, result.new_rows, result.notes) == ((), (), ())


def test_preview_lists_exactly_the_edits_and_writes_nothing(
    demo: Workspace, returned: Returned
) -> None:
    """Every changed cell once (row, field, old → new, now), the new row, and no write."""
    path = client_edits(returned)
    before, audits = snapshot(demo), audit_count(demo)
    result = preview(demo, path)
    assert snapshot(demo) == before
    assert audit_count(demo) == audits
    found = {(d.id, d.exported, d.returned, d.current) for d in result.differences}
    assert found == {
        ("R-001.probability", "3 - Medium", "4 - High", "3 - Medium"),
        ("R-007.description", "", "Now also covers the night shift.", ""),
        ("CR-006.status", "Under assessment", "Approved", "Under assessment"),
        ("CR-006.decided_by", "", "Henrik Sørensen (Nordhaven)", ""),
        ("CR-006.decided_on", "", "2026-11-18", ""),
        ("CR-006.decision_notes", "", "Approved as change order CO-04.", ""),
    }
    assert all(d.problem is None and not d.conflict for d in result.differences)
    by_id = {d.id: d for d in result.differences}
    assert by_id["CR-006.decided_on"].part_of == "CR-006.status"
    assert by_id["R-001.probability"].label == "Probability"
    assert by_id["R-001.probability"].row == returned.row_of("Risks", "R-001")
    [new] = result.new_rows
    assert new.sheet == "Risks"
    assert new.problem is None
    assert ("Title", "Customs delay on the scanner shipment") in new.values
    assert new.id == f"Risks:{new.row}"


def test_partial_accept_applies_only_the_chosen(demo: Workspace, returned: Returned) -> None:
    """Accepting one difference changes that field alone and says it came from the client."""
    path = client_edits(returned)
    audits = audit_count(demo)
    result = demo.run(apply_client_edits, path, ["R-001.probability"])
    assert (result.risks_changed, result.changes_changed, result.fields) == (1, 0, 1)
    assert result.created == ()
    assert risk(demo, 1).probability == 4
    assert risk(demo, 7).description == ""
    assert change(demo, 6).status == "under_assessment"
    with demo.transaction() as s:
        new = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id).offset(audits)))
    assert [(a.field, a.old_value, a.new_value) for a in new if a.action == "update"] == [
        ("probability", "3", "4")
    ]
    [mark] = [a for a in new if a.action == "import"]
    assert mark.entity_label.startswith("R-001 ")
    assert "client workbook NHL-WMS client workbook.xlsx" in (mark.new_value or "")


def test_accept_all_applies_levels_texts_decisions_and_new_rows(
    demo: Workspace, returned: Returned
) -> None:
    """A status step takes its decision fields from the row; a new row gets the next number."""
    path = client_edits(returned)
    ids = preview(demo, path).applicable()
    result = demo.run(apply_client_edits, path, ids)
    assert (result.risks_changed, result.changes_changed, result.fields) == (2, 1, 6)
    assert result.created == ("R-020",)
    assert result.conflicts_overridden == 0
    cr = change(demo, 6)
    assert (cr.status, cr.decided_by, cr.decided_on) == (
        "approved",
        "Henrik Sørensen (Nordhaven)",
        dt.date(2026, 11, 18),
    )
    with demo.transaction() as s:
        steps = s.scalars(
            select(ChangeTransition).where(ChangeTransition.change_request_id == cr.id)
        )
        last = list(steps)[-1]
    assert (last.to_status, last.comment) == ("approved", f"From the client workbook {path.name}")
    new = risk(demo, 20)
    assert (new.title, new.probability, new.impact, new.owner) == (
        "Customs delay on the scanner shipment",
        2,
        3,
        "Anna Weber",
    )
    again = preview(demo, path)  # the same workbook once more: nothing left to do
    assert again.differences == ()
    assert "R-001: Probability already as the client has it" in " ".join(again.notes)
    assert again.new_rows[0].problem == (
        "R-020 already has this title (imported before?); change the title in the workbook to "
        "add it as another entry."
    )


def test_a_row_changed_in_the_workspace_is_a_conflict(demo: Workspace, returned: Returned) -> None:
    """The PM raised R-001's impact after the export: the client's edit of R-001 conflicts."""
    returned.set("Risks", "R-001", Probability="4 - High")
    returned.set("Risks", "R-004", Owner="Miriam Albers")
    path = returned.save()
    demo.run(edit_risk, risk(demo, 1).id, impact=5)
    result = preview(demo, path)
    by_id = {d.id: d for d in result.differences}
    assert by_id["R-001.probability"].conflict
    assert by_id["R-001.probability"].current == "3 - Medium"
    assert not by_id["R-004.owner"].conflict
    assert result.applicable() == ("R-004.owner",)
    applied = demo.run(apply_client_edits, path, ["R-001.probability", "R-004.owner"])
    assert applied.conflicts_overridden == 1
    assert (risk(demo, 1).probability, risk(demo, 1).impact) == (4, 5)


def test_new_rows_become_new_risks_and_change_requests(demo: Workspace, returned: Returned) -> None:
    """Rows without a key are added with the next references; blank cells take defaults."""
    returned.add(
        "Risks",
        Title="Forklift licences expire",
        Probability="3 - Medium",
        Impact="2 - Low",
        Cost_impact=1500.5,
        Status="Monitoring",
    )
    returned.add(
        "Changes",
        Title="Label printer in goods-in",
        Priority="High",
        Cost_impact=2400,
        Billable="No",
        Status="Submitted",
    )
    path = returned.save()
    result = preview(demo, path)
    assert [n.sheet for n in result.new_rows] == ["Risks", "Changes"]
    applied = demo.run(apply_client_edits, path, [n.id for n in result.new_rows])
    assert applied.created == ("R-020", "CR-009")
    new_risk, new_change = risk(demo, 20), change(demo, 9)
    assert (new_risk.cost_impact, new_risk.status) == (Decimal("1500.50"), "monitoring")
    assert (new_change.priority, new_change.status, new_change.cost_impact) == (
        "high",
        "submitted",
        Decimal("2400.00"),
    )


def test_new_rows_with_a_problem_are_not_added(demo: Workspace, returned: Returned) -> None:
    """A new risk without probability, a new request already Approved: problems, not entries."""
    returned.add("Risks", Title="Half a risk", Owner="Anna Weber")
    returned.add("Changes", Title="Decided elsewhere", Status="Approved")
    path = returned.save()
    first, second = preview(demo, path).new_rows
    assert first.problem == "This risk needs a probability and an impact from 1 to 5."
    assert second.problem is not None
    assert "starts as Draft" in second.problem
    before = snapshot(demo)
    # Apply does not trust the preview: the services refuse again, naming the row.
    with pytest.raises(ValidationError, match=rf"^Risks row {first.row}: This risk needs"):
        demo.run(apply_client_edits, path, [first.id])
    assert snapshot(demo) == before


def test_illegal_status_step_is_a_problem(demo: Workspace, returned: Returned) -> None:
    """CR-007 is Submitted: Approved skips the assessment, so the preview says so."""
    returned.set("Changes", "CR-007", **DECISION)
    path = returned.save()
    by_id = {d.id: d for d in preview(demo, path).differences}
    problem = by_id["CR-007.status"].problem
    assert problem == (
        "CR-007 is Submitted: it cannot move to Approved; it can move to Under assessment."
    )
    assert by_id["CR-007.decided_by"].problem == problem
    before = snapshot(demo)
    with pytest.raises(ValidationError, match=r"^Changes row \d+: CR-007 is Submitted: it cannot"):
        demo.run(apply_client_edits, path, ["CR-007.status"])
    assert snapshot(demo) == before


def test_approval_without_decision_fields_is_a_problem(demo: Workspace, returned: Returned) -> None:
    """Approved needs who decided, when and why; a decision without the step is one too."""
    returned.set("Changes", "CR-006", Status="Approved")
    returned.set("Changes", "CR-008", Decided_by="Someone")
    path = returned.save()
    by_id = {d.id: d for d in preview(demo, path).differences}
    assert "needs who decided" in (by_id["CR-006.status"].problem or "")
    assert by_id["CR-008.decided_by"].problem == (
        "Decided by changes only with a status step to Approved or Rejected, which records "
        "the decision."
    )


def test_values_a_column_cannot_take_are_problems(demo: Workspace, returned: Returned) -> None:
    """A label not offered, text in a date column, a closed risk edited: each says why."""
    returned.set("Risks", "R-004", Status="Maybe", Review_on="next week")
    returned.set("Changes", "CR-001", Cost_impact=99_000)  # Approved: impact is frozen
    returned.set("Risks", "R-005", Cost_impact=15000.75, Review_on="2027-01-15")
    path = returned.save()
    by_id = {d.id: d for d in preview(demo, path).differences}
    assert by_id["R-004.status"].problem == (
        "Status: 'Maybe' is not one of Open, Monitoring, Closed."
    )
    assert by_id["R-004.review_on"].problem == (
        "Review on: 'next week' is not a date (use YYYY-MM-DD)."
    )
    assert "can only change while it is Draft" in (by_id["CR-001.cost_impact"].problem or "")
    with pytest.raises(ValidationError, match="^R-004.status cannot be applied: Status: 'Maybe'"):
        demo.run(apply_client_edits, path, ["R-004.status"])
    assert by_id["R-005.cost_impact"].returned == "15000.75"
    assert by_id["R-005.review_on"].problem is None
    demo.run(apply_client_edits, path, ["R-005.cost_impact", "R-005.review_on"])
    assert risk(demo, 5).cost_impact == Decimal("15000.75")
    assert risk(demo, 5).review_on == dt.date(2027, 1, 15)


def test_risk_status_closes_and_reopens(demo: Workspace, returned: Returned) -> None:
    """Closed in the sheet closes the risk (with a note); Open reopens a closed one."""
    returned.set("Risks", "R-004", Status="Closed")
    returned.set("Risks", "R-011", Status="Open", Owner="Jonas Richter")
    path = returned.save()
    demo.run(apply_client_edits, path, preview(demo, path).applicable())
    closed, reopened = risk(demo, 4), risk(demo, 11)
    assert (closed.status, closed.closure_note) == (
        "closed",
        f"From the client workbook {path.name}",
    )
    assert (reopened.status, reopened.closed_on, reopened.owner) == ("open", None, "Jonas Richter")


def test_unknown_or_problem_ids_are_refused_and_nothing_is_written(
    demo: Workspace, returned: Returned
) -> None:
    """An id the preview does not list, or a decision without its step: refused whole."""
    path = client_edits(returned)
    before = snapshot(demo)
    with pytest.raises(ValidationError, match="has no edit R-999.title"):
        demo.run(apply_client_edits, path, ["R-001.probability", "R-999.title"])
    with pytest.raises(ValidationError, match="recorded by the status step CR-006.status"):
        demo.run(apply_client_edits, path, ["CR-006.decided_by"])
    assert snapshot(demo) == before


def test_deleted_rows_and_foreign_keys_are_notes(demo: Workspace, returned: Returned) -> None:
    """A row the client deleted stays; a key the export never wrote is left out."""
    sheet = returned.book["Risks"]
    sheet.delete_rows(returned.row_of("Risks", "R-010"))
    key = returned.column("Risks", "Key")
    sheet.cell(returned.row_of("Risks", "R-009"), key, "R999")
    path = returned.save()
    result = preview(demo, path)
    assert result.differences == ()
    assert any(note.startswith("R-010 is no longer in the Risks sheet") for note in result.notes)
    assert any("has the key 'R999', which this export did not write" in n for n in result.notes)


@pytest.mark.parametrize(
    ("spoil", "sentence"),
    [
        ("state", "This workbook was not exported by CPM Desktop"),
        ("key", "The Risks sheet of NHL-WMS client workbook.xlsx has lost its hidden 'Key'"),
        ("text", "NHL-WMS client workbook.xlsx is not an Excel workbook (.xlsx)."),
        ("other", "This workbook was not exported by CPM Desktop"),
        ("project", "was exported from another workspace or its project (NHL-WMS) was removed"),
    ],
)
def test_refused_workbooks_write_nothing(
    demo: Workspace, returned: Returned, spoil: str, sentence: str
) -> None:
    """Not ours, key column gone, not a workbook, project gone: one sentence, no write."""
    returned.set("Risks", "R-001", Probability="4 - High")
    if spoil == "state":
        del returned.book[STATE_SHEET]
    elif spoil == "key":
        returned.book["Risks"].delete_cols(returned.column("Risks", "Key"))
    returned.save()
    if spoil == "text":
        returned.path.write_text("Hello, please find the edits attached.")
    elif spoil == "other":
        openpyxl.Workbook().save(returned.path)
    elif spoil == "project":  # deleted, and another project now has its code
        with demo.transaction() as s:
            ours = s.scalars(select(Project).where(Project.code == DEMO_PROJECT_CODE)).one()
            other = s.scalars(select(Project).where(Project.id != ours.id)).first()
            assert other is not None
            delete_project(s, ours.id)
            s.flush()
            other.code = DEMO_PROJECT_CODE
    before = snapshot(demo)
    for action in (
        lambda s: preview_client_edits(s, returned.path),
        lambda s: apply_client_edits(s, returned.path, ["R-001.probability"]),
    ):
        with pytest.raises(ReturnedWorkbookError) as excinfo, demo.transaction() as s:
            action(s)
        assert sentence in str(excinfo.value)
        assert "\n" not in str(excinfo.value)
    assert snapshot(demo) == before


def test_a_project_renamed_since_the_export_still_takes_its_edits(
    demo: Workspace, returned: Returned
) -> None:
    """The workbook names the project by id and creation stamp: a new code is the same one."""
    returned.set("Risks", "R-001", Probability="4 - High")
    returned.save()
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    demo.run(update_project, project_id, code="NHL-WMS-2026")
    result = preview(demo, returned.path)
    assert result.project_code == "NHL-WMS-2026"
    demo.run(apply_client_edits, returned.path, ["R-001.probability"])
    assert risk(demo, 1).probability == 4


def test_an_apply_is_one_undoable_step(demo: Workspace, returned: Returned) -> None:
    """Applied through run_recorded, undo_edit puts every row back as it was."""
    path = client_edits(returned)
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    before = snapshot(demo)
    ids = preview(demo, path).applicable()
    _, changes = demo.run_recorded(apply_client_edits, path, ids)
    assert {"risk", "risk_history", "change_request", "change_transition"} <= changes.tables()
    after = snapshot(demo)
    assert after != before
    demo.run(history.undo_edit, changes, project_id, "Import client edits")
    undone = snapshot(demo)
    assert {t: rows for t, rows in undone.items() if t != "audit_entry"} == {
        t: rows for t, rows in before.items() if t != "audit_entry"
    }
    demo.run(history.redo_edit, changes, project_id, "Import client edits")
    assert risk(demo, 1).probability == 4
    assert risk(demo, 20).title == "Customs delay on the scanner shipment"


def test_a_workbook_from_another_workspace_with_the_same_project_is_refused(
    returned: Returned, tmp_path: Path
) -> None:
    """Two workspaces made from the demo both hold NHL-WMS under the same id; the key tells
    them apart, so one's edits are never written into the other's rows."""
    returned.set("Risks", "R-001", Probability="4 - High")
    returned.save()
    (tmp_path / "other").mkdir()
    other = open_workspace(make_demo(tmp_path / "other"))
    try:
        before = snapshot(other)
        with pytest.raises(ReturnedWorkbookError, match="from another workspace"):
            other.run(preview_client_edits, returned.path)
        assert snapshot(other) == before
    finally:
        other.close()
