"""Fixtures every UI test module may ask for: private settings, a main window on a private copy
of the demo (tests/conftest.py's `demo_template`); and, for every test, message boxes recorded
and the exports' reader dialog answered with its defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.ui.dialogs.audience import AudienceDialog
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.settings import AppSettings
from tests.services.returned_workbook import open_copy


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """Settings in a private INI file, so tests never see each other's recent files."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, demo_template: Path, tmp_path: Path, settings: AppSettings) -> MainWindow:
    """The main window on a private copy of the demo, showing the demo project."""
    win = MainWindow(open_copy(demo_template, tmp_path), settings)
    qtbot.addWidget(win)
    win.start(DEMO_PROJECT_CODE)
    return win


@pytest.fixture(autouse=True)
def _application(qapp: QApplication) -> QApplication:
    """Every UI test has the QApplication, whichever test a worker runs first (a widget
    built before it aborts the process)."""
    return qapp


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded, not shown: a modal box would wait forever offscreen."""
    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args: shown.append(args[2]))
    return shown


@pytest.fixture(autouse=True)
def reader_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    """An export's "who is it for, in which language" dialog is answered OK with what it
    proposes (the client, in the client's language): a modal dialog would wait forever
    offscreen. A test that answers otherwise patches `AudienceDialog.exec` itself."""
    monkeypatch.setattr(AudienceDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
