"""Run one long job (read a file, import, export) in a thread while a progress dialog spins."""

from __future__ import annotations

import contextvars
import gc
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Report = Callable[[str], None]


class _Worker(QObject, Generic[T]):
    """Runs the job in its thread; reports stages, then the result or the exception."""

    sig_stage = Signal(str)
    """Emitted with a short sentence naming what the job is doing now."""

    sig_finished = Signal(object, object)
    """Emitted once with (result, exception): exactly one of them is None."""

    def __init__(self, job: Callable[[Report], T]) -> None:
        super().__init__()
        self._job = job
        # The caller's context goes with the job: a worker thread starts with fresh context
        # variables, and so would speak English in a German window (texts.speak_from_now_on).
        self._context = contextvars.copy_context()

    def run(self) -> None:
        try:
            result = self._context.run(self._job, self.sig_stage.emit)
        except Exception as exc:  # handed to the GUI thread, which decides how to show it
            self.sig_finished.emit(None, exc)
        else:
            self.sig_finished.emit(result, None)


def run_with_progress(parent: QWidget, title: str, job: Callable[[Report], T]) -> T:
    """Run `job(report)` in a worker thread behind a modal progress dialog; re-raise errors.

    The window keeps painting meanwhile; `report("Reading the file…")` updates the dialog.
    """
    dialog = QProgressDialog(title, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)  # a half-done import is rolled back anyway; no cancel to fake
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick jobs never flash a dialog
    dialog.setMinimumWidth(420)
    # No parent, no deleteLater: Python owns the thread and the worker and deletes them when
    # this call's references go, after thread.wait(). A deleteLater posted to a finished
    # thread, and a wrapper collected later, deleted the worker twice (a segfault in the GC).
    thread = QThread()
    worker: _Worker[T] = _Worker(job)
    worker.moveToThread(thread)
    outcome: list[object] = []
    loop = QEventLoop()

    def finished(result: object, error: object) -> None:
        outcome[:] = [result, error]
        thread.quit()

    worker.sig_stage.connect(dialog.setLabelText)
    worker.sig_finished.connect(finished)
    thread.started.connect(worker.run)
    thread.finished.connect(loop.quit)
    # No cyclic garbage collection while the job runs: collecting Qt wrappers in one thread
    # while the other emits signals crashed PySide (a segfault in the collector, about one
    # run in three of tests/ui/test_client_workbook_ui.py). Reference counting still frees
    # what the job drops; the collector catches up right after.
    collecting = gc.isenabled()
    gc.disable()
    try:
        thread.start()
        loop.exec()
        thread.wait()
    finally:
        if collecting:
            gc.enable()
    dialog.close()
    dialog.deleteLater()
    result, error = outcome
    if isinstance(error, BaseException):
        raise error
    return result  # type: ignore[return-value]
