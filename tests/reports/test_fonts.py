"""The embedded font family: shipped with its licence, registered once, covering € ł ü."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from cpm_desktop.reports.pdf.fonts import BOLD, FILES, OBLIQUE, REGULAR, register_fonts


def test_font_files_and_licence_ship_as_resources() -> None:
    """Each TTF, the licence and the README are package resources."""
    folder = files("cpm_desktop.resources").joinpath("fonts")
    for filename in (*FILES.values(), "LICENSE-DejaVu.txt", "README.md"):
        assert folder.joinpath(filename).is_file(), filename
    assert "Bitstream Vera" in folder.joinpath("LICENSE-DejaVu.txt").read_text()


def test_fonts_are_declared_as_package_data() -> None:
    """Installed copies (wheels, PyInstaller) carry the fonts and their licence."""
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    config = tomllib.loads(pyproject.read_text())["tool"]["setuptools"]
    assert "cpm_desktop.resources.fonts" in config["packages"]
    assert {"*.ttf", "*.txt"} <= set(config["package-data"]["cpm_desktop.resources.fonts"])


def test_registration_is_idempotent() -> None:
    """A second registration neither fails nor replaces the fonts already in use."""
    assert register_fonts() == REGULAR
    first = pdfmetrics.getFont(REGULAR)
    assert register_fonts() == REGULAR
    assert pdfmetrics.getFont(REGULAR) is first
    assert {REGULAR, BOLD, OBLIQUE} <= set(pdfmetrics.getRegisteredFontNames())


def test_every_face_has_the_characters_clients_type() -> None:
    """€, £, ł, ü, é, ø and the dash have real glyphs in every face, not the missing box."""
    register_fonts()
    for name in (REGULAR, BOLD, OBLIQUE):
        face = pdfmetrics.getFont(name).face
        for char in "€£łüéøŁ—·…":
            assert ord(char) in face.charToGlyph, (name, char)
