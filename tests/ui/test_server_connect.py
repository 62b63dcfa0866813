"""File › Connect to Team Server…: the dialog opens a server's workspace in the window, and
says in itself what stopped it."""

from __future__ import annotations

import keyring
import keyring.backend
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from sqlalchemy.engine import make_url

from cpm_desktop.app import open_start_workspace
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.server_connect import ConnectDialog
from cpm_desktop.workspace import Workspace
from cpm_desktop.workspace.server import open_server_workspace
from cpm_desktop.workspace.server_passwords import SERVICE


def filled(qtbot, address: str, settings: QSettings) -> ConnectDialog:
    """The dialog with a server's address typed in."""
    url = make_url(address)
    dialog = ConnectDialog(None, settings)
    qtbot.addWidget(dialog)
    dialog.host.setText(url.host or "")
    dialog.port.setValue(url.port or 5432)
    dialog.database.setText(url.database or "")
    dialog.user.setText(url.username or "")
    return dialog


def test_connect_opens_the_servers_workspace_in_the_window(
    qtbot, window: MainWindow, server_demo: Workspace, monkeypatch
) -> None:
    """The menu's dialog, filled and accepted: the window shows the server's workspace (its
    name in the title, the file's own commands off); the address is offered next time."""

    def accept(dialog: ConnectDialog) -> QDialog.DialogCode:
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(make_url(server_demo.address).port or 5432)
        dialog.database.setText(make_url(server_demo.address).database or "")
        dialog.user.setText("cpm")
        dialog._connect()  # noqa: SLF001 - what Connect does
        return QDialog.DialogCode.Accepted if dialog.workspace else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConnectDialog, "exec", accept)
    window.commands.connect_server.trigger()
    assert window.workspace.path is None
    assert window.windowTitle().startswith(f"{make_url(server_demo.address).database} on ")
    assert not window.commands.save_copy.isEnabled()
    assert window.select_project("ALP-CC")
    again = ConnectDialog(None)  # the test's own settings (tests/conftest.py)
    qtbot.addWidget(again)
    assert again.address() == server_demo.address


def test_a_database_that_is_not_there_is_said_in_the_dialog(
    qtbot, postgres_server: str, tmp_path
) -> None:
    """A mistyped database: the dialog stays open and says why; nothing was opened."""
    settings = QSettings(str(tmp_path / "connect.ini"), QSettings.Format.IniFormat)
    dialog = filled(qtbot, postgres_server.rsplit("/", 1)[0] + "/no_such_db", settings)
    dialog._connect()  # noqa: SLF001 - what Connect does
    assert dialog.workspace is None
    assert dialog.problem.isVisibleTo(dialog)
    assert "no_such_db" in dialog.problem.text()


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps passwords in this process, for the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


def test_a_password_is_kept_in_the_keyring_when_asked_and_never_in_the_settings(
    qtbot, server_demo: Workspace, tmp_path
) -> None:
    """Typed with the box ticked: the keyring keeps it under the address; the settings file
    holds the address only. Next time, left blank, the kept one is used."""
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        settings = QSettings(str(tmp_path / "connect.ini"), QSettings.Format.IniFormat)
        dialog = filled(qtbot, server_demo.address, settings)
        assert dialog.remember.isEnabled()
        dialog.password.setText("s3cret-Pa55")
        dialog.remember.setChecked(True)
        dialog._connect()  # noqa: SLF001 - what Connect does
        assert dialog.workspace is not None
        dialog.workspace.close()
        assert memory.kept == {(SERVICE, server_demo.address): "s3cret-Pa55"}
        settings.sync()
        saved = (tmp_path / "connect.ini").read_text(encoding="utf-8")
        assert "s3cret" not in saved
        assert server_demo.address in saved
        again = ConnectDialog(None, settings)
        qtbot.addWidget(again)
        assert again.address() == server_demo.address
        again._connect()  # noqa: SLF001 - what Connect does
        assert again.workspace is not None
        assert again.workspace.engine.url.password == "s3cret-Pa55"
        again.workspace.close()
    finally:
        keyring.set_keyring(previous)


def test_a_server_opened_is_offered_again_in_open_recent(
    qtbot, window: MainWindow, server_demo: Workspace
) -> None:
    """After the window showed a server's workspace and then a file again, File › Open
    Recent lists the server (its address, no password) and opens it."""
    file_workspace = window.workspace.path
    assert file_workspace is not None
    window.set_workspace(open_server_workspace(server_demo.address))
    assert window.files.open_path(file_workspace)
    menu = window.files.recent_menu
    menu.aboutToShow.emit()
    (server,) = [a for a in menu.actions() if a.statusTip() == server_demo.address]
    server.trigger()
    assert window.workspace.path is None
    assert window.workspace.address == server_demo.address


def test_the_window_starts_on_a_server_named_by_db(server_demo: Workspace) -> None:
    """`cpm-desktop --db postgresql://…` opens the server's workspace at start."""
    workspace, first_start = open_start_workspace(server_demo.address)
    with workspace:
        assert workspace.path is None
        assert workspace.address == server_demo.address
    assert not first_start
