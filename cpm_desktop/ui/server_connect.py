"""File › Connect to Team Server…: open the workspace on a PostgreSQL server.

The dialog asks for the server, its database and the user; the password is typed, or found
in the system keyring (kept there only when the user ticks the box), or left to libpq
(~/.pgpass, PGPASSWORD). A refusal is said in the dialog, which stays open to correct it.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.errors import CpmError, PasswordNeededError
from cpm_desktop.workspace import Workspace
from cpm_desktop.workspace.server import open_server_workspace
from cpm_desktop.workspace.server_passwords import (
    forget_password,
    keep_password,
    kept_password,
    keyring_available,
)

_LAST = "team/server"  # the last address connected to (never its password)


class ConnectDialog(QDialog):
    """Asks where the team server is and opens its workspace (`workspace` once accepted)."""

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ServerConnect", "Connect to Team Server"))
        self._settings = settings or QSettings()
        self.workspace: Workspace | None = None
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("cpm")
        self.user = QLineEdit(getpass.getuser())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            QCoreApplication.translate("ServerConnect", "from the keyring, ~/.pgpass or PGPASSWORD")
        )
        self.remember = QCheckBox(
            QCoreApplication.translate(
                "ServerConnect", "Remember the password in the system keyring"
            )
        )
        if not keyring_available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                QCoreApplication.translate(
                    "ServerConnect", "This system has no keyring to keep it in."
                )
            )
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ServerConnect", "&Server:"), self.host)
        form.addRow(QCoreApplication.translate("ServerConnect", "&Port:"), self.port)
        form.addRow(QCoreApplication.translate("ServerConnect", "&Database:"), self.database)
        form.addRow(QCoreApplication.translate("ServerConnect", "&User:"), self.user)
        form.addRow(QCoreApplication.translate("ServerConnect", "Pass&word:"), self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("ServerConnect", "&Connect")
        )
        buttons.accepted.connect(self._connect)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.fill(str(self._settings.value(_LAST, "")))

    def address(self) -> str:
        """The server's address as filled in (no password)."""
        return (
            f"postgresql://{self.user.text().strip()}@{self.host.text().strip()}:"
            f"{self.port.value()}/{self.database.text().strip()}"
        )

    def fill(self, address: str) -> None:
        """Fill the fields in from a server's address."""
        if not address.startswith("postgresql://") or "@" not in address:
            return
        user, _, rest = address.removeprefix("postgresql://").partition("@")
        place, _, database = rest.partition("/")
        host, _, port = place.partition(":")
        self.user.setText(user)
        self.host.setText(host)
        if port.isdigit():
            self.port.setValue(int(port))
        self.database.setText(database)

    def _connect(self) -> None:
        address = self.address()
        typed = self.password.text() or None
        password = typed if typed is not None else self._kept(address)
        try:
            self.workspace = open_server_workspace(address, password=password)
        except PasswordNeededError as exc:
            if typed is None and password is not None:
                forget_password(address)  # the kept one no longer works
            self._say(str(exc))
            self.password.setFocus()
            return
        except CpmError as exc:
            self._say(str(exc))
            return
        self._settings.setValue(_LAST, address)
        if typed is not None and self.remember.isChecked():
            keep_password(address, typed)
        self.accept()

    def _kept(self, address: str) -> str | None:
        return kept_password(address) if keyring_available() else None

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def open_with_kept_password(address: str) -> Workspace:
    """Open a team server's workspace with the password the keyring keeps for it, if any."""
    kept = kept_password(address) if keyring_available() else None
    return open_server_workspace(address, password=kept)


def ask_server_workspace(parent: QWidget | None, address: str = "") -> Workspace | None:
    """Ask for a team server (`address` filled in, else the last one) and open its workspace;
    None when the user cancelled."""
    dialog = ConnectDialog(parent)
    if address:
        dialog.fill(address)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.workspace
