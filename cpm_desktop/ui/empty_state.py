"""EmptyState: a calm centred message where there is nothing to show yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from cpm_desktop.ui.icons import icon


class EmptyState(QWidget):
    """An icon, a title and one sentence, centred; says honestly why the area is empty."""

    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self._body = QLabel(text)
        self._body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body.setWordWrap(True)
        self._body.setMaximumWidth(460)
        # A wrapped label placed with an alignment gets its one-line width and loses lines.
        self._body.setMinimumWidth(360)
        self._body.setForegroundRole(self._body.foregroundRole())
        self._fit_height()
        self._layout = layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(picture)
        layout.addWidget(heading)
        layout.addWidget(self._body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_text(self, text: str) -> None:
        """Change the explanatory sentence."""
        self._body.setText(text)
        self._fit_height()

    def add_widget(self, widget: QWidget) -> None:
        """Put a widget (e.g. the button that fills the area) centred under the sentence."""
        self._layout.insertSpacing(self._layout.count() - 1, 8)
        self._layout.insertWidget(
            self._layout.count() - 1, widget, 0, Qt.AlignmentFlag.AlignHCenter
        )

    def add_action(self, action: QAction) -> QPushButton:
        """Offer `action` as a button under the sentence (e.g. New Project… in an empty
        workspace); the button follows the action's text, icon and enabled state."""
        button = QPushButton(action.icon(), action.text().replace("&", ""))
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        self.add_widget(button)
        return button

    def _fit_height(self) -> None:
        # The layout does not ask a wrapped label for its height at its width: reserve it
        # (an empty sentence has no height for any width: -1).
        height = self._body.heightForWidth(self._body.minimumWidth())
        self._body.setMinimumHeight(max(height, 0))
