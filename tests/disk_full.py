"""A full disk, made in the test process: a file size limit turns big writes into EFBIG."""

from __future__ import annotations

import resource
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """Let no file of this process grow past `limit` bytes, as a full disk would."""
    if sys.platform == "win32":  # pragma: no cover
        pytest.skip("file size limits are a POSIX feature")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    # Without this, the kernel kills the process (SIGXFSZ) instead of failing the write.
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
