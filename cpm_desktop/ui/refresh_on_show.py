"""RefreshOnShow: a page reads again after an edit at once while shown, else when it next shows.

A page that prices or sums the whole plan (resources, workload, timesheets) should not do so
after every edit made elsewhere (a bar dragged on the Timeline) while nobody looks at it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshOnShow(QObject):
    """Calls `refresh` on `request` while `page` is visible; hidden, it waits for its show."""

    def __init__(self, page: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._refresh = refresh
        self._stale = False
        page.installEventFilter(self)

    def request(self) -> None:
        """The page's data changed: read it again now, or when the page shows."""
        if self._page.isVisible():
            self._stale = False
            self._refresh()
        else:
            self._stale = True

    def done(self) -> None:
        """The page read its data some other way (a project switch): nothing is owed."""
        self._stale = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Catch up with the edits made while the page was hidden."""
        if watched is self._page and event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self._refresh()
        return False
