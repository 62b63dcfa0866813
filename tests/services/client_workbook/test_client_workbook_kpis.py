"""The workbook's KPIs and logs against the services that own them, on the demo and a bare project.

The KPI block is put together from the read models the export already holds (for speed); these
tests prove it equals `standing.project_standing`, and that the written sheets show the services'
rows and figures. They compare with values computed here, so a baseline added to the demo (or
any other change of its data) does not break them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import Audience
from cpm_desktop.domain.overall_status import red_items_rag
from cpm_desktop.reports.excel.content import ClientWorkbook, Unit
from cpm_desktop.scheduling import kpi_rags
from cpm_desktop.scheduling.kpis import NO_COST_DATA
from cpm_desktop.services.client_workbook.export import client_workbook, export_client_workbook
from cpm_desktop.services.portfolio.standing import project_standing
from cpm_desktop.services.portfolio.views import portfolio
from cpm_desktop.services.records.billing import billing_schedule
from cpm_desktop.services.records.decisions import decision_log
from cpm_desktop.services.records.feedback import feedback_log
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds
from tests.templates import open_copy_of

NOW = dt.datetime(2026, 11, 22, 9, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Workspace]:
    """The demo portfolio, shared by this module's read-only tests."""
    with open_copy_of(demo_template, tmp_path_factory.mktemp("kpis") / "demo.cpm") as ws:
        yield ws


def project_ids(demo: Workspace) -> list[int]:
    """Every project of the demo workspace."""
    return [p.id for c in demo.run(portfolio) for p in c.projects]


def main_project(demo: Workspace) -> int:
    """The demo's main project."""
    codes = {p.code: p.id for c in demo.run(portfolio) for p in c.projects}
    return codes[DEMO_PROJECT_CODE]


def kpi_values(book: ClientWorkbook) -> dict[str, Any]:
    """The KPI block's figures by label."""
    return {f.label: f for f in book.kpis}


def test_the_kpi_block_equals_the_kpi_service_on_every_demo_project(demo: Workspace) -> None:
    """Same ProjectKpis as project_standing (as of the status date), project by project."""
    assert len(project_ids(demo)) >= 2
    for project_id in project_ids(demo):
        book = demo.run(client_workbook, project_id, now=NOW, audience=Audience.INTERNAL)
        kpis = demo.run(project_standing, project_id, as_of=book.kpis_as_of).kpis
        rags = kpi_rags(kpis)
        shown = kpi_values(book)
        met, counted = kpis.milestones_met, kpis.milestones_counted
        on_time = (
            f"On-time delivery ({met} of {counted} milestones)"
            if counted
            else ("On-time delivery (no milestone due yet)")
        )
        assert shown[on_time].value == kpis.on_time_rate
        assert shown[on_time].rag == rags["on_time_rate"]
        pairs = {
            "Finish variance (working days, + late)": (
                kpis.finish_variance_days,
                rags["finish_variance_days"],
            ),
            "Cost performance (CPI)": (kpis.cpi, rags["cpi"]),
            "Schedule performance (SPI)": (kpis.spi, rags["spi"]),
            "Budget variance (budget less forecast)": (kpis.budget_variance, None),
            "Budget variance, % of budget": (kpis.budget_variance_pct, rags["budget_variance_pct"]),
            "Revenue (contract + billable changes)": (kpis.revenue, None),
            "Cost (forecast at completion)": (kpis.cost, None),
            "Margin": (kpis.margin, None),
            "Margin, % of revenue": (kpis.margin_pct, rags["margin_pct"]),
            "Red risks and issues (open)": (
                kpis.open_red_risks + kpis.open_red_issues,
                red_items_rag(kpis.open_red_risks + kpis.open_red_issues).value,
            ),
            "Pending change requests": (kpis.pending_change_requests, None),
        }
        for label, (value, rag) in pairs.items():
            assert (shown[label].value, shown[label].rag) == (value, rag), (project_id, label)
        csat = next(f for f in book.kpis if f.label.startswith("CSAT average"))
        assert (csat.value, csat.rag, csat.unit) == (
            kpis.csat_average,
            rags["csat_average"],
            Unit.SCORE,
        )


def test_the_kpi_block_of_a_bare_project(workspace: Workspace, project: ProjectIds) -> None:
    """No status date, no tasks, no feedback: the same KPIs as the service, mostly unmeasured."""
    book = workspace.run(client_workbook, project.project_id, now=NOW, audience=Audience.INTERNAL)
    kpis = workspace.run(project_standing, project.project_id, as_of=NOW.date()).kpis
    assert book.kpis_as_of == NOW.date()
    shown = kpi_values(book)
    assert shown["On-time delivery (no milestone due yet)"].value is None
    # Nothing prices the project: its cost rows say so (the service's figures are None).
    assert kpis.cpi is None
    assert kpis.cost is None
    assert shown["Cost performance (CPI)"].value == NO_COST_DATA
    assert shown["Revenue (contract + billable changes)"].value == kpis.revenue
    assert shown["Cost (forecast at completion)"].value == NO_COST_DATA
    assert [t.name for t in book.tables][3:] == [
        "Deliverables",
        "Actions",
        "Billing",
        "Feedback",
        "Decisions",
        "Team",
    ]
    assert all(not t.rows and t.empty_note and not t.read_back for t in book.tables[3:])


def test_the_logs_hold_the_services_rows(demo: Workspace) -> None:
    """Billing, Feedback and Decisions rows are the services' rows, in their order, unkeyed."""
    project_id = main_project(demo)
    book = demo.run(client_workbook, project_id, now=NOW, audience=Audience.INTERNAL)
    billing, feedback, decisions = book.tables[5:8]
    bills = demo.run(billing_schedule, project_id)
    assert [r[0] for r in billing.rows] == [b.wbs for b in bills]
    assert [r[2] for r in billing.rows] == [b.amount for b in bills]
    figures = {f.label: f.value for f in billing.figures}
    assert figures["Total billable"] == sum(b.amount for b in bills)
    paid = sum(b.amount for b in bills if b.status == "paid")
    invoiced = sum(b.amount for b in bills if b.status == "invoiced")
    assert (figures["Paid"], figures["Invoiced"]) == (paid, paid + invoiced)
    kpis = demo.run(project_standing, project_id, as_of=book.kpis_as_of).kpis
    assert figures["Revenue (contract value + approved billable change orders)"] == kpis.revenue
    log = demo.run(feedback_log, project_id)
    assert [(r[0], r[3], r[4]) for r in feedback.rows] == [
        (f.given_on, f.score, f.comment) for f in log
    ]
    references = [d.reference for d in demo.run(decision_log, project_id)]
    assert [r[0] for r in decisions.rows] == references
    assert (billing.keys, feedback.keys, decisions.keys) == ((), (), ())


def test_the_exported_summary_shows_the_kpis(demo: Workspace, tmp_path: Path) -> None:
    """The Summary's KPI block in the written file: values of the service, badges by RAG."""
    project_id = main_project(demo)
    path = demo.run(
        export_client_workbook, project_id, tmp_path / "w.xlsx", now=NOW, audience="internal"
    )
    book = demo.run(client_workbook, project_id, now=NOW, audience=Audience.INTERNAL)
    sheet = openpyxl.load_workbook(path)["Summary"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_col=1, max_col=3) if row[0].value}
    assert any(label.startswith("Key performance indicators") for label in rows)
    for figure in book.kpis:
        _, value, badge = rows[figure.label]
        if figure.value is None:
            assert (value.value, badge.value) == ("–", None)
        elif figure.unit in (Unit.MONEY, Unit.SHARE, Unit.RATIO, Unit.SCORE):
            assert value.value == pytest.approx(float(figure.value)), figure.label
        else:
            assert value.value == figure.value, figure.label
        if figure.value is not None and figure.rag is not None:
            assert badge.value == figure.rag.capitalize()
        else:
            assert badge.value is None
