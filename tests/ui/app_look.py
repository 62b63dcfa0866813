"""The app's own look (style, palette, font, style sheet) for the tests that measure what fits.

Most UI tests run on Qt's plain look: an application style sheet makes every widget several
times dearer to build (about 0.8 s against 0.2 s for the main window). Tests of what a reader
sees (clipping, contrast) take the real look and put the plain one back after them, so no other
test inherits it by the order it happens to run in.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from cpm_desktop.ui import theme


@contextmanager
def app_look(app: QApplication, scheme: str = "light") -> Iterator[theme.Colors]:
    """Apply the app's theme in `scheme` ("light", "dark" or "high-contrast"); afterwards the
    look before it (the text size too: View › Larger Text changes the application font)."""
    saved = (app.style().name(), app.palette(), app.font(), app.styleSheet())
    base_before = getattr(theme, "_base_point_size")  # noqa: B009
    scheme_before = theme.colors()
    forced = os.environ.get(theme.SCHEME_VARIABLE)
    os.environ[theme.SCHEME_VARIABLE] = scheme
    try:
        yield theme.apply_theme(app)
    finally:
        if forced is None:
            del os.environ[theme.SCHEME_VARIABLE]
        else:
            os.environ[theme.SCHEME_VARIABLE] = forced
        style, palette, font, sheet = saved
        app.setStyleSheet(sheet)
        app.setStyle(style)
        app.setPalette(palette)
        app.setFont(font)
        # The colours the app's own painting asks for (charts, icons) follow back too.
        setattr(theme, "_current", scheme_before)  # noqa: B010
        setattr(theme, "_base_point_size", base_before)  # noqa: B010
