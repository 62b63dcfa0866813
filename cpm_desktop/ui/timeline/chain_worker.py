"""ChainWorker: works out a task's driving chain off the GUI thread.

On a plan of thousands of tasks that means a scheduling run; the window must not freeze for
it. Only the answer to the latest request is delivered: a newer selection or edit makes the
older ones moot.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from cpm_desktop.services.plan.start_drivers import driving_chain
from cpm_desktop.workspace import Workspace

log = logging.getLogger(__name__)


class ChainWorker(QObject):
    """Runs `driving_chain` in a one-thread pool and reports the latest result.

    A Python thread pool, not QThreadPool with QRunnable.create: PySide keeps the wrapper of
    an auto-deleted runnable, and a Qt object later allocated at its address came back as
    that QRunnable.
    """

    sig_found = Signal(int, object, object)
    """Emitted (in the GUI thread) with the task id, its chain's task ids and link ids."""

    _sig_done = Signal(int, int, object, object)  # request number, task id, task ids, link ids

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="driving-chain")
        self._pending: list[Future[None]] = []
        self._latest = 0
        self._sig_done.connect(self._on_done)

    def request(self, workspace: Workspace, project_id: int, task_id: int) -> None:
        """Work out the chain of `task_id`; earlier requests still running are ignored."""
        self._latest += 1
        number = self._latest
        done = self._sig_done

        def work() -> None:
            try:
                tasks, links = workspace.run_apart(driving_chain, project_id, task_id)
            except Exception:  # noqa: BLE001  # a highlight is cosmetic: the task or file may be gone
                log.debug("driving chain of task %s not worked out", task_id, exc_info=True)
                return
            try:
                done.emit(number, task_id, tasks, links)
            except RuntimeError:  # the window went away meanwhile: nobody to tell
                log.debug("driving chain of task %s found after its window closed", task_id)

        self._pending = [f for f in self._pending if not f.done()]
        self._pending.append(self._pool.submit(work))

    def cancel(self) -> None:
        """Forget every request made so far."""
        self._latest += 1

    def wait(self) -> None:
        """Block until the running request is finished (before the workspace closes)."""
        for job in self._pending:
            job.result()  # a Future waits with the GIL released; work() never raises
        self._pending = []

    def _on_done(self, number: int, task_id: int, tasks: object, links: object) -> None:
        if number == self._latest:
            self.sig_found.emit(task_id, tasks, links)
