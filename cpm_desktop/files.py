"""Every file the app writes goes through here: a temporary file in the same folder, flushed to
disk, then renamed over the target, so a failure (a full disk, a pulled USB stick) never leaves
half a file and never destroys the good file that was there.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cpm_desktop.errors import CpmError, ExportError


def write_atomically(path: Path, data: bytes, *, error: type[CpmError] = ExportError) -> Path:
    """Write `data` to `path` all at once; return the path.

    Raises `error` naming the path when the folder is missing or cannot be written; the file
    that was at `path` before is then left exactly as it was.
    """
    with atomic_target(path, error=error) as temporary, open(temporary, "wb") as stream:
        stream.write(data)
    return path


@contextmanager
def atomic_target(path: Path, *, error: type[CpmError] = ExportError) -> Iterator[Path]:
    """Yield a temporary path beside `path` to write the whole file to; on success it becomes
    `path` (flushed to disk first), on any failure it is removed and `path` is untouched.

    For writers that want a file name rather than bytes (SQLite's backup API, image savers).
    """
    folder = path.parent
    if not folder.is_dir():
        raise error(f"Cannot write {path}: the folder {folder} does not exist.")
    if path.is_dir():
        raise error(f"Cannot write {path}: it is a folder.")
    try:
        # Same folder, so os.replace is a rename on one file system: readers see the old
        # file or the whole new one, never a partial write.
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise error(f"Cannot write {path}: {os_error_text(exc)}.") from exc
    temporary = Path(name)
    # Read before the writer runs: a writer may move the old file away (restore sets it aside).
    mode = _mode_for(path)
    try:
        yield temporary
        _flush_to_disk(temporary)
        # mkstemp makes 0600 files; the user expects what any office application makes.
        os.chmod(temporary, mode)
        os.replace(temporary, path)
        _flush_folder(folder)
    except OSError as exc:
        _remove(temporary)
        raise error(f"Cannot write {path}: {os_error_text(exc)}.") from exc
    except BaseException:
        _remove(temporary)
        raise


def new_file_mode() -> int:
    """Return the permissions a new document gets: 0666 less the user's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _mode_for(path: Path) -> int:
    """Keep the permissions of a file being replaced; a new file gets the umask's."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return new_file_mode()


def _flush_to_disk(path: Path) -> None:
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible (nor needed) on Windows."""
    if os.name != "posix":  # pragma: no cover - exercised on Windows only
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def os_error_text(exc: OSError) -> str:
    """Say an OS error in words a user can act on."""
    if exc.errno is not None and exc.errno in _DISK_FULL:
        return "the disk is full"
    return exc.strerror or str(exc)


# EFBIG: a file size limit (a FAT32 stick, a quota) stops the write the same way.
_DISK_FULL = frozenset((errno.ENOSPC, errno.EDQUOT, errno.EFBIG))
