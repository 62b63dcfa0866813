"""The Service Levels page end to end: the demo's SLAs rated as the read model rates them; add
an SLA, paste its values, record, edit and clear one, each undoable; the paste's preview and
errors; the Overview's card only when a project keeps SLAs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from cpm_desktop.demo.portfolio import RETAIL_PROJECT_CODE
from cpm_desktop.domain.service_levels import SlaDirection, SlaPeriod
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.service_levels.views import service_levels
from cpm_desktop.ui.overview.service_levels_card import ServiceLevelsCard
from cpm_desktop.ui.project_records.table_model import CHIP_ROLE
from cpm_desktop.ui.service_levels.columns import SLA_RAG
from cpm_desktop.ui.service_levels.page import ServiceLevelsPage
from cpm_desktop.ui.service_levels.paste_dialog import PasteValuesDialog
from cpm_desktop.ui.service_levels.sla_dialog import SlaDialog
from cpm_desktop.ui.service_levels.value_dialog import ValueDialog
from cpm_desktop.ui.undo import Editor
from tests.ui import project_records_support as support
from tests.ui.project_records_support import answer_dialogs

editor = support.editor  # fixtures
project_id = support.project_id


@pytest.fixture
def page(qtbot, editor: Editor, project_id: int) -> ServiceLevelsPage:
    """The page on the demo project at a projector's size."""
    widget = ServiceLevelsPage(editor)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show_project(project_id)
    widget.show()
    return widget


def _column(page: ServiceLevelsPage, column: int, role: int = 0) -> list[str]:
    proxy = page.slas.proxy
    return [str(proxy.index(row, column).data(role)) for row in range(proxy.rowCount())]


def _periods(page: ServiceLevelsPage) -> list[str]:
    proxy = page.periods.proxy
    return [
        f"{proxy.index(row, 0).data()} {proxy.index(row, 1).data()}"
        for row in range(proxy.rowCount())
    ]


def _stored(editor: Editor, pid: int) -> list[tuple[str, list[float]]]:
    return [
        (r.name, [m.value for m in r.measures]) for r in editor.workspace.run(service_levels, pid)
    ]


def test_the_demos_slas_and_the_selected_ones_periods(
    page: ServiceLevelsPage, qtmodeltester
) -> None:
    """Three SLAs with their RAG chips; the first selected, its periods latest first."""
    assert _column(page, 0) == ["SLA-01", "SLA-02", "SLA-03"]
    assert _column(page, SLA_RAG, CHIP_ROLE) == ["amber", "green", "red"]
    assert page.periods.heading.text() == "SLA-01  WMS platform availability"
    assert _periods(page)[0] == "Week of 16 Nov 2026 99.3 %"
    assert page.periods.chart.sla is not None
    page.slas.select(page.slas.model.row_at(2).id)
    assert page.periods.sla is not None
    assert page.periods.sla.reference == "SLA-03"
    assert "↑ worse" in page.periods.facts.text()
    qtmodeltester.check(page.slas.model)
    qtmodeltester.check(page.periods.model)


def test_add_an_sla_paste_its_values_and_undo_both(
    page: ServiceLevelsPage, editor: Editor, project_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Add SLA-04 through its dialog, paste three months in one edit; undo takes the values
    back, then the SLA."""
    before = _stored(editor, project_id)

    def fill(dialog: SlaDialog) -> None:
        dialog.name.setText("Open ticket backlog")
        dialog.target.setText("20")
        dialog.unit.setCurrentText("tickets")
        dialog.direction.setCurrentIndex(dialog.direction.findData(SlaDirection.AT_MOST))
        dialog.period.setCurrentIndex(dialog.period.findData(SlaPeriod.MONTHLY))
        dialog.tolerance.setText("5")

    answer_dialogs(monkeypatch, SlaDialog, fill)
    page.slas.add_record()
    assert _column(page, 0)[-1] == "SLA-04"
    assert page.periods.sla is not None
    assert page.periods.sla.reference == "SLA-04"

    def paste(dialog: PasteValuesDialog) -> None:
        dialog.text.setPlainText(
            "Month\tOpen\nSep 2026\t12\n2026-10\t23\nNov 2026\t31\tgo-live prep"
        )
        dialog.read()
        assert dialog.model.rowCount() == 3
        assert dialog.ok.isEnabled()
        assert dialog.summary.text() == "3 values to record, 2 missing the target."
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    monkeypatch.setattr(PasteValuesDialog, "exec", lambda self: paste(self) or 1)
    page.periods.paste()
    assert _stored(editor, project_id)[-1] == ("Open ticket backlog", [12.0, 23.0, 31.0])
    assert _periods(page) == ["Nov 2026 31 tickets", "Oct 2026 23 tickets", "Sep 2026 12 tickets"]
    assert _column(page, SLA_RAG, CHIP_ROLE)[-1] == "red"
    editor.group.undo()
    assert _stored(editor, project_id)[-1] == ("Open ticket backlog", [])
    assert page.periods.model.rowCount() == 0
    editor.group.undo()
    assert _stored(editor, project_id) == before
    assert _column(page, 0) == ["SLA-01", "SLA-02", "SLA-03"]


def test_a_paste_with_a_bad_line_records_nothing(
    page: ServiceLevelsPage, editor: Editor, project_id: int
) -> None:
    """The preview lists what it read and names the line it cannot read; OK stays disabled."""
    sla = page.periods.sla
    assert sla is not None
    dialog = PasteValuesDialog(sla, lambda text: pytest.fail("recorded"), page)
    dialog.text.setPlainText("2026-11-23 99.9\nlast week 99.1\n2026-11-16 99.5")
    dialog.read()
    assert dialog.model.rowCount() == 2
    assert not dialog.ok.isEnabled()
    assert dialog.errors.text().startswith("Line 2: 'last' is not a period")
    assert (
        dialog.summary.text()
        == "2 values to record, 1 replacing a value recorded, 0 missing the target."
    )
    dialog.record()
    dialog.deleteLater()


def test_record_edit_and_clear_a_value(
    page: ServiceLevelsPage, editor: Editor, project_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A value for the week after the last is suggested; editing keeps its week; clearing it
    is undoable; a value that is not a number is refused in the dialog."""
    page.periods.today = lambda: dt.date(2026, 11, 20)
    opened = answer_dialogs(monkeypatch, ValueDialog, lambda d: d.value.setText("99,7"))
    page.periods.record()
    assert opened[-1].period.text() == "Week of 23 Nov 2026"
    assert _periods(page)[0] == "Week of 23 Nov 2026 99.7 %"
    page.periods.table.selectRow(0)
    answer_dialogs(monkeypatch, ValueDialog, lambda d: d.value.setText("lots"))
    page.periods.edit_current()
    assert _periods(page)[0] == "Week of 23 Nov 2026 99.7 %"
    answer_dialogs(monkeypatch, ValueDialog, lambda d: d.value.setText("99.4"))
    page.periods.edit_current()
    assert _periods(page)[0] == "Week of 23 Nov 2026 99.4 %"
    page.periods.table.selectRow(0)
    page.periods.clear_current()
    assert _periods(page)[0] == "Week of 16 Nov 2026 99.3 %"
    editor.group.undo()
    assert _periods(page)[0] == "Week of 23 Nov 2026 99.4 %"


def test_the_overview_card_shows_only_with_slas(qtbot, editor: Editor, project_id: int) -> None:
    """The demo project's three SLAs, one line each; none for the retail project: hidden."""
    card = ServiceLevelsCard(editor)
    qtbot.addWidget(card)
    card.resize(900, 300)
    card.show_project(project_id)
    assert not card.isHidden()
    rows = [card.model.row_at(n) for n in range(card.model.rowCount())]
    assert [r.reference for r in rows] == ["SLA-01", "SLA-02", "SLA-03"]
    assert card.proxy.index(2, 2).data() == "3.1 days"
    assert card.note.text() == "3 SLAs at the last period measured; 2 missed"
    retail = editor.workspace.run(find_project_id, RETAIL_PROJECT_CODE)
    card.show_project(retail)
    assert card.isHidden()
