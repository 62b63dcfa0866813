"""Who is at the keyboard, for audit entries and lock files."""

from __future__ import annotations

import getpass


def os_user() -> str:
    """Return the operating-system login name, or 'unknown' where there is none."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return "unknown"
