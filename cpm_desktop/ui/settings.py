"""What the app remembers between runs: recent files and window layout (QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class AppSettings:
    """Typed access to the app's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def recent_files(self) -> list[Path]:
        """Return recently opened workspaces that still exist, newest first."""
        value = self._settings.value("recent/files", [])
        names = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        return [Path(n) for n in names if Path(n).is_file()][:MAX_RECENT]

    def add_recent_file(self, path: Path) -> None:
        """Put `path` first in the recent files list."""
        names = [str(p) for p in self.recent_files() if p != path]
        self._settings.setValue("recent/files", [str(path), *names][:MAX_RECENT])

    def last_project(self) -> str:
        """Return the code of the project selected when the app last closed."""
        return str(self._settings.value("session/project", ""))

    def set_last_project(self, code: str) -> None:
        """Remember the selected project's code."""
        self._settings.setValue("session/project", code)

    def window_state(self, key: str) -> QByteArray | None:
        """Return a saved geometry/state blob (`key` e.g. 'geometry', 'splitter')."""
        value = self._settings.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, key: str, blob: QByteArray) -> None:
        """Save a geometry/state blob."""
        self._settings.setValue(f"window/{key}", blob)

    def zoom_level(self) -> int | None:
        """Return the Gantt zoom level used last, if any."""
        value = self._settings.value("timeline/zoom")
        try:
            return int(str(value)) if value is not None else None
        except ValueError:
            return None

    def set_zoom_level(self, level: int) -> None:
        """Remember the Gantt zoom level."""
        self._settings.setValue("timeline/zoom", level)
