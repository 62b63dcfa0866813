"""Who an export is for: the client (the default) or the supplier's own team.

`AudienceChoice` is the pair of radio buttons every export offers (the steering pack's dialog
holds one); `ask_audience` asks in a small dialog of its own before the workbook and the sign-off
form ask where to save. An internal file's suggested name ends in "-internal", so it is not sent
by mistake in place of the client's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain.audience import Audience
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons

TEXTS = {
    Audience.CLIENT: "For the c&lient",
    Audience.INTERNAL: "&Internal: margin, cost and internal records",
}
TIPS = {
    Audience.CLIENT: (
        "What the client pays and approves; cost figures only on an open-book contract; "
        "no record marked internal"
    ),
    Audience.INTERNAL: (
        "The account's review: margin, cost, EAC, rates and internal records; every page "
        "says 'Internal — not for the client'"
    ),
}
INTERNAL_SUFFIX = "-internal"


class AudienceChoice(QWidget):
    """Two radio buttons, client (default) or internal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audienceChoice")
        self.buttons: dict[Audience, QRadioButton] = {}
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for audience, text in TEXTS.items():
            button = QRadioButton(text)
            button.setObjectName(f"audience_{audience.value}")
            button.setToolTip(TIPS[audience])
            self._group.addButton(button)
            self.buttons[audience] = button
            layout.addWidget(button)
        self.buttons[Audience.CLIENT].setChecked(True)
        self.setFocusProxy(self.buttons[Audience.CLIENT])

    def audience(self) -> Audience:
        """The audience chosen."""
        internal = self.buttons[Audience.INTERNAL].isChecked()
        return Audience.INTERNAL if internal else Audience.CLIENT


class AudienceDialog(QDialog):
    """Asks who an export is for before its file dialog asks where."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("audienceDialog")
        self.choice = AudienceChoice()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Who is it for?"))
        layout.addWidget(self.choice)
        layout.addSpacing(8)
        layout.addWidget(ok_cancel_buttons(self))


def ask_audience(parent: QWidget, title: str) -> Audience | None:
    """The audience the user chose; None if cancelled."""
    dialog = AudienceDialog(title, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice.audience()
    finally:
        dialog.deleteLater()


def named_for(name: str, audience: Audience) -> str:
    """A suggested file name, with "-internal" before its extension for an internal export."""
    if audience != Audience.INTERNAL:
        return name
    path = Path(name)
    return str(path.with_name(f"{path.stem}{INTERNAL_SUFFIX}{path.suffix}"))
