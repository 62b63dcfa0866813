"""Check-out for offline work from the window: File › Check Out for Offline Work… writes the
laptop's copy and makes the project read-only on the server (another user's window says who
has it, and refuses an edit); the copy says what it is, and File › Check In to Team Server…
previews what it changed and writes it back. A check-out the PMO released meanwhile is
refused at check-in, the laptop's file left byte for byte as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.ui.checkout.preview_dialog import CheckInPreviewDialog
from cpm_desktop.ui.checkout.preview_model import PreviewRow
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.server_connect import ConnectDialog
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.timeline.task_model import NAME
from cpm_desktop.workspace import Workspace
from tests.file_safety import rows_of
from tests.ui.test_server_window import pm_window, shown_name
from tests.ui.test_timeline import type_into

Answer = QMessageBox.StandardButton


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[str]]:
    """Answer the message boxes' questions in turn (`answer(Open, Close)`); their texts are
    recorded in the list it returns."""

    def answer(*answers: Answer) -> list[str]:
        asked: list[str] = []
        queue = list(answers)

        def question(*args: object) -> Answer:
            asked.append(str(args[2]))
            return queue.pop(0)

        monkeypatch.setattr(QMessageBox, "question", question)
        return asked

    return answer


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[list[PreviewRow]]:
    """The laptop's file chosen in the save dialog is tmp_path/offline.cpm; the Connect
    dialog connects to the address it is filled with; the check-in's preview is accepted,
    its rows recorded in the list returned."""
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_, **__: (str(tmp_path / "offline.cpm"), "")
    )

    def connect(dialog: ConnectDialog) -> QDialog.DialogCode:
        dialog._connect()  # noqa: SLF001 - what Connect does
        return QDialog.DialogCode.Accepted if dialog.workspace else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConnectDialog, "exec", connect)
    previews: list[list[PreviewRow]] = []

    def accept(dialog: CheckInPreviewDialog) -> QDialog.DialogCode:
        previews.append([dialog.model.row_at(r) for r in range(dialog.model.rowCount())])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CheckInPreviewDialog, "exec", accept)
    return previews


def checkout_notice(window: MainWindow) -> str:
    """What the project header says about a check-out ('' when hidden)."""
    label = window.header.findChild(QLabel, "checkoutNotice")
    return label.text() if label is not None and label.isVisibleTo(window.header) else ""


def other_window(qtbot, workspace: Workspace, settings: AppSettings) -> MainWindow:
    """Another user's window on the demo project."""
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.start(DEMO_PROJECT_CODE)
    return window


def test_checked_out_in_the_window_edited_offline_and_checked_in(
    qtbot,
    server_demo: Workspace,
    anna: Workspace,
    settings: AppSettings,
    messages: list[str],
    questions: Callable[..., list[str]],
    dialogs: list[list[PreviewRow]],
    tmp_path: Path,
) -> None:
    """The PM checks the project out and opens the copy; Anna's window says who has it and
    refuses her edit; the PM renames a task offline, checks in (the preview names the
    changed task), and the server has the new name and is writable again."""
    window, task = pm_window(qtbot, server_demo, settings)
    annas = other_window(qtbot, anna, settings)
    asked = questions(Answer.Open, Answer.Open)
    assert window.checkout.check_out.isEnabled()
    assert not window.checkout.check_in.isEnabled()

    window.checkout.check_out.trigger()

    assert messages == []
    assert "Open the copy now?" in asked[0]
    assert window.workspace.path == tmp_path / "offline.cpm"
    assert "Checked-out copy" in window.read_only_banner.text.text()
    assert window.checkout.check_in.isEnabled()
    assert not window.checkout.check_out.isEnabled()
    qtbot.waitUntil(lambda: checkout_notice(annas).startswith("Checked out by cpm since"))
    assert "read-only here until it is checked in" in checkout_notice(annas)
    annas.status_cycle.update_actions()  # as the Project menu does when it opens
    assert not annas.status_cycle.update_status.isEnabled()
    assert annas.checkout.release.isEnabled()
    type_into(qtbot, annas, task.id, NAME, "Renamed on the server")
    assert len(messages) == 1
    assert "checked out by cpm" in messages[0]

    type_into(qtbot, window, task.id, NAME, "Kick-off at the client's site")
    # Another server opened since: the check-in still goes where the copy came from.
    settings.add_recent_server("postgresql://cpm@127.0.0.1:1/elsewhere")
    window.checkout.check_in.trigger()

    assert len(messages) == 1, messages
    tasks_row = next(row for row in dialogs[0] if row.kind == "tasks")
    assert (tasks_row.added, tasks_row.changed, tasks_row.removed) == (0, 1, 0)
    assert "is checked in" in asked[1]
    assert window.workspace.path is None  # the server's workspace, opened as offered
    assert shown_name(window, task.id) == "Kick-off at the client's site"
    assert checkout_notice(window) == ""
    assert window.checkout.check_out.isEnabled()
    qtbot.waitUntil(lambda: checkout_notice(annas) == "")
    type_into(qtbot, annas, task.id, NAME, "Renamed on the server")
    assert len(messages) == 1


def test_a_check_in_released_meanwhile_is_refused_and_the_copy_kept(
    qtbot,
    server_demo: Workspace,
    anna: Workspace,
    settings: AppSettings,
    messages: list[str],
    questions: Callable[..., list[str]],
    dialogs: list[list[PreviewRow]],
    tmp_path: Path,
) -> None:
    """The PMO (Anna) releases the PM's check-out after confirming who has it: the server is
    writable again, and the PM's check-in is refused with a message, the laptop's file
    unchanged to the byte."""
    window, _ = pm_window(qtbot, server_demo, settings)
    annas = other_window(qtbot, anna, settings)
    asked = questions(Answer.Open, Answer.Yes)
    window.checkout.check_out.trigger()
    qtbot.waitUntil(annas.checkout.release.isEnabled)

    annas.checkout.release.trigger()

    assert "checked out by cpm since" in asked[1]
    assert checkout_notice(annas) == ""
    assert not annas.checkout.release.isEnabled()
    laptop = tmp_path / "offline.cpm"
    kept, rows = laptop.read_bytes(), rows_of(laptop)

    window.checkout.check_in.trigger()

    assert dialogs == []  # refused before any preview
    assert len(messages) == 1
    assert "no longer holds this check-out" in messages[0]
    assert laptop.read_bytes() == kept
    assert rows_of(laptop) == rows
    assert "Checked-out copy" in window.read_only_banner.text.text()


def test_a_check_out_whose_file_cannot_be_written_is_released_and_said(
    qtbot,
    server_demo: Workspace,
    settings: AppSettings,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """A folder that is not there: one message, no question, and the project is not left
    checked out on the server (no file, no check-out)."""
    window, _ = pm_window(qtbot, server_demo, settings)
    nowhere = tmp_path / "gone" / "offline.cpm"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_, **__: (str(nowhere), ""))

    window.checkout.check_out.trigger()

    assert len(messages) == 1
    assert "Something unexpected" not in messages[0], messages  # a CpmError, said plainly
    assert checkout_notice(window) == ""
    assert window.checkout.check_out.isEnabled()
    assert not nowhere.exists()
