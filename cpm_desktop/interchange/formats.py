"""Which reader or writer a file needs, by its extension or, failing that, its content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.model import Plan
from cpm_desktop.interchange.xml_input import read_source
from cpm_desktop.texts import _

Reader = Callable[[bytes, str], Plan]

SUFFIXES = {".xml": "mspdi", ".gan": "gan", ".planner": "planner", ".mrproject": "planner"}
IMPORT_FILTER = (
    "Project plans (*.xml *.gan *.planner *.mrproject);;MS Project XML (*.xml);;"
    "GanttProject (*.gan);;GNOME Planner (*.planner *.mrproject)"
)


def read_plan_file(path: Path) -> Plan:
    """Read any supported plan file into a Plan, or raise InterchangeError saying why not."""
    data = read_source(path)
    return reader_for(detect_format(path, data))(data, path.name)


def detect_format(path: Path, data: bytes) -> str:
    """'mspdi', 'gan' or 'planner': from the extension, else from the root element."""
    known = SUFFIXES.get(path.suffix.lower())
    if known:
        return known
    head = data[:4096]
    if b"schemas.microsoft.com/project" in head:
        return "mspdi"
    if b"mrproject-version" in head:
        return "planner"
    if b"<project" in head and b"<tasks" in data[:65536]:
        return "gan"
    raise InterchangeError(
        _(
            "{name} is not a plan file CPM Desktop reads: use MS Project XML (.xml), "
            "GanttProject (.gan) or GNOME Planner (.planner)."
        ).format(name=path.name)
    )


def reader_for(kind: str) -> Reader:
    """The parser of one format (imported on demand: each is a sizeable module)."""
    if kind == "mspdi":
        from cpm_desktop.interchange.mspdi_read import read_mspdi

        return read_mspdi
    if kind == "gan":
        from cpm_desktop.interchange.gan_read import read_gan

        return read_gan
    from cpm_desktop.interchange.planner_read import read_planner

    return read_planner
