"""The read-only sheets (Billing, Feedback, Decisions) and the KPI block do not reach the re-import.

A client who edits them changes nothing: the preview of a returned workbook lists the edits of
the read-back sheets (Risks, Changes, Deliverables, Actions) and nothing else, exactly as before
those sheets existed.
"""

from __future__ import annotations

from cpm_desktop.workspace import Workspace
from tests.services.returned_workbook import Returned, preview


def edit_read_only_sheets(returned: Returned) -> None:
    """Change a billing amount and status, a decision, a feedback score, a KPI, and add rows."""
    billing = returned.book["Billing"]
    header = next(r[0].row for r in billing.iter_rows(max_row=20) if r[0].value == "WBS")
    billing.cell(header + 1, 3).value = 1
    billing.cell(header + 1, 5).value = "Due"
    billing.cell(billing.max_row + 1, 2).value = "A new milestone the client wants"
    decisions = returned.book["Decisions"]
    decisions["B4"] = "=1+1"
    decisions.cell(decisions.max_row + 1, 2).value = "A decision the client adds"
    feedback = returned.book["Feedback"]
    feedback.cell(feedback.max_row, 4).value = 5
    summary = returned.book["Summary"]
    rows = list(summary.iter_rows(min_col=1, max_col=2))
    block = next(
        i for i, r in enumerate(rows) if str(r[0].value).startswith("Key performance indicators")
    )
    kpi = rows[block + 1]
    kpi[1].value = 999


def test_edits_on_the_read_only_sheets_change_nothing(demo: Workspace, returned: Returned) -> None:
    """Billing, Decisions, Feedback and KPI edits: no difference, no new row, no note."""
    edit_read_only_sheets(returned)
    result = preview(demo, returned.save())
    assert (result.differences, result.new_rows, result.notes) == ((), (), ())


def test_risk_edits_read_back_exactly_beside_read_only_edits(
    demo: Workspace, returned: Returned
) -> None:
    """A Risks edit with Billing and Decisions edits: the preview lists the Risks edit alone."""
    returned.set("Risks", "R-001", Probability="4 - High")
    edit_read_only_sheets(returned)
    result = preview(demo, returned.save())
    assert [(d.id, d.exported, d.returned) for d in result.differences] == [
        ("R-001.probability", "3 - Medium", "4 - High")
    ]
    assert (result.new_rows, result.notes) == ((), ())
