"""Who may see what: a client export of a fixed-price project holds no margin, no cost and no
internal record, searched in the files themselves (every cell of every sheet, hidden ones too,
and every page's text); the internal export carries them and says so on every page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import Audience
from cpm_desktop.domain.audience import INTERNAL_FOOTER, visibility
from cpm_desktop.reports.formatting import money
from cpm_desktop.services.changes.forms import export_change_form
from cpm_desktop.services.changes.views import change_log
from cpm_desktop.services.client_workbook.export import export_client_workbook
from cpm_desktop.services.portfolio.earned_value import earned_value_report
from cpm_desktop.services.portfolio.projects import set_open_book
from cpm_desktop.services.portfolio.standing import project_standing
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.records.billing import billing_schedule
from cpm_desktop.services.records.decisions import add_decision
from cpm_desktop.services.records.status_reports import save_status_report
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.services.risks.views import risk_register
from cpm_desktop.services.steering_pack.pack import export_steering_pack
from cpm_desktop.workspace import Workspace
from tests import templates
from tests.reports.pack.sample import pages_text

# Words that only the supplier's economics print (a change category "Cost" is the client's).
INTERNAL_WORDS = (
    "Margin",
    "Estimate at completion",
    "Cost to the project",
    "Actual cost",
    "Forecast cost",
    "Cost performance",
    "Budget at completion",
    "Current budget",
    "Project budget",
    "Internal",
)
SMALLEST = Decimal(100)
TODAY = dt.date(2026, 11, 20)  # amounts below this could be any count or day number


@pytest.fixture(scope="module")
def demo(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """A private copy of the demo workspace: its NHL-WMS project is fixed-price."""
    path = tmp_path_factory.mktemp("audience") / "demo.cpm"
    with templates.open_copy_of(demo_template, path) as workspace:
        yield workspace


# The supplier's own records, added to the demo below: none may reach a client's file.
INTERNAL_RISK = "Our subcontractor cannot staff wave two"
INTERNAL_DECISION = "Absorb the rework at our cost"
INTERNAL_NOTE = "Rate card renegotiation with the account lead"


@pytest.fixture(scope="module")
def project_id(demo: Workspace) -> int:
    """The demo's fixed-price project, with a red internal risk, an internal decision and an
    internal note in its status report."""
    found = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert found is not None
    with demo.transaction() as s:
        add_risk(s, found, INTERNAL_RISK, probability=5, impact=5, internal=True, on=TODAY)
        add_decision(s, found, INTERNAL_DECISION, decided_on=TODAY, internal=True)
        save_status_report(s, found, internal_notes=INTERNAL_NOTE)
    return found


@pytest.fixture(scope="module")
def exports(
    demo: Workspace, project_id: int, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Path]]:
    """The workbook, the pack and every change request's form, for each audience."""
    folder = tmp_path_factory.mktemp("exports")
    changes = demo.run(change_log, project_id).rows
    files: dict[str, dict[str, Path]] = {}
    for audience in Audience:
        files[audience] = {
            "workbook": demo.run(
                export_client_workbook, project_id, folder / f"{audience}.xlsx", audience=audience
            ),
            "pack": demo.run(
                export_steering_pack, project_id, folder / f"{audience}.pdf", audience=audience
            ),
        }
        for row in changes:
            path = folder / f"{audience}-{row.reference}.pdf"
            files[audience][row.reference] = demo.run(
                export_change_form, row.id, path, audience=audience
            )
    return files


def internal_amounts(demo: Workspace, project_id: int, workbook: Path) -> set[Decimal]:
    """The supplier's own amounts: budget, cost, EAC, margin, cost impacts, task costs.

    Amounts the client may see as well (contract, change orders, invoices) are taken out: a
    cost that happens to equal a price is not a leak.
    """
    standing = demo.run(project_standing, project_id)
    kpis, changes = standing.kpis, standing.changes
    value = demo.run(earned_value_report, project_id, detail=False).project
    log = demo.run(change_log, project_id)
    register = demo.run(risk_register, project_id)
    amounts = {
        kpis.cost,
        kpis.margin,
        changes.original_budget,
        changes.current_budget,
        changes.approved_cost,
        changes.pending_cost,
        value.bac,
        value.ac,
        value.eac,
        value.etc,
        value.vac,
        value.cv,
        *(row.cost_impact for row in log.rows),
        *(row.cost_impact for row in register.rows),
        *(row.emv for row in register.rows),
        *task_costs(workbook),
    }
    visible = {
        changes.original_contract_value,
        changes.current_contract_value,
        changes.approved_change_orders,
        changes.pending_change_orders,
        kpis.revenue,
        *(row.change_order_value for row in log.rows),
        *(row.amount for row in demo.run(billing_schedule, project_id)),
    }
    return {
        abs(a).quantize(Decimal("0.01"))
        for a in amounts
        if a is not None and abs(a) >= SMALLEST and abs(a) not in visible
    }


def task_costs(workbook: Path) -> Iterator[Decimal]:
    """The task budgets and actual costs of an internal workbook's Schedule sheet."""
    sheet = openpyxl.load_workbook(workbook)["Schedule"]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if "Budget cost" in row)
    columns = [rows[header].index("Budget cost"), rows[header].index("Actual cost")]
    for row in rows[header + 1 :]:
        for at in columns:
            if isinstance(row[at], int | float):
                yield Decimal(str(row[at]))


def workbook_cells(path: Path) -> Iterator[Any]:
    """Every cell value of every sheet, the very hidden state sheet included."""
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows(values_only=True):
            yield from (value for value in row if value is not None)


def test_client_exports_of_a_fixed_price_project_hold_no_internal_figure(
    demo: Workspace, project_id: int, exports: dict[str, dict[str, Path]]
) -> None:
    """No margin, budget, cost, EAC or cost impact, as a number in a cell or printed money."""
    amounts = internal_amounts(demo, project_id, exports[Audience.INTERNAL]["workbook"])
    assert len(amounts) > 20  # the test searches for something
    currency = demo.run(project_standing, project_id).currency
    client = exports[Audience.CLIENT]
    cells = list(workbook_cells(client["workbook"]))
    numbers = {Decimal(str(v)).quantize(Decimal("0.01")) for v in cells if type(v) in (int, float)}
    texts = " ".join(str(v) for v in cells if isinstance(v, str))
    assert not amounts & {abs(n) for n in numbers}
    for word in INTERNAL_WORDS:
        assert word not in texts, word
    for name, path in client.items():
        if name == "workbook":
            continue
        text = " ".join(pages_text(path))
        for amount in amounts:
            assert money(amount, currency) not in text, (name, amount)
        for word in INTERNAL_WORDS:
            assert word not in text, (name, word)


def test_internal_records_stay_out_of_client_files_and_their_counts(
    demo: Workspace, project_id: int, exports: dict[str, dict[str, Path]]
) -> None:
    """The internal risk, decision and note are in no client file, not even the hidden sheet,
    and the client's red-risk count leaves the internal risk out; the internal files hold all."""
    records = (INTERNAL_RISK, INTERNAL_DECISION, INTERNAL_NOTE)
    for audience, files in exports.items():
        book = " ".join(str(v) for v in workbook_cells(files["workbook"]))
        pack = " ".join(pages_text(files["pack"]))
        for text in records:
            shown_in_pack = text in pack
            assert shown_in_pack == (audience == Audience.INTERNAL), (audience, text)
        for text in records[:2]:  # the workbook has no status report
            assert (text in book) == (audience == Audience.INTERNAL), (audience, text)
    everyone = demo.run(project_standing, project_id).risks.red_risks
    client = demo.run(project_standing, project_id, include_internal=False).risks.red_risks
    assert client == everyone - 1
    pack = " ".join(pages_text(exports[Audience.CLIENT]["pack"]))
    assert f"({client} red)" in pack


def test_the_internal_exports_carry_them_and_say_so(
    demo: Workspace, project_id: int, exports: dict[str, dict[str, Path]]
) -> None:
    """The internal pack prints the margin and the cost; every page says it is internal."""
    internal = exports[Audience.INTERNAL]
    standing = demo.run(project_standing, project_id)
    pages = pages_text(internal["pack"])
    assert all(INTERNAL_FOOTER in page for page in pages)
    text = " ".join(pages)
    assert "Margin" in text
    assert money(standing.changes.current_budget, standing.currency) in text
    assert "Estimate at completion" in text
    cells = list(workbook_cells(internal["workbook"]))
    assert "Margin, % of revenue" in cells
    assert "Internal" not in " ".join(pages_text(exports[Audience.CLIENT]["pack"]))


def test_an_open_book_client_sees_cost_but_never_the_margin(
    demo_template: Path, tmp_path: Path
) -> None:
    """Open-book: the client pack has the budget, the estimate and the earned-value page; no
    margin; the workbook keeps the cost columns and leaves out the margin rows."""
    with templates.open_copy_of(demo_template, tmp_path / "open.cpm") as workspace:
        found = workspace.run(find_project_id, DEMO_PROJECT_CODE)
        assert found is not None
        with workspace.transaction() as s:
            set_open_book(s, found, True)
        pack = workspace.run(export_steering_pack, found, tmp_path / "p.pdf")
        book = workspace.run(export_client_workbook, found, tmp_path / "w.xlsx")
    text = " ".join(pages_text(pack))
    for words in ("Current budget", "Estimate at completion", "Budget and earned value"):
        assert words in text, words
    assert "Margin" not in text
    cells = [str(v) for v in workbook_cells(book)]
    assert "Cost (forecast at completion)" in cells
    assert "Cost impact" in cells
    assert not any(c.startswith("Margin") for c in cells)


@pytest.mark.parametrize("open_book", [False, True])
def test_cost_goes_to_the_client_only_on_an_open_book_contract(open_book: bool) -> None:
    """An open-book client sees cost; the margin and internal records stay internal."""
    view = visibility(Audience.CLIENT, open_book=open_book)
    assert (view.cost, view.margin, view.internal_records) == (open_book, False, False)
    assert view.footer_note == ""
    assert visibility(Audience.INTERNAL, open_book=open_book).footer_note == INTERNAL_FOOTER
