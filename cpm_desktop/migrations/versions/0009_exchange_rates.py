"""exchange rates

Dated exchange rates (1 currency = rate quote currency, from a day on) and the workspace's
reporting currency, so the portfolio rolls up in one currency. An upgraded workspace has no
rates and no reporting currency: its roll-ups show money per currency until the PM sets them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "exchange_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("quote_currency", sa.String(length=3), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        # 10⁻⁸ units: a rate kept exactly, as money is kept in cents.
        sa.Column("rate", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("rate > 0", name=op.f("ck_exchange_rate_rate_positive")),
        sa.CheckConstraint("length(currency) = 3", name=op.f("ck_exchange_rate_currency_iso")),
        sa.CheckConstraint(
            "length(quote_currency) = 3", name=op.f("ck_exchange_rate_quote_currency_iso")
        ),
        sa.CheckConstraint(
            "currency <> quote_currency", name=op.f("ck_exchange_rate_two_currencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
        sa.UniqueConstraint(
            "currency",
            "quote_currency",
            "valid_from",
            name=op.f("uq_exchange_rate_currency_quote_currency_valid_from"),
        ),
    )
    op.create_table(
        "workspace_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reporting_currency", sa.String(length=3), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_workspace_setting_one_row")),
        sa.CheckConstraint(
            "reporting_currency IS NULL OR length(reporting_currency) = 3",
            name=op.f("ck_workspace_setting_reporting_currency_iso"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace_setting")),
    )


def downgrade() -> None:
    """Revert this revision: the rates and the reporting currency are dropped."""
    op.drop_table("workspace_setting")
    op.drop_table("exchange_rate")
