"""Python's cyclic collector, paused from an edit until the window has repainted and is idle.

An edit of a 10,000-task plan builds thousands of rows' objects (the undo record, the new
Timeline rows) with no cycles among them. Resumed as soon as the edit returns, the collector's
first pass scans all of them while the user still waits for the repaint (15-25 ms on a move
on the critical path); resumed once the event loop has been idle for a moment, the same scan
happens while the user looks at the result.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer

RESUME_AFTER_MS = 120  # after the repaint; a drag's next step comes sooner and keeps it paused


@contextmanager
def paused_until_idle() -> Iterator[None]:
    """Pause the collector for the block and until the event loop has been idle for
    RESUME_AFTER_MS (a pause already running is extended)."""
    global _resume_to
    if _resume_to is None:
        _resume_to = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _resume_timer().start()


# Whether the collector ran before the pause under way; None: no pause under way.
_resume_to: bool | None = None
# The application's one timer, owned by no window: one closed in the middle of a pause
# still has the collector resumed, from the event loop rather than while Qt deletes it.
_timer: QTimer | None = None


def _resume_timer() -> QTimer:
    global _timer
    if _timer is None:
        _timer = QTimer()
        _timer.setSingleShot(True)
        _timer.setInterval(RESUME_AFTER_MS)
        _timer.timeout.connect(_resume)
    return _timer


def _resume() -> None:
    global _resume_to
    if _resume_to:
        gc.enable()
    _resume_to = None
