"""The package ships everything it needs: every subpackage is listed for the wheel."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_in_pyproject() -> None:
    """A subpackage missing from [tool.setuptools] packages would be absent from installs."""
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "cpm_desktop").rglob("__init__.py")
    }
    assert found - listed == set()
    assert "cpm_desktop.resources" in listed


def test_migrations_and_icons_ship_as_package_data() -> None:
    """Alembic's script template and the icons are declared as package data."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    data = config["package-data"]
    assert "migrations/script.py.mako" in data["cpm_desktop"]
    assert "*.svg" in data["cpm_desktop.resources.icons"]
    assert config["package-dir"]["cpm_desktop.resources"] == "resources"
