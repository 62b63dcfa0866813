"""billing waits for acceptance

A billing milestone may wait for a deliverable: it becomes due only once the client accepts
that deliverable. Existing billing milestones wait for nothing, as before.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 03:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("billing_milestone", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deliverable_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_billing_milestone_deliverable_id"), ["deliverable_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_billing_milestone_deliverable_id_deliverable"),
            "deliverable",
            ["deliverable_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    """Revert this revision: billing milestones no longer wait for a deliverable."""
    with op.batch_alter_table("billing_milestone", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_billing_milestone_deliverable_id_deliverable"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_billing_milestone_deliverable_id"))
        batch_op.drop_column("deliverable_id")
