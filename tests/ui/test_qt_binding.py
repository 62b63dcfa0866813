"""The Qt binding installed does not leak references to None (PySide6 6.12.0 on Python 3.11
did: the app crashed with 'none_dealloc' after a minute of repainting the Gantt chart)."""

from __future__ import annotations

import sys

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
