"""Malformed plan files thrown at every reader: a typed error or a clean import, nothing else.

Each example mutates a small valid MS Project XML, GanttProject or GNOME Planner document
(elements deleted, duplicated, moved or nested deep; values of the wrong type, huge, negative
or impossible; links to unknown tasks, to themselves or in loops; entity declarations;
truncation, random and non-UTF-8 bytes), reads it, and imports and schedules what was read in
a fresh workspace. Refusing with a CpmError is fine (then the workspace file is byte for byte
as it was); any other exception is a bug.
"""

from __future__ import annotations

import copy
import itertools
import shutil
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpm_desktop.errors import CpmError
from cpm_desktop.interchange.gan_read import read_gan
from cpm_desktop.interchange.model import Plan
from cpm_desktop.interchange.mspdi_read import read_mspdi
from cpm_desktop.interchange.planner_read import read_planner
from cpm_desktop.services.interchange.importing import import_plan
from cpm_desktop.services.plan.schedule_report import schedule_report
from cpm_desktop.workspace import create_workspace, open_workspace
from tests.interchange import test_gan_read as gan_files
from tests.interchange import test_mspdi_read as mspdi_files
from tests.interchange import test_planner_read as planner_files

Reader = Callable[[bytes, str], Plan]

# -- the seeds: small valid documents using most of what each reader reads ----------------

_M = mspdi_files
MSPDI = _M.project(
    _M.task(1, "Phase", 1, Summary=1)
    + _M.task(
        2,
        "Design",
        2,
        PercentComplete=40,
        Cost=12000,
        ActualStart="2026-09-07T08:00:00",
        ConstraintType=4,
        ConstraintDate="2026-09-08T08:00:00",
        inner="<Baseline><Number>0</Number><Start>2026-09-07T08:00:00</Start>"
        "<Finish>2026-09-07T17:00:00</Finish><Duration>PT8H0M0S</Duration>"
        "<Cost>5000</Cost></Baseline>",
    )
    + _M.task(3, "Build", 2, dur="PT20H0M0S", inner=_M.link(2, lag=4800))
    + _M.task(4, "Accepted", 1, dur="PT0H0M0S", Milestone=1, inner=_M.link(1, 0)),
    calendars=_M.calendar(
        inner=_M.exceptions(
            _M.exception("Holiday", "2026-09-10", "2026-09-10"),
            _M.exception("Yearly", "2026-12-25", "2030-12-25", Type=2, Month=11, MonthDay=25),
        )
    ),
    tail="<Resources><Resource><UID>1</UID><Name>Ana</Name></Resource></Resources>"
    "<Assignments><Assignment><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID>"
    "</Assignment></Assignments>",
)

_G = gan_files
GAN = _G.gan(
    _G.task(
        0,
        "2024-03-04",
        3,
        _G.task(1, "2024-03-04", 1, _G.depend(2))
        + _G.task(2, "2024-03-05", 2, _G.depend(3, "1", 1, "Rubber")),
        thirdDate="2024-03-04",
        thirdDate_constraint="1",
    )
    + _G.task(3, "2024-03-07", 0).replace('meeting="false"', 'meeting="true"')
    + _G.task(
        4, "2024-03-11", 2, complete="50", cost_calculated="false", cost_manual_value="120.5"
    ),
    calendar='<date year="2024" month="3" date="8" type="HOLIDAY"><![CDATA[Fair]]></date>'
    '<date year="" month="12" date="25" type="HOLIDAY"/>',
    extra='<resources><resource id="0" name="Ana"/></resources><allocations>'
    '<allocation task-id="1" resource-id="0" responsible="true"/></allocations>'
    '<previous><previous-tasks name="B"><previous-task id="1" start="2024-03-04" '
    'duration="1" meeting="false"/></previous-tasks></previous>',
).replace(b'complete="0" expand="true" complete="50"', b'expand="true" complete="50"')

_P = planner_files
PLANNER = _P.planner(
    _P.ptask(
        1,
        "20240304T0800",
        "20240306T1700",
        _P.ptask(2, "20240304T0800", "20240304T1700")
        + _P.ptask(3, "20240305T0800", "20240306T1700", _P.pred(2, "FS", 86400)),
    )
    + _P.ptask(4, "20240307T0800", "20240307T0800", _P.pred(1, "SS"), type="milestone")
    + _P.ptask(
        5,
        "20240308T0800",
        "20240308T1700",
        '<constraint type="start-no-earlier-than" time="20240308T000000Z"/>',
        percent_complete="30",
    ),
    cal=_P.calendar('<day date="20240311" type="day-type" id="1"/>').replace(
        "</calendar>",
        '<calendar id="2" name="Derived"><default-week mon="2" '
        'tue="2" wed="2" thu="2" fri="2" sat="1" sun="1"/></calendar></calendar>',
    ),
    extra='<resources><resource id="1" name="Ana" short-name="A"/></resources><allocations>'
    '<allocation task-id="2" resource-id="1" units="100"/></allocations>',
)

FORMATS: dict[str, tuple[Reader, bytes, str]] = {
    "mspdi": (read_mspdi, MSPDI, "plan.xml"),
    "gan": (read_gan, GAN, "plan.gan"),
    "planner": (read_planner, PLANNER, "plan.planner"),
}

# -- what goes into a value: wrong types, huge numbers, negatives, impossible dates -------

ODD_VALUES = [
    "",
    " ",
    "-1",
    "0",
    "1",
    "-5",
    "2.5",
    "1,5",
    "0x10",
    "true",
    "yes",
    "NaN",
    "inf",
    "-inf",
    "1e309",
    "-1e309",
    "1E+999999999",
    "9" * 400,
    "9" * 5000,
    "12345678901234567890",
    "2024-02-30",
    "2024-13-01",
    "0000-00-00",
    "9999-12-31",
    "0001-01-01",
    "1899-12-31",
    "2200-01-01",
    "2024-03-04T25:00:00",
    "20240230T080000Z",
    "99991231T235959Z",
    "PT-8H",
    "-PT8H",
    "PT99999999999999H",
    "P1Y",
    "P",
    "PT",
    "PT8H0M0S",
    "P2DT4H",
    "FS",
    "XX",
    "must-start-on",
    "HOLIDAY",
    "WORKING_DAY",
    "Rubber",
    "日本語",
    "\u202e",
    "&",
]
# Numbers that once built billion-digit integers or overflowed floats: drawn often.
HOSTILE_NUMBERS = ["1E+999999999", "-1E+999999999", "9" * 5000, "1e309", "-12345678901234567890"]
values = st.one_of(
    st.sampled_from(HOSTILE_NUMBERS),
    st.sampled_from(ODD_VALUES),
    st.integers(-(10**20), 10**20).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.dates().map(lambda d: d.isoformat()),
    st.text(st.characters(codec="utf-8"), max_size=12),  # any text UTF-8 can carry
)
# Attribute names the readers look at, so mutations land where they matter.
ATTRIBUTES = [
    "id",
    "name",
    "start",
    "end",
    "work-start",
    "duration",
    "complete",
    "percent-complete",
    "meeting",
    "type",
    "difference",
    "hardness",
    "lag",
    "predecessor-id",
    "thirdDate",
    "thirdDate-constraint",
    "fixed-start",
    "year",
    "month",
    "date",
    "mon",
    "sat",
    "value",
    "task-id",
    "resource-id",
    "responsible",
    "calendar",
    "time",
    "cost-manual-value",
    "cost-calculated",
    "project-start",
    "mrproject-version",
]
ENTITY_ATTACKS = [
    b'<!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    b'<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE p [<!ENTITY % p SYSTEM "http://example.invalid/x.dtd"> %p;]>',
    b'<!DOCTYPE p SYSTEM "http://example.invalid/p.dtd">',
]


def _link(kind: str, target: str, link_type: str, lag: str) -> ET.Element:
    """A link element of the format, naming `target` (which may be unknown or the task itself)."""
    if kind == "mspdi":
        element = ET.Element("PredecessorLink")
        for tag, text in (("PredecessorUID", target), ("Type", link_type), ("LinkLag", lag)):
            ET.SubElement(element, tag).text = text
        return element
    if kind == "gan":
        return ET.Element("depend", id=target, type=link_type, difference=lag)
    holder = ET.Element("predecessors")
    ET.SubElement(
        holder, "predecessor", {"id": "1", "predecessor-id": target, "type": link_type, "lag": lag}
    )
    return holder


@st.composite
def tree_mutants(draw: st.DrawFn, kind: str) -> bytes:
    """The seed of `kind` with one to four structural or value mutations."""
    ET.register_namespace("", "http://schemas.microsoft.com/project")
    root = ET.fromstring(FORMATS[kind][1])
    tasks_tag = "{http://schemas.microsoft.com/project}Task" if kind == "mspdi" else "task"
    for step in range(draw(st.integers(1, 4))):
        parent_of = {child: parent for parent in root.iter() for child in parent}
        elements = list(parent_of)
        target = draw(st.sampled_from(elements))
        parent = parent_of[target]
        tasks = [e for e in elements if e.tag == tasks_tag]
        operation = draw(
            st.sampled_from(
                ["delete", "duplicate", "move", "text", "attribute", "link", "nest", "sweep"]
            )
        )
        if operation == "delete":
            parent.remove(target)
        elif operation == "duplicate":
            parent.insert(list(parent).index(target), copy.deepcopy(target))
        elif operation == "move":
            destination = draw(st.sampled_from([root, *elements]))
            if destination is not target and target not in destination.iter():
                parent.remove(target)
                destination.append(target)
        elif operation == "text":
            target.text = draw(values)
        elif operation == "attribute":
            names = sorted({*target.attrib, *ATTRIBUTES})
            target.set(draw(st.sampled_from(names)), draw(values))
        elif operation == "sweep" and tasks:
            # Every field of one task at once: each value read meets some odd one.
            task = draw(st.sampled_from(tasks))
            for name in list(task.attrib):
                task.set(name, draw(values))
            for leaf in task.iter():
                if leaf is not task and len(leaf) == 0:
                    leaf.text = draw(values)
        elif operation == "link" and tasks:
            task = draw(st.sampled_from(tasks))
            ids = [t.get("id") or t.findtext("{*}UID") or "1" for t in tasks]
            own = task.get("id") or task.findtext("{*}UID") or "1"
            goal = draw(st.one_of(st.sampled_from([*ids, own, own]), values))
            link_type = draw(st.one_of(st.sampled_from(["1", "2", "3", "4", "FS", "SF"]), values))
            task.append(_link(kind, goal, link_type, draw(values)))
        elif operation == "nest" and tasks:
            # A chain of copies, each inside the one before (GanttProject and Planner nest
            # tasks; in MS Project XML rising OutlineLevels nest them).
            task = draw(st.sampled_from(tasks))
            depth = draw(st.integers(2, 60))
            if kind == "mspdi":
                at = list(parent_of[task]).index(task)
                for level in range(depth):
                    twin = copy.deepcopy(task)
                    for old in twin.findall("{*}OutlineLevel"):
                        old.text = str(level + 2)
                    for uid in twin.findall("{*}UID"):
                        uid.text = str(1000 * (step + 1) + level)
                    parent_of[task].insert(at + 1 + level, twin)
            else:
                holder = task
                for level in range(depth):
                    twin = ET.SubElement(holder, "task", dict(task.attrib))
                    twin.set("id", str(1000 * (step + 1) + level))
                    holder = twin
    written: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return written


@st.composite
def byte_mutants(draw: st.DrawFn, kind: str) -> bytes:
    """The seed of `kind` cut, spliced, re-encoded, given entities, or random bytes."""
    data = FORMATS[kind][1]
    operation = draw(
        st.sampled_from(["truncate", "splice", "latin-1", "utf-16", "entity", "random"])
    )
    if operation == "truncate":
        return data[: draw(st.integers(0, len(data)))]
    if operation == "splice":
        at = draw(st.integers(0, len(data)))
        cut = draw(st.integers(0, 40))
        return data[:at] + draw(st.binary(max_size=24)) + data[at + cut :]
    if operation == "latin-1":  # a non-ASCII name in Latin-1 under a UTF-8 declaration
        return data.replace(b'name="', b'name="\xe9t\xe9 ', 1).replace(b"<Name>", b"<Name>\xe9", 1)
    if operation == "utf-16":
        return data.decode("utf-8").encode(draw(st.sampled_from(["utf-16", "utf-16-be"])))
    if operation == "entity":
        attack = draw(st.sampled_from(ENTITY_ATTACKS))
        head, _, body = data.partition(b"?>")
        return head + b"?>" + attack + body.replace(b">", b">&a;", 1)
    return draw(st.binary(max_size=300))


# -- the property -----------------------------------------------------------------------------

_numbers = itertools.count()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty workspace, made once and copied for each example (a fresh one each time)."""
    folder = tmp_path_factory.mktemp("fuzz")
    create_workspace(folder / "template.cpm").close()
    return folder / "template.cpm"


def _file_bytes(path: Path) -> bytes:
    """The workspace file and its write-ahead log, as they are on disk."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def read_import_schedule(kind: str, data: bytes, template: Path) -> None:
    """Read `data`; import and schedule a plan read; only CpmError may refuse, leaving no trace."""
    reader, _, name = FORMATS[kind]
    try:
        plan = reader(data, name)
    except CpmError:
        return
    path = template.with_name(f"w{next(_numbers)}.cpm")
    shutil.copy(template, path)
    workspace = open_workspace(path, backup=False)
    try:
        before = _file_bytes(path)
        try:
            result = workspace.run(import_plan, plan)
        except CpmError:
            assert _file_bytes(path) == before
            return
        report = workspace.run(schedule_report, result.project_id)
        assert len(report.rows) == len(plan.tasks)
        assert all(isinstance(line, str) for line in result.lines())
    finally:
        workspace.close()
        for leftover in path.parent.glob(f"{path.name}*"):
            leftover.unlink()


FUZZ = settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_each_seed_imports_cleanly(kind: str, template: Path) -> None:
    """The unmutated seeds read, import and schedule: the mutants start from valid files."""
    reader, data, name = FORMATS[kind]
    assert len(reader(data, name).tasks) >= 4
    read_import_schedule(kind, data, template)


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_mangled_structure_and_values_are_refused_or_imported(kind: str, template: Path) -> None:
    """Deleted, duplicated, moved, deep-nested elements; odd values; links anywhere."""

    @FUZZ
    @given(data=tree_mutants(kind))
    def run(data: bytes) -> None:
        read_import_schedule(kind, data, template)

    run()


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_mangled_bytes_are_refused_or_imported(kind: str, template: Path) -> None:
    """Truncated, spliced, re-encoded files, entity declarations and random bytes."""

    @settings(FUZZ, max_examples=60)
    @given(data=byte_mutants(kind))
    def run(data: bytes) -> None:
        read_import_schedule(kind, data, template)

    run()
