"""A folder made read-only the way a write-protected USB stick or a read-only share is, and a
read-only file in a folder that can be written.

As root (CI containers), permissions bind nobody, so the folder (or file) is bind-mounted onto
itself and remounted read-only: every write then fails with EROFS, whoever asks. As anyone
else, permission bits make it read-only. Where neither works, the test is skipped, saying why.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """Make `folder` (and what is in it) read-only for the duration; yield it."""
    with _read_only(folder, [p for p in folder.iterdir() if p.is_file()]):
        yield folder


@contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """Make the file `path` read-only for the duration, its folder staying writable; yield it."""
    with _read_only(path, []):
        yield path


@contextmanager
def _read_only(target: Path, files: list[Path]) -> Iterator[None]:
    if sys.platform == "win32":  # pragma: no cover
        pytest.skip("read-only media are simulated with mount or permission bits (POSIX)")
    if os.geteuid() == 0:
        with _read_only_mount(target):
            yield
    else:
        with _read_only_permissions(target, files):
            yield


@contextmanager
def _read_only_mount(target: Path) -> Iterator[None]:
    mount = shutil.which("mount")
    if mount is None:
        pytest.skip("running as root, where permission bits bind nobody, and no `mount` command")
    bound = _run(mount, "--bind", str(target), str(target))
    if bound is not None:
        pytest.skip(f"running as root and cannot bind-mount {target.name} read-only: {bound}")
    try:
        remounted = _run(mount, "-o", "remount,bind,ro", str(target))
        if remounted is not None:
            pytest.skip(f"running as root and cannot remount {target.name} read-only: {remounted}")
        if os.access(target, os.W_OK):  # pragma: no cover - a mount that ignores "ro"
            pytest.skip(f"{target} is still writable after a read-only remount")
        yield
    finally:
        failed = _run("umount", str(target))
        if failed is not None:  # pragma: no cover
            raise AssertionError(f"could not unmount the read-only bind of {target}: {failed}")


@contextmanager
def _read_only_permissions(target: Path, files: list[Path]) -> Iterator[None]:
    """chmod: 0o444 for each file, 0o555 for a folder; the old modes come back afterwards."""
    modes = {p: stat.S_IMODE(p.stat().st_mode) for p in [target, *files]}
    for path in [target, *files]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        if os.access(target, os.W_OK):  # pragma: no cover - e.g. a file system without modes
            pytest.skip(f"{target} stays writable after chmod on this file system")
        yield
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def _run(*command: str) -> str | None:
    """Run `command`; None when it worked, else what it said (or why it could not start)."""
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except OSError as exc:
        return str(exc)
    if result.returncode == 0:
        return None
    return (result.stderr or result.stdout).strip() or f"exit {result.returncode}"
