"""The Opportunities page and the portfolio's pipeline: the client's opportunities (those
spotted on this project marked), add through the dialog, undo; a bad amount is refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from cpm_desktop.domain.opportunities import OpportunityStage
from cpm_desktop.services.opportunities.views import project_pipeline
from cpm_desktop.services.portfolio.lifecycle import Closing, close_project
from cpm_desktop.ui.opportunities.dialog import OpportunityDialog
from cpm_desktop.ui.opportunities.panel import OpportunitiesPanel
from cpm_desktop.ui.opportunities.pipeline_panel import PipelinePanel
from cpm_desktop.ui.project_records.table_model import CHIP_ROLE
from cpm_desktop.ui.undo import Editor
from tests.ui import project_records_support as support
from tests.ui.project_records_support import ACCEPTED, REJECTED, answer_dialogs, open_panel

editor = support.editor  # fixtures
project_id = support.project_id

REF, STAGE = 0, 4


def stored(editor: Editor, pid: int) -> list[tuple]:
    """The client's opportunities as the workspace file has them now."""
    pipeline = editor.workspace.run(project_pipeline, pid)
    return [(r.reference, r.title, r.estimated_value, r.stage) for r in pipeline.opportunities]


def test_rows_summary_and_marks_match_the_service(
    qtbot, qtmodeltester, editor: Editor, project_id: int
) -> None:
    """The demo client's two opportunities, each marked as spotted here, stages as chips, and
    the pipeline's open value in the summary."""
    panel = open_panel(qtbot, OpportunitiesPanel(editor), project_id)
    qtmodeltester.check(panel.model)
    assert [panel.proxy.index(n, REF).data() for n in range(2)] == ["O-001", "O-002"]
    assert (
        panel.proxy.index(0, REF).data(Qt.ItemDataRole.DecorationRole) is not None
    )  # spotted here
    assert panel.proxy.index(1, STAGE).data(CHIP_ROLE) == "proposed"
    assert panel.summary.text() == (
        "Nordhaven Logistics GmbH: 2 open · 395,000 EUR in the pipeline"
    )


def test_adding_an_opportunity_then_undo(
    qtbot, monkeypatch, editor: Editor, project_id: int
) -> None:
    """OK adds O-003 to the client, spotted on this project and selected; Undo removes it."""
    panel = open_panel(qtbot, OpportunitiesPanel(editor), project_id)
    before = stored(editor, project_id)

    def fill(dialog: OpportunityDialog) -> None:
        assert dialog.currency.currentText() == "EUR"  # the client's
        dialog.title.setText("Hypercare extension")
        dialog.value.setText("42000")
        dialog.stage.setCurrentIndex(dialog.stage.findData(OpportunityStage.QUALIFIED))
        dialog.handed_to.setEditText("Tom Krüger (account manager)")

    opened = answer_dialogs(monkeypatch, OpportunityDialog, fill)
    panel.add_action.trigger()
    assert opened[0].result() == ACCEPTED
    added = ("O-003", "Hypercare extension", Decimal("42000.00"), OpportunityStage.QUALIFIED)
    assert stored(editor, project_id) == [*before, added]
    current = panel.current_row()
    assert current is not None
    assert (current.reference, current.project_id) == ("O-003", project_id)
    assert "437,000 EUR in the pipeline" in panel.summary.text()
    undo = editor.group.createUndoAction(panel)
    assert undo.text() == "Undo Add opportunity"
    undo.trigger()
    assert stored(editor, project_id) == before
    assert panel.proxy.rowCount() == len(before)


def test_a_bad_amount_keeps_the_dialog_open(
    qtbot, monkeypatch, editor: Editor, project_id: int
) -> None:
    """Text that is no amount: the sentence in the dialog, nothing stored."""
    panel = open_panel(qtbot, OpportunitiesPanel(editor), project_id)
    before = stored(editor, project_id)

    def fill(dialog: OpportunityDialog) -> None:
        dialog.title.setText("Something")
        dialog.value.setText("lots")

    opened = answer_dialogs(monkeypatch, OpportunityDialog, fill)
    panel.add_action.trigger()
    assert opened[0].result() == REJECTED
    assert "not an amount" in opened[0].error.text()
    assert stored(editor, project_id) == before


def test_the_portfolio_pipeline_shows_one_client(qtbot, editor: Editor) -> None:
    """A client's pipeline lists its opportunities; for all clients it is hidden."""
    panel = PipelinePanel(editor)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_client("Alpenmarkt AG")
    assert panel.isVisible()
    assert panel.model.rowCount() == 1
    assert panel.summary.text() == "1 open · 1,250,000 CHF in the pipeline"
    with qtbot.waitSignal(panel.sig_open_project) as opened:
        panel.table.doubleClicked.emit(panel.proxy.index(0, 1))
    assert opened.args == ["ALP-CC"]
    panel.show_client(None)
    assert not panel.isVisible()


def test_a_closed_projects_opportunities_stay_editable(
    qtbot, monkeypatch, editor: Editor, project_id: int
) -> None:
    """The project is read-only once closed, its client's pipeline is not: Edit and Undo work."""
    editor.workspace.run(close_project, project_id, Closing(closed_on=dt.date(2026, 11, 20)))
    panel = open_panel(qtbot, OpportunitiesPanel(editor), project_id)
    before = stored(editor, project_id)
    panel.table.selectRow(0)
    answer_dialogs(
        monkeypatch,
        OpportunityDialog,
        lambda d: d.stage.setCurrentIndex(d.stage.findData(OpportunityStage.WON)),
    )
    panel.edit_action.trigger()
    assert stored(editor, project_id)[0][3] is OpportunityStage.WON
    assert panel.summary.text().endswith("· 1 won")
    editor.group.undo()
    assert stored(editor, project_id) == before
    assert editor.failures == []  # type: ignore[attr-defined]
