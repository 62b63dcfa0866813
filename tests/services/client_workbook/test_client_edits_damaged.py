"""Returned workbooks a hostile tester made (issue 17): each is a correct import, a problem on
the cell it concerns, or one refusal sentence; never a silent loss and never a traceback.

Renamed header: refused, naming both headers, rather than matched by position. The reader lets
the client move, hide and insert columns, so a position says nothing about what a column holds,
and applying the rest while one column is unread would leave new rows without its values
(which a later import could not add: those rows would then read as imported before).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from cpm_desktop.errors import ReturnedWorkbookError, ValidationError
from cpm_desktop.models import Risk
from cpm_desktop.reports.excel.content import STATE_SHEET
from cpm_desktop.services.client_workbook.edits import apply_client_edits, preview_client_edits
from cpm_desktop.workspace import Workspace
from tests.services.damaged_workbook import break_stream, cache_formula, sheet_member
from tests.services.returned_workbook import Returned, preview
from tests.services.support import snapshot


def owner(demo: Workspace, number: int) -> str:
    """The owner of the demo risk R-<number>, as committed."""
    with demo.transaction() as s:
        return s.scalars(select(Risk.owner).where(Risk.number == number)).one()


def refused(demo: Workspace, path: Path, accept: list[str]) -> str:
    """The one sentence both the preview and the apply refuse `path` with; nothing written."""
    before = snapshot(demo)
    messages = set()
    for action in (
        lambda s: preview_client_edits(s, path),
        lambda s: apply_client_edits(s, path, accept),
    ):
        with pytest.raises(ReturnedWorkbookError) as excinfo, demo.transaction() as s:
            action(s)
        messages.add(str(excinfo.value))
    assert snapshot(demo) == before
    [message] = messages
    assert "\n" not in message
    return message


def header_cell(returned: Returned, sheet: str, header: str) -> tuple[int, int]:
    """(row, column) of a header cell."""
    return returned.header_row(sheet), returned.column(sheet, header)


# -- headers ----------------------------------------------------------------------------------


def test_a_renamed_column_is_refused_naming_both_headers(
    demo: Workspace, returned: Returned
) -> None:
    """'Impact' renamed 'Impakt' over an edit: refused, saying which column went where."""
    returned.set("Risks", "R-001", Impact="5 - Very high")
    returned.set("Risks", "R-002", Owner="Miriam Albers")
    returned.book["Risks"].cell(*header_cell(returned, "Risks", "Impact")).value = "Impakt"
    path = returned.save()
    assert refused(demo, path, ["R-002.owner"]) == (
        "The Risks sheet of NHL-WMS client workbook.xlsx no longer has the column 'Impact' but "
        "has the column 'Impakt', which it was not exported with (renamed?); its edits were not "
        "read. Give the column its header back and import again."
    )


def test_a_cleared_header_over_data_is_refused(demo: Workspace, returned: Returned) -> None:
    """A header cell emptied over the column's values counts as a renamed column."""
    row, column = header_cell(returned, "Changes", "Priority")
    returned.book["Changes"].cell(row, column).value = None
    message = refused(demo, returned.save(), [])
    assert "no longer has the column 'Priority' but has data in column " in message
    assert f"column {get_column_letter(column)}, which has no header" in message


def test_two_columns_under_one_header_are_refused(demo: Workspace, returned: Returned) -> None:
    """'Impact' renamed 'Probability': which of the two holds the probability is unknown."""
    returned.book["Risks"].cell(*header_cell(returned, "Risks", "Impact")).value = "Probability"
    message = refused(demo, returned.save(), [])
    assert "has 2 columns headed 'Probability', so it is not known which one" in message


def test_headers_match_whatever_their_case_and_spacing(demo: Workspace, returned: Returned) -> None:
    """'  COST\\nimpact ' is still the Cost impact column: its edit is read and applied."""
    returned.set("Risks", "R-005", Cost_impact=15000.75)
    row, column = header_cell(returned, "Risks", "Cost impact")
    returned.book["Risks"].cell(row, column).value = "  COST\nimpact "
    path = returned.save()
    result = preview(demo, path)
    assert [(d.id, d.returned, d.problem) for d in result.differences] == [
        ("R-005.cost_impact", "15000.75", None)
    ]
    assert result.notes == ()


def test_the_clients_own_column_and_a_deleted_one_are_notes(
    demo: Workspace, returned: Returned
) -> None:
    """Strategy deleted from Risks, a 'Comments' column added to Changes: a note each (had one
    sheet both, it would be refused as renamed); the other edits apply."""
    returned.set("Risks", "R-002", Owner="Miriam Albers")
    returned.book["Risks"].delete_cols(returned.column("Risks", "Strategy"))
    changes = returned.book["Changes"]
    spare = changes.max_column + 1
    changes.cell(returned.header_row("Changes"), spare).value = "Comments"
    changes.cell(returned.row_of("Changes", "CR-003"), spare).value = "Ask the SAP team"
    path = returned.save()
    result = preview(demo, path)
    assert result.notes == (
        "The Risks sheet of NHL-WMS client workbook.xlsx no longer has the column 'Strategy'; "
        "its values are left as they are in the workspace.",
        "The Changes sheet of NHL-WMS client workbook.xlsx has the column 'Comments', which it "
        "was not exported with; it was not read.",
    )
    demo.run(apply_client_edits, path, result.applicable())
    assert owner(demo, 2) == "Miriam Albers"


# -- cells ------------------------------------------------------------------------------------


def test_a_formula_without_a_calculated_value_is_a_problem_not_a_clear(
    demo: Workspace, returned: Returned
) -> None:
    """openpyxl and some converters save formulas uncalculated: such a cell is a problem on
    its edit (never an emptied owner) and a new row holding one is not added."""
    returned.set("Risks", "R-001", Owner='=A1&" (client)"')
    returned.add("Risks", Title="=B5", Probability="2 - Low", Impact="2 - Low")
    path = returned.save()
    result = preview(demo, path)
    [difference] = result.differences
    assert (difference.id, difference.returned) == ("R-001.owner", '=A1&" (client)"')
    assert difference.problem == (
        'Owner: the formula =A1&" (client)" has no calculated value (the workbook was saved by '
        "a program that does not calculate); type the value instead, or open and save the "
        "workbook in Excel."
    )
    [new] = result.new_rows
    assert (new.problem or "").startswith("Title: the formula =B5 has no calculated value")
    assert result.applicable() == ()
    before = snapshot(demo)
    with pytest.raises(ValidationError, match="^R-001.owner cannot be applied: Owner: the formu"):
        demo.run(apply_client_edits, path, ["R-001.owner"])
    assert snapshot(demo) == before
    assert owner(demo, 1) != ""


def test_a_calculated_formula_counts_as_the_value_excel_shows(
    demo: Workspace, returned: Returned
) -> None:
    """A formula saved by Excel with its value: the value is the client's edit."""
    returned.set("Risks", "R-001", Owner='=A1&" (client)"')
    ref = (
        f"{get_column_letter(returned.column('Risks', 'Owner'))}{returned.row_of('Risks', 'R-001')}"
    )
    path = returned.save()
    cache_formula(path, "Risks", ref, "R-001 (client)")
    demo.run(apply_client_edits, path, preview(demo, path).applicable())
    assert owner(demo, 1) == "R-001 (client)"


def test_an_error_cell_is_a_problem(demo: Workspace, returned: Returned) -> None:
    """A cell showing #REF! (a formula whose source was deleted) is not text to apply."""
    returned.set("Risks", "R-001", Owner="#REF!")
    [difference] = preview(demo, returned.save()).differences
    assert difference.problem == "Owner: the cell shows the error #REF!; type the value instead."


@pytest.mark.parametrize(
    ("sheet", "ref", "cells", "problem"),
    [
        ("Risks", "R-005", {"Cost_impact": 1e308}, "Cost impact: '1e+308' is too large an amount."),
        ("Risks", "R-005", {"Cost_impact": "-1E999"}, "Cost impact: '-1E999' is too large an amo"),
        ("Risks", "R-005", {"Cost_impact": "NaN"}, "Cost impact: 'NaN' is not an amount of money."),
        ("Changes", "CR-008", {"Schedule_days": 1e20}, "Schedule (days): '1e+20' is too large a"),
        ("Changes", "CR-008", {"Schedule_days": "9" * 5000}, "Schedule (days): '99999999999999"),
        ("Risks", "R-005", {"Due_date": 1e9}, "Due date: the cell shows the error #VALUE!"),
    ],
)
def test_numbers_no_column_can_take_are_problems(
    demo: Workspace, returned: Returned, sheet: str, ref: str, cells: dict, problem: str
) -> None:
    """Huge, infinite, not-a-number and 5,000-digit values, a day no calendar holds (openpyxl
    reads it as #VALUE!): a problem on the cell and on a new row holding it, no error."""
    returned.set(sheet, ref, **cells)
    returned.add(sheet, Title="Huge values", **cells)
    result = preview(demo, returned.save())
    [difference] = result.differences
    assert (difference.problem or "").startswith(problem)
    [new] = result.new_rows
    assert new.problem is not None
    assert result.applicable() == ()


def test_a_key_too_long_for_any_id_is_left_out(demo: Workspace, returned: Returned) -> None:
    """A state row and Key cell naming risk 10^30 (no database integer holds it): a note."""
    huge = "R1" + "0" * 30
    state = returned.book[STATE_SHEET]
    [state_row] = [row for row in state.iter_rows(min_row=8) if row[1].value == "R1"]
    state_row[1].value = huge
    returned.book["Risks"].cell(
        returned.row_of("Risks", "R-001"), returned.column("Risks", "Key")
    ).value = huge
    result = preview(demo, returned.save())
    assert result.differences == ()
    assert any(
        "its entry was deleted from the workspace since the export" in n for n in result.notes
    )


# -- the file ---------------------------------------------------------------------------------


@pytest.mark.parametrize("sheet", ["Risks", "Changes", STATE_SHEET])
def test_a_corrupted_zip_member_is_refused(demo: Workspace, returned: Returned, sheet: str) -> None:
    """A sheet whose compressed data breaks half-way (zlib.error while its rows are read)."""
    returned.set("Risks", "R-001", Probability="4 - High")
    path = returned.save()
    break_stream(path, sheet_member(path, sheet))
    assert refused(demo, path, ["R-001.probability"]) == (
        "NHL-WMS client workbook.xlsx is not an Excel workbook (.xlsx) or is damaged."
    )


def test_a_truncated_download_is_refused(demo: Workspace, returned: Returned) -> None:
    """The first 60 % of the file, as an interrupted download leaves it."""
    data = returned.path.read_bytes()
    returned.path.write_bytes(data[: len(data) * 6 // 10])
    assert refused(demo, returned.path, []) == (
        "NHL-WMS client workbook.xlsx is not an Excel workbook (.xlsx)."
    )
