"""Writing a report: all or nothing, with a typed error naming the path."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from cpm_desktop.errors import ExportError
from cpm_desktop.reports.files import write_atomically


def test_writes_and_replaces(tmp_path: Path) -> None:
    """A new file is written; an existing one is replaced whole; no temporary file stays."""
    path = tmp_path / "out.pdf"
    assert write_atomically(path, b"first") == path
    write_atomically(path, b"second")
    assert path.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_missing_folder_is_an_export_error(tmp_path: Path) -> None:
    """A path in a folder that does not exist is refused naming the folder; nothing is made."""
    with pytest.raises(ExportError, match="does not exist"):
        write_atomically(tmp_path / "nope" / "out.pdf", b"data")
    assert list(tmp_path.iterdir()) == []


def test_folder_as_target_is_an_export_error(tmp_path: Path) -> None:
    """Writing over a folder is refused."""
    with pytest.raises(ExportError, match="is a folder"):
        write_atomically(tmp_path, b"data")


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    """If the final rename fails, the old file is untouched and the temporary file is gone."""
    path = tmp_path / "out.pdf"
    path.write_bytes(b"old")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="Permission denied"):
        write_atomically(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_folder_without_write_access_is_an_export_error(tmp_path: Path, monkeypatch) -> None:
    """A folder the user may not write to gives an ExportError, not an OSError."""

    def refuse(**_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    # chmod cannot lock root (CI) out of a folder, so the refusal comes from the OS call.
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match=r"Cannot write .*out\.pdf: Permission denied"):
        write_atomically(tmp_path / "out.pdf", b"data")
    assert list(tmp_path.iterdir()) == []
