"""Writing a finished report to disk all at once, so a failure never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from cpm_desktop.errors import ExportError


def write_atomically(path: Path, data: bytes) -> Path:
    """Write `data` to `path` through a temporary file in the same folder; return the path.

    Raises ExportError naming the path when the folder is missing or cannot be written.
    """
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"Cannot write {path}: the folder {folder} does not exist.")
    if path.is_dir():
        raise ExportError(f"Cannot write {path}: it is a folder.")
    try:
        # Same folder, so os.replace is a rename on one file system: readers see the old
        # file or the whole new one, never a partial write.
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return path
