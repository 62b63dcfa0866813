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

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

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
    """Write `parts` as the zip at `path`, each member deflated (fast, not small)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def break_stream(path: Path, *names: str) -> None:
    """Make each named member's compressed data invalid half-way through its rows (zlib.error).

    openpyxl reads the start of each sheet when it opens a workbook and the rest only while the
    rows are read, which is where a damaged download or USB stick made the reader fail. So the
    sheet gets 64 KB of the blank space XML allows before its rows, and is stored in
    uncompressed deflate blocks, putting the damage well past what opening reads.
    """
    parts = members(path)
    keep: dict[str, int] = {}
    for name in names:
        text = parts[name].replace(b"<sheetData>", b"<sheetData>" + b" " * 65_536, 1)
        rows = text.index(b"<sheetData>") + 65_536
        parts[name], keep[name] = text, rows + (len(text) - rows) // 2
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data, compresslevel=0)
        infos = [archive.getinfo(name) for name in names]
    data = bytearray(path.read_bytes())
    for info in infos:
        name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 :][:4])
        start = info.header_offset + LOCAL_HEADER + name_length + extra_length
        packer = zlib.compressobj(0, zlib.DEFLATED, -15)
        good = packer.compress(parts[info.filename][: keep[info.filename]])
        good += packer.flush(zlib.Z_FULL_FLUSH)
        assert len(good) < info.compress_size
        # 0xFF starts a block of the reserved type 3: "invalid block type".
        garbage = b"\xff" * (info.compress_size - len(good))
        data[start : start + info.compress_size] = good + garbage
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


# -- cells and rows of a sheet's XML, as another program might have written them ---------------


def set_cell(xml: str, ref: str, markup: str) -> str:
    """`xml` with the cell `ref` replaced by `markup` ({style} takes the old cell's style), or
    added in column order to its row (the row added at the end if there is none)."""
    old = re.search(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)', xml)
    style = re.search(r'\ss="\d+"', old.group(1)) if old else None
    markup = markup.replace("{style}", style.group(0) if style else "")
    if old is not None:
        return xml[: old.start()] + markup + xml[old.end() :]
    column, row = coordinate_from_string(ref)
    line = re.search(rf'<row r="{row}"[^>]*>(.*?)</row>', xml)
    if line is None:
        return xml.replace("</sheetData>", f'<row r="{row}">{markup}</row></sheetData>', 1)
    number = column_index_from_string(column)
    later = [
        m.start()
        for m in re.finditer(r'<c r="([A-Z]+)\d+"', line.group(1))
        if column_index_from_string(m.group(1)) > number
    ]
    at = line.start(1) + (later[0] if later else len(line.group(1)))
    return xml[:at] + markup + xml[at:]


def drop_column(xml: str, letter: str) -> str:
    """`xml` without any cell of the column `letter` (a deleted column, the rest not moved)."""
    return re.sub(rf'<c r="{letter}\d+"[^>]*?(?:/>|>.*?</c>)', "", xml)


def drop_row(xml: str, number: int) -> str:
    """`xml` without row `number`."""
    return re.sub(rf'<row r="{number}"[^>]*?(?:/>|>.*?</row>)', "", xml)
