"""PackSetting aggregate: how a project's steering-committee pack is printed, remembered.

One row per project, written the first time the PM changes a setting; no row means defaults.
"""

import base64
import binascii
import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.domain import PaperSize
from cpm_desktop.models.base import Base, ShortText


class ImageData(TypeDecorator[bytes]):
    """Image bytes kept as base64 text.

    Not a BLOB: undo records every written row as JSON (workspace/changes.py), and SQLite's
    JSON functions refuse BLOB values.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: bytes | None, _dialect: Dialect) -> str | None:
        """Encode the bytes as base64 text."""
        return None if value is None else base64.b64encode(value).decode("ascii")

    def process_result_value(self, value: str | None, _dialect: Dialect) -> bytes | None:
        """Decode stored base64 text; text that is not base64 reads as no image."""
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return None


class PackSetting(Base):
    """A project's remembered pack choices: sections, paper, Gantt detail, cover fields, logo."""

    __tablename__ = "pack_setting"
    __table_args__ = (
        CheckConstraint("paper IN ('a4', 'letter')", name="paper_known"),
        CheckConstraint("gantt_detail IN ('summary', 'full')", name="gantt_detail_known"),
    )

    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    sections: Mapped[str] = mapped_column(String(200), default="")  # comma-separated names
    paper: Mapped[str] = mapped_column(String(10), default=PaperSize.A4.value)
    gantt_detail: Mapped[str] = mapped_column(String(10), default="summary")
    confidentiality: Mapped[ShortText]
    meeting_date: Mapped[dt.date | None]
    logo: Mapped[bytes | None] = mapped_column(ImageData())
    logo_name: Mapped[ShortText]
