"""`cpm-desktop export change-form`: a request's sign-off PDF; one-line errors on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE
from tests.reports.support import A4_POINTS, LETTER_POINTS, page_count, page_size, page_text
from tests.stores import content


def export(demo_file: Path, out: Path, *extra: str) -> int:
    """Run `export change-form` on the demo project with `extra` arguments."""
    args = ["export", "change-form", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE]
    return main([*args, "-o", str(out), *extra])


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    """The single line the failed command printed on stderr."""
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def test_writes_the_form_of_the_named_request(demo_file: Path, tmp_path: Path, capsys) -> None:
    """Exit 0, one confirmation line, and one A4 page about CR-003."""
    out = tmp_path / "CR-003.pdf"
    assert export(demo_file, out, "--change", "cr-003") == 0
    assert capsys.readouterr().out.strip() == f"Wrote the sign-off form of CR-003 to {out}."
    assert page_count(out) == 1
    assert page_size(out) == A4_POINTS
    text = page_text(out)
    assert "CR-003 Extra KPI dashboard for shift supervisors" in text
    assert "CR-003 · NHL-WMS · generated on" in text


def test_letter_paper(demo_file: Path, tmp_path: Path) -> None:
    """--paper letter lays the same form out on US Letter."""
    out = tmp_path / "letter.pdf"
    assert export(demo_file, out, "--change", "CR-006", "--paper", "letter") == 0
    assert page_size(out) == LETTER_POINTS
    assert "€46,000.00" in page_text(out)


def test_export_leaves_the_workspace_file_as_it_was(demo_file: Path, tmp_path: Path) -> None:
    """Printing a form writes no byte to the workspace."""
    before = content(demo_file)
    assert export(demo_file, tmp_path / "f.pdf", "--change", "CR-001") == 0
    assert content(demo_file) == before


def test_unknown_request_names_it_and_the_project(demo_file: Path, tmp_path: Path, capsys) -> None:
    """A reference the project does not have: exit 2, one line, no file."""
    out = tmp_path / "f.pdf"
    assert export(demo_file, out, "--change", "CR-099") == 2
    line = one_error_line(capsys)
    assert "CR-099" in line
    assert DEMO_PROJECT_CODE in line
    assert not out.exists()


def test_change_is_required_for_change_form(demo_file: Path, tmp_path: Path, capsys) -> None:
    """Without --change: exit 2 with one line saying what is missing."""
    assert export(demo_file, tmp_path / "f.pdf") == 2
    assert "--change" in one_error_line(capsys)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_one_line(demo_file: Path, tmp_path: Path, capsys) -> None:
    """An output folder that does not exist: exit 2, one line naming it."""
    assert export(demo_file, tmp_path / "nope" / "f.pdf", "--change", "CR-001") == 2
    assert "does not exist" in one_error_line(capsys)
    assert list(tmp_path.iterdir()) == []


def test_unknown_project_is_one_line(demo_file: Path, tmp_path: Path, capsys) -> None:
    """An unknown project code is reported as for the other commands."""
    args = ["export", "change-form", "--db", str(demo_file), "--project", "NOPE"]
    assert main([*args, "--change", "CR-001", "-o", str(tmp_path / "f.pdf")]) == 2
    assert "No project with code 'NOPE'" in one_error_line(capsys)


def test_mspdi_still_exports_and_refuses_form_options(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    """export mspdi works as before; --change or --paper with it is a one-line mistake."""
    base = ["export", "mspdi", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE]
    out = tmp_path / "plan.xml"
    assert main([*base, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"<?xml")
    capsys.readouterr()
    assert main([*base, "-o", str(tmp_path / "x.xml"), "--change", "CR-001"]) == 2
    assert "change-form" in one_error_line(capsys)
    assert main([*base, "-o", str(tmp_path / "x.xml"), "--paper", "letter"]) == 2
    assert "change-form" in one_error_line(capsys)
    assert not (tmp_path / "x.xml").exists()
