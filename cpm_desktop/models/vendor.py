"""Vendor aggregate: supplier companies, the purchase orders a project places with them, what
each order covers, and the invoices received against it (the project's actual fixed costs)."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.models.base import Base, IntPk, LongText, Name, ShortText


class Vendor(Base):
    """A supplier company the projects buy work or goods from."""

    __tablename__ = "vendor"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    contact: Mapped[ShortText]
    notes: Mapped[LongText]


class PurchaseOrder(Base):
    """A contract or purchase order of a project with a vendor: its number, value, what it
    covers and how the vendor performs."""

    __tablename__ = "purchase_order"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        CheckConstraint("length(trim(number)) > 0", name="number_not_blank"),
        CheckConstraint("value >= 0", name="value_not_negative"),
    )

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendor.id", ondelete="RESTRICT"), index=True)
    number: Mapped[str] = mapped_column(String(60))
    value: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    placed_on: Mapped[dt.date | None]
    description: Mapped[LongText]  # what the vendor delivers
    performance: Mapped[LongText]  # the PM's notes on how the vendor performs


class PurchaseOrderItem(Base):
    """A task or a deliverable a purchase order covers."""

    __tablename__ = "purchase_order_item"
    __table_args__ = (
        CheckConstraint(
            "(task_id IS NULL) <> (deliverable_id IS NULL)", name="task_or_deliverable"
        ),
    )

    id: Mapped[IntPk]
    purchase_order_id: Mapped[int] = mapped_column(
        ForeignKey("purchase_order.id", ondelete="CASCADE"), index=True
    )
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("task.id", ondelete="CASCADE"), index=True
    )
    deliverable_id: Mapped[int | None] = mapped_column(
        ForeignKey("deliverable.id", ondelete="CASCADE"), index=True
    )


class VendorInvoice(Base):
    """An invoice received against a purchase order: an actual fixed cost of the project,
    charged to a task where one is named."""

    __tablename__ = "vendor_invoice"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_not_negative"),)

    id: Mapped[IntPk]
    purchase_order_id: Mapped[int] = mapped_column(
        ForeignKey("purchase_order.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[ShortText]
    received_on: Mapped[dt.date]
    amount: Mapped[Decimal]
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("task.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[ShortText]
