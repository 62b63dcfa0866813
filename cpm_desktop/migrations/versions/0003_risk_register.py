"""risk register

Adds the register of risks, issues and opportunities (with their dated history and the tasks
they threaten), and each project's RAG thresholds for risk scores: existing projects get the
defaults (1–4 green, 5–12 amber, 15–25 red).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 10:05:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = ("risk", "issue", "opportunity")
STATUSES = ("open", "monitoring", "closed")
STRATEGIES = ("avoid", "reduce", "transfer", "share", "accept", "exploit", "enhance")


def _text_enum(name: str, values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD COLUMN (no table rebuild): the checks ride on the new columns, as SQLite allows.
    op.add_column(
        "project",
        sa.Column(
            "risk_amber_from",
            sa.Integer(),
            sa.CheckConstraint(
                "risk_amber_from BETWEEN 2 AND 25", name=op.f("ck_project_risk_amber_range")
            ),
            nullable=False,
            server_default=sa.text("5"),
        ),
    )
    op.add_column(
        "project",
        sa.Column(
            "risk_red_from",
            sa.Integer(),
            sa.CheckConstraint(
                "risk_red_from > risk_amber_from AND risk_red_from <= 25",
                name=op.f("ck_project_risk_thresholds"),
            ),
            nullable=False,
            server_default=sa.text("15"),
        ),
    )
    op.create_table(
        "risk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", _text_enum("riskkind", KINDS), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("cause", sa.String(length=20000), nullable=False),
        sa.Column("effect", sa.String(length=20000), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=True),
        sa.Column("impact", sa.Integer(), nullable=True),
        sa.Column("severity", sa.Integer(), nullable=True),
        sa.Column("proximity", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("strategy", _text_enum("responsestrategy", STRATEGIES), nullable=True),
        sa.Column("mitigation", sa.String(length=20000), nullable=False),
        sa.Column("contingency", sa.String(length=20000), nullable=False),
        sa.Column("trigger", sa.String(length=200), nullable=False),
        sa.Column("cost_impact", sa.BigInteger(), nullable=False),
        sa.Column("schedule_impact", sa.Integer(), nullable=False),
        sa.Column("residual_probability", sa.Integer(), nullable=True),
        sa.Column("residual_impact", sa.Integer(), nullable=True),
        sa.Column("status", _text_enum("riskstatus", STATUSES), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closure_note", sa.String(length=20000), nullable=False),
        sa.Column("source_risk_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("number >= 1", name=op.f("ck_risk_number_positive")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_risk_title_not_blank")),
        sa.CheckConstraint("probability BETWEEN 1 AND 5", name=op.f("ck_risk_probability_range")),
        sa.CheckConstraint("impact BETWEEN 1 AND 5", name=op.f("ck_risk_impact_range")),
        sa.CheckConstraint("severity BETWEEN 1 AND 5", name=op.f("ck_risk_severity_range")),
        sa.CheckConstraint(
            "residual_probability BETWEEN 1 AND 5",
            name=op.f("ck_risk_residual_probability_range"),
        ),
        sa.CheckConstraint(
            "residual_impact BETWEEN 1 AND 5", name=op.f("ck_risk_residual_impact_range")
        ),
        sa.CheckConstraint(
            "(kind = 'issue' AND severity IS NOT NULL AND probability IS NULL AND impact IS NULL"
            " AND residual_probability IS NULL AND residual_impact IS NULL)"
            " OR (kind <> 'issue' AND severity IS NULL AND due_date IS NULL"
            " AND probability IS NOT NULL AND impact IS NOT NULL)",
            name=op.f("ck_risk_kind_fields"),
        ),
        sa.CheckConstraint("cost_impact >= 0", name=op.f("ck_risk_cost_impact_not_negative")),
        sa.CheckConstraint(
            "schedule_impact BETWEEN 0 AND 10000", name=op.f("ck_risk_schedule_impact_range")
        ),
        sa.CheckConstraint(
            "(status = 'closed') = (closed_on IS NOT NULL)",
            name=op.f("ck_risk_closed_on_if_closed"),
        ),
        sa.CheckConstraint(
            "closed_on IS NULL OR closed_on >= raised_on", name=op.f("ck_risk_closed_after_raised")
        ),
        sa.CheckConstraint(
            "source_risk_id IS NULL OR source_risk_id <> id", name=op.f("ck_risk_not_own_source")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_risk_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_risk_id"],
            ["risk.id"],
            name=op.f("fk_risk_source_risk_id_risk"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_risk_project_id_number")),
    )
    with op.batch_alter_table("risk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_source_risk_id"), ["source_risk_id"])

    op.create_table(
        "risk_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("risk_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=True),
        sa.Column("impact", sa.Integer(), nullable=True),
        sa.Column("severity", sa.Integer(), nullable=True),
        sa.Column("status", _text_enum("riskstatus", STATUSES), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint(
            "probability BETWEEN 1 AND 5", name=op.f("ck_risk_history_probability_range")
        ),
        sa.CheckConstraint("impact BETWEEN 1 AND 5", name=op.f("ck_risk_history_impact_range")),
        sa.CheckConstraint("severity BETWEEN 1 AND 5", name=op.f("ck_risk_history_severity_range")),
        sa.ForeignKeyConstraint(
            ["risk_id"], ["risk.id"], name=op.f("fk_risk_history_risk_id_risk"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_history")),
    )
    with op.batch_alter_table("risk_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_history_risk_id"), ["risk_id"])

    op.create_table(
        "risk_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("risk_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["risk_id"], ["risk.id"], name=op.f("fk_risk_task_risk_id_risk"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_risk_task_task_id_task"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_task")),
        sa.UniqueConstraint("risk_id", "task_id", name=op.f("uq_risk_task_risk_id_task_id")),
    )
    with op.batch_alter_table("risk_task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_task_task_id"), ["task_id"])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("risk_task")
    op.drop_table("risk_history")
    op.drop_table("risk")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_column("risk_red_from")
        batch_op.drop_column("risk_amber_from")
