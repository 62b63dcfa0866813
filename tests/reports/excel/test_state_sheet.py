"""The very hidden state sheet as written, and read back by read_returned exactly as exported."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from cpm_desktop.reports.excel.content import STATE_CHUNK, STATE_SHEET
from cpm_desktop.reports.excel.read_back import read_returned
from cpm_desktop.reports.excel.safe_text import CELL_LIMIT
from tests.reports.excel.support import RISK_COLUMNS, load, sample_book, tables, written

LAYOUTS = {"Risks": RISK_COLUMNS}


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The sample workbook, written once and loaded for this module's read-only tests."""
    return load(written(tmp_path_factory.mktemp("state")))


def test_state_sheet_layout(book) -> None:
    """Marker in A1:B5, header in row 7, then one row per keyed row: sheet, key, its JSON."""
    state = book[STATE_SHEET]
    marker = [(state.cell(r, 1).value, state.cell(r, 2).value) for r in range(1, 6)]
    assert marker == [
        ("kind", "CPM Desktop client workbook"),
        ("format", 2),
        ("project_code", "ACME-01"),
        ("project_key", "7:ACME-01"),
        ("exported_at", "2026-11-22T09:30:15"),
    ]
    assert [state.cell(7, c).value for c in range(1, 4)] == ["sheet", "key", "values"]
    rows = list(state.iter_rows(min_row=8, values_only=True))
    assert [row[:2] for row in rows] == [("Risks", "R11"), ("Risks", "R12")]
    assert json.loads(rows[0][2]) == {
        "title": "Late scanners",
        "description": "Supplier slips.\nSecond line.",
        "probability": "3 - Medium",
        "cost_impact": "1200.50",
        "review_on": "2026-12-01",
        "percent": "40",
        "billable": "yes",
        "days": "3",
    }
    second = json.loads(rows[1][2])
    assert (second["title"], second["review_on"]) == ("=1+1", "")  # formula-like text stays text
    assert state.cell(9, 3).data_type == "s"


def test_exported_values_round_trip(tmp_path: Path) -> None:
    """read_returned gives back, per key, each editable field's text as exported."""
    returned = read_returned(written(tmp_path), LAYOUTS)
    assert returned.exported["Risks", "R11"]["cost_impact"] == "1200.50"
    assert returned.exported["Risks", "R11"]["description"] == "Supplier slips.\nSecond line."
    assert returned.exported["Risks", "R12"] == {
        "title": "=1+1",
        "description": "",
        "probability": "5 - Very high",
        "cost_impact": "0.00",
        "review_on": "",
        "percent": "0",
        "billable": "no",
        "days": "0",
    }


def test_a_row_longer_than_one_cell_is_split_and_read_back_whole(tmp_path: Path) -> None:
    """Two 20,000-character texts in one row: the JSON spans cells and still reads back exactly."""
    title = ('Ü scanner « late » "quoted" ½ ' * 720)[:20_000]  # quotes escaped in JSON
    description = ("line\nbreak\t\U0001f69a " * 1_600)[:20_000]  # so are line breaks and tabs
    assert len(title) == len(description) == 20_000
    milestones, risks = tables()
    first = (risks.rows[0][0], title, description, *risks.rows[0][3:])
    risks = replace(risks, rows=(first, risks.rows[1]))
    path = written(tmp_path, sample_book(tables=(milestones, risks)))
    row = next(load(path)[STATE_SHEET].iter_rows(min_row=8, max_row=8, values_only=True))
    pieces = [piece for piece in row[2:] if piece is not None]
    assert len(pieces) >= 3
    assert all(len(piece) <= STATE_CHUNK < CELL_LIMIT for piece in pieces)
    exported = read_returned(path, LAYOUTS).exported["Risks", "R11"]
    assert exported["title"] == title.strip()  # as a returned cell reads: outer spaces go
    assert exported["description"] == description.strip()
    assert exported["cost_impact"] == "1200.50"
