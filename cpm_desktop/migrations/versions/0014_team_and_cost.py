"""team and cost

The team and the money: roles and their dated rate card, the workspace's resources (people,
materials, costs; ours, the client's or a vendor's) with a personal calendar, their assignments
to tasks and the hours booked per week; vendors, a project's purchase orders, what each covers
and the invoices received. A task gains its type (fixed units, duration or work), the
effort-driven flag, a fixed cost, a levelling delay and a priority; a baseline keeps each task's
work. Existing tasks are fixed-units, not effort-driven, with no fixed cost, delay, or work.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 04:41:28.434228
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_role_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role")),
        sa.UniqueConstraint("name", name=op.f("uq_role_name")),
    )
    op.create_table(
        "vendor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.String(length=20000), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_vendor_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vendor")),
        sa.UniqueConstraint("name", name=op.f("uq_vendor_name")),
    )
    op.create_table(
        "resource",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "work",
                "material",
                "cost",
                name="resourcekind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column(
            "employer",
            sa.Enum(
                "us",
                "client",
                "vendor",
                name="employer",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("vendor_id", sa.Integer(), nullable=True),
        sa.Column("max_units", sa.Double(), nullable=False),
        sa.Column("calendar_id", sa.Integer(), nullable=True),
        sa.Column("material_unit", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.String(length=20000), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_resource_name_not_blank")),
        sa.CheckConstraint("max_units > 0", name=op.f("ck_resource_max_units_positive")),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["calendar.id"],
            name=op.f("fk_resource_calendar_id_calendar"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["role_id"], ["role.id"], name=op.f("fk_resource_role_id_role"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"],
            ["vendor.id"],
            name=op.f("fk_resource_vendor_id_vendor"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource")),
        sa.UniqueConstraint("name", name=op.f("uq_resource_name")),
    )
    with op.batch_alter_table("resource", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resource_calendar_id"), ["calendar_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_resource_role_id"), ["role_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_resource_vendor_id"), ["vendor_id"], unique=False)

    op.create_table(
        "resource_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column("resource_id", sa.Integer(), nullable=True),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("cost_rate", sa.BigInteger(), nullable=False),
        sa.Column("bill_rate", sa.BigInteger(), nullable=False),
        sa.Column("cost_per_use", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.CheckConstraint(
            "(role_id IS NULL) <> (resource_id IS NULL)",
            name=op.f("ck_resource_rate_role_or_resource"),
        ),
        sa.CheckConstraint(
            "cost_rate >= 0 AND bill_rate >= 0", name=op.f("ck_resource_rate_rates_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["resource_id"],
            ["resource.id"],
            name=op.f("fk_resource_rate_resource_id_resource"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["role_id"], ["role.id"], name=op.f("fk_resource_rate_role_id_role"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_rate")),
        sa.UniqueConstraint(
            "role_id",
            "resource_id",
            "effective_from",
            name=op.f("uq_resource_rate_role_id_resource_id_effective_from"),
        ),
    )
    with op.batch_alter_table("resource_rate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_resource_rate_resource_id"), ["resource_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_resource_rate_role_id"), ["role_id"], unique=False)

    op.create_table(
        "purchase_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("vendor_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("placed_on", sa.Date(), nullable=True),
        sa.Column("description", sa.String(length=20000), nullable=False),
        sa.Column("performance", sa.String(length=20000), nullable=False),
        sa.CheckConstraint(
            "length(trim(number)) > 0", name=op.f("ck_purchase_order_number_not_blank")
        ),
        sa.CheckConstraint("value >= 0", name=op.f("ck_purchase_order_value_not_negative")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_purchase_order_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"],
            ["vendor.id"],
            name=op.f("fk_purchase_order_vendor_id_vendor"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_order")),
        sa.UniqueConstraint(
            "project_id", "number", name=op.f("uq_purchase_order_project_id_number")
        ),
    )
    with op.batch_alter_table("purchase_order", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_purchase_order_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_purchase_order_vendor_id"), ["vendor_id"], unique=False
        )

    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("units", sa.Double(), nullable=False),
        sa.Column("work_hours", sa.Double(), nullable=False),
        sa.Column("cost_amount", sa.BigInteger(), nullable=True),
        sa.CheckConstraint("units >= 0", name=op.f("ck_assignment_units_not_negative")),
        sa.CheckConstraint("work_hours >= 0", name=op.f("ck_assignment_work_not_negative")),
        sa.ForeignKeyConstraint(
            ["resource_id"],
            ["resource.id"],
            name=op.f("fk_assignment_resource_id_resource"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_assignment_task_id_task"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
        sa.UniqueConstraint(
            "task_id", "resource_id", name=op.f("uq_assignment_task_id_resource_id")
        ),
    )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assignment_resource_id"), ["resource_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assignment_task_id"), ["task_id"], unique=False)

    op.create_table(
        "timesheet_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("hours", sa.Double(), nullable=False),
        sa.Column("billable", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.CheckConstraint("hours >= 0", name=op.f("ck_timesheet_entry_hours_not_negative")),
        sa.ForeignKeyConstraint(
            ["resource_id"],
            ["resource.id"],
            name=op.f("fk_timesheet_entry_resource_id_resource"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["task.id"],
            name=op.f("fk_timesheet_entry_task_id_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timesheet_entry")),
        sa.UniqueConstraint(
            "resource_id",
            "task_id",
            "week_start",
            name=op.f("uq_timesheet_entry_resource_id_task_id_week_start"),
        ),
    )
    with op.batch_alter_table("timesheet_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_timesheet_entry_resource_id"), ["resource_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_timesheet_entry_task_id"), ["task_id"], unique=False)

    op.create_table(
        "vendor_invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purchase_order_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=200), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_vendor_invoice_amount_not_negative")),
        sa.ForeignKeyConstraint(
            ["purchase_order_id"],
            ["purchase_order.id"],
            name=op.f("fk_vendor_invoice_purchase_order_id_purchase_order"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["task.id"],
            name=op.f("fk_vendor_invoice_task_id_task"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vendor_invoice")),
    )
    with op.batch_alter_table("vendor_invoice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vendor_invoice_purchase_order_id"), ["purchase_order_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_vendor_invoice_task_id"), ["task_id"], unique=False)

    op.create_table(
        "purchase_order_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purchase_order_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("deliverable_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(task_id IS NULL) <> (deliverable_id IS NULL)",
            name=op.f("ck_purchase_order_item_task_or_deliverable"),
        ),
        sa.ForeignKeyConstraint(
            ["deliverable_id"],
            ["deliverable.id"],
            name=op.f("fk_purchase_order_item_deliverable_id_deliverable"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["purchase_order_id"],
            ["purchase_order.id"],
            name=op.f("fk_purchase_order_item_purchase_order_id_purchase_order"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["task.id"],
            name=op.f("fk_purchase_order_item_task_id_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_order_item")),
    )
    with op.batch_alter_table("purchase_order_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_purchase_order_item_deliverable_id"), ["deliverable_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_purchase_order_item_purchase_order_id"),
            ["purchase_order_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_purchase_order_item_task_id"), ["task_id"], unique=False
        )

    with op.batch_alter_table("baseline_task", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("work_hours", sa.Double(), server_default="0", nullable=False)
        )

    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "task_type",
                sa.Enum(
                    "fixed_units",
                    "fixed_duration",
                    "fixed_work",
                    name="tasktype",
                    native_enum=False,
                    create_constraint=True,
                    length=20,
                ),
                server_default="fixed_units",
                nullable=False,
            )
        )
        batch_op.add_column(
            sa.Column("effort_driven", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("fixed_cost", sa.BigInteger(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("leveling_delay", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("priority", sa.Integer(), server_default="500", nullable=False)
        )
        batch_op.create_check_constraint("fixed_cost_not_negative", "fixed_cost >= 0")
        batch_op.create_check_constraint("leveling_delay_not_negative", "leveling_delay >= 0")
        batch_op.create_check_constraint("priority_range", "priority BETWEEN 0 AND 1000")


def downgrade() -> None:
    """Revert this revision: the team, its costs and the vendors are dropped."""
    with op.batch_alter_table("task", schema=None) as batch_op:
        for name in (
            "tasktype",
            "fixed_cost_not_negative",
            "leveling_delay_not_negative",
            "priority_range",
        ):
            batch_op.drop_constraint(name, type_="check")
        batch_op.drop_column("priority")
        batch_op.drop_column("leveling_delay")
        batch_op.drop_column("fixed_cost")
        batch_op.drop_column("effort_driven")
        batch_op.drop_column("task_type")

    with op.batch_alter_table("baseline_task", schema=None) as batch_op:
        batch_op.drop_column("work_hours")

    with op.batch_alter_table("purchase_order_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purchase_order_item_task_id"))
        batch_op.drop_index(batch_op.f("ix_purchase_order_item_purchase_order_id"))
        batch_op.drop_index(batch_op.f("ix_purchase_order_item_deliverable_id"))

    op.drop_table("purchase_order_item")
    with op.batch_alter_table("vendor_invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vendor_invoice_task_id"))
        batch_op.drop_index(batch_op.f("ix_vendor_invoice_purchase_order_id"))

    op.drop_table("vendor_invoice")
    with op.batch_alter_table("timesheet_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_timesheet_entry_task_id"))
        batch_op.drop_index(batch_op.f("ix_timesheet_entry_resource_id"))

    op.drop_table("timesheet_entry")
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignment_task_id"))
        batch_op.drop_index(batch_op.f("ix_assignment_resource_id"))

    op.drop_table("assignment")
    with op.batch_alter_table("purchase_order", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purchase_order_vendor_id"))
        batch_op.drop_index(batch_op.f("ix_purchase_order_project_id"))

    op.drop_table("purchase_order")
    with op.batch_alter_table("resource_rate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resource_rate_role_id"))
        batch_op.drop_index(batch_op.f("ix_resource_rate_resource_id"))

    op.drop_table("resource_rate")
    with op.batch_alter_table("resource", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resource_vendor_id"))
        batch_op.drop_index(batch_op.f("ix_resource_role_id"))
        batch_op.drop_index(batch_op.f("ix_resource_calendar_id"))

    op.drop_table("resource")
    op.drop_table("vendor")
    op.drop_table("role")
