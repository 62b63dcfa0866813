"""Who is at the keyboard, for audit entries, recorded steps and lock files."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_acting_as: ContextVar[str | None] = ContextVar("acting_as", default=None)


def os_user() -> str:
    """Return the operating-system login name, or 'unknown' where there is none."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return "unknown"


def current_user() -> str:
    """The name recorded as the author of an edit: the OS login unless `acting_as` says."""
    return _acting_as.get() or os_user()


@contextmanager
def acting_as(name: str) -> Iterator[None]:
    """Record edits made inside the block as `name`'s (the demo's history is its PM's)."""
    token = _acting_as.set(name)
    try:
        yield
    finally:
        _acting_as.reset(token)
