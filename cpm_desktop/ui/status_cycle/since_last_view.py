"""SinceLastView: "Since the last report", the sentences a status report keeps, as a list."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from cpm_desktop.domain.since_last import SinceLast
from cpm_desktop.texts import since_last as sentences
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.records.widgets import style_heading
from cpm_desktop.ui.theme import colors


def since_last_lines(since: SinceLast) -> list[str]:
    """The sentences of `since`, dates as the screen writes them."""
    return sentences.since_last_lines(since, day=short_date_text, most=8)


class SinceLastView(QWidget):
    """A heading and one bullet per kind of change; scrolls when the list is long."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(QCoreApplication.translate("SinceLastView", "Since the last report"))
        self.heading.setObjectName("sinceLastHeading")
        style_heading(self.heading)
        self.text = QLabel()
        self.text.setObjectName("sinceLastLines")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setObjectName("sinceLastNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {colors().muted_text};")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)

    def show_since(self, since: SinceLast, title: str = "", note: str = "") -> None:
        """Show what changed; `title` says which report, `note` goes under the list."""
        if not title and since.previous_date:
            title = QCoreApplication.translate(
                "SinceLastView", "Since the last report ({date})"
            ).format(date=short_date_text(since.previous_date))
        self.heading.setText(
            title or QCoreApplication.translate("SinceLastView", "Since the last report")
        )
        items = "".join(f"<li>{escape(line)}</li>" for line in since_last_lines(since))
        self.text.setText(f"<ul style='margin-left: 0px'>{items}</ul>")
        self.note.setText(note)
        self.note.setVisible(bool(note))
