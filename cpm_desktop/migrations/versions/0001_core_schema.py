"""core schema: clients, projects, calendars, tasks, links, audit

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21 22:38:44.462464
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("entity_label", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.String(length=20000), nullable=True),
        sa.Column("new_value", sa.String(length=20000), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_project_id"), ["project_id"], unique=False)

    op.create_table(
        "calendar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("working_weekdays", sa.Integer(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "working_weekdays BETWEEN 1 AND 127", name=op.f("ck_calendar_some_working_day")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar")),
    )
    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("industry", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.String(length=20000), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_client_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
        sa.UniqueConstraint("name", name=op.f("uq_client_name")),
    )
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_contact_name_not_blank")),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_contact_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_client_id"), ["client_id"], unique=False)

    op.create_table(
        "holiday",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("calendar_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["calendar.id"],
            name=op.f("fk_holiday_calendar_id_calendar"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holiday")),
        sa.UniqueConstraint("calendar_id", "day", name=op.f("uq_holiday_calendar_id_day")),
    )
    with op.batch_alter_table("holiday", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_holiday_calendar_id"), ["calendar_id"], unique=False)

    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("manager", sa.String(length=200), nullable=False),
        sa.Column("sponsor_id", sa.Integer(), nullable=True),
        sa.Column("calendar_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("budget", sa.BigInteger(), nullable=False),
        sa.Column("contract_value", sa.BigInteger(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "active",
                "on_hold",
                "closed",
                name="projectstatus",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "rag",
            sa.Enum(
                "green",
                "amber",
                "red",
                name="rag",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=20000), nullable=False),
        sa.CheckConstraint("budget >= 0", name=op.f("ck_project_budget_not_negative")),
        sa.CheckConstraint(
            "contract_value >= 0", name=op.f("ck_project_contract_value_not_negative")
        ),
        sa.CheckConstraint("length(currency) = 3", name=op.f("ck_project_currency_iso")),
        sa.CheckConstraint("length(trim(code)) > 0", name=op.f("ck_project_code_not_blank")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_project_name_not_blank")),
        sa.CheckConstraint(
            "status_date IS NULL OR status_date >= start_date",
            name=op.f("ck_project_status_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["calendar.id"],
            name=op.f("fk_project_calendar_id_calendar"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_project_client_id_client"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["sponsor_id"],
            ["contact.id"],
            name=op.f("fk_project_sponsor_id_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("code", name=op.f("uq_project_code")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_sponsor_id"), ["sponsor_id"], unique=False)

    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("duration", sa.Integer(), nullable=False),
        sa.Column("is_milestone", sa.Boolean(), nullable=False),
        sa.Column(
            "constraint_type",
            sa.Enum(
                "ASAP",
                "ALAP",
                "SNET",
                "SNLT",
                "FNET",
                "FNLT",
                "MSO",
                "MFO",
                name="constrainttype",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("constraint_date", sa.Date(), nullable=True),
        sa.Column("percent_complete", sa.Integer(), nullable=False),
        sa.Column("actual_start", sa.Date(), nullable=True),
        sa.Column("actual_finish", sa.Date(), nullable=True),
        sa.Column("budget_cost", sa.BigInteger(), nullable=False),
        sa.Column("actual_cost", sa.BigInteger(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.String(length=20000), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("finish", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "(constraint_type IN ('ASAP', 'ALAP')) = (constraint_date IS NULL)",
            name=op.f("ck_task_constraint_date_matches_type"),
        ),
        sa.CheckConstraint(
            "NOT is_milestone OR duration = 0", name=op.f("ck_task_milestone_zero_duration")
        ),
        sa.CheckConstraint("actual_cost >= 0", name=op.f("ck_task_actual_cost_not_negative")),
        sa.CheckConstraint(
            "actual_finish IS NULL OR (actual_start IS NOT NULL AND actual_finish >= actual_start)",
            name=op.f("ck_task_actual_finish_after_start"),
        ),
        sa.CheckConstraint("budget_cost >= 0", name=op.f("ck_task_budget_cost_not_negative")),
        sa.CheckConstraint("duration >= 0", name=op.f("ck_task_duration_not_negative")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_task_name_not_blank")),
        sa.CheckConstraint(
            "percent_complete BETWEEN 0 AND 100", name=op.f("ck_task_percent_complete_range")
        ),
        sa.CheckConstraint("position >= 0", name=op.f("ck_task_position_not_negative")),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["task.id"], name=op.f("fk_task_parent_id_task"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_task_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(
            "ix_task_project_id_parent_id_position",
            ["project_id", "parent_id", "position"],
            unique=False,
        )

    op.create_table(
        "dependency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("predecessor_id", sa.Integer(), nullable=False),
        sa.Column("successor_id", sa.Integer(), nullable=False),
        sa.Column(
            "type",
            sa.Enum(
                "FS",
                "SS",
                "FF",
                "SF",
                name="linktype",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("lag", sa.Integer(), nullable=False),
        sa.CheckConstraint("lag BETWEEN -10000 AND 10000", name=op.f("ck_dependency_lag_range")),
        sa.CheckConstraint(
            "predecessor_id <> successor_id", name=op.f("ck_dependency_no_self_link")
        ),
        sa.ForeignKeyConstraint(
            ["predecessor_id"],
            ["task.id"],
            name=op.f("fk_dependency_predecessor_id_task"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_dependency_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["successor_id"],
            ["task.id"],
            name=op.f("fk_dependency_successor_id_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dependency")),
        sa.UniqueConstraint(
            "predecessor_id", "successor_id", name=op.f("uq_dependency_predecessor_id_successor_id")
        ),
    )
    with op.batch_alter_table("dependency", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dependency_predecessor_id"), ["predecessor_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_dependency_project_id"), ["project_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_dependency_successor_id"), ["successor_id"], unique=False
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("dependency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dependency_successor_id"))
        batch_op.drop_index(batch_op.f("ix_dependency_project_id"))
        batch_op.drop_index(batch_op.f("ix_dependency_predecessor_id"))

    op.drop_table("dependency")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index("ix_task_project_id_parent_id_position")

    op.drop_table("task")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_sponsor_id"))
        batch_op.drop_index(batch_op.f("ix_project_client_id"))

    op.drop_table("project")
    with op.batch_alter_table("holiday", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_holiday_calendar_id"))

    op.drop_table("holiday")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_client_id"))

    op.drop_table("contact")
    op.drop_table("client")
    op.drop_table("calendar")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_project_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
