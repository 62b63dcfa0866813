"""Who an export is for: the client (the default) or the supplier's own team.

`AudienceChoice` is the pair of radio buttons every export offers (the steering pack's dialog
holds one); `ask_reader` asks, in a small dialog of its own, who the file is for and in which
language (`export_language.LanguageChoice`) before the workbook, the sign-off form and the
acceptance certificate ask where to save. An internal file's suggested name ends in
"-internal", so it is not sent by mistake in place of the client's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain.audience import Audience
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.dialogs.export_language import LanguageChoice
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP

TEXTS = {
    Audience.CLIENT: QT_TRANSLATE_NOOP("AudienceChoice", "For the c&lient"),
    Audience.INTERNAL: QT_TRANSLATE_NOOP(
        "AudienceChoice", "&Internal: margin, cost and internal records"
    ),
}
TIPS = {
    Audience.CLIENT: QT_TRANSLATE_NOOP(
        "AudienceChoice",
        "What the client pays and approves; cost figures only on an open-book contract; "
        "no record marked internal",
    ),
    Audience.INTERNAL: QT_TRANSLATE_NOOP(
        "AudienceChoice",
        "The account's review: margin, cost, EAC, rates and internal records; every page "
        "says 'Internal — not for the client'",
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
            button = QRadioButton(QCoreApplication.translate("AudienceChoice", text))
            button.setObjectName(f"audience_{audience.value}")
            button.setToolTip(QCoreApplication.translate("AudienceChoice", TIPS[audience]))
            self._group.addButton(button)
            self.buttons[audience] = button
            layout.addWidget(button)
        self.buttons[Audience.CLIENT].setChecked(True)
        self.setFocusProxy(self.buttons[Audience.CLIENT])

    def audience(self) -> Audience:
        """The audience chosen."""
        internal = self.buttons[Audience.INTERNAL].isChecked()
        return Audience.INTERNAL if internal else Audience.CLIENT


@dataclass(frozen=True, slots=True)
class Reader:
    """Who an export is for and the locale it is written in."""

    audience: Audience
    locale: str


class AudienceDialog(QDialog):
    """Asks who an export is for, and in which language, before its file dialog asks where;
    `with_audience=False` asks the language only (a file with nothing internal to leave out)."""

    def __init__(
        self,
        title: str,
        client_locale: str,
        parent: QWidget | None = None,
        *,
        with_audience: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("audienceDialog")
        self.choice = AudienceChoice()
        self.language = LanguageChoice(client_locale)
        layout = QVBoxLayout(self)
        if with_audience:
            layout.addWidget(QLabel(QCoreApplication.translate("AudienceDialog", "Who is it for?")))
            layout.addWidget(self.choice)
            layout.addSpacing(8)
        else:
            self.choice.hide()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QCoreApplication.translate("AudienceDialog", "&Written in:"), self.language)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(ok_cancel_buttons(self))

    def reader(self) -> Reader:
        """The audience and the locale chosen."""
        return Reader(self.choice.audience(), self.language.chosen())


def ask_reader(
    parent: QWidget, title: str, client_locale: str, *, with_audience: bool = True
) -> Reader | None:
    """Who the export is for and its language, as the user chose; None if cancelled."""
    dialog = AudienceDialog(title, client_locale, parent, with_audience=with_audience)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reader()
    finally:
        dialog.deleteLater()


def named_for(name: str, audience: Audience) -> str:
    """A suggested file name, with "-internal" before its extension for an internal export."""
    if audience != Audience.INTERNAL:
        return name
    path = Path(name)
    return str(path.with_name(f"{path.stem}{INTERNAL_SUFFIX}{path.suffix}"))
