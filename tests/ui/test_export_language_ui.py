"""Every export dialog offers the language it is written in: the client's first and chosen,
any other on request, as `export ... --lang` does."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog

from cpm_desktop.domain.audience import Audience
from cpm_desktop.domain.locales import LOCALES
from cpm_desktop.ui.client_workbook import export as workbook_export
from cpm_desktop.ui.dialogs.audience import AudienceDialog
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.steering_pack import export as pack_export
from cpm_desktop.ui.steering_pack.dialog import SteeringPackDialog


@pytest.fixture(autouse=True)
def nothing_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    """Written files are never opened in a viewer."""
    monkeypatch.setattr(workbook_export, "open_workbook", lambda _path: None)
    monkeypatch.setattr(pack_export, "open_pdf", lambda _path: None)


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Answer the save dialog with `target`."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))


def test_the_clients_language_comes_first_and_is_chosen(qtbot) -> None:
    """A Swiss client's exports are offered in German (Switzerland), marked as theirs; any
    other locale can be picked, and only the language is asked where no audience applies."""
    dialog = AudienceDialog("Export", "de_CH")
    qtbot.addWidget(dialog)
    assert dialog.language.itemText(0) == "German (Switzerland) — the client's"
    assert dialog.reader().locale == "de_CH"
    dialog.language.choose("fr_FR")
    dialog.choice.buttons[Audience.INTERNAL].setChecked(True)
    assert (dialog.reader().audience, dialog.reader().locale) == (Audience.INTERNAL, "fr_FR")
    only_language = AudienceDialog("Export", "en_GB", with_audience=False)
    qtbot.addWidget(only_language)
    assert only_language.choice.isHidden()
    assert only_language.language.count() == len(LOCALES)


def test_the_workbook_is_written_in_the_language_chosen(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Choosing French in the dialog writes French sheet tabs; the client's (English in the
    suite's demo) writes English ones."""

    def in_french(dialog: AudienceDialog) -> QDialog.DialogCode:
        dialog.language.choose("fr_FR")
        return QDialog.DialogCode.Accepted

    save_to(monkeypatch, tmp_path / "english.xlsx")
    window.commands.export_workbook.trigger()
    monkeypatch.setattr(AudienceDialog, "exec", in_french)
    save_to(monkeypatch, tmp_path / "french.xlsx")
    window.commands.export_workbook.trigger()
    english = openpyxl.load_workbook(tmp_path / "english.xlsx", read_only=True).sheetnames
    french = openpyxl.load_workbook(tmp_path / "french.xlsx", read_only=True).sheetnames
    assert "Risks" in english
    assert "Risques" in french
    assert "Risks" not in french


def test_the_pack_dialog_writes_in_the_language_chosen(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The pack dialog's 'Written in' starts at the client's locale; German gives a German
    pack."""
    shown: list[str] = []

    def in_german(dialog: SteeringPackDialog) -> int:
        shown.append(dialog.written_in())
        dialog.language.choose("de_DE")
        dialog.export_button.click()
        return dialog.result()

    monkeypatch.setattr(SteeringPackDialog, "exec", in_german)
    save_to(monkeypatch, tmp_path / "pack.pdf")
    window.commands.export_pack.trigger()
    assert shown == ["en_GB"]  # the suite's demo client reads English
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "pack.pdf").pages[:3])
    assert "Zusammenfassung" in text
