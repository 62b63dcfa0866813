"""Reading XML from untrusted files: size limit, no entities, one clear error per problem."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_tree
from defusedxml import DefusedXmlException

from cpm_desktop.errors import InterchangeError

# A 10,000-task MS Project XML file is about 15 MB; anything far beyond is not a plan.
MAX_IMPORT_BYTES = 64 * 1024 * 1024


def read_source(path: Path) -> bytes:
    """Read a file to import, refusing what is missing, empty or too large."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InterchangeError(f"There is no file at {path}.") from None
    except OSError as exc:
        raise InterchangeError(f"Cannot read {path}: {exc.strerror}.") from exc
    if path.is_dir():
        raise InterchangeError(f"{path} is a folder, not a plan file.")
    if size == 0:
        raise InterchangeError(f"{path.name} is empty.")
    if size > MAX_IMPORT_BYTES:
        raise InterchangeError(
            f"{path.name} is {size / 2**20:.0f} MB; files over "
            f"{MAX_IMPORT_BYTES // 2**20} MB are not imported."
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InterchangeError(f"Cannot read {path}: {exc.strerror}.") from exc


def parse_xml(data: bytes, name: str) -> Element:
    """Parse XML without entity expansion or external references (billion laughs, XXE)."""
    try:
        root: Element = safe_tree.fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException:
        raise InterchangeError(
            f"{name} declares XML entities or external references, which are refused for "
            "safety; export it again from the original tool."
        ) from None
    except ParseError as exc:
        line, column = exc.position
        reason = "is not valid UTF-8 text" if _not_utf8(data) else "is not well-formed XML"
        raise InterchangeError(
            f"{name} {reason} (line {line}, column {column}); it may be truncated or damaged."
        ) from None
    return root


def local_name(element: Element) -> str:
    """Return a tag without its namespace: '{http://...}Task' -> 'Task'."""
    return element.tag.rsplit("}", 1)[-1]


def nested(holder: Element, tag: str) -> Iterator[tuple[Element, Element | None]]:
    """Each `tag` element nested under `holder` with its `tag` parent (None at the top).

    Parents come before their children, in document order. A loop, not recursion: a file
    nested 100,000 deep reads like any other (Python's recursion limit is 1,000).
    """
    stack: list[tuple[Element, Element | None]] = [(e, None) for e in holder.findall(tag)]
    stack.reverse()
    while stack:
        element, parent = stack.pop()
        yield element, parent
        children = element.findall(tag)
        children.reverse()
        stack.extend((child, element) for child in children)


def _not_utf8(data: bytes) -> bool:
    head = data[:200].lower()
    if b"encoding=" in head and b"utf-8" not in head:
        return False  # a declared other encoding is the parser's business
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False
