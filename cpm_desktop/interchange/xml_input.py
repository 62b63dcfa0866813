"""Reading XML from untrusted files: size limit, no entities, one clear error per problem."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_tree
from defusedxml import DefusedXmlException

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.text_values import local_number
from cpm_desktop.texts import _

# A 10,000-task MS Project XML file is about 15 MB; anything far beyond is not a plan.
MAX_IMPORT_BYTES = 64 * 1024 * 1024


def read_source(path: Path) -> bytes:
    """Read a file to import, refusing what is missing, empty or too large."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InterchangeError(_("There is no file at {path}.").format(path=path)) from None
    except OSError as exc:
        raise InterchangeError(_cannot_read(path, exc)) from exc
    if path.is_dir():
        raise InterchangeError(_("{path} is a folder, not a plan file.").format(path=path))
    if size == 0:
        raise InterchangeError(_("{name} is empty.").format(name=path.name))
    if size > MAX_IMPORT_BYTES:
        raise InterchangeError(
            _("{name} is {size} MB; files over {limit} MB are not imported.").format(
                name=path.name, size=local_number(size / 2**20), limit=MAX_IMPORT_BYTES // 2**20
            )
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InterchangeError(_cannot_read(path, exc)) from exc


def _cannot_read(path: Path, exc: OSError) -> str:
    return _("Cannot read {path}: {reason}.").format(path=path, reason=exc.strerror)


def parse_xml(data: bytes, name: str) -> Element:
    """Parse XML without entity expansion or external references (billion laughs, XXE)."""
    try:
        root: Element = safe_tree.fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException:
        raise InterchangeError(
            _(
                "{name} declares XML entities or external references, which are refused for "
                "safety; export it again from the original tool."
            ).format(name=name)
        ) from None
    except ParseError as exc:
        line, column = exc.position
        if _not_utf8(data):
            problem = _(
                "{name} is not valid UTF-8 text (line {line}, column {column}); it may be "
                "truncated or damaged."
            )
        else:
            problem = _(
                "{name} is not well-formed XML (line {line}, column {column}); it may be "
                "truncated or damaged."
            )
        raise InterchangeError(problem.format(name=name, line=line, column=column)) from None
    except LookupError:  # the XML declaration names an encoding Python has no codec for
        raise InterchangeError(
            _(
                "{name} declares a text encoding that is not known; it may be damaged, or "
                "save it again as UTF-8 from the original tool."
            ).format(name=name)
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
