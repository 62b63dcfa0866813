"""Charter aggregate: the project's objectives, the lines of its statement of work and the
SOW's signed versions."""

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.domain.charter import ScopeKind
from cpm_desktop.models.base import Base, IntPk, LongText, ShortText
from cpm_desktop.models.enums import text_enum


class CharterObjective(Base):
    """An objective of the project with its measurable success criterion.

    `met` is None until it has been measured.
    """

    __tablename__ = "charter_objective"
    __table_args__ = (CheckConstraint("length(trim(objective)) > 0", name="objective_not_blank"),)

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    objective: Mapped[str] = mapped_column(String(1_000))
    measure: Mapped[ShortText]  # how success is measured: "Pick accuracy"
    target: Mapped[ShortText]  # "≥ 99.5 %"
    actual: Mapped[ShortText]  # as last measured: "99.7 %"
    met: Mapped[bool | None]


class ScopeLine(Base):
    """One line of the statement of work: in or out of scope, an assumption, a constraint or an
    external dependency.

    A line a change request adds belongs to the current scope once that request is approved;
    a line a request removes leaves it then. The original scope is the lines no request added.
    """

    __tablename__ = "scope_line"
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ScopeKind] = mapped_column(text_enum(ScopeKind))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(String(1_000))
    owner: Mapped[ShortText]  # who answers for an assumption or a dependency
    due_on: Mapped[dt.date | None]  # when a dependency must be delivered
    # Deleting the request keeps the line, as if written into the charter.
    added_by_change_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_request.id", ondelete="SET NULL"), index=True
    )
    removed_by_change_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_request.id", ondelete="SET NULL"), index=True
    )


class SowVersion(Base):
    """A version of the statement of work and its signature: who signed it, when, and whether
    the signed form came back."""

    __tablename__ = "sow_version"
    __table_args__ = (CheckConstraint("length(trim(version)) > 0", name="version_not_blank"),)

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[dt.date | None]
    signed_on: Mapped[dt.date | None]
    signed_by: Mapped[ShortText]
    form_received: Mapped[bool] = mapped_column(default=False)
    note: Mapped[LongText]
