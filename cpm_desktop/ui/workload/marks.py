"""Over-allocation marks on the Timeline: the warning icon beside a task's name and the red
mark on its bar, for the tasks whose people are planned (over every project) for more hours
than they can work on one of the task's days.

OverAllocationMarks reads them after the plan is shown and after each edit that may change a
person's load (several in one event-loop turn read once).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from cpm_desktop.services.workload.views import over_allocated_tasks
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import Editor
from cpm_desktop.workspace import ChangeEvent, RecordKind

OVER_ALLOCATED_TIP = QT_TRANSLATE_NOOP(
    "OverAllocationMarks", "Over-allocated: someone on this task is planned beyond their capacity"
)
"""Marked, not translated: show it through `over_allocated_tip()`."""
# Edits that may change anyone's load: any project's, as a person's load spans projects.
_LOAD_KINDS = (
    RecordKind.TASK,
    RecordKind.LINK,
    RecordKind.ASSIGNMENT,
    RecordKind.RESOURCE,
    RecordKind.CALENDAR,
    RecordKind.HOLIDAY,
    RecordKind.PROJECT,
)
_SIZES = (16, 20, 24, 32)


class Marked(Protocol):
    """What shows the marks: the task table's model, the Gantt chart."""

    def set_over_allocated(self, task_ids: frozenset[int]) -> None:
        """Mark these tasks (and no others)."""


def over_allocated_tip() -> str:
    """OVER_ALLOCATED_TIP in the window's language."""
    return QCoreApplication.translate("OverAllocationMarks", OVER_ALLOCATED_TIP)


def over_allocation_icon() -> QIcon:
    """A red warning triangle with a white "!" in the theme's red."""
    return _icon(colors().rag_red)


@cache
def _icon(red: str) -> QIcon:
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_warning(painter, QRectF(1, 1, size - 2, size - 2), QColor(red))
        painter.end()
        result.addPixmap(pixmap)
    return result


def paint_warning(painter: QPainter, rect: QRectF, red: QColor) -> None:
    """Draw the warning triangle with its "!" inside `rect`."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(red)
    top, bottom = rect.top() + rect.height() * 0.06, rect.bottom() - rect.height() * 0.06
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(rect.center().x(), top),
                QPointF(rect.right(), bottom),
                QPointF(rect.left(), bottom),
            ]
        )
    )
    stroke = max(1.5, rect.width() / 9)
    pen = QPen(QColor("#ffffff"), stroke)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    x = rect.center().x()
    height = bottom - top
    painter.drawLine(QPointF(x, top + height * 0.38), QPointF(x, top + height * 0.66))
    painter.drawPoint(QPointF(x, top + height * 0.84))
    painter.restore()


class OverAllocationMarks(QObject):
    """Keeps the marks of the project `project()` names up to date on `targets`."""

    def __init__(
        self,
        editor: Editor,
        project: Callable[[], int | None],
        targets: tuple[Marked, ...],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._project = project
        self._targets = targets
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        editor.sig_changed.connect(self._on_changed)

    def schedule(self) -> None:
        """Read the marks again once the event loop is free."""
        self._timer.start()

    def refresh(self) -> None:
        """Read which tasks are over-allocated and mark them."""
        self._timer.stop()
        project_id = self._project()
        marked = (
            frozenset()
            if project_id is None
            else self._editor.workspace.run(over_allocated_tasks, project_id)
        )
        for target in self._targets:
            target.set_over_allocated(marked)

    def _on_changed(self, event: ChangeEvent) -> None:
        if self._project() is not None and event.touches(*_LOAD_KINDS):
            self._timer.start()
