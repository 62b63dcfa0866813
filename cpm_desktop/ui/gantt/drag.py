"""DragController: turns a press on a bar and the pointer's path into the right gesture."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from cpm_desktop.ui.gantt.frame import Frame
from cpm_desktop.ui.gantt.interactions import (
    DrawLink,
    Gesture,
    Hit,
    MoveBar,
    Part,
    ResizeBar,
    hit_test,
)
from cpm_desktop.ui.gantt.layout import Kind


class DragController:
    """Holds the press and the gesture in progress; the chart forwards its mouse events.

    Dragging a bar's end resizes it; leaving the bar's row draws a link (coming back moves
    again); moving sideways past the drag distance moves the bar. Summaries only link.
    """

    def __init__(
        self,
        move: Callable[[int, dt.date], None],
        finish: Callable[[int, dt.date], None],
        link: Callable[[int, int], None],
    ) -> None:
        self._move, self._finish, self._link = move, finish, link
        self._press: tuple[Hit, QPointF] | None = None
        self._gesture: Gesture | None = None

    @property
    def active(self) -> bool:
        """Tell whether a bar is pressed (a drag may be under way)."""
        return self._press is not None

    def press(self, frame: Frame, pos: QPointF) -> None:
        """Remember a press, if it is on a bar."""
        hit = hit_test(frame, pos)
        self._press = (hit, pos) if hit is not None else None
        self._gesture = None

    def move(self, frame: Frame, pos: QPointF) -> Qt.CursorShape:
        """Follow the pointer; return the cursor to show."""
        if self._press is None:
            hit = hit_test(frame, pos)
            if hit is not None and hit.part is Part.END:
                return Qt.CursorShape.SizeHorCursor
            return Qt.CursorShape.ArrowCursor
        self._gesture = self._choose(frame, pos)
        if self._gesture is None:
            return Qt.CursorShape.ArrowCursor
        self._gesture.move(pos)
        return self._gesture.cursor

    def release(self, frame: Frame, pos: QPointF) -> None:
        """Finish the gesture (it asks for its change) and forget the press."""
        if self._gesture is not None:
            self._gesture.move(pos)
            self._gesture.release(frame)
        self.cancel()

    def cancel(self) -> None:
        """Drop the press and the gesture without asking for anything."""
        self._press = None
        self._gesture = None

    def paint(self, painter: QPainter, frame: Frame) -> None:
        """Draw the gesture's feedback (a ghost bar, a rubber band)."""
        if self._gesture is not None:
            self._gesture.paint(painter, frame)

    def _choose(self, frame: Frame, pos: QPointF) -> Gesture | None:
        assert self._press is not None
        hit, press = self._press
        current = self._gesture
        if hit.part is Part.END:
            return current or ResizeBar(hit, press, self._finish)
        if frame.rows.row_at(pos.y()) != hit.row:
            return current if isinstance(current, DrawLink) else DrawLink(hit, press, self._link)
        if isinstance(current, MoveBar):
            return current
        moved = abs(pos.x() - press.x()) >= QApplication.startDragDistance()
        if hit.bar.kind is Kind.SUMMARY or not (moved or current is not None):
            return None  # a summary's dates follow its tasks: it cannot be dragged
        return MoveBar(hit, press, self._move)
