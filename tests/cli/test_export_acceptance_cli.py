"""`cpm-desktop export acceptance`: a deliverable's certificate PDF; one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE
from tests.reports.support import A4_POINTS, LETTER_POINTS, page_count, page_size, page_text
from tests.stores import content


def export(demo_file: Path, out: Path, *extra: str) -> int:
    """Run `export acceptance` on the demo project with `extra` arguments."""
    args = ["export", "acceptance", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE]
    return main([*args, "-o", str(out), *extra])


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    """The single line the failed command printed on stderr."""
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def test_writes_the_certificate_of_the_named_deliverable(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 0, one confirmation line, and one A4 page certifying D-001."""
    out = tmp_path / "D-001.pdf"
    assert export(demo_file, out, "--deliverable", "d-001") == 0
    expected = f"Wrote the acceptance certificate of D-001 to {out}."
    assert capsys.readouterr().out.strip() == expected
    assert page_count(out) == 1
    assert page_size(out) == A4_POINTS
    text = page_text(out)
    assert "Acceptance certificate D-001" in text
    assert "D-001 Project charter" in text
    assert "Henrik Sørensen (Nordhaven)" in text
    assert f"D-001 · {DEMO_PROJECT_CODE} · generated on" in text


def test_letter_paper_and_format_after_the_options(demo_file: Path, tmp_path: Path) -> None:
    """--paper letter lays it out on US Letter; the format word may follow the options."""
    out = tmp_path / "letter.pdf"
    args = ["export", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE, "acceptance"]
    assert main([*args, "--deliverable", "D-003", "--paper", "letter", "-o", str(out)]) == 0
    assert page_size(out) == LETTER_POINTS
    assert "Night shift returns not covered." in page_text(out)


def test_export_leaves_the_workspace_file_as_it_was(demo_file: Path, tmp_path: Path) -> None:
    """Printing a certificate writes no byte to the workspace."""
    before = content(demo_file)
    assert export(demo_file, tmp_path / "c.pdf", "--deliverable", "D-002") == 0
    assert content(demo_file) == before


def test_unknown_deliverable_names_it_and_the_project(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reference the project does not have: exit 2, one line, no file."""
    out = tmp_path / "c.pdf"
    assert export(demo_file, out, "--deliverable", "D-099") == 2
    line = one_error_line(capsys)
    assert "D-099" in line
    assert DEMO_PROJECT_CODE in line
    assert not out.exists()


def test_deliverable_is_required(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --deliverable: exit 2 with one line saying what is missing."""
    assert export(demo_file, tmp_path / "c.pdf") == 2
    assert "--deliverable" in one_error_line(capsys)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_one_line(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An output folder that does not exist: exit 2, one line naming it."""
    assert export(demo_file, tmp_path / "nope" / "c.pdf", "--deliverable", "D-001") == 2
    assert "does not exist" in one_error_line(capsys)
    assert list(tmp_path.iterdir()) == []


def test_unknown_project_is_one_line(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown project code is reported as for the other commands."""
    args = ["export", "acceptance", "--db", str(demo_file), "--project", "NOPE"]
    assert main([*args, "--deliverable", "D-001", "-o", str(tmp_path / "c.pdf")]) == 2
    assert "No project with code 'NOPE'" in one_error_line(capsys)
