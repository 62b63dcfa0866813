"""Data validations of the editable columns: dropdowns for choices, type checks for the rest.

They reach down to row VALIDATED_TO, so rows the client adds below the table are checked too.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from cpm_desktop.reports.excel.content import Column, Kind

VALIDATED_TO = 5000
LIST_LIMIT = 255  # Excel refuses an in-cell list longer than this
FIRST_DAY, LAST_DAY = 1, 2_958_465  # 1 Jan 1900 .. 31 Dec 9999
BIG = 999_999_999


def add_validations(
    sheet: Worksheet, columns: tuple[Column, ...], first_row: int, currency: str
) -> None:
    """A validation on each editable column (one with a field), rows `first_row`..VALIDATED_TO."""
    for number, column in enumerate(columns, start=1):
        if column.field is None:
            continue
        validation = _validation(column, currency)
        if validation is None:
            continue
        letter = get_column_letter(number)
        validation.add(f"{letter}{first_row}:{letter}{VALIDATED_TO}")
        sheet.add_data_validation(validation)


def choice_list(choices: tuple[str, ...]) -> str:
    """The quoted list formula of a dropdown: '"Open,Monitoring,Closed"'."""
    bad = [c for c in choices if "," in c or '"' in c]
    joined = ",".join(choices)
    if bad or len(joined) + 2 > LIST_LIMIT:
        raise ValueError(
            f"Choices {choices!r} cannot make an Excel dropdown: no commas or quotes in a "
            f"label, {LIST_LIMIT - 2} characters in all."
        )
    return f'"{joined}"'


def _validation(column: Column, currency: str) -> DataValidation | None:
    name = column.header
    match column.kind:
        case Kind.CHOICE | Kind.YES_NO:
            choices = column.choices if column.kind == Kind.CHOICE else ("Yes", "No")
            return _made(
                "list", choice_list(choices), None, name, f"Pick one of: {', '.join(choices)}."
            )
        case Kind.INT:
            return _made("whole", str(-BIG), str(BIG), name, "Enter a whole number.")
        case Kind.PERCENT:
            return _made("whole", "0", "100", name, "Enter a whole number from 0 to 100.")
        case Kind.MONEY:
            return _made(
                "decimal", str(-BIG), str(BIG), name, f"Enter an amount in {currency}, as a number."
            )
        case Kind.DATE:
            return _made(
                "date", str(FIRST_DAY), str(LAST_DAY), name, "Enter a date, for example 2026-12-01."
            )
    return None  # text: anything goes


def _made(
    kind: str, formula1: str, formula2: str | None, title: str, message: str
) -> DataValidation:
    return DataValidation(
        type=kind,
        operator="between" if formula2 is not None else None,
        formula1=formula1,
        formula2=formula2,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        errorTitle=title[:32],  # Excel's limit on a validation's titles
        error=message,
        showInputMessage=False,
    )
