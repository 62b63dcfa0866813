"""The app's own language: Qt's translators for our texts and for Qt's standard dialogs.

The window speaks the PM's language: the system's when it is one we translate, else English,
or the one chosen in View › Language (remembered; it takes effect at the next start, when every
window is built in it). Our texts come from `resources/translations/cpm_desktop_<lang>.qm`
(compiled from the .ts files there by the Makefile), Qt's own (the file dialog's buttons, the
standard context menus) from Qt's `qtbase_<lang>.qm`.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for the translation files under `context` and return it untranslated:
    Qt's own returns `object` to the type checker, this one the str it is."""
    return text


SYSTEM = "system"
SOURCE_LANGUAGE = "en"
LANGUAGE_TITLES = {
    SYSTEM: QT_TRANSLATE_NOOP("ViewCommands", "&System Language"),
    "en": "&English",
    "de": "&Deutsch",
    "fr": "&Français",
}
"""View › Language: each choice by the name the settings keep; a language in its own words."""

_installed: list[QTranslator] = []  # kept alive: Qt holds no reference to its translators


def ui_language(chosen: str = SYSTEM) -> str:
    """The language the window speaks: `chosen` ("de"), else the system's when we translate
    it, else English."""
    if chosen in LANGUAGE_TITLES and chosen != SYSTEM:
        return chosen
    system = QLocale.system().name().split("_", 1)[0]
    return system if system in LANGUAGE_TITLES else SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, chosen: str = SYSTEM) -> str:
    """Make `app` speak the language `chosen` resolves to (see `ui_language`); return it."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = ui_language(chosen)
    system = QLocale.system()
    if system.name().split("_", 1)[0] != language:
        # Chosen over the system's: dates, day names and numbers on screen follow it too.
        QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"cpm_desktop_{language}", None)):
        translator = QTranslator(app)
        path = folder or str(resources.files("cpm_desktop.resources") / "translations")
        if translator.load(name, path) and app.installTranslator(translator):
            _installed.append(translator)
    return language
