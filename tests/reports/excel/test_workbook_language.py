"""The client workbook in German and French: tabs, headers, dropdowns, labels and number
formats in the reader's language, while the hidden state sheet and the keys stay English."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cpm_desktop.domain.risk_scoring import LEVEL_LABELS
from cpm_desktop.reports.excel.content import STATE_SHEET
from cpm_desktop.reports.excel.number_formats import number_formats
from cpm_desktop.reports.excel.wording import choice_text, column_title, sheet_tab
from cpm_desktop.scheduling.kpis import NO_COST_DATA
from cpm_desktop.services.client_workbook.kpis import NO_COST_TEXT
from cpm_desktop.services.client_workbook.tables import LEVELS, READ_BACK_LAYOUTS
from cpm_desktop.services.client_workbook.team_tables import OTHER_COSTS
from cpm_desktop.services.team.breakdown import OTHER
from cpm_desktop.texts import speaking
from tests.cli.support import run_main


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo's NHL-WMS workbook written in English, German and French through the CLI."""
    folder = tmp_path_factory.mktemp("language")
    database = folder / "demo.cpm"
    assert run_main("demo", str(database)).returncode == 0
    paths = {}
    for language in ("en", "de", "fr"):
        path = folder / f"{language}.xlsx"
        args = ("export", "xlsx", "--db", str(database), "--project", "NHL-WMS")
        result = run_main(*args, "--lang", language, "-o", str(path))
        assert result.returncode == 0, result.stderr
        paths[language] = path
    return paths


def test_the_tabs_speak_the_readers_language(workbooks: dict[str, Path]) -> None:
    """German and French tabs; English as before; the state sheet keeps its name."""
    names = {lang: openpyxl.load_workbook(p).sheetnames for lang, p in workbooks.items()}
    assert names["en"][:4] == ["Summary", "Schedule", "Milestones", "Risks"]
    assert names["de"][:6] == [
        "Zusammenfassung",
        "Terminplan",
        "Meilensteine",
        "Risiken",
        "Änderungen",
        "Lieferobjekte",
    ]
    assert names["fr"][:6] == [
        "Synthèse",
        "Planning",
        "Jalons",
        "Risques",
        "Modifications",
        "Livrables",
    ]
    for sheets in names.values():
        assert sheets[-1] == STATE_SHEET
        assert all(len(s) <= 31 and not set(s) & set("[]:*?/\\") for s in sheets)


def test_headers_and_choices_are_translated_and_the_state_stays_english(
    workbooks: dict[str, Path],
) -> None:
    """The Risks sheet's headers, values and dropdowns are German; the state sheet English."""
    book = openpyxl.load_workbook(workbooks["de"])
    risks = book["Risiken"]
    headers = [c.value for c in risks[3]]
    assert headers[:3] == ["Nr.", "Art", "Titel"]
    assert "Wahrscheinlichkeit" in headers
    assert headers[-1] == "Key"
    first = [c.value for c in risks[4]]
    assert "3 - Mittel" in first
    assert "Offen" in first
    lists = [v.formula1 for v in risks.data_validations.dataValidation if v.type == "list"]
    assert '"1 - Sehr niedrig,2 - Niedrig,3 - Mittel,4 - Hoch,5 - Sehr hoch"' in lists
    state = [c.value for row in book[STATE_SHEET].iter_rows(min_row=8) for c in row]
    document = " ".join(str(v) for v in state if v)
    assert '"status":"open"' in document.replace("Open", "open")
    assert "Offen" not in document
    assert "Mittel" not in document


def test_dates_and_money_carry_the_locale(workbooks: dict[str, Path]) -> None:
    """German cells are formatted under de-DE's tag: numeric dates, the euro after the amount."""
    book = openpyxl.load_workbook(workbooks["de"])
    formats = {c.number_format for row in book["Terminplan"].iter_rows(min_row=4) for c in row}
    assert "[$-407]dd.mm.yyyy" in formats
    summary = book["Zusammenfassung"]
    money = {c.number_format for row in summary.iter_rows() for c in row if "€" in c.number_format}
    assert money == {"[$-407]#,##0.00 [$€-407]"}
    english = openpyxl.load_workbook(workbooks["en"])["Schedule"]
    assert "d mmm yyyy" in {c.number_format for row in english.iter_rows(min_row=4) for c in row}


def test_french_summary_reads_french(workbooks: dict[str, Path]) -> None:
    """The Summary's labels, notes and dates are French."""
    sheet = openpyxl.load_workbook(workbooks["fr"])["Synthèse"]
    texts = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "Statut global" in texts
    assert "Prochains jalons" in texts
    assert "Classeur client pour" in texts
    assert "Key performance" not in texts
    assert "Next milestones" not in texts


def test_every_read_back_tab_header_and_choice_has_its_wording() -> None:
    """The functions the read-back asks give a German word for each tab, header and choice."""
    with speaking("de_DE"):
        for sheet, columns in READ_BACK_LAYOUTS.items():
            assert sheet_tab(sheet) != sheet
            for column in columns:
                assert column_title(column.header)
                for label in column.choices:
                    assert choice_text(label) != label, label


def test_money_formats_follow_cldr() -> None:
    """The symbol stands where the locale writes it; English keeps its formats."""
    assert number_formats("de_DE").money("EUR") == "[$-407]#,##0.00 [$€-407]"
    assert number_formats("de_CH").money("CHF") == "[$-807][$CHF-807] #,##0.00"
    assert number_formats("fr_FR").money("EUR") == "[$-40C]#,##0.00 [$€-40C]"
    assert number_formats("en_GB").money("EUR") == "[$€-2] #,##0.00"
    assert number_formats("fr_BE").date == "[$-80C]dd/mm/yyyy"


def test_texts_copied_from_elsewhere_stay_equal() -> None:
    """Texts marked here for constants of other layers are those constants."""
    assert {level: f"{level} - {word}" for level, word in LEVEL_LABELS.items()} == LEVELS
    assert NO_COST_TEXT == NO_COST_DATA
    assert OTHER_COSTS == OTHER
