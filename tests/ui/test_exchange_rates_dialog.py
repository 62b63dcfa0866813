"""Edit › Exchange Rates…: each change is an undoable workspace-wide edit the portfolio follows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QSize

from cpm_desktop.services.portfolio.exchange_rates import exchange_rates
from cpm_desktop.ui.exchange_rates.dialog import ExchangeRatesDialog
from cpm_desktop.ui.exchange_rates.edits import _number
from cpm_desktop.ui.formatting import qdate
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.undo import WORKSPACE_WIDE
from tests.ui.clipping import clipped, report
from tests.ui.windows import shown_on

NOV_16 = dt.date(2026, 11, 16)  # after the demo's 2 Nov rate, before its 20 Nov status date


@pytest.fixture
def dialog(window: MainWindow, qtbot) -> ExchangeRatesDialog:
    """The dialog over the demo's window, with the portfolio on screen behind it."""
    shown_on(qtbot, window, "portfolio")
    assert window.central.currentWidget() is window.portfolio_page
    shown = ExchangeRatesDialog(window.editor, window)
    qtbot.addWidget(shown)
    return shown


def _rates(window: MainWindow) -> list[tuple[str, dt.date, Decimal]]:
    settings = window.workspace.run(exchange_rates)
    return [(r.currency, r.valid_from, r.rate) for r in settings.rates]


def test_the_menu_offers_the_dialog(window: MainWindow) -> None:
    """Edit › Exchange Rates… exists with the settings icon from resources/."""
    edit_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Edit"
    )
    texts = [a.text() for a in edit_menu.actions()]
    assert "E&xchange Rates…" in texts
    assert not window.commands.exchange_rates.icon().isNull()


def test_the_dialog_shows_the_demos_rates(dialog: ExchangeRatesDialog, qtmodeltester) -> None:
    """The demo reports in EUR with two dated CHF rates; the model passes Qt's checks."""
    assert dialog.reporting.currentText() == "EUR"
    model = dialog.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["CHF", "CHF"]
    assert model.index(1, 2).data() == "1.065"
    assert "1 CHF = 1.065 EUR" in model.index(1, 0).data(3)  # its tooltip
    qtmodeltester.check(model)


def test_adding_a_rate_converts_the_portfolio_and_undo_takes_it_back(
    window: MainWindow, dialog: ExchangeRatesDialog
) -> None:
    """A newer CHF rate is used by the portfolio at once; Undo and Redo in the dialog too."""
    before = _rates(window)
    dialog.currency.setCurrentText("chf")
    dialog.valid_from.setDate(qdate(NOV_16))
    dialog.rate.setText("1,10")  # a decimal comma is read as typed in Zurich
    dialog.add_rate()
    assert _rates(window) == [*before, ("CHF", NOV_16, Decimal("1.1"))]
    assert dialog.model.rowCount() == 3
    portfolio = window.portfolio
    assert portfolio.report is not None
    assert [r.rate for r in portfolio.report.rates_used] == [Decimal("1.1")]
    assert "1 CHF = 1.10 EUR" in portfolio.note.text()
    assert window.editor.stack(WORKSPACE_WIDE).canUndo()
    dialog.undo_action.trigger()
    assert _rates(window) == before
    assert [r.rate for r in portfolio.report.rates_used] == [Decimal("1.065")]
    dialog.redo_action.trigger()
    assert len(_rates(window)) == 3


def test_the_windows_undo_takes_back_a_rate_on_the_portfolio(
    window: MainWindow, dialog: ExchangeRatesDialog
) -> None:
    """With no project on screen, Edit › Undo acts on the workspace-wide edits."""
    before = _rates(window)
    dialog.table.selectRow(0)
    dialog.delete_rate()
    dialog.close()
    assert window.undo_action.isEnabled()
    assert "Delete the CHF rate" in window.undo_action.text()
    window.undo_action.trigger()
    assert _rates(window) == before


def test_changing_and_deleting_the_selected_rate(
    window: MainWindow, dialog: ExchangeRatesDialog
) -> None:
    """Selecting a rate fills the form; Change gives it the form's values; Delete removes it."""
    dialog.table.selectRow(1)
    assert (dialog.currency.currentText(), dialog.rate.text()) == ("CHF", "1.065")
    dialog.rate.setText("1.07")
    dialog.save_rate()
    assert _rates(window)[1][2] == Decimal("1.07")
    dialog.table.selectRow(0)
    dialog.delete_rate()
    assert [r[1] for r in _rates(window)] == [dt.date(2026, 11, 2)]


@pytest.mark.parametrize("typed", ["abc", "-1", "0", "1e400", ""])
def test_a_bad_rate_is_a_message_and_changes_nothing(
    window: MainWindow, dialog: ExchangeRatesDialog, messages: list[str], typed: str
) -> None:
    """Text, negative, zero, huge or no rate: one message, no edit, no traceback."""
    before = _rates(window)
    dialog.currency.setCurrentText("GBP")
    dialog.rate.setText(typed)
    dialog.add_rate()
    assert len(messages) == 1
    assert "exchange rate" in messages[0]
    assert _rates(window) == before
    assert not window.editor.stack(WORKSPACE_WIDE).canUndo()


def test_a_rate_for_the_reporting_currency_is_refused(
    dialog: ExchangeRatesDialog, messages: list[str]
) -> None:
    """EUR into EUR: refused with the reason."""
    dialog.currency.setCurrentText("EUR")
    dialog.rate.setText("1")
    dialog.add_rate()
    assert messages == ["EUR is the reporting currency: its rate is always 1, so it needs none."]


def test_clearing_the_reporting_currency_shows_money_per_currency(
    window: MainWindow, dialog: ExchangeRatesDialog
) -> None:
    """No reporting currency: the portfolio's money tiles show each currency, never a sum."""
    dialog.reporting.setCurrentText("")
    dialog.apply_reporting()
    assert window.workspace.run(exchange_rates).reporting_currency is None
    assert not dialog.add_button.isEnabled()  # rates are quoted in the reporting currency
    portfolio = window.portfolio
    budget = portfolio.tiles.tile("budget_variance_pct")
    assert budget.value.text() == "per currency"
    assert budget.detail.text().startswith("CHF ")
    assert " · EUR " in budget.detail.text()
    assert "+" not in budget.detail.text().replace("+0", "")
    assert "Edit › Exchange Rates…" in portfolio.note.text()
    for tile in ("budget_variance_pct", "margin_pct"):
        assert "CHF + EUR" not in portfolio.tiles.tile(tile).detail.text()
    dialog.reporting.setCurrentText("eur")
    dialog.apply_reporting()
    assert window.workspace.run(exchange_rates).reporting_currency == "EUR"
    assert portfolio.tiles.tile("budget_variance_pct").value.text() != "per currency"


def test_a_bad_reporting_currency_is_refused_and_put_back(
    window: MainWindow, dialog: ExchangeRatesDialog, messages: list[str]
) -> None:
    """Two letters are no currency: a message, and the combo shows EUR again."""
    dialog.reporting.setCurrentText("EU")
    dialog.apply_reporting()
    assert messages == [
        "The reporting currency must be a three-letter ISO code such as EUR or CHF."
    ]
    assert dialog.reporting.currentText() == "EUR"
    assert window.workspace.run(exchange_rates).reporting_currency == "EUR"


def test_nothing_is_clipped_at_1280_by_800(
    window: MainWindow, dialog: ExchangeRatesDialog, qtbot
) -> None:
    """On a 1280 × 800 projector the dialog fits, and none of its text is cut."""
    window.resize(QSize(1280, 800))
    dialog.show()
    qtbot.waitExposed(dialog)
    size = dialog.frameGeometry().size()
    assert size.width() <= 1280
    assert size.height() <= 800
    assert clipped(dialog) == [], report(clipped(dialog))


def test_a_decimal_comma_is_read_as_a_point() -> None:
    """'1,065' is 1.065; a comma with a point, or two commas, goes to the service as typed."""
    assert _number(" 1,065 ") == "1.065"
    assert _number("1,000.5") == "1,000.5"
    assert _number("1,0,6") == "1,0,6"


def test_the_portfolio_per_currency_is_not_clipped_at_1280_by_800(
    window: MainWindow, dialog: ExchangeRatesDialog, qtbot
) -> None:
    """Money per currency (no reporting currency): the longer note and tiles still fit."""
    dialog.reporting.setCurrentText("")
    dialog.apply_reporting()
    dialog.close()
    window.resize(QSize(1280, 800))
    qtbot.wait(50)
    assert window.portfolio.tiles.tile("margin_pct").value.text() == "per currency"
    assert clipped(window) == [], report(clipped(window))
