"""Other users' changes on a team server appear in the window within a few seconds.

A thread listens on the server (`workspace/server_notices.py`); each batch of other windows'
committed writes becomes one change event, which the window's views take as they take the
user's own edits (`Editor.sig_changed`). The window marks what it has read first, so an edit
of what it now shows is not refused as stale.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from types import MappingProxyType

from PySide6.QtCore import QObject, Signal

from cpm_desktop.errors import CpmError
from cpm_desktop.ui.undo import Editor
from cpm_desktop.workspace import ChangeEvent, Workspace
from cpm_desktop.workspace.change_events import KIND_OF_TABLE
from cpm_desktop.workspace.server import ServerWorkspace
from cpm_desktop.workspace.server_notices import Notice, listen


def follow_server(
    workspace: Workspace, editor: Editor, shown: Callable[[], int | None], parent: QObject
) -> ServerChanges | None:
    """Show other users' changes to a workspace on a server as `editor`'s change events;
    None for a file, which only this window writes."""
    if not isinstance(workspace, ServerWorkspace):
        return None
    changes = ServerChanges(workspace, shown, parent)
    changes.sig_changed.connect(editor.sig_changed)
    return changes


class _Relay(QObject):
    """What the listening thread emits on: no parent, so Python owns it and it outlives the
    thread; the window's `ServerChanges`, which Qt may delete with its window at any moment,
    is only connected to it (Qt drops the connection with the receiver)."""

    sig_arrived = Signal(object)  # a list of Notices


class ServerChanges(QObject):
    """Listens for other windows' commits on a workspace's server while it is open."""

    sig_changed = Signal(object)
    """Emitted (in the window's thread) with the ChangeEvent of other users' changes."""

    def __init__(
        self,
        workspace: ServerWorkspace,
        shown: Callable[[], int | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._shown = shown  # the project on screen: a notice naming none may concern it
        self._stop = threading.Event()
        self.destroyed.connect(self._stop.set)  # deleted with its window: listening ends
        relay = _Relay()
        relay.sig_arrived.connect(self._take)
        self._thread = threading.Thread(
            target=_listen,
            args=(workspace, self._stop, relay),
            name="server-changes",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop listening (the thread ends within half a second)."""
        self._stop.set()

    def _take(self, batch: list[Notice]) -> None:
        others = [notice for notice in batch if notice.window != self._workspace.window_id]
        if not others or self._stop.is_set():
            return
        try:
            self._workspace.mark_seen()
        except CpmError:
            return  # the server went away meanwhile: the next edit says so
        self.sig_changed.emit(_event(others, self._shown()))


def _listen(workspace: ServerWorkspace, stop: threading.Event, relay: _Relay) -> None:
    """The listening thread: each batch of notices onto `relay`, until `stop` is set."""
    import psycopg  # noqa: PLC0415 - the driver, loaded by the listener anyway

    try:
        for batch in listen(workspace.engine.url, stop.is_set):
            relay.sig_arrived.emit(batch)
    except (CpmError, OSError, psycopg.Error):
        # A server gone: the window's own edits say so; listening just ends.
        return


def _event(notices: Iterable[Notice], shown: int | None) -> ChangeEvent:
    """One coarse event for other windows' writes: their projects (the one on screen too
    when a row named none) and kinds; the rows are not named, so every view reads its
    records again (`outline_changed`)."""
    notices = list(notices)
    projects = {notice.project_id for notice in notices if notice.project_id is not None}
    if shown is not None and any(notice.project_id is None for notice in notices):
        projects.add(shown)
    kinds = {KIND_OF_TABLE[n.table] for n in notices if n.table in KIND_OF_TABLE}
    return ChangeEvent(
        project_ids=frozenset(projects),
        records=MappingProxyType({kind: frozenset() for kind in kinds}),
        outline_changed=True,
        tasks_renamed=True,
    )
