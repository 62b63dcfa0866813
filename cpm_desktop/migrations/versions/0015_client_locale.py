"""client locale

Each client has the locale its exports are written in: a language and the region whose date,
number and currency formats it follows. Existing clients are English (United Kingdom), as
every export was until now.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 08:05:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("locale", sa.String(length=16), server_default="en_GB", nullable=False)
        )


def downgrade() -> None:
    """Revert this revision: clients lose their locale."""
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_column("locale")
