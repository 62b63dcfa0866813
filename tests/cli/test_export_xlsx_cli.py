"""`cpm-desktop export xlsx`: the client workbook of a project; one-line errors on bad input."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE
from tests.stores import content


def export(demo_file: Path, out: Path, *extra: str, project: str = DEMO_PROJECT_CODE) -> int:
    """Run `export xlsx` on a project of the demo with `extra` arguments."""
    args = ["export", "xlsx", "--db", str(demo_file), "--project", project]
    return main([*args, "-o", str(out), *extra])


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    """The single line the failed command printed on stderr."""
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def test_writes_the_client_workbook(demo_file: Path, tmp_path: Path, capsys) -> None:
    """Exit 0, one confirmation line, and a client's workbook with its twelve sheets (no
    Costs sheet: the demo project is fixed-price) and the state."""
    out = tmp_path / "client.xlsx"
    assert export(demo_file, out, project="nhl-wms") == 0
    assert capsys.readouterr().out.strip() == (
        f"Wrote the client workbook of {DEMO_PROJECT_CODE} to {out}."
    )
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Summary",
        "Schedule",
        "Milestones",
        "Risks",
        "Changes",
        "Deliverables",
        "Actions",
        "Billing",
        "Feedback",
        "Decisions",
        "Team",
        "Workload",
        "_cpm",
    ]
    assert book["_cpm"]["B3"].value == DEMO_PROJECT_CODE


def test_the_other_project_in_its_own_currency(demo_file: Path, tmp_path: Path) -> None:
    """The Swiss project's amounts are in francs."""
    out = tmp_path / "alp.xlsx"
    assert export(demo_file, out, project="ALP-CC") == 0
    summary = openpyxl.load_workbook(out)["Summary"]
    budget = next(
        row[1] for row in summary.iter_rows(max_col=2) if row[0].value == "Original contract value"
    )
    assert "CHF" in budget.number_format


def test_export_leaves_the_workspace_file_as_it_was(demo_file: Path, tmp_path: Path) -> None:
    """Exporting writes no byte to the workspace."""
    before = content(demo_file)
    assert export(demo_file, tmp_path / "w.xlsx") == 0
    assert content(demo_file) == before


def test_unknown_project_is_one_line(demo_file: Path, tmp_path: Path, capsys) -> None:
    """An unknown code: exit 2, one line naming it, no file."""
    assert export(demo_file, tmp_path / "w.xlsx", project="NOPE") == 2
    assert "No project with code 'NOPE'" in one_error_line(capsys)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_one_line(demo_file: Path, tmp_path: Path, capsys) -> None:
    """An output folder that does not exist: exit 2, one line naming it."""
    assert export(demo_file, tmp_path / "nope" / "w.xlsx") == 2
    assert "does not exist" in one_error_line(capsys)


def test_a_folder_as_output_is_one_line(demo_file: Path, tmp_path: Path, capsys) -> None:
    """-o naming a folder: exit 2, one line; the folder is left alone."""
    (tmp_path / "w.xlsx").mkdir()
    assert export(demo_file, tmp_path / "w.xlsx") == 2
    assert "is a folder" in one_error_line(capsys)
    assert (tmp_path / "w.xlsx").is_dir()


def test_output_must_be_an_xlsx(demo_file: Path, tmp_path: Path, capsys) -> None:
    """Another extension would open as nothing: exit 2, one line."""
    assert export(demo_file, tmp_path / "w.xls") == 2
    assert ".xlsx" in one_error_line(capsys)
    assert list(tmp_path.iterdir()) == []


def test_form_options_do_not_belong_to_xlsx(demo_file: Path, tmp_path: Path, capsys) -> None:
    """--change or --paper with xlsx is a one-line mistake."""
    assert export(demo_file, tmp_path / "w.xlsx", "--paper", "a4") == 2
    assert "change-form" in one_error_line(capsys)
    assert list(tmp_path.iterdir()) == []
