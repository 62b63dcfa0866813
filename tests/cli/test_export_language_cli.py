"""`export ... --lang`: a file is written in its client's language unless the command names
another; a language we do not write is one clear line and no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.support import assert_one_line_error, run_main
from tests.templates import copy_of

CLIENT = "Nordhaven Logistics GmbH"  # the demo's client of NHL-WMS


@pytest.fixture(scope="module")
def german_client(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """The demo whose NHL-WMS client reads German (de_DE), as `cpm-desktop demo` writes it."""
    path = copy_of(demo_template, tmp_path_factory.mktemp("language") / "demo.cpm")
    result = run_main("client", "set", "--db", str(path), "--client", CLIENT, "--language", "de")
    assert result.returncode == 0, result.stderr
    return path


def pack_text(workspace: Path, out: Path, *options: str) -> str:
    """The text of the pack `export pdf` writes with `options`."""
    result = run_main(
        "export", "pdf", "--db", str(workspace), "--project", "NHL-WMS", "-o", str(out), *options
    )
    assert result.returncode == 0, result.stderr
    return " ".join(page.extract_text() for page in PdfReader(out).pages[:3])


def test_the_pack_follows_the_client_unless_told_otherwise(
    german_client: Path, tmp_path: Path
) -> None:
    """Without --lang the German client's pack has German dates and money; --lang en and
    --lang fr write those languages' instead."""
    german = pack_text(german_client, tmp_path / "de.pdf")
    english = pack_text(german_client, tmp_path / "en.pdf", "--lang", "en")
    french = pack_text(german_client, tmp_path / "fr.pdf", "--lang", "fr_FR")
    assert "18. Mai 2027" in german
    assert "592.500,00 €" in german
    assert "18 May 2027" in english
    assert "€592,500.00" in english
    assert "18 mai 2027" in french
    assert "592 500,00 €" in french.replace("\u202f", " ").replace("\u00a0", " ")


def test_a_language_we_do_not_write_is_refused_and_writes_nothing(
    german_client: Path, tmp_path: Path
) -> None:
    """--lang xx names the languages there are; no file is left."""
    out = tmp_path / "pack.pdf"
    for kind in ("pdf", "xlsx"):
        target = out.with_suffix(f".{kind}")
        result = run_main(
            "export", kind, "--db", str(german_client), "--project", "NHL-WMS",
            "-o", str(target), "--lang", "xx",
        )  # fmt: skip
        assert_one_line_error(result, "The language must be one of")
        assert not target.exists()


def test_ms_project_xml_has_no_reader_language(german_client: Path, tmp_path: Path) -> None:
    """--lang on mspdi is refused with the formats it belongs to."""
    result = run_main(
        "export", "mspdi", "--db", str(german_client), "--project", "NHL-WMS",
        "-o", str(tmp_path / "plan.xml"), "--lang", "de",
    )  # fmt: skip
    assert_one_line_error(result, "--lang belongs to")
