"""BillingMilestone aggregate: an amount billed when a task or milestone is reached.

Its due date is the task's (forecast) finish, derived, never stored; the legal invoice steps
live in services/billing.py.
"""

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpm_desktop.domain import InvoiceStatus
from cpm_desktop.models.base import Base, IntPk
from cpm_desktop.models.enums import text_enum

if TYPE_CHECKING:
    from cpm_desktop.models.deliverable import Deliverable


class BillingMilestone(Base):
    """The billing amount one task carries and where its invoice is (not due … paid)."""

    __tablename__ = "billing_milestone"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint(
            "paid_on IS NULL OR (invoiced_on IS NOT NULL AND paid_on >= invoiced_on)",
            name="paid_after_invoiced",
        ),
    )

    id: Mapped[IntPk]
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), unique=True)
    amount: Mapped[Decimal]  # project currency
    status: Mapped[InvoiceStatus] = mapped_column(
        text_enum(InvoiceStatus), default=InvoiceStatus.NOT_DUE
    )
    invoiced_on: Mapped[dt.date | None]
    paid_on: Mapped[dt.date | None]
    invoice_number: Mapped[str] = mapped_column(String(50), default="")
    # A deliverable the client must accept first: until then the milestone is not due.
    deliverable_id: Mapped[int | None] = mapped_column(
        ForeignKey("deliverable.id", ondelete="SET NULL"), index=True
    )

    deliverable: Mapped["Deliverable | None"] = relationship()
