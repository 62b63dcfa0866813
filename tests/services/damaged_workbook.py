"""Damage a returned workbook below openpyxl, the way files really get damaged or rewritten.

openpyxl cannot write a broken zip, a formula with its calculated value, or a cell holding an
Excel error the way Excel stores it; these helpers change the file's zip members directly.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATION = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
LOCAL_HEADER = 30  # bytes of a zip member's local header before its name and extra field


def members(path: Path) -> dict[str, bytes]:
    """Every member of the zip at `path`, uncompressed, in order."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def sheet_member(path: Path, title: str) -> str:
    """The zip member holding the sheet `title` ("xl/worksheets/sheet4.xml")."""
    parts = members(path)
    book = ElementTree.fromstring(parts["xl/workbook.xml"])
    rid = next(s.get(RELATION) for s in book.iter(f"{MAIN}sheet") if s.get("name") == title)
    links = ElementTree.fromstring(parts["xl/_rels/workbook.xml.rels"])
    target = next(r.get("Target", "") for r in links if r.get("Id") == rid).lstrip("/")
    return target if target.startswith("xl/") else f"xl/{target}"


def write_members(path: Path, parts: dict[str, bytes]) -> None:
    """Write `parts` as the zip at `path`, each member deflated."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def break_stream(path: Path, member: str) -> None:
    """Make `member`'s compressed data invalid half-way through its rows (zlib.error).

    openpyxl reads the start of each sheet when it opens a workbook and the rest only while the
    rows are read, which is where a damaged download or USB stick made the reader fail. So the
    sheet gets 64 KB of the blank space XML allows before its rows, and is stored in
    uncompressed deflate blocks, putting the damage well past what opening reads.
    """
    parts = members(path)
    text = parts[member].replace(b"<sheetData>", b"<sheetData>" + b" " * 65_536, 1)
    rows = text.index(b"<sheetData>") + 65_536
    keep = rows + (len(text) - rows) // 2
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, text if name == member else data, compresslevel=0)
        info = archive.getinfo(member)
    data = bytearray(path.read_bytes())
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 :][:4])
    start = info.header_offset + LOCAL_HEADER + name_length + extra_length
    packer = zlib.compressobj(0, zlib.DEFLATED, -15)
    good = packer.compress(text[:keep]) + packer.flush(zlib.Z_FULL_FLUSH)
    assert len(good) < info.compress_size
    # 0xFF starts a block of the reserved type 3: "invalid block type".
    data[start : start + info.compress_size] = good + b"\xff" * (info.compress_size - len(good))
    path.write_bytes(bytes(data))


def cache_formula(path: Path, sheet: str, ref: str, value: str) -> None:
    """Give the formula openpyxl wrote in `ref` the text `value` Excel would have calculated."""
    parts = members(path)
    member = sheet_member(path, sheet)
    xml = parts[member].decode()
    cell = re.compile(rf'<c r="{ref}"([^>]*?)(?: t="\w+")?><f>(.*?)</f>(?:<v\s*/>|<v></v>)</c>')
    xml, found = cell.subn(rf'<c r="{ref}"\1 t="str"><f>\2</f><v>{escape(value)}</v></c>', xml)
    assert found == 1, f"no formula in {sheet}!{ref}"
    parts[member] = xml.encode()
    write_members(path, parts)
