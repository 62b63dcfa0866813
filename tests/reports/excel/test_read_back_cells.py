"""Returned cells no column can take, and formulas, as the read-back types them (issue 17)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from cpm_desktop.reports.excel.content import Column, Kind
from cpm_desktop.reports.excel.read_back import CellProblem, Unreadable, cell_value, read_returned
from tests.reports.excel.support import RISK_COLUMNS, load, written
from tests.services.damaged_workbook import cache_formula

MONEY = Column("Cost impact", Kind.MONEY, "cost_impact")
DAYS = Column("Days", Kind.INT, "days")
TITLE = Column("Title", Kind.TEXT, "title")


@pytest.mark.parametrize(
    ("raw", "column", "message"),
    [
        (1e308, MONEY, "Cost impact: '1e+308' is too large an amount."),
        ("1E+400", MONEY, "Cost impact: '1E+400' is too large an amount."),
        (float("inf"), MONEY, "Cost impact: 'inf' is not an amount of money."),
        ("1" * 5000, MONEY, "Cost impact: '111111111111111111111111111111111111111…' is too lar"),
        (10**15, DAYS, "Days: '1000000000000000' is too large a number."),
        (1e300, DAYS, "Days: '1e+300' is too large a number."),
        ("9" * 5000, DAYS, "Days: '999999999999999999999999999999999999999…' is not a whole"),
        (float("nan"), DAYS, "Days: 'nan' is not a whole number."),
        (Unreadable("#DIV/0!", "the cell shows #DIV/0!."), TITLE, "Title: the cell shows #DIV/0!."),
    ],
)
def test_values_the_workspace_cannot_hold_are_problems(
    raw: object, column: Column, message: str
) -> None:
    """Past 10^15, infinite, 5,000 digits, an unknown value: a CellProblem, never an overflow."""
    with pytest.raises(CellProblem) as excinfo:
        cell_value(raw, column)
    assert str(excinfo.value).startswith(message)


def test_amounts_and_numbers_just_below_the_limit_are_read() -> None:
    """999,999,999,999,999.99 and 999,999,999,999,999 still read (the services then judge)."""
    assert cell_value("999999999999999.99", MONEY) == Decimal("999999999999999.99")
    assert cell_value(float(10**15 - 1), DAYS) == 10**15 - 1


def test_formulas_read_as_calculated_or_as_unreadable(tmp_path: Path) -> None:
    """A formula calculated to text reads as that text, to empty text as empty (Excel stores
    it as <v></v>), and one never calculated as Unreadable, not as an empty cell."""
    path = written(tmp_path)
    book = load(path)
    for ref in ("B4", "B5", "C4"):
        book["Risks"][ref] = "=Z1"
    book.save(path)
    cache_formula(path, "Risks", "B4", "Late scanners, again")
    cache_formula(path, "Risks", "B5", "")
    first, second = read_returned(path, {"Risks": RISK_COLUMNS}).sheets["Risks"].rows
    assert (first.values["title"], second.values["title"]) == ("Late scanners, again", "")
    assert isinstance(first.values["description"], Unreadable)
    assert str(first.values["description"]) == "=Z1"
