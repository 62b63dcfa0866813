"""What the app remembers between runs: recent files and window layout (QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
MAX_RECENT_SERVERS = 4


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

    def recent_servers(self) -> list[str]:
        """Return the team servers' addresses recently opened (no password), newest first."""
        value = self._settings.value("recent/servers", [])
        names = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        return [str(name) for name in names][:MAX_RECENT_SERVERS]

    def add_recent_server(self, address: str) -> None:
        """Put a team server's address (never a password) first in the recent list."""
        names = [a for a in self.recent_servers() if a != address]
        self._settings.setValue("recent/servers", [address, *names][:MAX_RECENT_SERVERS])

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

    def open_workbook_when_done(self) -> bool:
        """Whether an exported client workbook is opened in the spreadsheet app at once."""
        value = self._settings.value("client-workbook/open-when-done", False)
        # An INI file gives "true"/"false" back as text; the registry gives a bool.
        return value is True or str(value).lower() == "true"

    def set_open_workbook_when_done(self, on: bool) -> None:
        """Remember whether to open exported client workbooks."""
        self._settings.setValue("client-workbook/open-when-done", on)

    def client_workbook_folder(self) -> Path | None:
        """The folder a client workbook was last exported to or imported from, if it exists."""
        value = self._settings.value("client-workbook/folder", "")
        folder = Path(str(value)) if value else None
        return folder if folder is not None and folder.is_dir() else None

    def set_client_workbook_folder(self, folder: Path) -> None:
        """Remember the folder of the last client workbook exported or imported."""
        self._settings.setValue("client-workbook/folder", str(folder))

    def open_pack_when_done(self) -> bool:
        """Whether an exported steering committee pack is opened in the PDF viewer at once."""
        value = self._settings.value("steering-pack/open-when-done", True)
        return value is True or str(value).lower() == "true"

    def set_open_pack_when_done(self, on: bool) -> None:
        """Remember whether to open exported steering committee packs."""
        self._settings.setValue("steering-pack/open-when-done", on)

    def steering_pack_folder(self) -> Path | None:
        """The folder the last steering committee pack was exported to, if it still exists."""
        value = self._settings.value("steering-pack/folder", "")
        folder = Path(str(value)) if value else None
        return folder if folder is not None and folder.is_dir() else None

    def set_steering_pack_folder(self, folder: Path) -> None:
        """Remember the folder of the last steering committee pack exported."""
        self._settings.setValue("steering-pack/folder", str(folder))

    def show_closed_projects(self) -> bool:
        """Whether the navigator lists closed projects (Project › Show Closed Projects)."""
        value = self._settings.value("navigator/show-closed", False)
        return value is True or str(value).lower() == "true"

    def set_show_closed_projects(self, on: bool) -> None:
        """Remember whether the navigator lists closed projects."""
        self._settings.setValue("navigator/show-closed", on)

    def theme(self) -> str:
        """The colour scheme chosen in View › Theme: 'system', 'light', 'dark' or
        'high-contrast'."""
        value = str(self._settings.value("appearance/theme", "system"))
        return value if value in ("system", "light", "dark", "high-contrast") else "system"

    def set_theme(self, name: str) -> None:
        """Remember the colour scheme chosen."""
        self._settings.setValue("appearance/theme", name)

    def language(self) -> str:
        """The window's language chosen in View › Language: 'system', 'en', 'de' or 'fr'."""
        value = str(self._settings.value("appearance/language", "system"))
        return value if value in ("system", "en", "de", "fr") else "system"

    def set_language(self, name: str) -> None:
        """Remember the window's language (it takes effect at the next start)."""
        self._settings.setValue("appearance/language", name)

    def text_size_step(self) -> int:
        """How many steps of View › Larger Text (negative: Smaller) the user has taken."""
        try:
            return int(str(self._settings.value("appearance/text-size-step", 0)))
        except ValueError:
            return 0

    def set_text_size_step(self, step: int) -> None:
        """Remember the text size steps taken."""
        self._settings.setValue("appearance/text-size-step", step)
