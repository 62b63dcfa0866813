"""checkout server

A laptop's checked-out copy remembers the team server it came from, so its check-in goes back
there without asking. One nullable column: nothing existing changes.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 15:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.add_column("checkout", sa.Column("server", sa.String(length=300), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("checkout") as batch:
        batch.drop_column("server")
