"""Checkout: a project taken offline from a team server to a laptop, and brought back.

On the server the row says who has the project and since when (it is read-only there
meanwhile); in the laptop's file it says the project came from a server, with the token its
check-in must show (a copy whose check-out the PMO released is refused).
"""

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.models.base import Base


class Checkout(Base):
    """A project checked out: by whom (the login role), since when, and its token."""

    __tablename__ = "checkout"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    holder: Mapped[str] = mapped_column(String(100))
    since: Mapped[dt.datetime]
    token: Mapped[str] = mapped_column(String(32))
    # In the laptop's file: the address of the team server it came from (no password), where
    # its check-in goes; None on the server, and in a copy made before it was kept.
    server: Mapped[str | None] = mapped_column(String(300))
