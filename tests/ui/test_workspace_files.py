"""File › New, Open Recent and Save a Copy: the dialogs answered, the files as they should be."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from cpm_desktop.services.portfolio.views import portfolio
from cpm_desktop.ui import workspace_files
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.workspace import create_workspace, open_workspace


def save_as(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The save dialog answers `name` ('' cancels)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (name, ""))


def answer_demo(monkeypatch: pytest.MonkeyPatch, *, yes: bool) -> None:
    button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: button)


def test_new_empty_workspace_gets_the_suffix_and_is_shown(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    save_as(monkeypatch, str(tmp_path / "Client X"))
    answer_demo(monkeypatch, yes=False)
    window.commands.new.trigger()
    assert window.workspace.path == (tmp_path / "Client X.cpm").resolve()
    assert window.workspace.run(portfolio) == []
    assert window.central.currentIndex() == 0


def test_new_workspace_with_the_demo_shows_its_first_project(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    save_as(monkeypatch, str(tmp_path / "second.cpm"))
    answer_demo(monkeypatch, yes=True)
    window.commands.new.trigger()
    assert window.workspace.path.name == "second.cpm"
    assert len(window.workspace.run(portfolio)) == 2
    assert window.central.currentIndex() == 1


def test_cancelling_new_keeps_the_workspace(window: MainWindow, monkeypatch) -> None:
    before = window.workspace.path
    save_as(monkeypatch, "")
    window.commands.new.trigger()
    assert window.workspace.path == before


def test_new_workspace_over_a_folder_that_is_not_there_is_a_message(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(workspace_files, "show_error", lambda _p, _t, exc: shown.append(exc))
    save_as(monkeypatch, str(tmp_path / "missing" / "x.cpm"))
    answer_demo(monkeypatch, yes=False)
    before = window.workspace.path
    window.commands.new.trigger()
    assert len(shown) == 1
    assert window.workspace.path == before


def test_save_a_copy_writes_a_workspace_that_opens(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    save_as(monkeypatch, str(tmp_path / "backup"))
    window.commands.save_copy.trigger()
    copy = tmp_path / "backup.cpm"
    with open_workspace(copy, backup=False) as ws:
        assert [c.name for c in ws.run(portfolio)] == [
            c.name for c in window.workspace.run(portfolio)
        ]
    assert "Copy saved" in window.statusBar().currentMessage()


def test_save_a_copy_onto_the_workspace_itself_is_refused(window: MainWindow, monkeypatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(workspace_files, "show_error", lambda _p, _t, exc: shown.append(exc))
    save_as(monkeypatch, str(window.workspace.path))
    window.commands.save_copy.trigger()
    assert "different file" in str(shown[0])


def test_recent_menu_lists_files_that_open(qtbot, tmp_path: Path) -> None:
    menu = QMenu()
    qtbot.addWidget(menu)
    opened: list[Path] = []
    workspace_files.fill_recent_menu(menu, [], opened.append)
    assert [a.text() for a in menu.actions()] == ["No recent workspaces"]
    assert not menu.actions()[0].isEnabled()
    other = tmp_path / "other.cpm"
    create_workspace(other).close()
    workspace_files.fill_recent_menu(menu, [other], opened.append)
    [action] = menu.actions()
    assert (action.text(), action.toolTip()) == ("other.cpm", str(other))
    action.trigger()
    assert opened == [other]
