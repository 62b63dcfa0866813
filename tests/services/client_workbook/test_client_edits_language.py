"""A workbook exported in German or French comes back through import-edits with the edits found
(issue 23): the client picks list values and types numbers and dates as their language writes
them, LibreOffice re-saves the file, and every edit is read, listed and applied.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from babel.dates import format_date
from babel.numbers import format_decimal
from sqlalchemy import select

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import ChangeStatus
from cpm_desktop.domain.actions import ActionStatus
from cpm_desktop.domain.deliverables import DeliverableStatus
from cpm_desktop.models import ActionItem, ChangeRequest, Deliverable, Risk
from cpm_desktop.reports.excel.content import KEY_HEADER
from cpm_desktop.reports.excel.read_back.language import Reading, fold, reading_for
from cpm_desktop.services.client_workbook.export import export_client_workbook
from cpm_desktop.services.client_workbook.tables import READ_BACK_LAYOUTS
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.texts import _, speaking
from tests.stores import open_store
from tests.templates import copy_of

SOFFICE = shutil.which("soffice")
SKIP_REASON = (
    "LibreOffice (soffice) is not installed, so the re-save by a client's LibreOffice cannot "
    "be played; Debian: apt-get install libreoffice-calc-nogui"
)


class Client:
    """An exported workbook opened as its client reads it: tabs, headers and lists in the
    workbook's language (as the read-back decides it), edited as they would type."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.book = openpyxl.load_workbook(path)
        grids = {ws.title: list(ws.iter_rows(max_row=20, values_only=True)) for ws in self.book}
        self.reading: Reading = reading_for(None, grids, READ_BACK_LAYOUTS)

    def set(self, sheet: str, ref: str, cells: dict[str, Any]) -> None:
        """Type `cells` ({English header: value}) into the row of `ref` on `sheet`."""
        ws = self.book[self.reading.tab(sheet)]
        header = next(r for r in ws.iter_rows(max_row=20) if _at(r, KEY_HEADER) is not None)
        number = next(
            row[0].row
            for row in ws.iter_rows(min_row=header[0].row + 1)
            if row[_at(header, "Ref", self.reading) or 0].value == ref
        )
        for name, value in cells.items():
            at = _at(header, name, self.reading)
            assert at is not None, f"no column {name!r} in {ws.title}"
            ws.cell(number, at + 1).value = value

    def number(self, value: str) -> str:
        """An amount as a person of the workbook's language types it into a text cell."""
        return format_decimal(Decimal(value), "#,##0.00", locale=self.reading.locales[0])

    def day(self, day: dt.date) -> str:
        """A date as a person of the workbook's language types it, as text."""
        if self.reading.language == "en":
            return day.isoformat()
        return format_date(day, "dd.MM.yyyy" if self.reading.language == "de" else "dd/MM/yyyy")


def _at(cells: tuple[Any, ...], english: str, reading: Reading | None = None) -> int | None:
    names = reading.names(english) if reading else (fold(english),)
    return next((i for i, c in enumerate(cells) if fold(str(c.value or "")) in names), None)


# A LibreOffice profile whose locale is the client's: its own, not the machine's.
PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">
<value>{tag}</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse">
<value>{tag}</value></prop></item>
</oor:items>
"""


def resaved(book: Path, folder: Path, locale: str) -> Path:
    """`book` opened and saved as .xlsx by a LibreOffice set to `locale`, in `folder`."""
    assert SOFFICE is not None
    out = folder / "resaved"
    user = folder / "profile" / "user"
    user.mkdir(parents=True)
    tag = locale.replace("_", "-")
    (user / "registrymodifications.xcu").write_text(PROFILE.format(tag=tag), encoding="utf-8")
    env = {**os.environ, "HOME": str(folder), "LANGUAGE": locale.partition("_")[0]}
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    converted = out / book.name
    assert converted.exists(), result.stdout + result.stderr
    return converted


def export(db: Path, path: Path, locale: str) -> Path:
    """The demo project's internal workbook (every editable column) written in `locale`."""
    with open_store(db) as workspace:
        project_id = workspace.run(find_project_id, DEMO_PROJECT_CODE)
        assert project_id is not None
        workspace.run(export_client_workbook, project_id, path, audience="internal", locale=locale)
    return path


def client_edits(client: Client, language: str) -> None:
    """A level picked in the client's words, an amount and a date typed as text, a change
    approved, a deliverable rejected, an action done: all in the client's language."""
    with speaking(client.reading.locales[0]):
        high = f"4 - {_('High')}"  # as a client of `language` writes the level
    reading = client.reading
    client.set("Risks", "R-001", {"Probability": high})
    client.set("Risks", "R-005", {"Cost impact": client.number("15000.75")})
    client.set(
        "Changes",
        "CR-006",
        {
            "Status": reading.choice("Approved"),
            "Decided by": "Henrik Sørensen (Nordhaven)",
            "Decided on": client.day(dt.date(2026, 11, 18)),
            "Decision notes": "Approved as change order CO-04.",
        },
    )
    client.set(
        "Deliverables",
        "D-004",
        {
            "Client verdict": reading.choice("Rejected"),
            "Decided by": "Jonas Richter (Nordhaven)",
            "Comments / reasons": "The RF screen mock-ups leave out returns.",
        },
    )
    client.set("Actions", "A-005", {"Status": reading.choice("Done")})
    client.book.save(client.path)


@pytest.mark.skipif(SOFFICE is None, reason=SKIP_REASON)
@pytest.mark.file_only("LibreOffice resaves the exported workbook, the same from either store")
@pytest.mark.parametrize(("locale", "language"), [("de_DE", "de"), ("fr_FR", "fr")])
def test_a_workbook_resaved_by_libreoffice_comes_back_with_the_edits_found(
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    locale: str,
    language: str,
) -> None:
    """Exported in German (French), edited in German, re-saved by LibreOffice: import-edits
    lists every edit without a problem, and --apply writes each into the workspace."""
    db = copy_of(demo_template, tmp_path / "demo.cpm")
    client = Client(export(db, tmp_path / "returned.xlsx", locale))
    if client.reading.language != "en":  # once the writer's words are translated
        assert client.reading.language == language
    client_edits(client, language)
    book = resaved(client.path, tmp_path, locale)

    assert main(["import-edits", str(book), "--db", str(db), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    found = {d["id"]: d for d in document["differences"]}
    wanted = {
        "R-001.probability",
        "R-005.cost_impact",
        "CR-006.status",
        "CR-006.decided_by",
        "CR-006.decided_on",
        "CR-006.decision_notes",
        "D-004.verdict",
        "D-004.decided_by",
        "D-004.comments",
        "A-005.status",
    }
    assert wanted <= found.keys(), sorted(found)
    assert all(found[name]["problem"] is None for name in wanted), document["differences"]
    assert document["new_rows"] == []

    assert main(["import-edits", str(book), "--db", str(db), "--apply"]) == 0
    assert "Applied" in capsys.readouterr().out
    with open_store(db) as workspace, workspace.transaction() as s:
        project_id = find_project_id(s, DEMO_PROJECT_CODE)

        def entry(model: Any, number: int) -> Any:
            mine = (model.project_id == project_id, model.number == number)
            return s.scalars(select(model).where(*mine)).one()

        assert entry(Risk, 1).probability == 4
        assert entry(Risk, 5).cost_impact == Decimal("15000.75")
        cr = entry(ChangeRequest, 6)
        assert (cr.status, cr.decided_on) == (ChangeStatus.APPROVED, dt.date(2026, 11, 18))
        assert cr.decided_by == "Henrik Sørensen (Nordhaven)"
        assert entry(Deliverable, 4).status == DeliverableStatus.REJECTED
        assert entry(ActionItem, 5).status == ActionStatus.DONE
