"""stored standings

Each project's revision (a count of the writes of the records its standing is computed from)
and its standing as last computed, so a team server's portfolio need not compute every
project's again. Bookkeeping only: nothing existing changes. On a server the versions'
trigger (`server init`) counts; in a file both tables stay empty.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 14:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "project_revision",
        sa.Column("project_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("project_id", name=op.f("pk_project_revision")),
    )
    op.create_table(
        "stored_standing",
        sa.Column("project_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("project_id", name=op.f("pk_stored_standing")),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("stored_standing")
    op.drop_table("project_revision")
