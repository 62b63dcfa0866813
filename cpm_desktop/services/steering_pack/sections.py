"""How a project's chosen pack sections are stored, so that sections added later are not lost.

The choice is one comma-separated text (pack_setting.sections). Since issue 11 it names every
section known when it was saved, the left-out ones with a "-" ("cover,-gantt,summary,..."):
a section it does not name at all is newer than the save. Such a section is printed when the
PM had ticked every section of that time (they want the whole pack), and left out when they had
trimmed the pack (a new section would surprise them). Text saved before issue 11 lists only
the chosen sections of the first eight; it is read the same way, as if it named all eight.
No migration is needed, and an older app reading the new text ignores the "-" names.
"""

from __future__ import annotations

from collections.abc import Iterable

from cpm_desktop.reports.pdf.pack.sections import SECTIONS

LEFT_OUT = "-"
# The sections of the steering pack before issue 11 added "billing" and "feedback".
BEFORE_ISSUE_11 = (
    "cover",
    "summary",
    "milestones",
    "gantt",
    "finance",
    "risks",
    "changes",
    "decisions",
)


def stored_sections(chosen: Iterable[str]) -> str:
    """The text to store for `chosen`: every known section, the left-out ones marked "-"."""
    wanted = set(chosen)
    return ",".join(name if name in wanted else LEFT_OUT + name for name in SECTIONS)


def saved_sections(text: str) -> tuple[str, ...]:
    """The sections to print for stored `text`, in SECTIONS order (see the module's rule)."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    chosen = {name for name in names if not name.startswith(LEFT_OUT)}
    left_out = {name[len(LEFT_OUT) :] for name in names if name.startswith(LEFT_OUT)}
    known = chosen | left_out
    if not left_out:  # pre-issue-11 text names only the chosen ones; nothing new is hidden
        known |= set(BEFORE_ISSUE_11)
    whole_pack = known <= chosen
    return tuple(name for name in SECTIONS if name in chosen or (whole_pack and name not in known))
