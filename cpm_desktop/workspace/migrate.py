"""Schema revisions: the Alembic scripts shipped inside the package, run on open.

Alembic itself is loaded only to upgrade (a tenth of a second at every start otherwise): the
revisions are read from the scripts' own `revision`/`down_revision` lines (`revisions.py`, which
loads no SQLAlchemy either) and the stamp from the `alembic_version` table
(tests/workspace/test_migrations.py checks both against Alembic).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from cpm_desktop.workspace.revisions import MIGRATIONS_DIR, head_revision, known_revisions

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = [
    "MIGRATIONS_DIR",
    "MigrationError",
    "alembic_config",
    "current_revision",
    "head_revision",
    "known_revisions",
    "upgrade_to_head",
]


def alembic_config(connection: Connection | None = None) -> Config:
    """Build an Alembic config pointing at the packaged migrations (no alembic.ini needed)."""
    from alembic.config import Config  # noqa: PLC0415 - loaded only to upgrade

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    """Return the revision stamped in the database, or None for an unstamped one."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine) -> None:
    """Run every migration between the stamped revision and head, in one transaction.

    On SQLite, foreign keys are off meanwhile: SQLite rebuilds a table to alter it, and
    dropping the old copy with foreign keys on would cascade-delete the rows that point at it
    (every subtask, every link). They are checked before the commit instead. PostgreSQL alters
    tables in place, its DDL inside the transaction.
    """
    from alembic import command  # noqa: PLC0415 - loaded only to upgrade

    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        return
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
