"""Alembic environment: runs on the connection the workspace hands over, never its own."""

from __future__ import annotations

from alembic import context
from sqlalchemy import MetaData

from cpm_desktop.models import Base
from cpm_desktop.models.base import NAMING_CONVENTION

connection = context.config.attributes["connection"]
# An enum's CHECK constraint is named after its type on SQLite (as the files have them); a
# table's constraint names must differ on PostgreSQL, where a table with two columns of one
# enum needs them named after the column. Only the migrations' own objects take this.
names = (
    Base.metadata
    if connection.dialect.name == "sqlite"
    else MetaData(
        naming_convention={
            **NAMING_CONVENTION,
            "ck": "ck_%(table_name)s_%(column_0_name)s_%(constraint_name)s",
        }
    )
)
context.configure(
    connection=connection,
    target_metadata=names,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
