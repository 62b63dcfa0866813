"""The workspace lock: one writer at a time, across threads of one process and across processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cpm_desktop.errors import WorkspaceLockedError
from cpm_desktop.identity import os_user
from cpm_desktop.workspace import open_workspace
from cpm_desktop.workspace.lock import lock_path_for

# Exit 3 with the error text when the workspace is locked, 0 when it opened.
OPEN_IN_ANOTHER_PROCESS = """
import sys
from pathlib import Path
from cpm_desktop.errors import WorkspaceLockedError
from cpm_desktop.workspace import open_workspace
try:
    open_workspace(Path(sys.argv[1]), backup=False).close()
except WorkspaceLockedError as exc:
    print(exc)
    sys.exit(3)
"""


def open_elsewhere(path: Path) -> subprocess.CompletedProcess[str]:
    """Try to open `path` for writing from a second Python process."""
    return subprocess.run(
        [sys.executable, "-c", OPEN_IN_ANOTHER_PROCESS, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_second_open_in_the_same_process_is_refused_naming_the_holder(saved: Path) -> None:
    """While a workspace is open, opening it again raises WorkspaceLockedError with who holds it."""
    with open_workspace(saved):
        with pytest.raises(WorkspaceLockedError) as excinfo:
            open_workspace(saved)
        message = str(excinfo.value)
        assert f"process {os.getpid()}" in message
        assert f"user {os_user()}" in message
        assert "already open" in message


def test_workspace_opens_again_after_close(saved: Path) -> None:
    """close() releases the lock and removes the lock file."""
    ws = open_workspace(saved)
    assert lock_path_for(saved).exists()
    ws.close()
    assert not lock_path_for(saved).exists()
    with open_workspace(saved) as again:
        assert not again.read_only


def test_a_created_workspace_is_locked_until_closed(workspace) -> None:
    """create_workspace hands back a locked workspace, like open_workspace."""
    with pytest.raises(WorkspaceLockedError):
        open_workspace(workspace.path)


def test_stale_lock_file_with_garbage_does_not_block(saved: Path) -> None:
    """A lock file left behind by a crash, holding junk, does not stop the next open."""
    lock_path_for(saved).write_text("\x00garbage{not json")
    with open_workspace(saved) as ws:
        assert not ws.read_only
        assert '"pid"' in lock_path_for(saved).read_text()


def test_locked_by_an_unknown_holder_says_so(saved: Path) -> None:
    """If the holder's details cannot be read, the message still explains the refusal."""
    with open_workspace(saved):
        lock_path_for(saved).write_text("junk")
        with pytest.raises(WorkspaceLockedError, match="holder unknown"):
            open_workspace(saved)


def test_read_only_open_works_while_another_holds_the_lock(saved: Path) -> None:
    """A read-only viewer does not need (or take) the lock."""
    with open_workspace(saved), open_workspace(saved, read_only=True) as viewer:
        assert viewer.read_only


def test_a_second_process_cannot_open_a_held_workspace(saved: Path) -> None:
    """Another process gets WorkspaceLockedError naming this process; after close it can open."""
    with open_workspace(saved):
        refused = open_elsewhere(saved)
        assert refused.returncode == 3, refused.stderr
        assert "already open in another CPM Desktop" in refused.stdout
        assert f"process {os.getpid()}" in refused.stdout
    opened = open_elsewhere(saved)
    assert opened.returncode == 0, opened.stdout + opened.stderr
