"""The window's part of the View menu: go to a tab, the text size, the colour scheme, the language.

A keyboard user reaches every tab with Ctrl+1…Ctrl+6, grows or shrinks the whole window's text
with Ctrl++ / Ctrl+- (Ctrl+0 puts the system's size back), and picks light, dark or high
contrast, and the window's language (from the next start, as every window is built in it); all
are remembered in the settings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from cpm_desktop.ui import theme
from cpm_desktop.ui.feature_tab import MenuPart
from cpm_desktop.ui.language import LANGUAGE_TITLES, QT_TRANSLATE_NOOP
from cpm_desktop.ui.settings import AppSettings

THEME_TITLES = {
    theme.SYSTEM: QT_TRANSLATE_NOOP("ViewCommands", "&System Light or Dark"),
    "light": QT_TRANSLATE_NOOP("ViewCommands", "&Light"),
    "dark": QT_TRANSLATE_NOOP("ViewCommands", "&Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("ViewCommands", "&High Contrast"),
}
"""The View › Theme choices, by the name the settings keep."""


class ViewCommands(QObject):
    """Owns the View menu's window-wide actions and applies what they choose to the app."""

    sig_look_changed = Signal()
    """Emitted after the scheme or the text size changed (charts repaint in the new look)."""

    def __init__(
        self,
        parent: QWidget,
        settings: AppSettings,
        tab_titles: Sequence[str],
        go_to_tab: Callable[[int], None],
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.go_to: tuple[QAction, ...] = tuple(
            _action(parent, f"&{n + 1} {title.replace('&', '')}", f"Ctrl+{n + 1}")  # no words
            for n, title in enumerate(tab_titles)
        )
        for number, action in enumerate(self.go_to):
            action.setStatusTip(
                QCoreApplication.translate("ViewCommands", "Show the {tab} tab").format(
                    tab=tab_titles[number].replace("&", "")
                )
            )
            action.triggered.connect(lambda _=False, n=number: go_to_tab(n))
        self.larger_text = _action(
            parent, QCoreApplication.translate("ViewCommands", "&Larger Text"), "Ctrl++", "Ctrl+="
        )
        self.smaller_text = _action(
            parent, QCoreApplication.translate("ViewCommands", "S&maller Text"), "Ctrl+-"
        )
        self.actual_text = _action(
            parent, QCoreApplication.translate("ViewCommands", "&Actual Text Size"), "Ctrl+0"
        )
        self.larger_text.setStatusTip(
            QCoreApplication.translate("ViewCommands", "Make all text of the window larger")
        )
        self.smaller_text.setStatusTip(
            QCoreApplication.translate("ViewCommands", "Make all text of the window smaller")
        )
        self.actual_text.setStatusTip(
            QCoreApplication.translate("ViewCommands", "Put the text back at the system's size")
        )
        self.larger_text.triggered.connect(lambda: self.change_text_size(+1))
        self.smaller_text.triggered.connect(lambda: self.change_text_size(-1))
        self.actual_text.triggered.connect(lambda: self.set_text_size(0))
        self.theme_menu, self.themes = _choices(
            QCoreApplication.translate("Menu", "&Theme"),
            THEME_TITLES,
            settings.theme(),
            lambda title: QCoreApplication.translate(
                "ViewCommands", "Colours of the window: {scheme}"
            ).format(scheme=title),
            parent,
        )
        self.themes.triggered.connect(lambda action: self.set_theme(str(action.data())))
        self.language_menu, self.languages = _choices(
            QCoreApplication.translate("Menu", "Lan&guage"),
            LANGUAGE_TITLES,
            settings.language(),
            lambda _title: QCoreApplication.translate(
                "ViewCommands", "The language of the window, from the next start"
            ),
            parent,
        )
        self.languages.triggered.connect(lambda action: self.set_language(str(action.data())))

    def menus(self) -> tuple[MenuPart, ...]:
        """The View menu's tabs, then its text size and theme."""
        items = (*self.go_to, None, self.larger_text, self.smaller_text, self.actual_text)
        view = QCoreApplication.translate("Menu", "&View")
        return (MenuPart(view, (*items, self.theme_menu, self.language_menu)),)

    def change_text_size(self, steps: int) -> None:
        """Make the text `steps` sizes larger (negative: smaller) than now."""
        self.set_text_size(self._settings.text_size_step() + steps)

    def set_text_size(self, step: int) -> None:
        """Show all text at size `step` (0: the system's) and remember it."""
        step = max(theme.TEXT_STEPS.start, min(theme.TEXT_STEPS.stop - 1, step))
        theme.set_text_size(_app(), step)
        self._settings.set_text_size_step(step)
        self.larger_text.setEnabled(step < theme.TEXT_STEPS.stop - 1)
        self.smaller_text.setEnabled(step > theme.TEXT_STEPS.start)
        self.sig_look_changed.emit()

    def set_theme(self, name: str) -> None:
        """Paint the app in the scheme `name` (a key of THEME_TITLES) and remember it."""
        theme.set_scheme(_app(), name)
        self._settings.set_theme(name)
        for action in self.themes.actions():
            action.setChecked(action.data() == name)
        self.sig_look_changed.emit()

    def set_language(self, name: str) -> None:
        """Remember the window's language `name` (a key of LANGUAGE_TITLES) for the next start."""
        self._settings.set_language(name)
        title = QCoreApplication.translate("ViewCommands", LANGUAGE_TITLES[name]).replace("&", "")
        parent = self.parent()
        QMessageBox.information(
            parent if isinstance(parent, QWidget) else None,
            QCoreApplication.translate("ViewCommands", "Language"),
            QCoreApplication.translate(
                "ViewCommands", "CPM Desktop speaks {language} from its next start."
            ).format(language=title),
        )


def _choices(
    title: str,
    titles: dict[str, str],
    chosen: str,
    tip: Callable[[str], str],
    parent: QWidget,
) -> tuple[QMenu, QActionGroup]:
    """A submenu of exclusive choices, one per name of `titles`, `chosen` ticked; each
    action's data is its name and its status tip `tip(its title)`."""
    menu = QMenu(title, parent)
    group = QActionGroup(menu)
    for name, text in titles.items():
        action = menu.addAction(QCoreApplication.translate("ViewCommands", text))
        action.setCheckable(True)
        action.setChecked(name == chosen)
        action.setData(name)
        action.setStatusTip(tip(action.text().replace("&", "")))
        group.addAction(action)
    return menu, group


def _action(parent: QWidget, text: str, *keys: str) -> QAction:
    action = QAction(text, parent)
    action.setShortcuts([QKeySequence(key) for key in keys])
    return action


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


__all__ = ["THEME_TITLES", "ViewCommands"]
