"""File > Export > Steering Committee Pack (PDF)…: the dialog, the undoable save, the PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.services.portfolio.views import find_project_id, project_summary
from cpm_desktop.services.records.pack_settings import SECTIONS, PackSettings, pack_settings
from cpm_desktop.services.records.status_reports import StatusReportRow, status_report
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.steering_pack import export
from cpm_desktop.ui.steering_pack.dialog import SteeringPackDialog
from cpm_desktop.ui.steering_pack.sections_model import SectionsModel


def png_file(path: Path) -> Path:
    """A small real PNG (a blue square) written to `path`."""
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#0b4f8a"))
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    """PDFs the app asked the desktop to open (never opened for real)."""
    found: list[Path] = []
    monkeypatch.setattr(export, "open_pdf", found.append)
    return found


def play(monkeypatch, decide: Callable[[SteeringPackDialog], None]) -> list[SteeringPackDialog]:
    """Let `decide` fill in the dialog (and press a button); return the dialogs shown."""
    shown: list[SteeringPackDialog] = []

    def exec_(dialog: SteeringPackDialog) -> int:
        shown.append(dialog)
        decide(dialog)
        return dialog.result()

    monkeypatch.setattr(SteeringPackDialog, "exec", exec_)
    return shown


def saved(window: MainWindow) -> tuple[PackSettings, StatusReportRow]:
    """The demo project's pack settings and status report as the workspace has them now."""
    project_id = window.workspace.run(find_project_id, DEMO_PROJECT_CODE)
    return (
        window.workspace.run(pack_settings, project_id),
        window.workspace.run(status_report, project_id),
    )


def save_as(monkeypatch, target: Path | None) -> list[str]:
    """Answer the save dialog with `target` (None: Cancel); return the suggested names."""
    suggested: list[str] = []

    def choose(_parent, _title, directory, _filter):
        suggested.append(directory)
        return (str(target), export.PDF_FILTER) if target else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return suggested


def test_dialog_shows_the_saved_settings_and_report(window: MainWindow, monkeypatch) -> None:
    """The demo's meeting date, confidentiality, RAGs and commentary fill the dialog."""
    shown = play(monkeypatch, lambda d: d.reject())
    window.commands.export_pack.trigger()
    [dialog] = shown
    assert dialog.sections.chosen() == SECTIONS
    assert dialog.has_meeting.isChecked()
    assert dialog.meeting_date.date().toPython() == dt.date(2026, 11, 25)
    assert dialog.confidentiality.text().startswith("Confidential — Nordhaven")
    assert {name: combo.value() for name, combo in dialog.rags.items()} == {
        "schedule_rag": "amber",
        "budget_rag": "green",
        "scope_rag": "amber",
        "risk_rag": "amber",
    }
    assert dialog.commentary.toPlainText().startswith("Overall amber.")
    assert dialog.settings_changes() == {}
    assert dialog.report_changes() == {}


def test_export_saves_the_edits_writes_the_pdf_and_undo_restores(
    window: MainWindow, monkeypatch, tmp_path: Path, opened: list[Path], settings: AppSettings
) -> None:
    """Edits are saved as one undoable step, the PDF is written and opened; Ctrl+Z undoes."""
    before = saved(window)
    logo = png_file(tmp_path / "client.png")

    def edit(dialog: SteeringPackDialog) -> None:
        gantt = dialog.sections.index(SECTIONS.index("gantt"))
        dialog.sections.setData(gantt, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        dialog.rags["budget_rag"].set_value("red")
        dialog.commentary.setPlainText("Red on budget: the SAP rework costs EUR 40,000.")
        assert dialog.logo.load(logo)
        dialog.export_button.click()

    play(monkeypatch, edit)
    target = tmp_path / "pack"
    suggested = save_as(monkeypatch, target)
    window.commands.export_pack.trigger()
    pdf = tmp_path / "pack.pdf"
    assert Path(suggested[0]).name == "NHL-WMS steering pack 2026-11-20.pdf"
    assert len(PdfReader(pdf).pages) >= 2
    assert opened == [pdf]  # 'Open the PDF when done' is on by default
    assert str(pdf) in window.statusBar().currentMessage()
    settings_now, report_now = saved(window)
    assert "gantt" not in settings_now.sections
    assert (settings_now.paper, settings_now.logo, settings_now.logo_name) == (
        "letter",
        logo.read_bytes(),
        "client.png",
    )
    assert (report_now.budget_rag, report_now.schedule_rag) == ("red", "amber")
    assert report_now.commentary.startswith("Red on budget")
    assert window.undo_action.text() == "&Undo Steering pack settings"
    window.undo_action.trigger()
    assert saved(window) == before


def test_export_without_changes_adds_no_undo_step(
    window: MainWindow, monkeypatch, tmp_path: Path, opened: list[Path], settings: AppSettings
) -> None:
    """Exporting as saved writes the PDF only; unticking 'open' is remembered."""
    settings.set_open_pack_when_done(True)

    def just_export(dialog: SteeringPackDialog) -> None:
        dialog.open_when_done.setChecked(False)
        dialog.export_button.click()

    play(monkeypatch, just_export)
    save_as(monkeypatch, tmp_path / "same.pdf")
    window.commands.export_pack.trigger()
    assert (tmp_path / "same.pdf").is_file()
    assert opened == []
    assert not settings.open_pack_when_done()
    assert not window.undo_action.isEnabled()


def test_cancel_writes_nothing(window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    """Cancel in the dialog, or in the save dialog and then the dialog, keeps everything."""
    before = saved(window)

    def edit_then_give_up(dialog: SteeringPackDialog) -> None:
        dialog.commentary.setPlainText("Not this week.")
        dialog.export_button.click()  # the save dialog is cancelled: the dialog stays open
        assert dialog.result() != QDialog.DialogCode.Accepted.value
        dialog.reject()

    play(monkeypatch, edit_then_give_up)
    save_as(monkeypatch, None)
    window.commands.export_pack.trigger()
    assert saved(window) == before
    assert list(tmp_path.glob("*.pdf")) == []
    assert not window.undo_action.isEnabled()


def test_a_bad_logo_is_refused_with_a_message(
    window: MainWindow, monkeypatch, tmp_path: Path, messages: list[str]
) -> None:
    """A GIF (or text named .png) is refused with a message; the logo stays as it was."""
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"GIF89a" + bytes(40))
    results: list[bool] = []

    def try_logo(dialog: SteeringPackDialog) -> None:
        results.append(dialog.logo.load(fake))
        dialog.reject()

    play(monkeypatch, try_logo)
    window.commands.export_pack.trigger()
    assert results == [False]
    assert len(messages) == 1
    assert "PNG or JPEG" in messages[0]


def test_no_section_is_an_inline_problem(window: MainWindow, monkeypatch) -> None:
    """With every section unticked, Export… says why and does not ask for a file."""
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append("x") or ("", ""))
    problems: list[str] = []

    def untick_all(dialog: SteeringPackDialog) -> None:
        dialog.sections.set_chosen(())
        dialog.export_button.click()
        problems.append(dialog.error.text())
        dialog.reject()

    play(monkeypatch, untick_all)
    window.commands.export_pack.trigger()
    assert problems == ["Choose at least one section for the pack."]
    assert asked == []


def test_sections_model_passes_the_model_tester(qtmodeltester) -> None:
    """The sections list is a well-behaved item model, ticked in print order."""
    model = SectionsModel(("risks", "cover"))
    qtmodeltester.check(model)
    assert model.chosen() == ("cover", "risks")


def test_billing_and_csat_are_sections_to_tick(qtmodeltester) -> None:
    """Issue 11's billing schedule and client satisfaction are listed, in print order."""
    model = SectionsModel(SECTIONS)
    qtmodeltester.check(model)
    labels = [model.data(model.index(row)) for row in range(model.rowCount())]
    assert labels.index("Billing schedule") == SECTIONS.index("billing")
    assert labels.index("Client satisfaction (CSAT)") == SECTIONS.index("feedback")
    for name in ("billing", "feedback"):
        row = model.index(SECTIONS.index(name))
        model.setData(row, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.chosen() == tuple(n for n in SECTIONS if n not in ("billing", "feedback"))


def test_paper_follows_the_locale_and_names_sort(window: MainWindow) -> None:
    """US locales default to Letter, others to A4; names carry the ISO status date."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert export.locale_paper() == "letter"
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert export.locale_paper() == "a4"
    finally:
        QLocale.setDefault(previous)
    summary = window.workspace.run(project_summary, window._project_id)
    assert export.suggested_name(summary.code, None).endswith(f"{dt.date.today()}.pdf")


def test_the_export_menu_offers_the_pack_next_to_the_workbook(window: MainWindow) -> None:
    """File > Export lists the pack right after Excel Workbook…; disabled without a project."""
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    export_menu = next(a.menu() for a in file_menu.actions() if a.text() == "&Export")
    texts = [a.text().replace("&", "") for a in export_menu.actions()]
    assert texts.index("Steering Committee Pack (PDF)…") == texts.index("Excel Workbook…") + 1
    window.navigator.clearSelection()
    window._show_project(None)
    assert not window.commands.export_pack.isEnabled()
