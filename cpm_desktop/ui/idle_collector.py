"""Python's cyclic collector, paused while the window is busy and resumed once it is idle.

The start makes hundreds of thousands of lasting objects and next to no garbage; an edit of a
10,000-task plan builds thousands of rows' objects (the undo record, the new Timeline rows)
with no cycles among them. Resumed while the user still waits for the picture, the collector
scans all of them (a tenth of a start, 15-25 ms of a move on the critical path); resumed once
the event loop has been idle for a moment, the same scan happens while the user looks at it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer

RESUME_AFTER_MS = 120  # after an edit's repaint; a drag's next step comes sooner


def pause() -> None:
    """Turn the collector off until `resume_when_idle`'s moment has passed or `resume_now`
    (a pause under way goes on)."""
    global _resume_to
    if _resume_to is None:
        _resume_to = gc.isenabled()
    gc.disable()


def resume_when_idle(after_ms: int = RESUME_AFTER_MS) -> None:
    """Resume the collector once the event loop has run `after_ms` with no new pause."""
    _resume_timer().start(after_ms)


def resume_now() -> None:
    """Resume the collector at once, if it ran before the pause."""
    if _timer is not None:
        _timer.stop()
    _resume()


@contextmanager
def paused_until_idle() -> Iterator[None]:
    """Pause the collector for the block and until the event loop has been idle for
    RESUME_AFTER_MS."""
    pause()
    try:
        yield
    finally:
        resume_when_idle()


# Whether the collector ran before the pause under way; None: no pause under way.
_resume_to: bool | None = None
# The application's one timer, owned by no window: one closed in the middle of a pause
# still has the collector resumed, from the event loop rather than while Qt deletes it.
_timer: QTimer | None = None


def _resume_timer() -> QTimer:
    global _timer
    if _timer is None:
        # Qt is loaded by the first resume, not by the pause the start begins with.
        from PySide6.QtCore import QTimer

        _timer = QTimer()
        _timer.setSingleShot(True)
        _timer.timeout.connect(_resume)
    return _timer


def _resume() -> None:
    global _resume_to
    if _resume_to:
        gc.enable()
    _resume_to = None
