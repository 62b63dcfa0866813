"""lifecycle

A project's life in the app: its objective, contract type, reporting cadence and stage, with
the dated stage gates that moved it, and the day it was closed; a client's address and default
currency; calendar exceptions that are worked (a weekend cut-over) beside the holidays; and the
facts each status report saw, so the next one can say what changed since.
Existing projects are in execution (closed ones in closure, closed on their status date or
start), fixed price, reported weekly; existing clients price in EUR; existing holidays stay
holidays; existing reports have no snapshot (the first report after the upgrade compares with
nothing).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 02:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAGES = ("initiation", "planning", "execution", "monitoring", "closure")


def _enum_column(name: str, values: tuple[str, ...], default: str, enum_name: str) -> sa.Column:
    return sa.Column(
        name,
        sa.Enum(*values, name=enum_name, native_enum=False, create_constraint=True, length=20),
        nullable=False,
        server_default=default,
    )


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("objective", sa.String(length=4000), nullable=False, server_default="")
        )
        batch_op.add_column(
            _enum_column(
                "contract_type",
                ("fixed_price", "time_and_materials", "capped"),
                "fixed_price",
                "contracttype",
            )
        )
        batch_op.add_column(
            _enum_column("cadence", ("weekly", "fortnightly", "monthly"), "weekly", "cadence")
        )
        batch_op.add_column(_enum_column("stage", STAGES, "execution", "stage"))
        batch_op.add_column(sa.Column("closed_on", sa.Date(), nullable=True))
    op.execute(
        "UPDATE project SET stage = 'closure', closed_on = coalesce(status_date, start_date) "
        "WHERE status = 'closed'"
    )
    op.create_table(
        "stage_gate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(*STAGES, name="stage", native_enum=False, create_constraint=True, length=20),
            nullable=False,
        ),
        sa.Column("passed_on", sa.Date(), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.String(length=20000), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_stage_gate_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_gate")),
    )
    op.create_index(op.f("ix_stage_gate_project_id"), "stage_gate", ["project_id"], unique=False)
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("address", sa.String(length=1000), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("currency", sa.String(length=3), nullable=False, server_default="EUR")
        )
        batch_op.create_check_constraint("currency_iso", "length(currency) = 3")
    op.add_column(
        "holiday",
        sa.Column("is_working", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("status_report", sa.Column("snapshot", sa.Text(), nullable=True))


def downgrade() -> None:
    """Revert this revision: stages, gates, snapshots and worked exceptions are dropped."""
    with op.batch_alter_table("status_report", schema=None) as batch_op:
        batch_op.drop_column("snapshot")
    op.execute("DELETE FROM holiday WHERE is_working")
    with op.batch_alter_table("holiday", schema=None) as batch_op:
        batch_op.drop_column("is_working")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_constraint("currency_iso", type_="check")
        batch_op.drop_column("currency")
        batch_op.drop_column("address")
    op.drop_index(op.f("ix_stage_gate_project_id"), table_name="stage_gate")
    op.drop_table("stage_gate")
    with op.batch_alter_table("project", schema=None) as batch_op:
        for column in ("closed_on", "stage", "cadence", "contract_type", "objective"):
            batch_op.drop_column(column)
