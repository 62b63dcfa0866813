"""LogoPicker: choose the client's logo (PNG or JPEG) with a thumbnail, or remove it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.errors import ValidationError
from cpm_desktop.services.records.pack_settings import clean_logo
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.theme import colors

IMAGE_FILTER = QT_TRANSLATE_NOOP("LogoPicker", "Images (*.png *.jpg *.jpeg)")
THUMB_WIDTH, THUMB_HEIGHT = 132, 56  # about the logo's size on the cover, scaled down


class LogoPicker(QWidget):
    """Holds the chosen logo's bytes and name; refuses files that are not a small PNG/JPEG."""

    sig_changed = Signal()
    """Emitted after a logo was chosen or removed."""

    def __init__(self, logo: bytes | None, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logo = logo
        self._name = name
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("logoThumbnail")
        self.thumbnail.setFixedSize(THUMB_WIDTH, THUMB_HEIGHT)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel()
        self.caption.setObjectName("logoCaption")
        self.caption.setStyleSheet(f"color: {colors().muted_text};")
        self.choose_button = QPushButton(QCoreApplication.translate("LogoPicker", "Choose…"))
        self.choose_button.setObjectName("chooseLogo")
        self.choose_button.setToolTip(
            QCoreApplication.translate("LogoPicker", "A PNG or JPEG image of at most 2 MB")
        )
        self.remove_button = QPushButton(QCoreApplication.translate("LogoPicker", "Remove"))
        self.remove_button.setObjectName("removeLogo")
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self._show()

    def logo(self) -> bytes | None:
        """The chosen image's bytes (None: no logo)."""
        return self._logo

    def name(self) -> str:
        """The chosen image's file name ('' without a logo)."""
        return self._name

    def choose(self) -> None:
        """Ask for an image file and take it if it is a PNG or JPEG of at most 2 MB."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("LogoPicker", "Choose the client's logo"),
            "",
            QCoreApplication.translate("LogoPicker", IMAGE_FILTER),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> bool:
        """Take the image in `path`; say why and keep the current logo if it is refused."""
        title = QCoreApplication.translate("LogoPicker", "Logo")
        try:
            data = clean_logo(path.read_bytes())
        except OSError as exc:
            QMessageBox.warning(
                self,
                title,
                QCoreApplication.translate("LogoPicker", "{file} cannot be read: {reason}.").format(
                    file=path.name, reason=exc.strerror
                ),
            )
            return False
        except ValidationError as exc:
            QMessageBox.warning(
                self,
                title,
                QCoreApplication.translate("LogoPicker", "{file} cannot be used. {reason}").format(
                    file=path.name, reason=exc
                ),
            )
            return False
        if data is None or _pixmap(data).isNull():
            QMessageBox.warning(
                self,
                title,
                QCoreApplication.translate(
                    "LogoPicker", "{file} is damaged or not an image."
                ).format(file=path.name),
            )
            return False
        self._logo, self._name = data, path.name
        self._show()
        self.sig_changed.emit()
        return True

    def remove(self) -> None:
        """Print the pack without a logo."""
        self._logo, self._name = None, ""
        self._show()
        self.sig_changed.emit()

    def _show(self) -> None:
        pixmap = _pixmap(self._logo) if self._logo else QPixmap()
        c = colors()
        # A logo sits on white, as on the printed cover; the empty slot follows the scheme.
        paper = "#ffffff" if not pixmap.isNull() else c.base
        self.thumbnail.setStyleSheet(
            f"background: {paper}; color: {c.muted_text}; border: 1px dashed {c.border};"
            if pixmap.isNull()
            else f"background: {paper}; border: 1px solid {c.border};"
        )
        if pixmap.isNull():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(QCoreApplication.translate("LogoPicker", "No logo"))
            self.caption.setText(
                QCoreApplication.translate("LogoPicker", "The cover shows the client's name only.")
            )
        else:
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(
                int((THUMB_WIDTH - 12) * ratio),
                int((THUMB_HEIGHT - 10) * ratio),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            self.thumbnail.setPixmap(scaled)
            self.caption.setText(self._name)
        self.remove_button.setEnabled(self._logo is not None)


def _pixmap(data: bytes | None) -> QPixmap:
    pixmap = QPixmap()
    if data:
        pixmap.loadFromData(QByteArray(data))
    return pixmap
