"""baselines and scheduled slack

Adds numbered baselines (0..10) of task dates and costs, and the total slack and critical
flag the scheduler writes beside the dates. Existing tasks get them at the first reschedule
after the upgrade.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 23:19:32.416835
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "baseline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(length=100), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.CheckConstraint("number BETWEEN 0 AND 10", name=op.f("ck_baseline_number_range")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_baseline_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_baseline")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_baseline_project_id_number")),
    )
    op.create_table(
        "baseline_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("baseline_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("finish", sa.Date(), nullable=False),
        sa.Column("duration", sa.Integer(), nullable=False),
        sa.Column("budget_cost", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("duration >= 0", name=op.f("ck_baseline_task_duration_not_negative")),
        sa.CheckConstraint("finish >= start", name=op.f("ck_baseline_task_finish_after_start")),
        sa.ForeignKeyConstraint(
            ["baseline_id"],
            ["baseline.id"],
            name=op.f("fk_baseline_task_baseline_id_baseline"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_baseline_task_task_id_task"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_baseline_task")),
        sa.UniqueConstraint(
            "baseline_id", "task_id", name=op.f("uq_baseline_task_baseline_id_task_id")
        ),
    )
    with op.batch_alter_table("baseline_task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_baseline_task_task_id"), ["task_id"], unique=False)

    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.add_column(sa.Column("total_slack", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("is_critical", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_column("is_critical")
        batch_op.drop_column("total_slack")

    with op.batch_alter_table("baseline_task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_baseline_task_task_id"))

    op.drop_table("baseline_task")
    op.drop_table("baseline")
