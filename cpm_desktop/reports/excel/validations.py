"""Data validations of the editable columns: dropdowns for choices, type checks for the rest.

They reach down to row VALIDATED_TO, so rows the client adds below the table are checked too.
A dropdown offers each choice as the sheet shows it, in the reader's language
(wording.choice_text), and so does Yes / No.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from cpm_desktop.reports.excel.content import Column, Kind
from cpm_desktop.reports.excel.wording import choice_text, column_title
from cpm_desktop.texts import _, current_language

VALIDATED_TO = 5000
LIST_LIMIT = 255  # Excel refuses an in-cell list longer than this
FIRST_DAY, LAST_DAY = 1, 2_958_465  # 1 Jan 1900 .. 31 Dec 9999
BIG = 999_999_999
# A date as the reader types it into a date cell (their Excel reads it as a date).
EXAMPLE_DATES = {"de": "01.12.2026", "fr": "01/12/2026"}


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
    name = column_title(column.header)
    match column.kind:
        case Kind.CHOICE | Kind.YES_NO:
            labels = column.choices if column.kind == Kind.CHOICE else ("Yes", "No")
            choices = tuple(choice_text(label) for label in labels)
            message = _("Pick one of: {choices}.").format(choices=", ".join(choices))
            return _made("list", choice_list(choices), None, name, message)
        case Kind.INT:
            return _made("whole", str(-BIG), str(BIG), name, _("Enter a whole number."))
        case Kind.PERCENT:
            message = _("Enter a whole number from 0 to 100.")
            return _made("whole", "0", "100", name, message)
        case Kind.MONEY:
            message = _("Enter an amount in {currency}, as a number.").format(currency=currency)
            return _made("decimal", str(-BIG), str(BIG), name, message)
        case Kind.DATE:
            example = EXAMPLE_DATES.get(current_language(), "2026-12-01")
            message = _("Enter a date, for example {example}.").format(example=example)
            return _made("date", str(FIRST_DAY), str(LAST_DAY), name, message)
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
