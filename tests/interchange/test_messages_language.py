"""The sentences the file readers, the read-back and the workspace give the user come out in the
language being spoken (the window's), and in English, unchanged, where English is spoken (the
CLI, the tests)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cpm_desktop.domain.service_levels import SlaPeriod
from cpm_desktop.errors import InterchangeError, WorkspaceError
from cpm_desktop.interchange.ics_read import read_ics
from cpm_desktop.interchange.sla_values import read_sla_values
from cpm_desktop.interchange.timesheet_read import read_timesheet_data
from cpm_desktop.interchange.timesheet_values import CellError, read_hours
from cpm_desktop.interchange.xml_input import read_source
from cpm_desktop.reports.excel.content import Column, Kind
from cpm_desktop.reports.excel.read_back import CellProblem, cell_value
from cpm_desktop.texts import speaking
from cpm_desktop.workspace.file import open_workspace

DAYS = Column("Days", Kind.INT, "days")
TOO_BIG = b"x" * (6 * 2**20 - 2**18)  # 5.8 MB: over the timesheet limit
EVENTS = (
    "DTSTART;VALUE=DATE:20261225\r\nSUMMARY:Christtag\r\n",
    "DTSTART:20261202T090000Z\r\n",
    "DTSTART:20261203T090000Z\r\n",
    "DTSTART;VALUE=DATE:20261231\r\nSTATUS:CANCELLED\r\n",
)
CALENDAR = "".join(
    [
        "BEGIN:VCALENDAR\r\n",
        *(f"BEGIN:VEVENT\r\n{e}END:VEVENT\r\n" for e in EVENTS),
        "END:VCALENDAR\r\n",
    ]
).encode()


def _message(error: type[Exception], read: Callable[..., object], *args: object) -> str:
    """The message of the `error` that `read(*args)` raises."""
    with pytest.raises(error) as excinfo:
        read(*args)
    return str(excinfo.value)


def test_a_plan_file_refusal_is_german_where_german_is_spoken(tmp_path: Path) -> None:
    """A folder picked as a plan file: the refusal speaks German inside `speaking("de_DE")`,
    English (as it always did) outside."""
    english = _message(InterchangeError, read_source, tmp_path)
    with speaking("de_DE"):
        german = _message(InterchangeError, read_source, tmp_path)
    assert english == f"{tmp_path} is a folder, not a plan file."
    assert german == f"{tmp_path} ist ein Ordner, keine Plandatei."


def test_numbers_in_a_message_follow_the_language() -> None:
    """A size in megabytes has a decimal comma in German and French, a point in English."""
    english = _message(InterchangeError, read_timesheet_data, TOO_BIG, "hours.csv")
    with speaking("de_DE"):
        german = _message(InterchangeError, read_timesheet_data, TOO_BIG, "hours.csv")
    with speaking("fr_FR"):
        french = _message(InterchangeError, read_timesheet_data, TOO_BIG, "hours.csv")
    assert english.startswith("hours.csv is 5.8 MB; timesheets over 5 MB are not read")
    assert german.startswith("hours.csv ist 5,8 MB groß; Stundenzettel über 5 MB werden nicht")
    assert french.startswith("hours.csv fait 5,8 Mo ; les feuilles de temps de plus de 5 Mo")


def test_a_cell_a_timesheet_cannot_take_is_said_in_french() -> None:
    """The problem the timesheet preview shows on a line."""
    with speaking("fr_CH"):
        message = _message(CellError, read_hours, -2)
    assert message == "Heures '-2' ne peut pas être négatif."


def test_pasted_lines_and_a_calendar_file_say_what_they_left_in_the_language() -> None:
    """Per-line errors of a paste, and the counted sentences of a calendar file in the
    singular and the plural."""
    with speaking("de_AT"):
        pasted = read_sla_values("2026-10 99.2\n2026-10 98", SlaPeriod.MONTHLY)
        found = read_ics(CALENDAR, years=range(2026, 2028))
    assert pasted.errors == ("Zeile 2: „Oct 2026“ steht bereits in Zeile 1.",)
    assert found.skipped == ("2 Termine mit Uhrzeit (nicht ganztägig)", "1 abgesagter Termin")
    assert read_ics(CALENDAR, years=range(2026, 2028)).skipped == (
        "2 timed events (not all-day)",
        "1 cancelled event",
    )


def test_a_returned_cell_problem_is_german() -> None:
    """The header is the workbook's (English here); the sentence is the PM's language."""
    with speaking("de_CH"):
        message = _message(CellProblem, cell_value, "zwölf", DAYS)
    assert message == "Days: 'zwölf' ist keine ganze Zahl."


def test_a_workspace_refusal_is_french(tmp_path: Path) -> None:
    """Opening a file that is not there, in a window speaking French (Belgium)."""
    missing = tmp_path / "plan.cpm"
    with speaking("fr_BE"):
        message = _message(WorkspaceError, open_workspace, missing)
    assert message == f"Il n'y a pas de fichier d'espace de travail à l'emplacement {missing}."
