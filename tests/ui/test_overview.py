"""The Overview tab and the portfolio view: KPI tiles as the services compute them, the
billing flow step by step with undo, the commentary, and the client and workspace tables."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.scheduling import kpi_rags
from cpm_desktop.services.plan.tasks import edit_task
from cpm_desktop.services.portfolio.clients import create_client
from cpm_desktop.services.portfolio.standing import project_standing
from cpm_desktop.services.portfolio.views import find_project_id, portfolio
from cpm_desktop.services.records.billing import billing_schedule
from cpm_desktop.services.records.status_reports import status_report
from cpm_desktop.services.workload.views import portfolio_utilisation
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.overview.billing_dialogs import BillingAmountDialog, InvoiceStepDialog
from cpm_desktop.ui.overview.billing_panel import BillingPanel
from cpm_desktop.ui.overview.commentary import CommentaryDialog
from cpm_desktop.ui.overview.kpi_text import Tile, percent_text
from cpm_desktop.ui.overview.kpi_tiles import KpiTileGrid
from cpm_desktop.ui.overview.portfolio_model import CLIENT, COLUMNS, PROJECT
from cpm_desktop.ui.undo import REFUSED, edit
from tests.ui.windows import shown_on

ACCEPTED = QDialog.DialogCode.Accepted


@pytest.fixture
def window(window: MainWindow, qtbot) -> MainWindow:
    """The demo's main window, shown on the Overview of the demo project."""
    return shown_on(qtbot, window, "overview")


def project_id(window: MainWindow, code: str = DEMO_PROJECT_CODE) -> int:
    return window.workspace.run(find_project_id, code)


def billing(window: MainWindow) -> dict[str, tuple[str, Decimal, str]]:
    """The billing schedule as the workspace file has it: status, amount, invoice number."""
    rows = window.workspace.run(billing_schedule, project_id(window))
    return {row.wbs: (row.status, row.amount, row.invoice_number) for row in rows}


def select_billing(panel: BillingPanel, wbs: str) -> None:
    for row in range(panel.proxy.rowCount()):
        if panel.proxy.index(row, 0).data() == wbs:
            panel.view.setCurrentIndex(panel.proxy.index(row, 1))
            return
    raise AssertionError(f"no billing row {wbs}")


def answer(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog], fill) -> None:
    """Make `dialog_class.exec` fill the dialog with `fill` and accept it."""

    def run(dialog: QDialog) -> int:
        fill(dialog)
        return ACCEPTED.value

    monkeypatch.setattr(dialog_class, "exec", run)


def test_tiles_show_the_kpis_and_rags_the_service_computes(window: MainWindow) -> None:
    kpis = window.workspace.run(project_standing, project_id(window)).kpis
    rags = kpi_rags(kpis)
    tiles = window.overview.view.summary.tiles
    on_time = tiles.tile("on_time_rate")
    assert on_time.value.text() == percent_text(kpis.on_time_rate)
    assert f"{kpis.milestones_met} of {kpis.milestones_counted}" in on_time.detail.text()
    assert on_time.rag == rags["on_time_rate"]
    assert on_time.rag_word.text() == rags["on_time_rate"].capitalize()
    assert tiles.tile("spi").rag == rags["spi"]
    assert tiles.tile("csat_average").value.text() == f"{kpis.csat_average:.1f} / 5"
    assert tiles.tile("pending_change_requests").value.text() == str(kpis.pending_change_requests)


def test_a_project_without_scores_shows_a_dash_not_a_zero(window: MainWindow) -> None:
    window.select_project("ALP-CC")
    csat = window.overview.view.summary.tiles.tile("csat_average")
    assert csat.value.text() == "–"
    assert csat.rag is None
    assert csat.rag_word.text() == ""


def test_next_milestones_are_open_and_soonest_first(window: MainWindow) -> None:
    model = window.overview.view.summary.milestones
    rows = [model.row_at(n) for n in range(model.rowCount())]
    assert rows
    finishes = [row.finish for row in rows]
    assert finishes == sorted(finishes)
    assert rows[0].name == "Design sign-off"
    assert rows[0].status == "Late"


def test_billing_flow_due_invoiced_paid_then_undone(window: MainWindow, monkeypatch) -> None:
    panel = window.overview.view.summary.billing
    assert billing(window)["3.8"][0] == "not_due"
    select_billing(panel, "3.8")
    visible = [step for step, button in panel.step_buttons.items() if not button.isHidden()]
    assert visible == ["due"]
    panel.step_buttons["due"].click()
    assert billing(window)["3.8"][0] == "due"
    select_billing(panel, "3.8")
    assert not panel.step_buttons["invoiced"].isHidden()
    assert not panel.step_buttons["not_due"].isHidden()

    def invoice(dialog: InvoiceStepDialog) -> None:
        dialog.day.setDate(dt.date(2026, 12, 16))
        dialog.number.setText("NHL-2026-052")

    answer(monkeypatch, InvoiceStepDialog, invoice)
    panel.step_buttons["invoiced"].click()
    assert billing(window)["3.8"] == ("invoiced", Decimal("112000.00"), "NHL-2026-052")
    assert not panel.amount_button.isEnabled()  # the invoice's amount stands
    answer(monkeypatch, InvoiceStepDialog, lambda d: d.day.setDate(dt.date(2027, 1, 15)))
    select_billing(panel, "3.8")
    panel.step_buttons["paid"].click()
    assert billing(window)["3.8"][0] == "paid"
    assert "paid 168,000 EUR" in panel.totals.text()
    for expected in ("invoiced", "due", "not_due"):
        window.undo_action.trigger()
        assert billing(window)["3.8"][0] == expected
    window.redo_action.trigger()
    assert billing(window)["3.8"][0] == "due"


def test_bill_a_task_then_change_and_remove_it(window: MainWindow, monkeypatch) -> None:
    panel = window.overview.view.summary.billing
    before = billing(window)

    def bill(dialog: BillingAmountDialog) -> None:
        dialog.task.setCurrentIndex(dialog.task.findText("5.6", Qt.MatchFlag.MatchStartsWith))
        dialog.amount.setText("25000")

    answer(monkeypatch, BillingAmountDialog, bill)
    panel.add_button.click()
    assert billing(window)["5.6"] == ("not_due", Decimal("25000.00"), "")
    select_billing(panel, "5.6")
    answer(monkeypatch, BillingAmountDialog, lambda d: d.amount.setText("30,000"))
    panel.amount_button.click()
    assert billing(window)["5.6"][1] == Decimal("30000.00")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    select_billing(panel, "5.6")
    panel.remove_button.click()
    assert billing(window) == before
    window.undo_action.trigger()
    assert billing(window)["5.6"][1] == Decimal("30000.00")


def test_an_amount_that_is_not_positive_keeps_the_dialog_open(qtbot) -> None:
    dialog = BillingAmountDialog([(1, "1.1  Kick-off")], "EUR")
    qtbot.addWidget(dialog)
    for typed in ("0", "-5", "lots"):
        dialog.amount.setText(typed)
        dialog.accept_if_valid()
        assert dialog.result() != ACCEPTED.value
        assert not dialog.error.isHidden()
    dialog.amount.setText("1200")
    dialog.accept_if_valid()
    assert dialog.result() == ACCEPTED.value


def test_a_refused_step_leaves_the_workspace_as_it_was(
    window: MainWindow, messages, monkeypatch
) -> None:
    panel = window.overview.view.summary.billing
    before = billing(window)
    select_billing(panel, "3.8")
    answer(monkeypatch, InvoiceStepDialog, lambda d: None)
    panel.step("paid")  # not due: the flow refuses, whatever the buttons offer
    assert billing(window) == before
    assert "cannot move to Paid" in messages[-1]


def test_commentary_is_edited_as_one_undoable_step(window: MainWindow, monkeypatch) -> None:
    pid = project_id(window)
    old = window.workspace.run(status_report, pid).commentary
    answer(monkeypatch, CommentaryDialog, lambda d: d.text.setPlainText("Back on track."))
    window.overview.view.summary.commentary.edit_button.click()
    assert window.workspace.run(status_report, pid).commentary == "Back on track."
    assert window.overview.view.summary.commentary.body.text() == "Back on track."
    window.undo_action.trigger()
    assert window.workspace.run(status_report, pid).commentary == old


def test_an_edit_elsewhere_reaches_the_tiles_when_the_tab_is_shown(window: MainWindow) -> None:
    window.show_view("timeline")
    pid = project_id(window)
    plan = window.timeline.current_timeline
    assert plan is not None
    task = next(t for t in plan.tasks if t.name == "Design sign-off")
    day = dt.date(2026, 11, 18)
    done = edit(
        "Done", edit_task, task.id, percent_complete=100, actual_start=day, actual_finish=day
    )
    assert window.editor.run(pid, done) is not REFUSED
    window.show_view("overview")
    kpis = window.workspace.run(project_standing, pid).kpis
    tile = window.overview.view.summary.tiles.tile("on_time_rate")
    assert tile.value.text() == percent_text(kpis.on_time_rate)
    assert kpis.milestones_met == 5  # the design sign-off, now met on its baseline day


def test_all_clients_shows_every_project_sortable(window: MainWindow, qtbot) -> None:
    assert window.select_portfolio(None)
    view = window.portfolio
    assert window.central.currentWidget() is window.portfolio_page
    assert view.title.text() == "All clients"
    proxy = view.proxy
    codes = {proxy.index(r, PROJECT).data().split()[0] for r in range(proxy.rowCount())}
    assert codes == {"ALP-CC", "NHL-WMS"}
    view.table.sortByColumn(CLIENT, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, CLIENT).data() == "Nordhaven Logistics GmbH"
    csat = [title for title, *_ in COLUMNS].index("CSAT")
    view.table.sortByColumn(csat, Qt.SortOrder.AscendingOrder)
    assert proxy.index(1, csat).data() == "–"  # nothing to measure sorts last
    assert view.tiles.tile("repeat").detail.text().startswith("0 of 2 clients")
    # The demo reports in EUR: the ALP-CC's CHF is converted at the rate of its status date.
    assert "money in EUR at 1 CHF = 1.065 EUR from" in view.note.text()
    assert view.tiles.tile("margin_pct").detail.text().endswith(" EUR")
    team = window.workspace.run(portfolio_utilisation, None)
    assert view.tiles.tile("utilisation").value.text() == f"{team.percent:.0f} %"


def test_a_client_row_shows_its_projects_and_opens_one(window: MainWindow) -> None:
    assert window.select_portfolio("nordhaven logistics gmbh")
    view = window.portfolio
    assert view.title.text() == "Nordhaven Logistics GmbH"
    assert view.proxy.rowCount() == 1
    assert [s.label for s in view.csat_chart.series] == ["NHL-WMS"]
    assert [r.label for r in view.burn_chart.rows] == ["NHL-WMS"]
    view.table.doubleClicked.emit(view.proxy.index(0, PROJECT))
    assert window.central.currentIndex() == 1
    assert window.overview.project_id == project_id(window)
    assert not window.select_portfolio("No such client")


def test_a_tile_opens_where_its_detail_is(window: MainWindow, qtbot) -> None:
    tiles = window.overview.view.summary.tiles
    qtbot.mouseClick(tiles.tile("open_red_risks"), Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.risks.page
    window.show_view("overview")
    tile = tiles.tile("csat_average")
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert window.overview.view.pages.currentWidget() is window.overview.view.feedback
    assert window.tabs.currentWidget() is window.overview.page
    window.overview.view.pages.setCurrentIndex(0)
    plain = tiles.tile("margin_pct")  # nowhere to go: a click does nothing
    qtbot.mouseClick(plain, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.overview.page
    assert "Click to open the risk register" in tiles.tile("open_red_risks").toolTip()


def test_a_client_without_projects_shows_calm_empty_figures(window: MainWindow) -> None:
    assert (
        window.editor.run(0, edit("New client", create_client, "Zephyr Freight AG")) is not REFUSED
    )
    window.navigator_model.set_portfolio(window.workspace.run(portfolio))
    assert window.select_portfolio("Zephyr Freight AG")
    view = window.portfolio
    assert view.proxy.rowCount() == 0
    assert view.tiles.tile("projects").value.text() == "0"
    assert view.tiles.tile("on_time_rate").value.text() == "–"
    assert view.csat_chart.series == []
    assert view.burn_chart.rows == []


def test_tiles_take_fewer_columns_rather_than_scroll_sideways(qtbot) -> None:
    """Ten tiles with long words in a narrow page: fewer tiles a row, every tile whole, the
    page never wider than it is."""
    grid = KpiTileGrid(columns=5)
    qtbot.addWidget(grid)
    long_title = "Risques et problèmes rouges en attente"
    grid.set_tiles([Tile(f"k{n}", long_title, "−1,7 %", "détail", "amber", "") for n in range(10)])
    grid.resize(1200, 400)
    grid.show()
    qtbot.waitExposed(grid)
    wide = {tile.y() for tile in grid.tiles if not tile.isHidden()}
    grid.resize(600, 600)
    qtbot.wait(10)
    narrow = {tile.y() for tile in grid.tiles if not tile.isHidden()}
    assert grid.minimumSizeHint().width() <= 600
    assert len(narrow) > len(wide)  # more rows
    for tile in grid.tiles:
        if not tile.isHidden():
            assert tile.width() >= tile.minimumSizeHint().width()
            assert tile.geometry().right() <= grid.width()
