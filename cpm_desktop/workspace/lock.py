"""An exclusive, crash-safe lock beside the workspace file.

The operating system releases the lock when the holder dies, so a stale lock file left by a
crash never blocks anyone; its text only tells the next process who holds it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from cpm_desktop.errors import WorkspaceError, WorkspaceLockedError
from cpm_desktop.identity import os_user
from cpm_desktop.texts import _

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def lock_path_for(workspace: Path) -> Path:
    """Return the lock file that guards `workspace`."""
    return workspace.with_name(workspace.name + ".lock")


class WorkspaceLock:
    """Holds the lock of one workspace file until `release()`."""

    def __init__(self, workspace: Path) -> None:
        self.path = lock_path_for(workspace)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise WorkspaceLockedError naming the holder."""
        for _attempt in range(5):
            try:
                handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open
            except OSError as exc:
                raise WorkspaceError(
                    _("Cannot create the lock file {path}: {reason}.").format(
                        path=self.path, reason=exc.strerror
                    )
                ) from exc
            if not _try_lock(handle):
                holder = _describe_holder(self.path)
                handle.close()
                raise WorkspaceLockedError(
                    _(
                        "The workspace is already open in another CPM Desktop ({holder}). "
                        "Close it there first."
                    ).format(holder=holder)
                )
            # The holder before us may have unlinked the file between our open and our lock.
            if _same_file(handle, self.path):
                self._handle = handle
                self._write_owner()
                return
            _unlock(handle)
            handle.close()
        raise WorkspaceLockedError(
            _("Could not take the lock {path}; try again.").format(path=self.path)
        )

    def release(self) -> None:
        """Drop the lock and remove the lock file."""
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        # Unlink while still holding the lock, so nobody locks a file we then delete.
        self.path.unlink(missing_ok=True)
        _unlock(handle)
        handle.close()

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._handle is not None

    def _write_owner(self) -> None:
        assert self._handle is not None
        owner = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": os_user(),
            "since": dt.datetime.now().isoformat(timespec="seconds"),
        }
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.write(json.dumps(owner))
        self._handle.flush()


def _same_file(handle: IO[str], path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except FileNotFoundError:
        return False


def _describe_holder(path: Path) -> str:
    try:
        owner = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        owner = {}
    if not owner:
        return _("holder unknown")
    return _("user {user} on {host}, process {pid}, since {since}").format(
        user=owner.get("user", "?"),
        host=owner.get("host", "?"),
        pid=owner.get("pid", "?"),
        since=owner.get("since", "?"),
    )
