"""An edit's name in two languages: the Edit menu and the refusal's title in the window's,
the workspace's history in English (an audit trail reads the same for everyone)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QWidget

from cpm_desktop.services.records.decisions import DecisionRow
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.project_records.decisions_panel import DecisionsPanel
from cpm_desktop.ui.undo import Word, named, undo_action

TRANSLATIONS = Path(__file__).parents[2] / "resources" / "translations"


@pytest.fixture(scope="module")
def german_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The window's German translations, compiled from the .ts files as the Makefile does."""
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    if not tool.exists():
        pytest.skip("pyside6-lrelease (PySide6's tools) is not beside this Python")
    qm = tmp_path_factory.mktemp("qm") / "cpm_desktop_de.qm"
    files = [str(p) for p in sorted((TRANSLATIONS / "de").glob("*.ts"))]
    subprocess.run([str(tool), "-silent", *files, "-qm", str(qm)], check=True, timeout=120)
    return qm


@pytest.fixture
def german(german_catalogue: Path) -> Iterator[None]:
    """The window speaks German while the test runs."""
    translator = QTranslator()
    assert translator.load(str(german_catalogue))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def first_decision(window: MainWindow) -> tuple[DecisionsPanel, DecisionRow]:
    """The Overview's decisions panel on the demo project, and its first decision."""
    panel = window.overview.view.findChild(DecisionsPanel)
    assert panel is not None
    assert window.project_id is not None
    panel.show_project(window.project_id)
    return panel, panel.model.row_at(0)


def test_a_name_with_a_word_reads_in_each_language() -> None:
    """The English keeps the English word; the shown name translates template and word."""
    name = named("Delete {noun}", noun=Word("decision", "RecordNouns"))
    assert name.english() == "Delete decision"
    assert name.shown() == "Delete decision"  # no translator: the window speaks English


def test_the_edit_menu_speaks_german_and_the_history_english(
    window: MainWindow, german: None
) -> None:
    """Deleting a decision in a German window: "Rückgängig: D-… löschen" in the Edit menu;
    undone, the history records "Delete D-…"."""
    panel, row = first_decision(window)
    project_id = window.project_id
    assert project_id is not None
    window.editor.run(project_id, panel.delete_edit(row))
    assert window.undo_action.text() == f"&Rückgängig: {row.reference} löschen"
    window.undo_action.trigger()
    assert window.redo_action.text() == f"&Wiederholen: {row.reference} löschen"
    with sqlite3.connect(window.workspace.path) as db:
        undone = db.execute(
            "SELECT entity_label FROM audit_entry WHERE action = 'undo' ORDER BY id DESC"
        ).fetchone()
    assert undone == (f"Delete {row.reference}",)


def test_a_refused_edit_is_titled_in_german(
    window: MainWindow, german: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The message of a refused edit carries the edit's German name."""
    titles: list[str] = []
    monkeypatch.setattr(
        "cpm_desktop.ui.main_window.show_error", lambda _parent, title, _exc: titles.append(title)
    )
    panel, row = first_decision(window)
    project_id = window.project_id
    assert project_id is not None
    window.editor.run(project_id, panel.delete_edit(row))
    window.editor.run(project_id, panel.delete_edit(row))  # gone: refused
    assert titles == [f"{row.reference} löschen"]


def test_a_window_torn_down_names_no_deleted_action(
    qtbot, capfd: pytest.CaptureFixture[str]
) -> None:
    """A window's undo group and its Undo go together; the stacks may still speak while the
    action is being deleted, and nothing names the deleted action then (no error)."""
    owner = QWidget()
    group = QUndoGroup(owner)
    stack = QUndoStack(group)
    group.addStack(stack)
    group.setActiveStack(stack)
    action = undo_action(group, owner, redo=False)
    stack.push(QUndoCommand("First\nErster"))
    assert action.text() == "&Undo Erster"
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert "already deleted" not in capfd.readouterr().err
