"""A returned workbook in German or French: its sheets, headers and list values are known in its
language, and numbers and dates typed as text are read by its locale, never guessed (issue 23).

The German words come from a small catalogue laid over the real one, so these tests prove the
reader against the catalogue lookup, whatever the writer's translations hold today.
"""

from __future__ import annotations

import datetime as dt
import gettext
import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from cpm_desktop import texts
from cpm_desktop.errors import ReturnedWorkbookError
from cpm_desktop.reports.excel.content import (
    FORMAT_VERSION,
    STATE_HEADER,
    STATE_SHEET,
    TABLE_HEADER_ROW,
    WORKBOOK_KIND,
    Column,
    Kind,
)
from cpm_desktop.reports.excel.read_back import (
    CellProblem,
    Reading,
    cell_value,
    read_returned,
)
from cpm_desktop.reports.excel.read_back.language import locales_of
from cpm_desktop.texts.catalogues import translations

LEVELS = ("1 - Very low", "2 - Low", "3 - Medium", "4 - High", "5 - Very high")
COLUMNS = (
    Column("Ref", Kind.TEXT),
    Column("Title", Kind.TEXT, field="title"),
    Column("Probability", Kind.CHOICE, field="probability", choices=LEVELS),
    Column("Cost impact", Kind.MONEY, field="cost_impact"),
    Column("Review on", Kind.DATE, field="review_on"),
    Column("Billable", Kind.YES_NO, field="billable"),
)
LAYOUTS = {"Risks": COLUMNS}
GERMAN = {
    "Risks": "Risiken",
    "Title": "Titel",
    "Probability": "Wahrscheinlichkeit",
    "Cost impact": "Kostenauswirkung",
    "Review on": "Überprüfung am",
    "Billable": "Abrechenbar",
    "Key": "Schlüssel",
    "Yes": "Ja",
    "No": "Nein",
}
GERMANY, ANY_GERMAN = Reading("de", ("de_DE",)), Reading("de", locales_of("de"))
FRENCH = Reading("fr", locales_of("fr"))
MONEY, DATE, LEVEL, BILLABLE = COLUMNS[3], COLUMNS[4], COLUMNS[2], COLUMNS[5]


class _Overlay(gettext.NullTranslations):
    """The real catalogue of a language, with GERMAN's words over it for German."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def gettext(self, message: str) -> str:
        if self.language == "de" and message in GERMAN:
            return GERMAN[message]
        return translations(self.language).gettext(message)

    def pgettext(self, context: str, message: str) -> str:
        if self.language == "de" and message in GERMAN:
            return GERMAN[message]
        return translations(self.language).pgettext(context, message)


@pytest.fixture
def german_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer's words (and so the read-back's) come from the overlaid catalogues."""
    monkeypatch.setattr(texts, "translations", _Overlay)


def german_workbook(path: Path, *, locale: str | None = None) -> Path:
    """A workbook as the writer lays it out in German: tab, headers, key header and list
    values translated, and the state sheet naming the sheet as its tab."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Risiken"
    headers = ["Ref", "Titel", "Wahrscheinlichkeit", "Kostenauswirkung", "Überprüfung am"]
    headers += ["Abrechenbar", "Schlüssel"]
    for at, header in enumerate(headers, start=1):
        sheet.cell(TABLE_HEADER_ROW, at, header)
    row = ("R-001", "Späte Scanner", "3 - Mittel", 1200, dt.datetime(2026, 12, 1), "Nein", "R11")
    for at, value in enumerate(row, start=1):
        sheet.cell(TABLE_HEADER_ROW + 1, at, value)
    state = book.create_sheet(STATE_SHEET)
    marker = {
        "kind": WORKBOOK_KIND,
        "format": FORMAT_VERSION,
        "project_code": "ACME-01",
        "project_key": "7f3a",
        "exported_at": "2026-11-20T09:30:00",
        "left_out": json.dumps({"Risiken": []}),
    }
    if locale is not None:  # in left_out's place: the marker has six rows
        del marker["left_out"]
        marker["locale"] = locale
    for number, (name, value) in enumerate(marker.items(), start=1):
        state.cell(number, 1, name)
        state.cell(number, 2, value)
    for at, text in enumerate(STATE_HEADER, start=1):
        state.cell(7, at, text)
    exported = {
        "title": "Späte Scanner",
        "probability": "3 - Mittel",
        "cost_impact": "1200.00",
        "review_on": "2026-12-01",
        "billable": "no",
    }
    for at, text in enumerate(("Risiken", "R11", json.dumps(exported)), start=1):
        state.cell(8, at, text)
    book.save(path)
    return path


def test_a_german_workbook_is_read_by_its_german_names(tmp_path: Path, german_words: None) -> None:
    """Tab 'Risiken', German headers and key header: found, and the result speaks English."""
    path = german_workbook(tmp_path / "zurück.xlsx")
    book = read_returned(path, LAYOUTS)
    assert book.reading == ANY_GERMAN
    sheet = book.sheets["Risks"]
    assert sheet.tab == "Risiken"
    assert sheet.fields == {"title", "probability", "cost_impact", "review_on", "billable"}
    [row] = sheet.rows
    assert (row.sheet, row.key, row.values["probability"]) == ("Risks", "R11", "3 - Mittel")
    exported = book.exported["Risks", "R11"]
    assert exported["probability"] == "3 - Medium"  # as the workspace's value is written
    assert cell_value(row.values["probability"], LEVEL, book.reading) == "3 - Medium"
    assert cell_value(row.values["billable"], BILLABLE, book.reading) is False


def test_the_locale_the_state_sheet_records_decides(tmp_path: Path, german_words: None) -> None:
    """A recorded de_CH reads "1.234" as 1.234, not as the 1234 of Germany."""
    path = german_workbook(tmp_path / "zurück.xlsx", locale="de_CH")
    book = read_returned(path, LAYOUTS)
    assert book.marker.locale == "de_CH"
    assert book.reading == Reading("de", ("de_CH",))
    assert cell_value("1.234", MONEY, book.reading) == Decimal("1.23")
    assert cell_value("1.234", MONEY, GERMANY) == Decimal("1234.00")


def test_a_header_renamed_into_another_word_is_named_as_the_workbook_writes_it(
    tmp_path: Path, german_words: None
) -> None:
    """A problem quotes the German header the client sees, not the English msgid."""
    path = german_workbook(tmp_path / "zurück.xlsx")
    book = openpyxl.load_workbook(path)
    book["Risiken"].cell(TABLE_HEADER_ROW, 3, "Chance")
    book.save(path)
    with pytest.raises(
        ReturnedWorkbookError, match="no longer has the column 'Wahrscheinlichkeit' but has"
    ):
        read_returned(path, LAYOUTS)


@pytest.mark.parametrize(
    ("raw", "reading", "expected"),
    [
        ("1.234,5", ANY_GERMAN, Decimal("1234.50")),
        ("4.000,00 €", ANY_GERMAN, Decimal("4000.00")),
        ("-12,5", ANY_GERMAN, Decimal("-12.50")),
        ("CHF 1'234.50", ANY_GERMAN, Decimal("1234.50")),
        ("1 234,5", FRENCH, Decimal("1234.50")),
        ("12\u202f500,00 €", FRENCH, Decimal("12500.00")),
        ("12,500", Reading(), Decimal("12500.00")),
    ],
)
def test_amounts_typed_as_text_follow_the_workbook_locale(
    raw: str, reading: Reading, expected: Decimal
) -> None:
    """German decimal commas and dot grouping, French spaces, a currency sign: all read."""
    assert cell_value(raw, MONEY, reading) == expected


@pytest.mark.parametrize(
    ("raw", "reading", "expected"),
    [
        ("18.05.2027", ANY_GERMAN, dt.date(2027, 5, 18)),
        ("18. Mai 2027", ANY_GERMAN, dt.date(2027, 5, 18)),
        ("3. Dez. 2027", ANY_GERMAN, dt.date(2027, 12, 3)),
        ("18.05.27", ANY_GERMAN, dt.date(2027, 5, 18)),
        ("18/05/2027", FRENCH, dt.date(2027, 5, 18)),
        ("1er mai 2027", FRENCH, dt.date(2027, 5, 1)),
        ("2027-05-18", FRENCH, dt.date(2027, 5, 18)),
    ],
)
def test_dates_typed_as_text_follow_the_workbook_language(
    raw: str, reading: Reading, expected: dt.date
) -> None:
    """Day-first numeric dates and month names in the workbook's language; ISO everywhere."""
    assert cell_value(raw, DATE, reading) == expected


@pytest.mark.parametrize(
    ("raw", "column", "reading", "message"),
    [
        (
            "1.234",
            MONEY,
            ANY_GERMAN,
            "'1.234' reads as 1.234 or 1234 depending on the country's way of "
            "writing numbers, and the workbook does not say which; type the number without "
            "thousands separators (1234,50).",
        ),
        ("4.000,50", MONEY, Reading(), "'4.000,50' is not an amount of money."),
        ("31.02.2027", DATE, ANY_GERMAN, "'31.02.2027' is not a date (use DD.MM.YYYY"),
        ("18/05/2027", DATE, Reading(), "'18/05/2027' is not a date (use YYYY-MM-DD)."),
        ("Sehr hoch!", LEVEL, ANY_GERMAN, "'Sehr hoch!' is not one of 1 - "),
    ],
)
def test_what_cannot_be_read_for_sure_is_a_problem(
    raw: str, column: Column, reading: Reading, message: str
) -> None:
    """An amount two German locales read differently, a German number in an English workbook,
    a day that does not exist, an unknown word: each a problem, never a guess, naming the
    column as the workbook does."""
    with pytest.raises(CellProblem) as excinfo:
        cell_value(raw, column, reading)
    header, _colon, problem = str(excinfo.value).partition(": ")
    assert header == reading.text(column.header)
    assert problem.startswith(message)


def test_problems_quote_the_workbook_words(german_words: None) -> None:
    """In a German workbook a problem names the German header and the German choices."""
    with pytest.raises(CellProblem) as excinfo:
        cell_value("vielleicht", BILLABLE, ANY_GERMAN)
    assert str(excinfo.value) == "Abrechenbar: 'vielleicht' is not Ja or Nein."
    assert cell_value("ja", BILLABLE, ANY_GERMAN) is True


@pytest.mark.parametrize("word", ["4 - Hoch", "4 - high", "4 - Élevé", " 4 -  HOCH "])
def test_a_list_value_is_known_in_any_language(word: str) -> None:
    """A value pasted from an English or French workbook still names its choice."""
    assert cell_value(word, LEVEL, ANY_GERMAN) == "4 - High"
