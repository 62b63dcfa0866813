"""Open the workspace macOS hands over: a double-clicked .cpm arrives as a QFileOpenEvent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenFilter(QObject):
    """An application event filter passing each FileOpen event's path to `open_path`.

    Windows and Linux pass the file on the command line instead (cli.parser.workspace_as_option).
    """

    def __init__(self, open_path: Callable[[Path], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Open the file of a FileOpen event and swallow it; let every other event through."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self._open_path(Path(name))
                return True
        return super().eventFilter(watched, event)
