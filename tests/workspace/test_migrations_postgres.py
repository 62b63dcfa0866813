"""Schema migrations on PostgreSQL (team mode): the same revisions build the models' schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from cpm_desktop.models import Base
from cpm_desktop.workspace import migrate


def test_migrations_build_exactly_the_schema_of_the_models_on_postgresql(
    postgres_url: str,
) -> None:
    """Every revision runs on an empty PostgreSQL database, and Alembic's autogenerate then
    finds no difference between it and the ORM models (as on a new .cpm file)."""
    engine = create_engine(postgres_url)
    try:
        migrate.upgrade_to_head(engine)
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()
