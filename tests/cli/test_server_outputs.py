"""One truth across both stores: every report and export of the demo reads the same from a
team server as from the same workspace in a file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.workspace import Workspace
from tests.cli.support import run_main
from tests.services.portfolio.shown_figures import PDFTOTEXT, pdf_text
from tests.templates import copy_of

REPORTS = [
    ("kpis", "--json"),
    ("schedule", "--project", DEMO_PROJECT_CODE, "--json"),
    ("risks", "--project", DEMO_PROJECT_CODE, "--json"),
    ("changes", "--project", DEMO_PROJECT_CODE, "--json"),
    ("resources", "--project", DEMO_PROJECT_CODE, "--json"),
    ("workload", "--project", DEMO_PROJECT_CODE, "--json"),
    ("deliverables", "--project", DEMO_PROJECT_CODE, "--json"),
    ("charter", "--project", DEMO_PROJECT_CODE, "--json"),
    ("actions", "--project", DEMO_PROJECT_CODE, "--json"),
    ("slas", "--project", DEMO_PROJECT_CODE, "--json"),
]


def test_every_report_reads_the_same_from_the_server(
    server_demo: Workspace, shipped_demo_template: Path, tmp_path: Path
) -> None:
    """The same JSON document from the server and from the file, report by report (one
    server and one file for all: each is a second's set-up)."""
    file = copy_of(shipped_demo_template, tmp_path / "demo.cpm")
    differing = []
    for report in REPORTS:
        from_file = run_main(*report, "--db", str(file))
        from_server = run_main(*report, "--db", server_demo.address)
        assert from_file.returncode == 0, from_file.stderr
        assert from_server.returncode == 0, from_server.stderr
        if from_server.stdout != from_file.stdout:
            differing.append(report[0])
    assert differing == []


def test_the_workbook_and_the_pack_read_the_same_from_the_server(
    server_demo: Workspace, shipped_demo_template: Path, tmp_path: Path
) -> None:
    """The internal workbook's cells, every sheet, and the pack's text, page by page."""
    file = copy_of(shipped_demo_template, tmp_path / "demo.cpm")
    written = {}
    for store, db in (("file", str(file)), ("server", server_demo.address)):
        book, pack = tmp_path / f"{store}.xlsx", tmp_path / f"{store}.pdf"
        for command in (
            ("export", "xlsx", "--audience", "internal", "-o", str(book)),
            ("export", "pdf", "--audience", "internal", "-o", str(pack)),
        ):
            result = run_main(*command, "--db", db, "--project", DEMO_PROJECT_CODE)
            assert result.returncode == 0, result.stderr
        written[store] = (book, pack)
    cells = {
        store: {
            sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()]
            for sheet in openpyxl.load_workbook(book).worksheets
            if sheet.title != "_cpm"  # the export's identity: when, and from which workspace
        }
        for store, (book, _pack) in written.items()
    }
    assert cells["server"] == cells["file"]
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    assert pdf_text(written["server"][1]) == pdf_text(written["file"][1])
