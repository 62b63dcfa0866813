"""slack not stored

A task's total slack and critical flag are no longer stored beside its dates: they move for
every task whenever the project finish does, so a bar moved on the critical path rewrote (and
logged for undo) every row of the plan. They are read from the engine's run instead, which
the scheduled dates already come from; nothing the user entered is dropped.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 02:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_column("is_critical")
        batch_op.drop_column("total_slack")


def downgrade() -> None:
    """Revert this revision: the columns come back empty, filled at the next reschedule of a
    version that stores them."""
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.add_column(sa.Column("total_slack", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("is_critical", sa.Boolean(), nullable=False, server_default=sa.false())
        )
