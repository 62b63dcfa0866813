"""portfolio records

Adds what the portfolio and client view need: billing milestones with their invoice status,
the client feedback log, the decision log, lessons learned, and each contact's influence.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INVOICE_STATUSES = ("not_due", "due", "invoiced", "paid")
CHANNELS = ("meeting", "call", "email", "survey", "site_visit")


def _text_enum(name: str, values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _index(table: str, column: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column])


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD COLUMN (no table rebuild of contact): the check rides on the new column.
    op.add_column(
        "contact",
        sa.Column(
            "influence",
            sa.String(length=20),
            sa.CheckConstraint(
                "influence IN ('low', 'medium', 'high')", name=op.f("ck_contact_influence")
            ),
            nullable=False,
            server_default=sa.text("'medium'"),
        ),
    )
    op.create_table(
        "billing_milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("status", _text_enum("invoicestatus", INVOICE_STATUSES), nullable=False),
        sa.Column("invoiced_on", sa.Date(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("invoice_number", sa.String(length=50), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_billing_milestone_amount_positive")),
        sa.CheckConstraint(
            "paid_on IS NULL OR (invoiced_on IS NOT NULL AND paid_on >= invoiced_on)",
            name=op.f("ck_billing_milestone_paid_after_invoiced"),
        ),
        _fk("billing_milestone", "task_id", "task", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billing_milestone")),
        sa.UniqueConstraint("task_id", name=op.f("uq_billing_milestone_task_id")),
    )
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("channel", _text_enum("feedbackchannel", CHANNELS), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("comment", sa.String(length=20000), nullable=False),
        sa.Column("follow_up", sa.String(length=20000), nullable=False),
        sa.CheckConstraint(
            "score IS NULL OR score BETWEEN 1 AND 5", name=op.f("ck_feedback_score_range")
        ),
        _fk("feedback", "project_id", "project", "CASCADE"),
        _fk("feedback", "contact_id", "contact", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
    )
    _index("feedback", "project_id")
    _index("feedback", "contact_id")
    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("context", sa.String(length=20000), nullable=False),
        sa.Column("change_request_id", sa.Integer(), nullable=True),
        sa.Column("risk_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("number >= 1", name=op.f("ck_decision_number_positive")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_decision_title_not_blank")),
        _fk("decision", "project_id", "project", "CASCADE"),
        _fk("decision", "change_request_id", "change_request", "SET NULL"),
        _fk("decision", "risk_id", "risk", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_decision_project_id_number")),
    )
    _index("decision", "change_request_id")
    _index("decision", "risk_id")
    op.create_table(
        "lesson",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("what_happened", sa.String(length=20000), nullable=False),
        sa.Column("recommendation", sa.String(length=20000), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("service_line", sa.String(length=200), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_lesson_title_not_blank")),
        _fk("lesson", "project_id", "project", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson")),
    )
    _index("lesson", "project_id")


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("lesson")
    op.drop_table("decision")
    op.drop_table("feedback")
    op.drop_table("billing_milestone")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("influence")
