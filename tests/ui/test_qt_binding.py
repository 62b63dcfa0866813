"""The Qt binding installed does not leak references to None (PySide6 6.12.0 on Python 3.11
did: the app crashed with 'none_dealloc' after a minute of repainting the Gantt chart)."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPainter, QPen


def test_calls_returning_nothing_keep_none_alive() -> None:
    """Two thousand painter calls leave the reference count of None where it was."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            painter.setPen(QPen())
        drift = sys.getrefcount(None) - before
    finally:
        painter.end()
    assert drift > -100, f"None lost {-drift} references: pin another PySide6 in pyproject.toml"


def test_a_module_imported_after_qt_is_not_read_as_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PySide's feature check reads no module's source (cpm_desktop/ui/__init__.py): with it,
    importing the window's modules took a third longer."""
    import cpm_desktop.ui  # noqa: F401  (where the check is switched off)

    read: list[object] = []
    real = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or real(obj))
    (tmp_path / "freshly_imported.py").write_text("from PySide6.QtCore import Qt\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__("freshly_imported")  # as an import statement does: through Qt's import hook
    assert read == []
