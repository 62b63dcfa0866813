"""The Deliverables and Actions sheets: exported with the client's columns, read back as edits.

The client gives a verdict on a submitted deliverable (who, when, the reasons of a rejection)
and updates an action's status and comments; the preview lists them beside the other edits,
a verdict the deliverable services refuse shows their reason, and applying goes through
step_deliverable and update_action. A workbook exported before the two sheets still imports.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.errors import ReturnedWorkbookError, ValidationError
from cpm_desktop.models import AuditEntry
from cpm_desktop.reports.excel.content import KEY_HEADER, STATE_SHEET
from cpm_desktop.reports.excel.styles import INPUT
from cpm_desktop.services.actions.views import ActionRow, action_log
from cpm_desktop.services.client_workbook.edits import apply_client_edits
from cpm_desktop.services.deliverables.register import set_criteria
from cpm_desktop.services.deliverables.views import DeliverableRow, deliverables
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.workspace import Workspace
from tests.services.returned_workbook import Returned, export_demo, preview
from tests.services.support import audit_count, snapshot

TODAY = dt.date(2026, 11, 20)  # the demo's status date
REJECTION = {
    "Client_verdict": "Rejected",
    "Decided_by": "Jonas Richter (Nordhaven)",
    "Decided_on": dt.datetime(2026, 11, 19),
    "Reasons": "The RF screen mock-ups leave out returns.",
}
D004 = ["D-004.verdict", "D-004.decided_by", "D-004.decided_on", "D-004.comments"]


def project_id(demo: Workspace) -> int:
    """The demo project's id."""
    found = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert found is not None
    return found


def delivered(demo: Workspace) -> dict[str, DeliverableRow]:
    """The demo project's deliverables as the workspace has them now, by reference."""
    return {d.reference: d for d in demo.run(deliverables, project_id(demo))}


def actions(demo: Workspace, *, internal: bool = True) -> dict[str, ActionRow]:
    """The demo project's actions (without the internal ones if not `internal`), by reference."""
    rows = demo.run(action_log, project_id(demo), today=TODAY, include_internal=internal)
    return {a.reference: a for a in rows}


def sheet_rows(path: Path, name: str) -> list[dict[str, object]]:
    """The data rows of a sheet as {header: value}, the hidden key included."""
    sheet = openpyxl.load_workbook(path)[name]
    headers = [cell.value for cell in sheet[3]]
    return [
        dict(zip(headers, row, strict=False))
        for row in sheet.iter_rows(min_row=4, values_only=True)
        if any(v is not None for v in row)
    ]


def client_returns(returned: Returned) -> Path:
    """A rejection of D-004, an acceptance of D-003 (its criteria unmet), A-005 done."""
    returned.set("Deliverables", "D-004", **REJECTION)
    returned.set("Deliverables", "D-003", Client_verdict="Accepted", Decided_by="Henrik Sørensen")
    returned.set("Actions", "A-005", Status="Done", Comments="Specifications sent on 18 Nov.")
    return returned.save()


def test_the_sheets_hold_the_deliverables_and_the_client_safe_actions(
    demo: Workspace, tmp_path: Path
) -> None:
    """One row per deliverable with its checklist and verdict, one per action the client may
    see (the internal A-014 left out), each keyed by its id; the client's columns marked."""
    path = export_demo(demo, tmp_path / "client.xlsx", audience="client")
    now = delivered(demo)
    rows = sheet_rows(path, "Deliverables")
    assert [r["Ref"] for r in rows] == list(now)
    assert [r[KEY_HEADER] for r in rows] == [f"D{d.id}" for d in now.values()]
    d001, d003, d004 = rows[0], rows[2], rows[3]
    assert (d001["Status"], d001["Criteria met"], d001["Client verdict"]) == (
        "Accepted",
        "2/2",
        "Accepted",
    )
    assert d001["Decided by"] == "Henrik Sørensen (Nordhaven)"
    assert d001["Acceptance criteria"] == (
        "☑ Scope, objectives and success criteria agreed\n☑ Governance and escalation named"
    )
    assert (d003["Status"], d003["Client verdict"], d003["Decided by"]) == (
        "Resubmitted",
        None,
        None,
    )
    assert d003["Earlier rejection reasons"] == "Night shift returns not covered."
    assert (d004["Status"], d004["Criteria met"], d004["Client verdict"]) == (
        "Submitted",
        "0/3",
        None,
    )

    shown = actions(demo, internal=False)
    assert "A-014" in actions(demo)  # the supplier's own
    assert "A-014" not in shown
    rows = sheet_rows(path, "Actions")
    assert [r["Ref"] for r in rows] == list(shown)
    assert [r[KEY_HEADER] for r in rows] == [f"A{a.id}" for a in shown.values()]
    a004 = next(r for r in rows if r["Ref"] == "A-004")
    assert (a004["Status"], a004["Source"]) == ("In progress", "Meeting 2026-10-20")

    book = openpyxl.load_workbook(path)
    for name, editable in (("Deliverables", "I3"), ("Actions", "E3")):
        sheet = book[name]
        assert sheet.freeze_panes == "C4"
        key = sheet.cell(3, sheet.max_column)
        assert key.value == KEY_HEADER
        assert sheet.column_dimensions[key.column_letter].hidden
        assert sheet[editable].fill.fgColor.rgb != sheet["A3"].fill.fgColor.rgb
    assert book["Deliverables"]["J7"].fill.fgColor.rgb == "FF" + INPUT.lstrip("#").upper()
    lists = {
        (name, v.formula1)
        for name in ("Deliverables", "Actions")
        for v in book[name].data_validations.dataValidation
        if v.type == "list"
    }
    assert lists == {
        ("Deliverables", '"Accepted,Rejected"'),
        ("Actions", '"Open,In progress,Done,Cancelled"'),
    }


def test_a_verdict_and_an_action_update_round_trip(demo: Workspace, returned: Returned) -> None:
    """Previewed (the refused acceptance with the service's reason), then applied through the
    services; the same workbook again has nothing left to apply."""
    path = client_returns(returned)
    before, audits = snapshot(demo), audit_count(demo)
    result = preview(demo, path)
    assert snapshot(demo) == before
    by_id = {d.id: d for d in result.differences}
    assert set(by_id) == {
        *D004,
        "D-003.verdict",
        "D-003.decided_by",
        "A-005.status",
        "A-005.comments",
    }
    assert (by_id["D-004.verdict"].exported, by_id["D-004.verdict"].returned) == ("", "Rejected")
    assert by_id["D-004.decided_on"].part_of == "D-004.verdict"
    assert by_id["D-003.decided_by"].part_of == "D-003.verdict"
    refusal = by_id["D-003.verdict"].problem or ""
    assert refusal.startswith("D-003 cannot be accepted while 2 acceptance criteria are not met")
    assert (by_id["A-005.status"].exported, by_id["A-005.status"].returned) == ("Open", "Done")
    assert result.applicable() == (*D004, "A-005.status", "A-005.comments")

    applied = demo.run(apply_client_edits, path, result.applicable())
    assert (applied.deliverables_changed, applied.actions_changed, applied.fields) == (1, 1, 6)
    now = delivered(demo)
    d004 = now["D-004"]
    assert (d004.status, d004.decided_by, d004.decided_on) == (
        "rejected",
        "Jonas Richter (Nordhaven)",
        dt.date(2026, 11, 19),
    )
    assert d004.rejection_reasons == "The RF screen mock-ups leave out returns."
    assert now["D-003"].status == "resubmitted"
    a005 = actions(demo)["A-005"]
    assert (a005.status, a005.comments) == ("done", "Specifications sent on 18 Nov.")
    assert a005.done_on is not None
    with demo.transaction() as s:
        marks = s.scalars(
            select(AuditEntry.entity_label).where(
                AuditEntry.id > audits, AuditEntry.action == "import"
            )
        ).all()
    assert sorted(label.split()[1] for label in marks) == ["A-005", "D-004"]

    again = preview(demo, path)
    assert {d.id for d in again.differences} == {"D-003.verdict", "D-003.decided_by"}
    notes = " ".join(again.notes)
    assert "D-004: Client verdict, Decided by, Decided on, Comments / reasons already" in notes
    assert "A-005: Status, Comments already as the client has it" in notes


def test_a_refused_verdict_writes_nothing(demo: Workspace, returned: Returned) -> None:
    """Applying the refused acceptance anyway is refused as a whole, naming the row: nothing
    is written, the action's update chosen with it neither."""
    path = client_returns(returned)
    before = snapshot(demo)
    row = returned.row_of("Deliverables", "D-003")
    refusal = f"Deliverables row {row}: D-003 cannot be accepted while 2 acceptance criteria"
    with pytest.raises(ValidationError, match=refusal):
        demo.run(apply_client_edits, path, ["A-005.status", "D-003.verdict"])
    assert snapshot(demo) == before


def test_an_acceptance_needs_every_criterion_and_its_verdict(
    demo: Workspace, returned: Returned
) -> None:
    """Once the PM ticks D-004's checklist the client's acceptance applies; a comment without
    a verdict, a cleared status and a verdict on a deliverable not submitted are refused."""
    returned.set("Deliverables", "D-004", Client_verdict="accepted", Decided_by="Henrik Sørensen")
    returned.set("Deliverables", "D-005", Reasons="Looking forward to it.")
    returned.set("Deliverables", "D-006", Client_verdict="Accepted", Decided_by="Henrik")
    returned.set("Actions", "A-009", Status=None)
    path = returned.save()
    d004 = delivered(demo)["D-004"]
    demo.run(set_criteria, d004.id, [(c.text, True) for c in d004.criteria])
    by_id = {d.id: d for d in preview(demo, path).differences}
    assert by_id["D-004.verdict"].problem is None
    assert not by_id["D-004.verdict"].conflict  # the checklist is no column of the client's
    assert by_id["D-005.comments"].problem == (
        "Comments / reasons changes only with a Client verdict (Accepted or Rejected), which "
        "records it."
    )
    assert "D-006 is In progress: it cannot move to Accepted" in (
        by_id["D-006.verdict"].problem or ""
    )
    assert "an action always has a status" in (by_id["A-009.status"].problem or "")
    demo.run(apply_client_edits, path, ["D-004.verdict"])  # its companion comes with it
    d004 = delivered(demo)["D-004"]
    assert (d004.status, d004.decided_by, d004.decided_on) == (
        "accepted",
        "Henrik Sørensen",
        max(dt.date.today(), dt.date(2026, 11, 13)),
    )


def test_unreadable_cells_of_a_verdict_refuse_it(demo: Workspace, returned: Returned) -> None:
    """A verdict whose date cannot be read is not recorded as of today instead."""
    returned.set("Deliverables", "D-004", **{**REJECTION, "Decided_on": "next Tuesday"})
    by_id = {d.id: d for d in preview(demo, returned.save()).differences}
    assert by_id["D-004.verdict"].problem == (
        "Decided on goes with it and cannot be read: Decided on: 'next Tuesday' is not a date "
        "(use YYYY-MM-DD)."
    )
    assert by_id["D-004.comments"].part_of is None
    assert by_id["D-004.comments"].problem is not None


def test_rows_without_a_key_or_with_one_not_exported_are_left_out(
    demo: Workspace, tmp_path: Path
) -> None:
    """Deliverables and actions are added in CPM Desktop; the internal action's key, typed into
    a client's workbook, names no row of it."""
    returned = Returned(export_demo(demo, tmp_path / "client.xlsx", audience="client"))
    row = returned.add("Actions", Status="Open", Comments="Please also check the printers.")
    returned.set("Actions", "A-013", Key=f"A{actions(demo)['A-014'].id}", Status="Done")
    result = preview(demo, returned.save())
    assert result.differences == ()
    assert result.new_rows == ()
    assert f"Row {row} of Actions has no key: entries are added to Actions in CPM Desktop" in (
        " ".join(result.notes)
    )
    assert "which this export did not write; it is left out." in " ".join(result.notes)


def as_exported_before_the_sheets(returned: Returned) -> None:
    """The workbook as an export before the Deliverables and Actions sheets wrote it."""
    book = returned.book
    del book["Deliverables"], book["Actions"]
    state = book[STATE_SHEET]
    for number in range(state.max_row, 7, -1):
        if state.cell(number, 1).value in ("Deliverables", "Actions"):
            state.delete_rows(number)


def test_a_workbook_exported_before_the_sheets_still_imports(
    demo: Workspace, returned: Returned
) -> None:
    """Without the two sheets (or their state rows) the Risks edit reads back and applies."""
    as_exported_before_the_sheets(returned)
    returned.set("Risks", "R-001", Probability="4 - High")
    path = returned.save()
    result = preview(demo, path)
    assert ([d.id for d in result.differences], result.notes) == (["R-001.probability"], ())
    assert demo.run(apply_client_edits, path, result.applicable()).risks_changed == 1


def test_a_sheet_the_export_wrote_rows_of_cannot_go_missing(
    demo: Workspace, returned: Returned
) -> None:
    """A deleted Deliverables sheet of a newer export is refused: its verdicts would be lost."""
    del returned.book["Deliverables"]
    with pytest.raises(ReturnedWorkbookError, match="The sheet 'Deliverables' is missing"):
        preview(demo, returned.save())
