"""deliverables

What the project hands the client and its acceptance: deliverables (D-001 …) with an owner, a
due date or a milestone of the plan, a status on the road to acceptance and the client's last
verdict; each with its acceptance criteria as a checklist and the dated history of its steps.
An upgraded workspace has no deliverables.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 03:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = ("not_started", "in_progress", "submitted", "accepted", "rejected", "resubmitted")


def _status(name: str) -> sa.Column:
    kind = sa.Enum(
        *STATUSES, name="deliverablestatus", native_enum=False, create_constraint=True, length=20
    )
    return sa.Column(name, kind, nullable=False)


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "deliverable",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("milestone_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        _status("status"),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("rejection_reasons", sa.String(length=20000), nullable=False),
        sa.CheckConstraint("number >= 1", name=op.f("ck_deliverable_number_positive")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_deliverable_name_not_blank")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_deliverable_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["task.id"],
            name=op.f("fk_deliverable_milestone_id_task"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliverable")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_deliverable_project_id_number")),
    )
    op.create_index(op.f("ix_deliverable_milestone_id"), "deliverable", ["milestone_id"])
    op.create_table(
        "acceptance_criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deliverable_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=1000), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "length(trim(text)) > 0", name=op.f("ck_acceptance_criterion_text_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["deliverable_id"],
            ["deliverable.id"],
            name=op.f("fk_acceptance_criterion_deliverable_id_deliverable"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acceptance_criterion")),
    )
    op.create_index(
        op.f("ix_acceptance_criterion_deliverable_id"), "acceptance_criterion", ["deliverable_id"]
    )
    op.create_table(
        "deliverable_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deliverable_id", sa.Integer(), nullable=False),
        _status("from_status"),
        _status("to_status"),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("comment", sa.String(length=20000), nullable=False),
        sa.ForeignKeyConstraint(
            ["deliverable_id"],
            ["deliverable.id"],
            name=op.f("fk_deliverable_step_deliverable_id_deliverable"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliverable_step")),
    )
    op.create_index(
        op.f("ix_deliverable_step_deliverable_id"), "deliverable_step", ["deliverable_id"]
    )


def downgrade() -> None:
    """Revert this revision: the deliverables are dropped."""
    for table in ("deliverable_step", "acceptance_criterion", "deliverable"):
        op.drop_table(table)
