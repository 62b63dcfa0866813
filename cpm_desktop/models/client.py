"""Client aggregate: the organisation a project is delivered for, and its contacts."""

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpm_desktop.domain import Influence
from cpm_desktop.models.base import Base, IntPk, LongText, Name, ShortText
from cpm_desktop.models.enums import text_enum

if TYPE_CHECKING:
    from cpm_desktop.models.project import Project


class Client(Base):
    """An organisation the PM delivers projects for."""

    __tablename__ = "client"
    __table_args__ = (
        UniqueConstraint("name"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("length(currency) = 3", name="currency_iso"),
    )

    id: Mapped[IntPk]
    name: Mapped[Name]
    industry: Mapped[ShortText]
    notes: Mapped[LongText]
    address: Mapped[str] = mapped_column(String(1_000), default="", server_default="")
    # What a new project of this client is priced in unless the PM says otherwise.
    currency: Mapped[str] = mapped_column(String(3), default="EUR", server_default="EUR")
    # The language and formats its exports are written in (domain/locales.py LOCALES).
    locale: Mapped[str] = mapped_column(String(16), default="en_GB", server_default="en_GB")

    contacts: Mapped[list["Contact"]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Contact.name"
    )
    projects: Mapped[list["Project"]] = relationship(
        back_populates="client", order_by="Project.code"
    )


class Contact(Base):
    """A person at the client: sponsor, key user, PMO, approver; with their influence."""

    __tablename__ = "contact"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[IntPk]
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    name: Mapped[Name]
    role: Mapped[ShortText]
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    influence: Mapped[Influence] = mapped_column(
        text_enum(Influence), default=Influence.MEDIUM, server_default=text("'medium'")
    )

    client: Mapped["Client"] = relationship(back_populates="contacts")
