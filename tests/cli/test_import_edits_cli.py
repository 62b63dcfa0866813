"""`cpm-desktop import-edits`: a preview that writes nothing, --apply without the conflicts
unless named with --accept, JSON for scripts, and one line with exit 2 for a refused file.

Issue 17's hostile workbooks end the same way: a problem on the cell that is not applied, or
one line on stderr with exit 2; the workspace file keeps every byte when nothing is applied.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from cpm_desktop.cli import main
from cpm_desktop.models import Risk
from cpm_desktop.reports.excel.content import STATE_SHEET
from cpm_desktop.services.risks.register import edit_risk
from cpm_desktop.workspace import Workspace
from tests.services.damaged_workbook import break_stream, sheet_member
from tests.services.returned_workbook import Returned, export_demo
from tests.services.support import make_project, snapshot
from tests.stores import Template, content, open_store
from tests.templates import copy_of, derived_template, open_copy_of


def _owner_changed(workspace: Workspace) -> None:
    risk_id = workspace.run(lambda s: s.scalars(select(Risk.id).where(Risk.number == 4)).one())
    workspace.run(edit_risk, risk_id, owner="Laura Becker")


@pytest.fixture(scope="module")
def template(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Template
) -> tuple[Template, Path]:
    """The demo workspace (a template of the session's), and its client workbook edited by the
    client.

    After the export the PM changed R-004's owner in the workspace, so the client's edit of
    R-004 is a conflict.
    """
    folder = tmp_path_factory.mktemp("import-edits")
    with open_copy_of(demo_template, folder / "demo.cpm") as workspace:
        returned = Returned(export_demo(workspace, folder / "returned.xlsx"))
    changed, _ = derived_template(tmp_path_factory, "r004_owner", demo_template, _owner_changed)
    returned.set("Risks", "R-001", Probability="4 - High")
    returned.set("Risks", "R-004", Impact="5 - Very high")
    returned.add("Changes", Title="Label printer in goods-in", Priority="High")
    returned.save()
    return changed, returned.path


@pytest.fixture
def files(template: tuple[Template, Path], tmp_path: Path) -> tuple[Path, Path]:
    """This test's own copies of the workspace and the returned workbook."""
    db, book = template
    return copy_of(db, tmp_path / "demo.cpm"), Path(shutil.copy(book, tmp_path / book.name))


def levels(db: Path, number: int) -> tuple[int | None, int | None]:
    """(probability, impact) of the demo risk R-<number>."""
    with open_store(db) as workspace, workspace.transaction() as s:
        risk = s.scalars(select(Risk).where(Risk.number == number)).one()
        return risk.probability, risk.impact


def test_preview_prints_the_edits_and_writes_nothing(files: tuple[Path, Path], capsys) -> None:
    """Without --apply: a table of ids, rows, old → new, the conflict mark; no write."""
    db, book = files
    with open_store(db) as workspace:
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
    with open_store(db) as workspace:
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


def test_a_verdict_and_an_action_come_back_with_apply(
    files: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    """The client's rejection of D-004 and A-005 done: listed, then applied and counted."""
    db, _ = files
    returned = fresh(db, tmp_path)
    returned.set(
        "Deliverables", "D-004", Client_verdict="Rejected", Decided_by="Jonas", Reasons="No."
    )
    returned.set("Actions", "A-005", Status="Done")
    book = str(returned.save())
    assert main(["import-edits", book, "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    [verdict] = [line for line in lines if line.startswith("D-004.verdict")]
    assert "(empty) → Rejected" in verdict
    [reasons] = [line for line in lines if line.startswith("D-004.comments")]
    assert reasons.endswith("with D-004.verdict")
    assert main(["import-edits", book, "--db", str(db), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "Applied 4 changed cells to 0 risks, 0 change requests, 1 deliverable and 1 action." in (
        out
    )


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
    with open_store(db) as workspace:
        before = snapshot(workspace)
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(message)
    with open_store(db) as workspace:
        assert snapshot(workspace) == before


def fresh(db: Path, folder: Path) -> Returned:
    """The demo project's workbook exported again from `db`, untouched by the client."""
    with open_store(db) as workspace:
        return Returned(export_demo(workspace, folder / "fresh.xlsx"))


def refusal(args: list[str], db: Path, capsys) -> str:
    """Run `args`: exit 2, one line on stderr, and the workspace file byte for byte as it was."""
    before = content(db)
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert content(db) == before
    return err[0]


def test_the_first_risks_and_changes_of_a_new_project_come_back(
    empty_template: Path, tmp_path: Path, capsys
) -> None:
    """A project without risks or change requests: rows typed into its empty tables become
    R-001 and CR-001 with --apply."""
    book = tmp_path / "ACME.xlsx"
    with open_copy_of(empty_template, tmp_path / "new.cpm") as workspace:
        make_project(workspace)
    db = workspace.address
    assert main(["export", "xlsx", "--db", str(db), "--project", "ACME-01", "-o", str(book)]) == 0
    returned = Returned(book)
    returned.add("Risks", Title="Scanner delivery late", Probability="4 - High", Impact="2 - Low")
    returned.add("Changes", Title="Second loading dock", Priority="High")
    returned.save()
    capsys.readouterr()
    assert main(["import-edits", str(book), "--db", str(db), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "\nCreated R-001, CR-001.\n" in out
    with open_store(db) as workspace, workspace.transaction() as s:
        assert [(r.title, r.probability, r.impact) for r in s.scalars(select(Risk))] == [
            ("Scanner delivery late", 4, 2)
        ]


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (
            "renamed",
            "no longer has the column 'Impact' but has the column 'Impakt', which it was "
            "not exported with (renamed?); its edits were not read.",
        ),
        ("risks member", "fresh.xlsx is not an Excel workbook (.xlsx) or is damaged."),
        ("state member", "fresh.xlsx is not an Excel workbook (.xlsx) or is damaged."),
        ("truncated", "fresh.xlsx is not an Excel workbook (.xlsx)."),
    ],
)
def test_damaged_workbooks_are_one_line_exit_2_and_write_nothing(
    files: tuple[Path, Path], tmp_path: Path, capsys, spoil: str, message: str
) -> None:
    """A renamed header, a zip member that breaks half-way (zlib.error), a cut download."""
    db, _ = files
    returned = fresh(db, tmp_path)
    returned.set("Risks", "R-001", Impact="5 - Very high")
    if spoil == "renamed":
        header = returned.header_row("Risks"), returned.column("Risks", "Impact")
        returned.book["Risks"].cell(*header).value = "Impakt"
    path = returned.save()
    if spoil.endswith("member"):
        break_stream(path, sheet_member(path, "Risks" if spoil == "risks member" else STATE_SHEET))
    elif spoil == "truncated":
        path.write_bytes(path.read_bytes()[:5000])
    for apply in ([], ["--apply"]):
        line = refusal(["import-edits", str(path), "--db", str(db), *apply], db, capsys)
        assert line.startswith("cpm-desktop: ")
        assert message in line


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        ({"Owner": '=B4&" (client)"'}, 'PROBLEM: Owner: the formula =B4&" (client)" has no calc'),
        ({"Cost_impact": 1e308}, "PROBLEM: Cost impact: '1e+308' is too large an amount."),
    ],
)
def test_cells_no_field_can_take_are_problems_and_not_applied(
    files: tuple[Path, Path], tmp_path: Path, capsys, cells: dict, problem: str
) -> None:
    """An uncalculated formula, 1e308 in a money cell: the preview marks the cell PROBLEM,
    --apply leaves it (nothing written), and accepting it by name is exit 2."""
    db, _ = files
    returned = fresh(db, tmp_path)
    returned.set("Risks", "R-001", **cells)
    path = returned.save()
    before = content(db)
    assert main(["import-edits", str(path), "--db", str(db)]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if line.startswith("R-001.")]
    assert problem in line
    assert main(["import-edits", str(path), "--db", str(db), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "Nothing was applied." in out
    assert "Not applied: 1 edit with a problem (see above)." in out
    assert content(db) == before
    [field] = [d for d in cells if d]
    ident = f"R-001.{field.lower()}"
    line = refusal(
        ["import-edits", str(path), "--db", str(db), "--apply", "--accept", ident], db, capsys
    )
    assert line.startswith(f"cpm-desktop: {ident} cannot be applied: ")
