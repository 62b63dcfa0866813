"""status reports and pack settings

Adds the PM's status report per status date (commentary, section RAGs, decisions required,
next steps) and each project's remembered steering-committee pack settings (with its logo).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RAGS = ("green", "amber", "red")


def _rag(column: str) -> sa.Column:
    rag = sa.Enum(*RAGS, name="rag", native_enum=False, create_constraint=True, length=20)
    return sa.Column(column, rag, nullable=True)


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "status_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("commentary", sa.String(length=20000), nullable=False),
        _rag("schedule_rag"),
        _rag("budget_rag"),
        _rag("scope_rag"),
        _rag("risk_rag"),
        sa.Column("decisions_required", sa.String(length=20000), nullable=False),
        sa.Column("next_steps", sa.String(length=20000), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_status_report_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_report")),
        sa.UniqueConstraint(
            "project_id", "status_date", name=op.f("uq_status_report_project_id_status_date")
        ),
    )
    op.create_table(
        "pack_setting",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("sections", sa.String(length=200), nullable=False),
        sa.Column("paper", sa.String(length=10), nullable=False),
        sa.Column("gantt_detail", sa.String(length=10), nullable=False),
        sa.Column("confidentiality", sa.String(length=200), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=True),
        # Base64 text, not a BLOB: undo logs rows as JSON, which cannot hold BLOBs.
        sa.Column("logo", sa.Text(), nullable=True),
        sa.Column("logo_name", sa.String(length=200), nullable=False),
        sa.CheckConstraint("paper IN ('a4', 'letter')", name=op.f("ck_pack_setting_paper_known")),
        sa.CheckConstraint(
            "gantt_detail IN ('summary', 'full')", name=op.f("ck_pack_setting_gantt_detail_known")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_pack_setting_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", name=op.f("pk_pack_setting")),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("pack_setting")
    op.drop_table("status_report")
