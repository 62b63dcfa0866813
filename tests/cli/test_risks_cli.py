"""`cpm-desktop risks`: the register as a text table or JSON; one-line errors on bad input."""

from __future__ import annotations

import json
from pathlib import Path

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import RiskKind, RiskStatus, Trend


def test_table_lists_every_entry_with_aligned_columns(demo_file: Path, capsys) -> None:
    """Header, rule, one line per entry (R-001 first), then the RAG counts line."""
    assert main(["risks", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE]) == 0
    lines = capsys.readouterr().out.splitlines()
    header, rule = lines[0], lines[1]
    assert header.split()[:4] == ["Ref", "Kind", "Title", "Owner"]
    assert set(rule) <= {"-", " "}
    assert lines[2].startswith("R-001  Risk")
    # Columns line up: every row has its RAG where the header has it.
    rag_at = header.index("RAG")
    rows = [line for line in lines[2:] if line.startswith("R-")]
    assert len(rows) >= 15
    assert {row[rag_at : rag_at + 5].strip() for row in rows} <= {"Green", "Amber", "Red"}
    assert lines[-1].startswith(f"{DEMO_PROJECT_CODE}: {len(rows)} entries; open risks and issues:")
    assert "red," in lines[-1]
    assert "EMV EUR" in lines[-1]


def test_table_words_read_as_labels_json_keeps_values(demo_file: Path, capsys) -> None:
    """The table says "Risk", "Open", "Steady"; --json keeps the values "risk", "open"…"""
    args = ["risks", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE]
    assert main(args) == 0
    table = capsys.readouterr().out
    assert main([*args, "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)["risks"]
    rows = {line.split()[0]: line for line in table.splitlines() if line.startswith("R-")}
    assert len(rows) == len(entries) >= 15
    for entry in entries:
        cells = rows[entry["reference"]].split("  ")
        for field, kind in (("kind", RiskKind), ("status", RiskStatus), ("trend", Trend)):
            label = kind(entry[field]).label  # kind(...) refuses a label: JSON holds values
            assert label != entry[field]
            assert label in (cell.strip() for cell in cells), (field, cells)


def test_json_holds_rows_counts_and_heat_maps(demo_file: Path, capsys) -> None:
    """--json prints one document with the project, RAG counts, heat maps and rows."""
    args = ["risks", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE.lower(), "--json"]
    assert main(args) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == 1
    assert document["project"]["code"] == DEMO_PROJECT_CODE
    assert document["project"]["trend_since"] == "2026-11-20"
    assert set(document["rag_counts"]) == {"green", "amber", "red"}
    assert len(document["heat_map"]) == 5
    assert all(len(row) == 5 for row in document["heat_map"])
    first = document["risks"][0]
    assert first["reference"] == "R-001"
    assert first["score"] == first["probability"] * first["impact"]
    assert isinstance(first["cost_impact"], str)  # Decimal kept exact
    open_risks = [r for r in document["risks"] if r["kind"] == "risk" and r["status"] != "closed"]
    assert sum(map(sum, document["heat_map"])) == len(open_risks)


def test_unknown_project_is_one_line_exit_2(demo_file: Path, capsys) -> None:
    """An unknown project code: exit 2, one line naming it."""
    assert main(["risks", "--db", str(demo_file), "--project", "NOPE"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "No project with code 'NOPE'" in err[0]


def test_missing_or_bad_db_is_one_line_exit_2(tmp_path: Path, capsys) -> None:
    """A missing file or a file that is not a workspace: exit 2, one line."""
    assert main(["risks", "--db", str(tmp_path / "none.cpm"), "--project", "X"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    junk = tmp_path / "junk.cpm"
    junk.write_text("not a database")
    assert main(["risks", "--db", str(junk), "--project", "X"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
