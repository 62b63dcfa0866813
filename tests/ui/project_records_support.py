"""Fixtures and helpers of the records panels' tests: an Editor over a copy of the demo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.ui.project_records.record_dialog import RecordDialog
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.undo import Editor
from tests.services.returned_workbook import open_copy


@pytest.fixture
def editor(tmp_path: Path, demo_template: Path) -> Iterator[Editor]:
    """An Editor over a fresh copy of the demo; refusals that reach it are recorded."""
    workspace = open_copy(demo_template, tmp_path)
    ed = Editor(workspace)
    ed.failures = []  # type: ignore[attr-defined]
    ed.sig_failed.connect(lambda text, exc: ed.failures.append(str(exc)))  # type: ignore[attr-defined]
    yield ed
    workspace.close()


@pytest.fixture
def project_id(editor: Editor) -> int:
    """The demo project's id, made the project Undo acts on."""
    pid = editor.workspace.run(find_project_id, DEMO_PROJECT_CODE)
    assert pid is not None
    editor.set_active_project(pid)
    return pid


def open_panel(qtbot: Any, panel: RecordPanel[Any], project_id: int) -> RecordPanel[Any]:
    """Show `panel` on the project at a usable size."""
    qtbot.addWidget(panel)
    panel.resize(1200, 500)
    panel.show_project(project_id)
    panel.show()
    return panel


def answer_dialogs(
    monkeypatch: pytest.MonkeyPatch, dialog: type[RecordDialog], fill: Callable[[Any], None]
) -> list[RecordDialog]:
    """Instead of waiting for a user, fill each `dialog` and press OK; return those opened."""
    opened: list[RecordDialog] = []

    def run(self: RecordDialog) -> int:
        opened.append(self)
        fill(self)
        self.submit()
        return self.result()

    monkeypatch.setattr(dialog, "exec", run)
    return opened


def confirm(monkeypatch: pytest.MonkeyPatch, yes: bool = True) -> list[str]:
    """Answer the delete question; return the questions asked."""
    asked: list[str] = []

    def question(*args: Any, **_: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def shown_column(panel: RecordPanel[Any], column: int) -> list[str]:
    """The texts of a column, top to bottom, as sorted on screen."""
    proxy = panel.proxy
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


ACCEPTED = QDialog.DialogCode.Accepted.value
REJECTED = QDialog.DialogCode.Rejected.value
