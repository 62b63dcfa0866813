"""audiences

What may leave the supplier: a project is open-book or not (its cost figures go to the client
only when it is); a risk, decision or lesson can be marked internal, and a status report keeps
internal notes beside its commentary. Internal records stay out of every client export.
Existing records are client-visible, as they were; existing projects are not open-book.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 23:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FLAGGED = ("risk", "decision", "lesson")


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD COLUMN with a server default: no table is rebuilt, every row gets the default.
    op.add_column(
        "project", sa.Column("open_book", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    for table in FLAGGED:
        op.add_column(
            table, sa.Column("internal", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.add_column(
        "status_report",
        sa.Column(
            "internal_notes", sa.String(length=20000), nullable=False, server_default=sa.text("''")
        ),
    )


def downgrade() -> None:
    """Revert this revision: the flags and the internal notes are dropped."""
    with op.batch_alter_table("status_report", schema=None) as batch_op:
        batch_op.drop_column("internal_notes")
    for table in FLAGGED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("internal")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_column("open_book")
