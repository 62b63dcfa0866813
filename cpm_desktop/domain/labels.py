"""How the domain's words read to people: `under_assessment` is "Under assessment"."""

from __future__ import annotations

import enum


class Labelled(enum.StrEnum):
    """A StrEnum of words, each member with the `label` people read; the value stays the code.

    The one definition of the labels: screens, files and the command line's text all say
    `member.label`, while stored values, JSON and the client workbook's keys keep the value.
    Codes read as codes (ASAP, FS) are plain StrEnums instead.
    """

    @property
    def label(self) -> str:
        """The member as people write it: 'on_hold' → 'On hold', 'amber' → 'Amber'."""
        return self.value.replace("_", " ").capitalize()
