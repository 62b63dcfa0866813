"""`cpm-desktop import-edits`: a preview that writes nothing, --apply without the conflicts
unless named with --accept, JSON for scripts, and one line with exit 2 for a refused file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from cpm_desktop.cli import main
from cpm_desktop.models import Risk
from cpm_desktop.reports.excel.content import STATE_SHEET
from cpm_desktop.services.risks import edit_risk
from cpm_desktop.workspace import open_workspace
from tests.services.returned_workbook import Returned, export_demo
from tests.services.support import snapshot


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo workspace written by the CLI, and its client workbook edited by the client.

    After the export the PM changed R-004's owner in the workspace, so the client's edit of
    R-004 is a conflict.
    """
    folder = tmp_path_factory.mktemp("import-edits")
    db = folder / "demo.cpm"
    assert main(["demo", str(db)]) == 0
    with open_workspace(db, backup=False) as workspace:
        returned = Returned(export_demo(workspace, folder / "returned.xlsx"))
        risk_id = workspace.run(lambda s: s.scalars(select(Risk.id).where(Risk.number == 4)).one())
        workspace.run(edit_risk, risk_id, owner="Laura Becker")
    returned.set("Risks", "R-001", Probability="4 - High")
    returned.set("Risks", "R-004", Impact="5 - Very high")
    returned.add("Changes", Title="Label printer in goods-in", Priority="High")
    returned.save()
    return db, returned.path


@pytest.fixture
def files(template: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """This test's own copies of the workspace and the returned workbook."""
    db, book = (Path(shutil.copy(path, tmp_path / path.name)) for path in template)
    return db, book


def levels(db: Path, number: int) -> tuple[int | None, int | None]:
    """(probability, impact) of the demo risk R-<number>."""
    with open_workspace(db, backup=False) as workspace, workspace.transaction() as s:
        risk = s.scalars(select(Risk).where(Risk.number == number)).one()
        return risk.probability, risk.impact


def test_preview_prints_the_edits_and_writes_nothing(files: tuple[Path, Path], capsys) -> None:
    """Without --apply: a table of ids, rows, old → new, the conflict mark; no write."""
    db, book = files
    with open_workspace(db, backup=False) as workspace:
        before = snapshot(workspace)
    assert main(["import-edits", str(book), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("Client edits in returned.xlsx for NHL-WMS (exported ")
    assert lines[2].split() == ["Id", "Row", "Field", "Exported", "→", "returned", "Note"]
    [r001] = [line for line in lines if line.startswith("R-001.probability")]
    assert "3 - Medium → 4 - High" in r001
    assert "CONFLICT" not in r001
    [r004] = [line for line in lines if line.startswith("R-004.impact")]
    assert r004.endswith("CONFLICT: the row changed in the workspace")
    assert any(line.strip().startswith("Changes:") and "Label printer" in line for line in lines)
    assert lines[-1] == (
        "2 changed cells and 1 new row (1 in conflict, 0 with a problem). Nothing was "
        "written; add --apply to apply them."
    )
    with open_workspace(db, backup=False) as workspace:
        assert snapshot(workspace) == before


def test_apply_leaves_conflicts_unless_accepted(files: tuple[Path, Path], capsys) -> None:
    """--apply takes the clean edits and new rows; the conflict only when named."""
    db, book = files
    assert main(["import-edits", str(book), "--db", str(db), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "Applied 1 changed cell to 1 risk and 0 change requests; created CR-009." in out
    assert "Not applied, in conflict with the workspace: R-004.impact." in out
    assert levels(db, 1) == (4, 4)
    assert levels(db, 4) == (4, 4)
    args = ["import-edits", str(book), "--db", str(db), "--apply", "--accept", "R-004"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Applied 1 changed cell to 1 risk and 0 change requests (1 over a change" in out
    assert levels(db, 4) == (4, 5)


def test_json_lists_differences_and_what_was_applied(files: tuple[Path, Path], capsys) -> None:
    """--json: the preview's differences and new rows, and the counts after --apply."""
    db, book = files
    args = ["import-edits", str(book), "--db", str(db), "--json", "--apply"]
    assert main([*args, "--accept", "R-001.probability,Changes:12"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == 1
    assert document["project"] == "NHL-WMS"
    assert {d["id"] for d in document["differences"]} == {"R-001.probability", "R-004.impact"}
    assert document["new_rows"][0]["values"]["Title"] == "Label printer in goods-in"
    assert document["accepted"] == ["R-001.probability", "Changes:12"]
    assert document["applied"]["created"] == ["CR-009"]


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        ("state", "cpm-desktop: This workbook was not exported by CPM Desktop"),
        ("text", "cpm-desktop: returned.xlsx is not an Excel workbook (.xlsx)."),
        ("accept", "cpm-desktop: --accept chooses what --apply applies; add --apply."),
        ("unknown", "cpm-desktop: returned.xlsx has no edit R-099.title"),
    ],
)
def test_refusals_are_one_line_exit_2(
    files: tuple[Path, Path], capsys, spoil: str, message: str
) -> None:
    """A workbook not ours, not a workbook, or a bad --accept: exit 2, one line, no write."""
    db, book = files
    args = ["import-edits", str(book), "--db", str(db)]
    if spoil == "state":
        returned = Returned(book)
        del returned.book[STATE_SHEET]
        returned.save()
    elif spoil == "text":
        book.write_text("not a workbook")
    elif spoil == "accept":
        args += ["--accept", "R-001.probability"]
    else:
        args += ["--apply", "--accept", "R-099.title"]
    with open_workspace(db, backup=False) as workspace:
        before = snapshot(workspace)
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(message)
    with open_workspace(db, backup=False) as workspace:
        assert snapshot(workspace) == before
