"""`cpm-desktop export pdf`: the steering-committee pack; --paper; one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.services.records.pack_settings import SECTIONS
from tests.reports.pack.sample import outline_titles, page_sizes, pages_text
from tests.reports.support import A4_POINTS, LETTER_POINTS, pdffonts_rows, qpdf_check


def export(demo_file: Path, out: Path, *extra: str, project: str = DEMO_PROJECT_CODE) -> int:
    """Run `export pdf` on the demo project with `extra` arguments."""
    args = ["export", "pdf", "--db", str(demo_file), "--project", project]
    return main([*args, "-o", str(out), *extra])


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    """The single line the failed command printed on stderr."""
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def test_writes_the_pack(demo_file: Path, tmp_path: Path, capsys) -> None:
    """Exit 0, one confirmation line, an A4 pack with every section and embedded fonts."""
    out = tmp_path / "pack.pdf"
    assert export(demo_file, out, project=DEMO_PROJECT_CODE.lower()) == 0
    said = capsys.readouterr().out.strip()
    assert said == f"Wrote the steering-committee pack of {DEMO_PROJECT_CODE} to {out}."
    assert qpdf_check(out).returncode == 0
    assert all(row[-5] == "yes" for row in pdffonts_rows(out)), pdffonts_rows(out)
    # A client pack of a fixed-price project leaves out the budget and earned-value pages.
    titles = outline_titles(out)
    assert len(titles) == len(SECTIONS) - 1
    assert not any(title.startswith("Budget") for title in titles)
    assert {A4_POINTS, A4_POINTS[::-1]} == set(page_sizes(out))
    texts = pages_text(out)
    assert all(f"of {len(texts)}" in text for text in texts)


def test_internal_pack_has_every_section_and_says_so(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    """--audience internal: every section, 'Internal — not for the client' on every page."""
    out = tmp_path / "internal.pdf"
    assert export(demo_file, out, "--audience", "internal") == 0
    said = capsys.readouterr().out.strip()
    assert said == f"Wrote the internal steering-committee pack of {DEMO_PROJECT_CODE} to {out}."
    assert len(outline_titles(out)) == len(SECTIONS)
    assert all("Internal — not for the client" in text for text in pages_text(out))


def test_letter_paper(demo_file: Path, tmp_path: Path) -> None:
    """--paper letter prints on Letter pages."""
    out = tmp_path / "pack.pdf"
    assert export(demo_file, out, "--paper", "letter") == 0
    assert {LETTER_POINTS, LETTER_POINTS[::-1]} == set(page_sizes(out))


@pytest.mark.parametrize(
    ("out_name", "extra", "project", "message"),
    [
        ("pack.txt", (), DEMO_PROJECT_CODE, "should end in .pdf"),
        ("missing/pack.pdf", (), DEMO_PROJECT_CODE, "does not exist"),
        ("pack.pdf", (), "NOPE", "No project with code 'NOPE'"),
        ("pack.pdf", ("--change", "CR-001"), DEMO_PROJECT_CODE, "--change belongs"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    demo_file: Path,
    tmp_path: Path,
    capsys,
    out_name: str,
    extra: tuple[str, ...],
    project: str,
    message: str,
) -> None:
    """Each mistake exits 2 with one line naming it, and writes no file."""
    assert export(demo_file, tmp_path / out_name, *extra, project=project) == 2
    assert message in one_error_line(capsys)
    assert list(tmp_path.iterdir()) == []
