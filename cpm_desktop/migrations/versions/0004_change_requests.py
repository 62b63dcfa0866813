"""change requests

Adds the change-request log: requests with their impact and decision, the dated history of
their status changes, and the tasks they affect.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CATEGORIES = ("scope", "schedule", "cost", "quality", "resource")
PRIORITIES = ("low", "medium", "high", "critical")
STATUSES = (
    "draft",
    "submitted",
    "under_assessment",
    "approved",
    "rejected",
    "deferred",
    "implemented",
    "closed",
)


def _text_enum(name: str, values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "change_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=False),
        sa.Column("reason", sa.String(length=20000), nullable=False),
        sa.Column("requested_by_id", sa.Integer(), nullable=True),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("category", _text_enum("changecategory", CATEGORIES), nullable=False),
        sa.Column("priority", _text_enum("changepriority", PRIORITIES), nullable=False),
        sa.Column("schedule_days", sa.Integer(), nullable=False),
        sa.Column("cost_impact", sa.BigInteger(), nullable=False),
        sa.Column("effort_days", sa.Integer(), nullable=False),
        sa.Column("scope_impact", sa.String(length=20000), nullable=False),
        sa.Column("billable", sa.Boolean(), nullable=False),
        sa.Column("change_order_value", sa.BigInteger(), nullable=False),
        sa.Column("status", _text_enum("changestatus", STATUSES), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision_notes", sa.String(length=20000), nullable=False),
        sa.Column("implemented_on", sa.Date(), nullable=True),
        sa.Column("schedule_applied_on", sa.Date(), nullable=True),
        sa.CheckConstraint("number >= 1", name=op.f("ck_change_request_number_positive")),
        sa.CheckConstraint(
            "length(trim(title)) > 0", name=op.f("ck_change_request_title_not_blank")
        ),
        sa.CheckConstraint(
            "schedule_days BETWEEN 0 AND 10000", name=op.f("ck_change_request_schedule_days_range")
        ),
        sa.CheckConstraint(
            "effort_days BETWEEN 0 AND 10000", name=op.f("ck_change_request_effort_days_range")
        ),
        sa.CheckConstraint(
            "cost_impact >= 0", name=op.f("ck_change_request_cost_impact_not_negative")
        ),
        sa.CheckConstraint(
            "change_order_value >= 0",
            name=op.f("ck_change_request_change_order_value_not_negative"),
        ),
        sa.CheckConstraint(
            "decided_on IS NULL OR decided_on >= raised_on",
            name=op.f("ck_change_request_decided_after_raised"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_change_request_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["contact.id"],
            name=op.f("fk_change_request_requested_by_id_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_request")),
        sa.UniqueConstraint(
            "project_id", "number", name=op.f("uq_change_request_project_id_number")
        ),
    )
    with op.batch_alter_table("change_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_request_requested_by_id"), ["requested_by_id"])

    op.create_table(
        "change_transition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_request_id", sa.Integer(), nullable=False),
        sa.Column("from_status", _text_enum("changestatus", STATUSES), nullable=False),
        sa.Column("to_status", _text_enum("changestatus", STATUSES), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("comment", sa.String(length=20000), nullable=False),
        sa.ForeignKeyConstraint(
            ["change_request_id"],
            ["change_request.id"],
            name=op.f("fk_change_transition_change_request_id_change_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_transition")),
    )
    with op.batch_alter_table("change_transition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_change_transition_change_request_id"), ["change_request_id"]
        )

    op.create_table(
        "change_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_request_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["change_request_id"],
            ["change_request.id"],
            name=op.f("fk_change_task_change_request_id_change_request"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_change_task_task_id_task"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_task")),
        sa.UniqueConstraint(
            "change_request_id", "task_id", name=op.f("uq_change_task_change_request_id_task_id")
        ),
    )
    with op.batch_alter_table("change_task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_task_task_id"), ["task_id"])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("change_task")
    op.drop_table("change_transition")
    op.drop_table("change_request")
