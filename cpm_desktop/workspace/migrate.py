"""Schema revisions: the Alembic scripts shipped inside the package, run on open."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """Build an Alembic config pointing at the packaged migrations (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


@cache
def head_revision() -> str:
    """Return the newest schema revision this version of the app knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


@cache
def known_revisions() -> frozenset[str]:
    """Return every schema revision this version of the app can upgrade from."""
    scripts = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in scripts.walk_revisions())


def current_revision(connection: Connection) -> str | None:
    """Return the revision stamped in the database, or None for an unstamped one."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    """Run every migration between the stamped revision and head, in one transaction.

    Foreign keys are off meanwhile: SQLite rebuilds a table to alter it, and dropping the old
    copy with foreign keys on would cascade-delete the rows that point at it (every subtask,
    every link). They are checked before the commit instead.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # only effective outside a transaction
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationError(f"the upgrade would break {len(broken)} reference(s)")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


class MigrationError(RuntimeError):
    """A migration left the data inconsistent; it was rolled back."""
