"""Damage a workspace the way a failing disk does: garbage inside one table's pages.

The file header and the schema stay readable, so the file is still recognised as ours and its
schema revision can be read; only the named table's rows cannot.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import BinaryIO

from cpm_desktop.workspace.sqlite_files import SIDECARS, sidecar

TABLE_LEAF, TABLE_INTERIOR = 0x0D, 0x05
LEAF_HEADER, INTERIOR_HEADER = 8, 12


def damage_table(path: Path, table: str = "task") -> int:
    """Overwrite all after the header of a leaf page of `table` in the closed workspace `path`.

    Returns the number of the page damaged. Refuses a file with a WAL beside it: its pages
    may not all be in the file yet.
    """
    if any(sidecar(path, suffix).exists() for suffix in SIDECARS):
        raise AssertionError(f"{path} is open or was not closed cleanly; close it first")
    page_size, root = _table_root(path, table)
    with open(path, "r+b") as handle:
        page = _leaf_below(handle, root, page_size)
        start = (page - 1) * page_size + _header_offset(page)
        handle.seek(start)
        cells = int.from_bytes(handle.read(LEAF_HEADER)[3:5], "big")
        # After the leaf's 8-byte header come its 2-byte cell pointers, then the cells. Every
        # pointer is aimed at the middle of the page and everything after them is 0xFF: each
        # cell then claims an impossible size and overflow page, which SQLite cannot miss.
        # (Pointers past the page alone are not enough: SQLite masks them into the page and
        # may read a harmless empty row there.)
        pointers = (page_size // 2).to_bytes(2, "big") * cells
        handle.seek(start + LEAF_HEADER)
        handle.write(pointers + b"\xff" * (page_size * page - handle.tell() - len(pointers)))
    return page


def damaged_copy(source: Path, target: Path, table: str = "task") -> Path:
    """Copy the closed workspace `source` to `target`, then damage `table` in the copy."""
    shutil.copyfile(source, target)
    damage_table(target, table)
    return target


def truncate(path: Path) -> None:
    """Cut the file to half its size, as an interrupted copy leaves it."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(size // 2)


def _table_root(path: Path, table: str) -> tuple[int, int]:
    """The page size and `table`'s root page, read without writing anything beside the file."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        row = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    finally:
        connection.close()
    if row is None:
        raise AssertionError(f"{path} has no table {table!r}")
    return int(page_size), int(row[0])


def _leaf_below(handle: BinaryIO, page: int, page_size: int) -> int:
    """Follow right-most child pointers from `page` down to a table leaf page."""
    while True:
        handle.seek((page - 1) * page_size + _header_offset(page))
        header = handle.read(INTERIOR_HEADER)
        if header[0] == TABLE_LEAF:
            return page
        if header[0] != TABLE_INTERIOR:
            raise AssertionError(f"page {page} is not a table b-tree page ({header[0]:#x})")
        page = int.from_bytes(header[8:12], "big")


def _header_offset(page: int) -> int:
    """Page 1 starts with the 100-byte file header; the b-tree header follows it."""
    return 100 if page == 1 else 0
