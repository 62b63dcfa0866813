"""The paper sizes printed documents come in."""

from __future__ import annotations

import enum


class PaperSize(enum.StrEnum):
    """ISO A4 for most of the world, US Letter where it is the custom."""

    A4 = "a4"
    LETTER = "letter"
