"""Generated hostile workbooks thrown at import-edits: a typed error or a clean import, no other.

Each example starts from the demo project's real exported workbook and damages it: bytes of the
file or of a zip member, members removed or renamed, a member's compressed data broken, cells
given hostile values in the XML itself (huge numbers, NaN and infinity, formulas with and
without a value, errors, dates no calendar holds, very long text, wrong types, header texts),
columns and rows deleted, headers shuffled, the hidden state sheet tampered with. Then the
preview, the CLI's rendering of it and an apply of everything it offers (rolled back) must end
in a CpmError of one line or succeed, and a refusal must leave the workspace file byte for byte.
"""

from __future__ import annotations

import random
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.cli.render.edits import edits_json, edits_table
from cpm_desktop.errors import CpmError
from cpm_desktop.models import ActionItem, Deliverable
from cpm_desktop.reports.excel.content import STATE_SHEET
from cpm_desktop.services.client_workbook.edits import (
    EditPreview,
    apply_client_edits,
    preview_client_edits,
)
from cpm_desktop.services.client_workbook.tables import READ_BACK_LAYOUTS, UPDATE_ONLY
from cpm_desktop.workspace import Workspace
from tests.services.damaged_workbook import (
    break_stream,
    drop_column,
    drop_row,
    members,
    set_cell,
    sheet_member,
    write_members,
)
from tests.services.returned_workbook import export_demo, open_copy
from tests.services.support import snapshot
from tests.stores import content

HEADER_ROW = 3
# The demo's rows (Risks 4-21, Changes 4-11, Deliverables 4-12, Actions 4-17) and the first
# rows below them.
ROWS = st.one_of(st.integers(HEADER_ROW + 1, 12), st.integers(HEADER_ROW + 1, 26))
COLUMNS = {sheet: len(columns) + 1 for sheet, columns in READ_BACK_LAYOUTS.items()}  # + Key
ALL_COLUMNS = [c for columns in READ_BACK_LAYOUTS.values() for c in columns]
WORDS = sorted(
    {c.header for c in ALL_COLUMNS}
    | {label for c in ALL_COLUMNS for label in c.choices}
    | {"Key", "Yes", "No", "R1", "C1", "R2", "C9", "R" + "9" * 30, "2026-12-01", "2026-02-30"}
    | {"D1", "D4", "A1", "A14", "D" + "9" * 30, "Henrik Sørensen", "2026-11-19", "1900-01-01"}
    | {"0000-01-01", "9999-12-31", "=1+1", "+A1", "@SUM(A1)", "#REF!", "NaN", "-Infinity"}
    | {"1e308", "1E999", "9" * 40, " ", "", '{"title": 1}', "[" * 3000, "null"}
)
LEGAL = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
TEXTS = st.one_of(
    st.sampled_from(WORDS),
    st.text(st.one_of(LEGAL, st.sampled_from("\n\t")), max_size=24),
    st.integers(0, 40_000).map(lambda n: "Ü" * n),  # past what a cell and the services take
)
NUMBERS = st.one_of(
    st.floats().map(repr),  # nan, inf and 1e+308 among them
    st.integers(-(10**30), 10**30).map(str),
    st.integers(1, 3_000_000).map(str),  # Excel day numbers, in range and past 9999-12-31
    st.sampled_from(["1E999", "-1e-400", "0x10", "", "1,5", " 3 ", "9" * 5000]),
)


class Base:
    """The exported workbook the examples damage, the workspace it came from, a scratch file."""

    def __init__(
        self, workspace: Workspace, parts: dict[str, bytes], sheets: dict[str, str], path: Path
    ) -> None:
        self.workspace = workspace
        self.tables = snapshot(workspace)  # every example must leave them as they are
        self.parts = parts
        self.sheets = sheets  # sheet title → zip member
        self.path = path

    def __repr__(self) -> str:
        return "Base(the demo's exported workbook)"  # hypothesis prints it with each failure


@pytest.fixture(scope="module")
def base(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Base]:
    """The demo's workbook, exported once for the module; the workspace stays open."""
    folder = tmp_path_factory.mktemp("fuzz")
    with open_copy(demo_template, folder) as workspace:
        exported = export_demo(workspace, folder / "exported.xlsx")
        sheets = {name: sheet_member(exported, name) for name in (*COLUMNS, STATE_SHEET)}
        yield Base(workspace, members(exported), sheets, folder / "returned.xlsx")


def cell_markup(kind: str, payload: Any) -> str:
    """A cell as Excel, LibreOffice or a script may store it; {ref} and {style} to fill in."""
    match kind:
        case "text":
            inner = f'<is><t xml:space="preserve">{escape(payload)}</t></is>'
            return f'<c r="{{ref}}"{{style}} t="inlineStr">{inner}</c>'
        case "number":
            return f'<c r="{{ref}}"{{style}}><v>{payload}</v></c>'
        case "formula":
            formula, value = payload
            cached = "" if value is None else f"<v>{escape(value)}</v>"
            kind_of = "" if value is None else ' t="str"'
            return f'<c r="{{ref}}"{{style}}{kind_of}><f>{escape(formula)}</f>{cached}</c>'
        case "empty":
            return '<c r="{ref}"{style}/>'
    typed = {"bool": "b", "error": "e", "date": "d", "shared": "s"}[kind]
    return f'<c r="{{ref}}"{{style}} t="{typed}"><v>{escape(str(payload))}</v></c>'


CELLS = st.one_of(
    st.tuples(st.just("text"), st.sampled_from(WORDS)),  # labels and words, edits that apply
    st.tuples(st.just("number"), st.integers(0, 50_000).map(str)),
    st.tuples(st.just("text"), TEXTS),
    st.tuples(st.just("number"), NUMBERS),
    st.tuples(
        st.just("formula"),
        st.tuples(st.sampled_from(["A1", "1/0", "NOW()"]), st.one_of(st.none(), TEXTS)),
    ),
    st.tuples(st.just("bool"), st.sampled_from(["0", "1", "2", "true", ""])),
    st.tuples(st.just("error"), st.sampled_from([*ERROR_CODES, "#WHAT?"])),
    st.tuples(st.just("date"), st.sampled_from(["2026-12-01", "2026-13-45", "x", "9999-12-31"])),
    st.tuples(st.just("shared"), st.integers(-1, 10)),
    st.tuples(st.just("empty"), st.none()),
).map(lambda spec: cell_markup(*spec))


def _data_cell(sheet: str) -> st.SearchStrategy[tuple[Any, ...]]:
    """A data cell of `sheet`, mostly of an editable column, given any content."""
    columns = READ_BACK_LAYOUTS[sheet]
    editable = [at for at, c in enumerate(columns, start=1) if c.field]
    column = st.one_of(st.sampled_from(editable), st.integers(1, COLUMNS[sheet] + 1))
    return st.tuples(st.just("cell"), st.just(sheet), column, ROWS, CELLS)


def table_edits() -> st.SearchStrategy[tuple[Any, ...]]:
    """One change to a read-back sheet: a cell, a header, a column or row gone, headers
    mixed."""
    sheet = st.sampled_from(sorted(COLUMNS))
    header = st.sampled_from(WORDS).map(lambda text: cell_markup("text", text))
    return st.one_of(
        sheet.flatmap(_data_cell),
        st.tuples(st.just("cell"), sheet, st.integers(1, 22), st.just(HEADER_ROW), header),
        st.tuples(st.just("drop column"), sheet, st.integers(1, 22)),
        st.tuples(st.just("drop row"), sheet, st.integers(1, 30)),
        st.tuples(st.just("shuffle headers"), sheet, st.randoms(use_true_random=False)),
    )


def state_edits() -> st.SearchStrategy[tuple[Any, ...]]:
    """One cell of the hidden state sheet: the marker, the header, a key or a JSON piece."""
    return st.tuples(
        st.just("cell"), st.just(STATE_SHEET), st.integers(1, 4), st.integers(1, 14), CELLS
    )


def file_damage() -> st.SearchStrategy[tuple[Any, ...]]:
    """Damage to the file or a zip member (an index into the members, taken modulo)."""
    member = st.integers(0, 100)
    return st.one_of(
        st.tuples(st.just("truncate"), st.floats(0, 1)),
        st.tuples(
            st.just("bytes"),
            st.lists(
                st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)),
                min_size=1,
                max_size=4,
            ),
        ),
        st.tuples(
            st.just("member bytes"),
            member,
            st.floats(0, 1),
            st.binary(max_size=16),
            st.integers(0, 64),
        ),
        st.tuples(st.just("remove member"), member),
        st.tuples(st.just("rename member"), member, st.sampled_from(["x.xml", "xl/other.xml"])),
        st.tuples(st.just("break stream"), st.sampled_from([*COLUMNS, STATE_SHEET])),
    )


def build(base: Base, edits: list[tuple[Any, ...]]) -> Path:
    """Write the exported workbook with `edits` made, at base.path."""
    parts = dict(base.parts)
    names = list(parts)
    broken: set[str] = set()
    cut: list[tuple[Any, ...]] = []
    for edit in edits:
        kind, *args = edit
        if kind in ("truncate", "bytes"):
            cut.append(edit)
        elif kind == "break stream":
            broken.add(base.sheets[args[0]])
        elif kind in ("remove member", "rename member", "member bytes"):
            name = names[args[0] % len(names)]
            if name not in parts:
                continue
            data = parts.pop(name)
            if kind == "rename member":
                parts[args[1]] = data
            elif kind == "member bytes":
                at = int(args[1] * len(data))
                parts[name] = data[:at] + args[2] + data[at + args[3] :]
        else:
            member = base.sheets[args[0]]
            parts[member] = _sheet_edit(parts[member].decode(), kind, args).encode()
    write_members(base.path, parts)
    if broken & parts.keys():
        break_stream(base.path, *sorted(broken & parts.keys()))
    for kind, args in ((edit[0], edit[1:]) for edit in cut):
        data = base.path.read_bytes()
        if kind == "truncate":
            data = data[: int(args[0] * len(data))]
        else:
            for where, garbage in args[0]:
                at = int(where * len(data))
                data = data[:at] + garbage + data[at + len(garbage) :]
        base.path.write_bytes(data)
    return base.path


def _sheet_edit(xml: str, kind: str, args: list[Any]) -> str:
    if kind == "cell":
        ref = f"{get_column_letter(args[1])}{args[2]}"
        return set_cell(xml, ref, args[3].replace("{ref}", ref))
    if kind == "drop column":
        return drop_column(xml, get_column_letter(args[1]))
    if kind == "drop row":
        return drop_row(xml, args[1])
    return _shuffled_headers(xml, args[1])


def _shuffled_headers(xml: str, shuffle: random.Random) -> str:
    """`xml` with the header cells' contents in another order (their styles stay)."""
    row = re.search(rf'<row r="{HEADER_ROW}"[^>]*>(.*?)</row>', xml)
    assert row is not None
    cells = re.findall(r'<c r="([A-Z]+\d+)"([^>]*?)(?:/>|>(.*?)</c>)', row.group(1))
    contents = [(attrs, inner) for _, attrs, inner in cells]
    shuffle.shuffle(contents)
    mixed = "".join(
        f'<c r="{ref}"{attrs}>{inner}</c>'
        for (ref, _, _), (attrs, inner) in zip(cells, contents, strict=True)
    )
    return xml[: row.start(1)] + mixed + xml[row.end(1) :]


def workspace_files(workspace: Workspace) -> object:
    """The workspace file and its write-ahead log, byte for byte (a database's rows)."""
    return content(workspace)


def import_it(base: Base, path: Path) -> None:
    """Preview `path`, render it as the CLI does, apply all it offers and roll that back."""
    workspace = base.workspace
    files = workspace_files(workspace)
    preview = _attempt(lambda: workspace.run(preview_client_edits, path))
    if isinstance(preview, CpmError):
        _refused(preview, workspace, files)
        return
    assert preview is not None
    edits_table(preview)
    edits_json(preview, None, ())
    files = workspace_files(workspace)
    ids = preview.applicable(conflicts=True)
    applied = _attempt(lambda: _apply_rolled_back(workspace, path, ids)) if ids else None
    if isinstance(applied, CpmError):
        _refused(applied, workspace, files)
    assert snapshot(workspace) == base.tables


def _attempt(action: Callable[[], EditPreview | None]) -> EditPreview | CpmError | None:
    """What `action` returns, or the CpmError it raised; any other exception fails the test."""
    try:
        return action()
    except CpmError as exc:
        return exc


def _refused(error: CpmError, workspace: Workspace, files: dict[str, bytes]) -> None:
    """A refusal is one line (the CLI prints it as is) and wrote nothing."""
    assert "\n" not in str(error), f"not one line: {error}"
    assert workspace_files(workspace) == files


def _apply_rolled_back(workspace: Workspace, path: Path, ids: tuple[str, ...]) -> None:
    """Apply `ids` in a transaction that is then rolled back: the next example starts afresh."""
    with workspace.session() as session:
        try:
            apply_client_edits(session, path, ids)
        finally:
            session.rollback()


@settings(max_examples=30, deadline=None, database=None)
@given(st.lists(file_damage(), min_size=1, max_size=3))
def test_a_damaged_file_is_refused_or_read(base: Base, damage: list[tuple[Any, ...]]) -> None:
    """Cut, overwritten or re-zipped files: a one-line refusal, or read as far as it holds."""
    import_it(base, build(base, damage))


@settings(max_examples=30, deadline=None, database=None)
@given(st.lists(st.sampled_from(sorted(COLUMNS)).flatmap(_data_cell), min_size=1, max_size=6))
def test_hostile_cells_are_problems_or_edits(base: Base, edits: list[tuple[Any, ...]]) -> None:
    """Any content in the cells of exported and new rows: problems on those cells, or edits."""
    import_it(base, build(base, edits))


@settings(max_examples=20, deadline=None, database=None)
@given(st.lists(table_edits(), min_size=1, max_size=4))
def test_hostile_tables_are_refused_noted_or_read(base: Base, edits: list[tuple[Any, ...]]) -> None:
    """Headers renamed, repeated and mixed, columns and rows gone, among cell edits."""
    import_it(base, build(base, edits))


@settings(max_examples=15, deadline=None, database=None)
@given(st.lists(state_edits(), min_size=1, max_size=3))
def test_a_tampered_state_sheet_is_refused_or_read(
    base: Base, edits: list[tuple[Any, ...]]
) -> None:
    """The hidden marker and exported values changed: refused as not ours or damaged, or read."""
    import_it(base, build(base, edits))


def governance(session: Session) -> dict[tuple[int, str], tuple[Any, ...]]:
    """Every deliverable's and action's fields a client's edit could reach, by reference."""
    found: dict[tuple[int, str], tuple[Any, ...]] = {}
    for d in session.scalars(select(Deliverable)):
        fields = (d.status, d.decided_by, d.decided_on, d.rejection_reasons, len(d.steps))
        found[d.project_id, d.reference] = fields
    for a in session.scalars(select(ActionItem)):
        found[a.project_id, a.reference] = (a.status, a.comments, a.done_on, a.title, a.due_on)
    return found


@settings(max_examples=30, deadline=None, database=None)
@given(st.lists(st.sampled_from(sorted(UPDATE_ONLY)).flatmap(_data_cell), min_size=1, max_size=6))
def test_hostile_verdicts_and_action_cells_change_only_what_was_previewed(
    base: Base, edits: list[tuple[Any, ...]]
) -> None:
    """Any content in the Deliverables' and Actions' cells: applying all the preview offers
    changes only the deliverables and actions it listed, or is refused whole."""
    path = build(base, edits)
    workspace = base.workspace
    preview = _attempt(lambda: workspace.run(preview_client_edits, path))
    if isinstance(preview, CpmError):
        _refused(preview, workspace, workspace_files(workspace))
        return
    assert preview is not None
    ids = preview.applicable(conflicts=True)
    listed = {(preview.project_id, d.reference) for d in preview.differences if d.id in ids}
    with workspace.session() as session:
        try:
            before = governance(session)
            refused = _attempt(lambda: apply_client_edits(session, path, ids) and None)
            if not isinstance(refused, CpmError):
                after = governance(session)
                assert {key for key in before if before[key] != after[key]} <= listed
        finally:
            session.rollback()
    assert snapshot(workspace) == base.tables


def test_the_untouched_base_imports_cleanly(base: Base) -> None:
    """The base as exported: no refusal, nothing to import (so the damage is what is tested)."""
    path = build(base, [])
    preview = base.workspace.run(preview_client_edits, path)
    assert (preview.differences, preview.new_rows, preview.notes) == ((), (), ())
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None


def test_a_formula_example_reaches_the_problem(base: Base) -> None:
    """One generated shape checked by hand: an uncalculated formula over R-001's owner."""
    markup = cell_markup("formula", ("A1", None))
    path = build(base, [("cell", "Risks", 6, 4, markup)])
    [difference] = base.workspace.run(preview_client_edits, path).differences
    assert (difference.id, difference.returned) == ("R-001.owner", "=A1")
    assert difference.problem is not None
    import_it(base, path)
