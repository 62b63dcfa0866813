"""client_workbook / export_client_workbook on the demo project: figures, tables, round trip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import Audience
from cpm_desktop.domain.milestones import MilestoneStanding
from cpm_desktop.errors import NotFoundError
from cpm_desktop.reports.excel.content import ClientWorkbook, Kind, canonical_text
from cpm_desktop.reports.excel.read_back import cell_value, read_returned
from cpm_desktop.services.changes.requests import ChangeFields
from cpm_desktop.services.changes.views import change_log, change_summary
from cpm_desktop.services.client_workbook.export import client_workbook, export_client_workbook
from cpm_desktop.services.client_workbook.tables import (
    CHANGE_COLUMNS,
    CHOICE_LABELS,
    READ_BACK_LAYOUTS,
    RISK_COLUMNS,
    choice_value,
)
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.portfolio.earned_value import earned_value_report
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.risks.register import RiskFields
from cpm_desktop.services.risks.views import risk_register
from cpm_desktop.workspace import Workspace
from tests.reports.support import SOFFICE, page_count, soffice_pdf
from tests.services.support import ProjectIds, audit_count, snapshot
from tests.templates import open_copy_of

NOW = dt.datetime(2026, 11, 22, 9, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Workspace]:
    """The demo portfolio, shared by this module's read-only tests."""
    with open_copy_of(demo_template, tmp_path_factory.mktemp("workbook") / "demo.cpm") as ws:
        yield ws


@pytest.fixture(scope="module")
def project_id(demo: Workspace) -> int:
    """The id of the demo's main project."""
    found = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert found is not None
    return found


@pytest.fixture(scope="module")
def book(demo: Workspace, project_id: int) -> ClientWorkbook:
    """The demo project's internal workbook content: every figure, cost and margin too."""
    return demo.run(client_workbook, project_id, now=NOW, audience=Audience.INTERNAL)


@pytest.fixture(scope="module")
def exported(demo: Workspace, project_id: int, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project's internal workbook written to a file."""
    out = tmp_path_factory.mktemp("export") / "NHL-WMS.xlsx"
    return demo.run(export_client_workbook, project_id, out, now=NOW, audience="internal")


def test_identity_and_marker(book: ClientWorkbook, project_id: int) -> None:
    """Title, author (the PM), code, a key naming the project, the export time."""
    assert book.project_code == DEMO_PROJECT_CODE
    # The project's creation moment (to the microsecond) tells this workspace from another demo.
    ident, code, created = book.project_key.split(":", 2)
    assert (ident, code) == (str(project_id), DEMO_PROJECT_CODE)
    assert isinstance(dt.datetime.fromisoformat(created), dt.datetime)
    assert book.author == "Laura Becker"
    assert book.currency == "EUR"
    assert book.exported_at == NOW
    assert [t.name for t in book.tables] == [
        "Milestones",
        "Risks",
        "Changes",
        "Deliverables",
        "Actions",
        "Billing",
        "Feedback",
        "Decisions",
        "Team",
    ]


def test_summary_figures_agree_with_the_read_models(
    demo: Workspace, project_id: int, book: ClientWorkbook
) -> None:
    """Budget and changes from change_summary, risks by RAG from the register."""
    changes = demo.run(change_summary, project_id)
    register = demo.run(risk_register, project_id)
    f = book.summary
    assert (f.original_budget, f.approved_changes, f.current_budget) == (
        changes.original_budget,
        changes.approved_cost,
        changes.current_budget,
    )
    assert dict(f.risks_by_rag) == register.rag_counts
    assert sum(n for _, n in f.changes_by_status) == len(demo.run(change_log, project_id).rows)
    assert f.overall_rag in ("green", "amber", "red")
    assert f.planned_finish == demo.run(timeline, project_id).finish_date
    labels = dict(f.earned_value)
    assert labels["Estimate at completion (EAC)"] == f.forecast_cost
    assert isinstance(labels["Cost performance (CPI)"], float)
    assert [d for _, _, d in f.next_milestones] == sorted(d for _, _, d in f.next_milestones)
    assert book.heat_map == register.heat_map.cells


def test_schedule_rows_follow_the_timeline_with_rolled_up_costs(
    demo: Workspace, project_id: int, book: ClientWorkbook
) -> None:
    """One row per task in outline order; a summary's costs are the sums of its tasks'."""
    rows = book.schedule
    tasks = demo.run(timeline, project_id).tasks
    assert [r.wbs for r in rows] == [t.wbs for t in tasks]
    assert [r.level for r in rows] == [t.depth for t in tasks]
    top = next(r for r in rows if r.is_summary and r.level == 0)
    below = [r for r in rows if r.wbs.startswith(top.wbs + ".") and not r.is_summary]
    assert top.budget_cost == sum(r.budget_cost for r in below)
    assert top.actual_cost == sum(r.actual_cost for r in below)
    assert top.budget_cost > 0


def test_editable_fields_are_what_the_edit_services_take() -> None:
    """Risk fields are RiskFields keys or status; change fields ChangeFields keys or decision."""
    risk_fields = {c.field for c in RISK_COLUMNS if c.field}
    change_fields = {c.field for c in CHANGE_COLUMNS if c.field}
    assert risk_fields <= set(RiskFields.__annotations__) | {"status"}
    decision = {"status", "decided_by", "decided_on", "decision_notes"}
    assert change_fields <= set(ChangeFields.__annotations__) | decision
    assert {"title", "probability", "impact", "status", "mitigation"} <= risk_fields
    assert {"title", "status", "cost_impact", "decided_by"} <= change_fields
    assert list(READ_BACK_LAYOUTS) == ["Risks", "Changes", "Deliverables", "Actions"]
    assert READ_BACK_LAYOUTS["Risks"] == RISK_COLUMNS
    assert READ_BACK_LAYOUTS["Changes"] == CHANGE_COLUMNS


def test_choice_labels_turn_back_into_values() -> None:
    """Every label of every choice column maps back to its stored value, in any case."""
    assert choice_value("Risks", "probability", "3 - medium") == 3
    assert choice_value("Changes", "status", "Under assessment") == "under_assessment"
    assert choice_value("Risks", "strategy", " Reduce ") == "reduce"
    with pytest.raises(KeyError):
        choice_value("Risks", "status", "Maybe")
    for sheet, columns in READ_BACK_LAYOUTS.items():
        for column in columns:
            if column.kind == Kind.CHOICE:
                assert tuple(CHOICE_LABELS[sheet][column.field or ""].values()) == column.choices


def test_table_rows_hold_only_offered_choices_and_unique_keys(book: ClientWorkbook) -> None:
    """Each choice cell is one of its column's labels (or blank); keys are R<id>, C<id>."""
    for table in book.tables[1:3]:  # Risks and Changes: the read-back sheets
        assert len(set(table.keys)) == len(table.rows) > 0
        assert all(k[0] == table.name[0] and k[1:].isdigit() for k in table.keys)
        for at, column in enumerate(table.columns):
            if column.kind == Kind.CHOICE:
                assert {row[at] for row in table.rows} - {None} <= set(column.choices)


def test_milestones_table_lists_every_milestone(book: ClientWorkbook) -> None:
    """The Milestones sheet has the schedule's milestones with a status each."""
    milestones = book.tables[0]
    assert [r[0] for r in milestones.rows] == [r.wbs for r in book.schedule if r.is_milestone]
    assert {r[-1] for r in milestones.rows} <= set(MilestoneStanding)
    assert "Achieved" in {r[-1] for r in milestones.rows}


def test_export_writes_the_file_and_nothing_to_the_workspace(
    demo: Workspace, project_id: int, tmp_path: Path
) -> None:
    """No row changes and no audit entry; progress lines come first, then the sheets."""
    before, audits = snapshot(demo), audit_count(demo)
    heard: list[str] = []
    path = demo.run(export_client_workbook, project_id, tmp_path / "w.xlsx", report=heard.append)
    assert path.read_bytes()[:2] == b"PK"
    assert snapshot(demo) == before
    assert audit_count(demo) == audits
    assert heard[0] == "Reading the project…"
    assert "Writing the Changes sheet…" in heard


def test_unknown_project_is_not_found(demo: Workspace, tmp_path: Path) -> None:
    """An id no project has: NotFoundError, no file."""
    with pytest.raises(NotFoundError):
        demo.run(export_client_workbook, 9999, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_a_project_without_status_date_or_tasks(workspace: Workspace, project: ProjectIds) -> None:
    """No earned value (a note says why), an empty schedule, empty tables."""
    book = workspace.run(client_workbook, project.project_id)
    assert book.status_date is None
    assert book.summary.earned_value == ()
    assert "earned value is not measured" in book.summary.notes[0]
    assert book.schedule == ()
    assert all(not t.rows for t in book.tables)


def test_the_read_back_finds_every_exported_value_unchanged(
    exported: Path, book: ClientWorkbook
) -> None:
    """read_back.py reads our file: every row by its key, each cell equal to its export."""
    returned = read_returned(exported, READ_BACK_LAYOUTS)
    assert returned.marker.project_key == book.project_key
    for name, columns in READ_BACK_LAYOUTS.items():
        sheet = returned.sheets[name]
        table = next(t for t in book.tables if t.name == name)
        assert [row.key for row in sheet.rows] == list(table.keys)
        by_field = {c.field: c for c in columns if c.field}
        assert sheet.fields == set(by_field)
        for row in sheet.rows:
            saved = returned.exported[(name, row.key)]
            for field, raw in row.values.items():
                value = canonical_text(cell_value(raw, by_field[field]))
                assert value == saved.get(field, ""), (row.key, field)


@pytest.mark.skipif(
    SOFFICE is None,
    reason=(
        "LibreOffice (soffice) is not installed; Debian: apt-get install libreoffice-calc-nogui "
        "fonts-crosextra-carlito"
    ),
)
@pytest.mark.file_only("LibreOffice reads the exported workbook, the same from either store")
def test_libreoffice_opens_the_workbook_and_prints_it(exported: Path, tmp_path: Path) -> None:
    """soffice converts the demo workbook to PDF without error; every sheet prints."""
    result = soffice_pdf(exported, tmp_path)
    pdf = tmp_path / "NHL-WMS.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists(), result.stdout + result.stderr
    assert page_count(pdf) >= 8  # Summary, Schedule, Milestones, Risks, Changes, the 3 logs
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in (
        "Open risks and issues by RAG",
        "Schedule",
        "Milestones",
        "Risk register",
        "Change requests",
        "Page 1 of",
        "Total of the rows shown",
        "Key performance indicators",
        "Billing schedule",
        "Client feedback",
        "Decision log",
        "Team: who works on the project",
        "Workload: planned hours and % of capacity per week",
        "Costs by phase and by role",
    ):
        assert expected in text
    assert "###" not in text  # no number too wide for its column


def test_earned_value_totals_without_detail(demo: Workspace, project_id: int) -> None:
    """detail=False (what the workbook asks for) gives the same totals, no tasks, no curve."""
    full = demo.run(earned_value_report, project_id)
    totals = demo.run(earned_value_report, project_id, detail=False)
    assert totals.project == full.project
    assert full.tasks
    assert full.curve
    assert (totals.tasks, totals.curve) == ([], [])
