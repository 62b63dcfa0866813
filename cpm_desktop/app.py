"""Build and run the GUI: the application object, the theme, the main window."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cpm_desktop import APP_NAME, __version__
from cpm_desktop.errors import (
    CpmError,
    DamagedWorkspaceError,
    PasswordNeededError,
    WorkspaceError,
)
from cpm_desktop.files import atomic_target
from cpm_desktop.paths import default_workspace_path
from cpm_desktop.workspace.addresses import WorkspaceLocation

if TYPE_CHECKING:
    from cpm_desktop.ui.main_window import MainWindow
    from cpm_desktop.ui.settings import AppSettings
    from cpm_desktop.workspace import Workspace

# After the first picture, how long the event loop runs before the cyclic collector resumes.
RESUME_COLLECTOR_MS = 250


@dataclass(frozen=True, slots=True)
class GuiOptions:
    """What the command line asked of the GUI."""

    db: WorkspaceLocation | None = None  # a file, or a team server's address
    screenshot: Path | None = None
    view: str = "timeline"
    project: str | None = None
    client: str | None = None  # start on this client's portfolio
    portfolio: bool = False  # start on every client's portfolio
    size: tuple[int, int] = (1600, 1000)
    theme: str | None = None  # "light", "dark" or "high-contrast"; None: the settings' choice
    language: str | None = None  # "en", "de" or "fr"; None: the settings' choice


def open_start_workspace(
    db: WorkspaceLocation | None, *, backup_apart: bool = False
) -> tuple[Workspace, bool]:
    """Open `db`, or the user's default workspace, created with the demo on first start.

    Also tell whether the demo was just created (so its main project is shown first). With
    `backup_apart`, its backup is written while the window's modules load (`open_workspace`).
    """
    from cpm_desktop.services.opening import open_for_reading  # the ORM: see run_gui

    if isinstance(db, str):  # a team server: with the password the keyring keeps, if any
        from cpm_desktop.ui.server_connect import open_with_kept_password

        return open_with_kept_password(db), False
    if db is not None:
        return open_for_reading(db, backup_apart=backup_apart), False
    path = default_workspace_path()
    if path.exists():
        return open_for_reading(path, backup_apart=backup_apart), False
    from cpm_desktop.demo.create import create_demo_workspace

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"Cannot create the folder {path.parent}: {exc.strerror}.") from exc
    return create_demo_workspace(path), True


def run_gui(options: GuiOptions) -> int:
    """Open the main window (or render it to a PNG); return the exit code."""
    # Python's cyclic collector stays off from here until the window is on screen: the start
    # makes hundreds of thousands of lasting objects (the ORM and its mappings, Qt's wrappers,
    # the plan) and next to no garbage, and each full pass rescanned them all (about a tenth of
    # the start). Imported after the pause: the ORM's modules are most of those objects.
    from cpm_desktop.ui import idle_collector

    idle_collector.pause()
    try:
        return _run_gui(options)
    finally:
        idle_collector.resume_now()


def _run_gui(options: GuiOptions) -> int:
    if options.screenshot is not None:
        _require_png_target(options.screenshot)
        # A screenshot needs no display at all.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not _display_available():
        raise CpmError(
            "No display found. Run CPM Desktop in a desktop session, under xvfb-run, "
            "or use --screenshot OUT.png to render the window to a file."
        )
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cpm_desktop.domain.locales import DEFAULT_LOCALE, locale_for
    from cpm_desktop.texts import speak_from_now_on
    from cpm_desktop.ui import idle_collector
    from cpm_desktop.ui.errors import install_excepthook
    from cpm_desktop.ui.file_open import FileOpenFilter
    from cpm_desktop.ui.icons import icon
    from cpm_desktop.ui.language import install_translators
    from cpm_desktop.ui.settings import AppSettings
    from cpm_desktop.ui.theme import apply_theme, set_text_size
    from cpm_desktop.ui.workspace_recovery import offer_recovery

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cpm-desktop")
    settings = AppSettings()
    language = install_translators(app, options.language or settings.language())
    speak_from_now_on(locale_for(language) or DEFAULT_LOCALE)
    apply_theme(app, options.theme or settings.theme())
    if settings.text_size_step():
        set_text_size(app, settings.text_size_step())
    app.setWindowIcon(icon("app"))

    try:
        # The backup on open is written while the window's modules load (_start_window).
        workspace, first_start = open_start_workspace(options.db, backup_apart=True)
    except DamagedWorkspaceError as exc:
        recovered = None if options.screenshot else offer_recovery(None, exc)
        if recovered is None:
            raise
        workspace, first_start = recovered, False
    except PasswordNeededError:
        # A team server wanting a password ~/.pgpass and the keyring do not hold: asked for
        # in the Connect dialog, filled in with the address.
        asked = None
        if options.screenshot is None and isinstance(options.db, str):
            from cpm_desktop.ui.server_connect import ask_server_workspace

            asked = ask_server_workspace(None, options.db)
        if asked is None:
            raise
        workspace, first_start = asked, False
    except CpmError as exc:
        # Started from a desktop icon there is no terminal: say it in a window too.
        if options.screenshot is None:
            QMessageBox.warning(None, APP_NAME, str(exc))
        raise
    install_excepthook()
    project = options.project
    if project is None and first_start:
        from cpm_desktop.demo import DEMO_PROJECT_CODE

        project = DEMO_PROJECT_CODE

    try:
        window = _start_window(workspace, settings, options, project)
    except DamagedWorkspaceError as exc:  # found by the backup: nothing was shown yet
        recovered = None if options.screenshot else offer_recovery(None, exc)
        if recovered is None:
            raise
        window = _start_window(recovered, settings, options, project)
    if options.screenshot is not None:
        return _save_screenshot(app, window, options)
    # macOS sends a double-clicked .cpm as an event, at start or while running.
    file_open = FileOpenFilter(window.files.open_path, window)
    app.installEventFilter(file_open)
    window.show()
    idle_collector.resume_when_idle(RESUME_COLLECTOR_MS)
    try:
        return app.exec()
    finally:
        app.removeEventFilter(file_open)


def _start_window(
    workspace: Workspace, settings: AppSettings, options: GuiOptions, project: str | None
) -> MainWindow:
    """The window on `workspace`, showing what the options ask for.

    The window's modules are imported while the backup begun on open is written; the window
    reads the file only once the backup is: a damaged file (found by the backup) raises
    DamagedWorkspaceError with nothing read or shown, as when the backup came first.
    """
    from cpm_desktop.ui.main_window import MainWindow

    try:
        workspace.backup_written()
    except BaseException:
        workspace.close()
        raise
    window = MainWindow(workspace, settings)
    if project and not window.select_project(project):
        window.close()
        raise CpmError(f"No project with code {project!r} in {workspace.name}.")
    window.start(project)
    window.show_view(options.view)
    if (options.client is not None or options.portfolio) and not window.select_portfolio(
        options.client
    ):
        window.close()
        raise CpmError(f"No client named {options.client!r} in {workspace.name}.")
    return window


def _save_screenshot(app: object, window: object, options: GuiOptions) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    assert isinstance(app, QApplication)
    assert isinstance(window, QMainWindow)
    assert options.screenshot is not None
    window.resize(*options.size)
    window.show()
    for _ in range(5):  # let layouts settle and views paint
        app.processEvents()
    image = window.grab()
    window.close()
    with atomic_target(options.screenshot, error=CpmError) as temporary:
        if not image.save(str(temporary), "PNG"):
            raise CpmError(f"Cannot write the screenshot to {options.screenshot}.")
    print(f"Saved a {options.size[0]}x{options.size[1]} screenshot to {options.screenshot}")
    return 0


def _require_png_target(path: Path) -> None:
    if path.suffix.lower() != ".png":
        raise CpmError(f"{path} should end in .png.")
    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise CpmError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK):
        raise CpmError(f"The folder {folder} is not writable.")


def _display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
