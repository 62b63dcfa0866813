"""Writing a file: all or nothing, with a typed error naming the path, and the usual permissions."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from cpm_desktop.errors import ExportError
from cpm_desktop.files import atomic_target, write_atomically
from tests.disk_full import file_size_limit


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


def test_new_files_get_the_users_umask(tmp_path: Path) -> None:
    """A new file is readable as the umask allows (0644 under 022), not private (0600)."""
    previous = os.umask(0o022)
    try:
        write_atomically(tmp_path / "a.xlsx", b"data")
        os.umask(0o002)
        write_atomically(tmp_path / "b.xlsx", b"data")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "a.xlsx").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "b.xlsx").stat().st_mode) == 0o664


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    """Writing over a file the user made private keeps it private."""
    path = tmp_path / "out.pdf"
    path.write_bytes(b"old")
    path.chmod(0o600)
    write_atomically(path, b"new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_full_disk_keeps_the_good_file(tmp_path: Path) -> None:
    """When the disk fills during the write, the file that was there stays whole; no debris."""
    path = tmp_path / "plan.xml"
    path.write_bytes(b"good" * 10)
    with file_size_limit(1000), pytest.raises(ExportError, match="the disk is full"):
        write_atomically(path, b"x" * 100_000)
    assert path.read_bytes() == b"good" * 10
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xml"]


def test_a_failing_writer_leaves_nothing(tmp_path: Path) -> None:
    """An exception inside atomic_target removes the temporary file and keeps the old one."""
    path = tmp_path / "copy.cpm"
    path.write_bytes(b"old")

    def fail_halfway() -> None:
        with atomic_target(path) as temporary:
            temporary.write_bytes(b"half")
            raise RuntimeError("writer failed")

    with pytest.raises(RuntimeError):
        fail_halfway()
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["copy.cpm"]
