"""The schema revisions this app ships, read from the migration scripts' own text.

No Alembic and no SQLAlchemy: the read-only commands learn whether a file is current without
loading either (tests/workspace/test_migrations.py checks these against Alembic).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
_REVISION = re.compile(r'^revision(?:: str)? = "([^"]+)"', re.MULTILINE)
_DOWN_REVISION = re.compile(r'^down_revision(?:: str \| None)? = "([^"]+)"', re.MULTILINE)


@cache
def _scripts() -> dict[str, str | None]:
    """Each packaged revision and the one it upgrades from (None for the first)."""
    found: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        if revision is not None:
            down = _DOWN_REVISION.search(source)
            found[revision.group(1)] = down.group(1) if down else None
    return found


@cache
def head_revision() -> str:
    """Return the newest schema revision this version of the app knows."""
    scripts = _scripts()
    heads = set(scripts) - {down for down in scripts.values() if down is not None}
    assert len(heads) == 1, f"the package ships {len(heads)} schema heads, not one"
    return heads.pop()


@cache
def known_revisions() -> frozenset[str]:
    """Return every schema revision this version of the app can upgrade from."""
    return frozenset(_scripts())
