"""WheelReader: what a wheel turn means to the chart: zoom, scroll sideways, or scroll rows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent

NOTCH = 120  # QWheelEvent's angle delta of one notch
LINES_PER_NOTCH = 3  # as Qt's item views scroll; a line here is a row


@dataclass(frozen=True, slots=True)
class WheelTurn:
    """One wheel event, read: zoom steps, sideways pixels, or pixels for the table."""

    zoom_steps: int = 0  # positive zooms in
    sideways: int = 0  # pixels; positive scrolls towards later dates
    vertical: int = 0  # pixels; positive is the wheel turned away from the user (up)


class WheelReader:
    """Reads wheel events; adds up a touchpad's small deltas into whole zoom steps."""

    def __init__(self) -> None:
        self._zoom_angle = 0

    def read(self, event: QWheelEvent, row_height: int, sideways_step: int) -> WheelTurn:
        """Ctrl zooms, Shift (or a horizontal turn) scrolls sideways, else the rows scroll."""
        modifiers = event.modifiers()
        angle, pixels = event.angleDelta(), event.pixelDelta()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self._zoom_angle += angle.y() or angle.x()
            steps = int(self._zoom_angle / NOTCH)
            self._zoom_angle -= steps * NOTCH
            return WheelTurn(zoom_steps=steps)
        if modifiers & Qt.KeyboardModifier.ShiftModifier or abs(angle.x()) > abs(angle.y()):
            # Some platforms turn Shift+wheel into a horizontal delta: take whichever is set.
            if not pixels.isNull():
                return WheelTurn(sideways=-(pixels.x() or pixels.y()))
            notches = (angle.x() or angle.y()) / NOTCH
            return WheelTurn(sideways=-round(notches * LINES_PER_NOTCH * sideways_step))
        if not pixels.isNull():
            return WheelTurn(vertical=pixels.y())
        return WheelTurn(vertical=round(angle.y() / NOTCH * LINES_PER_NOTCH * row_height))
