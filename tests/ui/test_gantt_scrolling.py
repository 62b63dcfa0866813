"""Scrolling the Timeline: the table and the chart move what stays on screen and paint only
the rows a step uncovers, and what is on screen then is what a full repaint draws."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from cpm_desktop.ui.main_window import MainWindow
from tests.ui.app_look import app_look

# Antialiased curves (rounded corners, the warning triangle) rasterise a shade apart at
# another y: a few units per channel. A misplaced strip or a stale row differs by far more.
SHADE = 16


class PaintedAreas(QObject):
    """Records the area of each paint of the widgets it watches."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.areas: list[QRect] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.areas.append(event.rect())  # type: ignore[attr-defined]
        return False


def on_screen(app: QApplication, window: QWidget, widget: QWidget) -> QImage:
    """What the window shows of `widget` (the offscreen platform's backing store)."""
    shot = app.primaryScreen().grabWindow(window.winId()).toImage()
    return shot.copy(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def repainted(widget: QWidget, like: QImage) -> QImage:
    """`widget` painted whole, afresh."""
    return widget.grab().toImage().convertToFormat(like.format())


def far_apart(shown: QImage, fresh: QImage) -> int:
    """Count the pixels whose colour differs by more than a shade between the two images."""
    count = 0
    for y in range(shown.height()):
        a = bytes(shown.constScanLine(y))[: 4 * shown.width()]
        b = bytes(fresh.constScanLine(y))[: 4 * fresh.width()]
        if a != b:
            pixels = zip(*[iter(zip(a, b, strict=True))] * 4, strict=True)
            count += sum(1 for pixel in pixels if max(abs(p - q) for p, q in pixel) > SHADE)
    return count


@pytest.mark.parametrize("scheme", ["light", "high-contrast"])
def test_a_scroll_step_paints_only_the_rows_it_uncovers(
    qtbot, qapp: QApplication, window: MainWindow, scheme: str
) -> None:
    """A step of three rows (a wheel notch), one row or a few pixels, down or up: the table
    and the chart paint a strip that tall, and show what a full repaint would (the selected
    row, its driving chain, the dashed status-date line among them)."""
    with app_look(qapp, scheme):
        view = window.timeline.view
        table, chart = view.table, view.chart
        window.resize(1600, 1000)
        window.show()
        qtbot.waitExposed(window)
        selected = view.visible_task_ids()[6]
        view.select_task(selected)
        # Its driving chain is outlined after a pause: not in the middle of a step.
        qtbot.waitUntil(lambda: selected in chart._chain_tasks)
        bar = table.verticalScrollBar()
        row = table.row_height()
        assert bar.maximum() > 8 * row  # the demo has rows enough to scroll
        qapp.processEvents()
        watch = PaintedAreas(table.viewport(), chart.viewport())
        for step in (3 * row, 3 * row, row, -5, 7, -3 * row, -2 * row):
            watch.areas.clear()
            bar.setValue(bar.value() + step)
            qapp.processEvents()
            assert watch.areas, "the step painted nothing"
            assert all(area.height() <= abs(step) for area in watch.areas), watch.areas
            for widget in (table.viewport(), chart.viewport()):
                shown = on_screen(qapp, window, widget)
                assert far_apart(shown, repainted(widget, shown)) == 0
