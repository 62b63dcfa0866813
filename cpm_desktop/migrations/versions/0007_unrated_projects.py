"""unrated projects

A project's overall RAG may be left unset: the PM has not rated it, and the app shows the status
its KPIs give instead. Existing projects keep the rating they have.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 19:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rag() -> sa.Enum:
    return sa.Enum(
        "green", "amber", "red", name="rag", native_enum=False, create_constraint=True, length=20
    )


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.alter_column("rag", existing_type=_rag(), nullable=True)


def downgrade() -> None:
    """Revert this revision: an unrated project becomes green, as before this revision."""
    op.execute("UPDATE project SET rag = 'green' WHERE rag IS NULL")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.alter_column("rag", existing_type=_rag(), nullable=False)
