"""A project's standing as last computed, and the revision of what it is computed from.

Bookkeeping of a team server, not records (in a file both stay empty): `project_revision`
counts the writes of each project's records (the server's versions' trigger keeps it,
`workspace/server_versions.py`), and `stored_standing` keeps the standing last computed
with the revision it was computed at. The portfolio reads the standings still
current instead of computing each project's again; neither table is undone, audited or
checked in. No foreign keys: a project's rows deleted in one statement with it would write
its revision again after the project has gone.
"""

import datetime as dt

from sqlalchemy import Text
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.models.base import Base


class ProjectRevision(Base):
    """How often the records a project's standing is computed from were written."""

    __tablename__ = "project_revision"

    project_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    revision: Mapped[int]


class StoredStanding(Base):
    """A project's standing as of `as_of`, computed at `revision` (JSON, `stored_standing.py`)."""

    __tablename__ = "stored_standing"

    project_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    revision: Mapped[int]
    as_of: Mapped[dt.date]
    payload: Mapped[str] = mapped_column(Text)


BOOKKEEPING = frozenset({ProjectRevision.__tablename__, StoredStanding.__tablename__})
