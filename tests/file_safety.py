"""Helpers of the file-safety tests (damaged files, full disks, read-only media, restore):
a demo workspace to copy, what a folder holds, every row of a file, and the check of a
one-line refusal.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests import templates


def demo_master(factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, written on first use in this session's temporary folder.

    Building it takes about a second; the file-safety modules only copy it, and never open
    it, so that it stays as the demo wrote it. It is the session's demo template (the file
    tests/conftest.py's `demo_template` gives).
    """
    return templates.demo_template(factory)


def files_below(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` by relative path, with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def one_line_refusal(code: int, err: str, needle: str = "") -> str:
    """A refusal by `main([...])`: exit 2, one stderr line naming the problem; return it."""
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert needle in lines[0]
    return lines[0]


def rows_of(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of a workspace file, by rowid, read straight from it."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: connection.execute(f'SELECT rowid, * FROM "{name}" ORDER BY rowid').fetchall()
            for name in names
        }
    finally:
        connection.close()
