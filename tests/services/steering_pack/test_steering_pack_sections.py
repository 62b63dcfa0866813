"""Stored pack sections: new sections reach whole packs saved earlier, never trimmed ones."""

from __future__ import annotations

import pytest

from cpm_desktop.services.records.pack_settings import SECTIONS
from cpm_desktop.services.steering_pack.sections import (
    BEFORE_ISSUE_11,
    saved_sections,
    stored_sections,
)

# added by issues 11, 20 and 21
NEW = (
    "since_last",
    "billing",
    "feedback",
    "actions",
    "charter",
    "deliverables",
    "service_levels",
)


@pytest.mark.parametrize(
    "chosen",
    [SECTIONS, BEFORE_ISSUE_11, ("cover",), ("billing", "feedback"), SECTIONS[1:]],
)
def test_what_is_stored_comes_back_exactly(chosen: tuple[str, ...]) -> None:
    """Any choice saved now is read back as it was, new sections left out included."""
    assert saved_sections(stored_sections(chosen)) == chosen


def test_every_known_section_is_stored_the_left_out_ones_marked() -> None:
    """The text names every section; only the chosen ones without the '-' mark."""
    text = stored_sections(("summary", "decisions"))
    assert text.split(",") == [
        name if name in ("summary", "decisions") else f"-{name}" for name in SECTIONS
    ]
    assert len(stored_sections(())) <= 200  # the column's width


def test_whole_pack_saved_before_issue_11_gets_the_new_sections() -> None:
    """The eight old sections, as the old app stored them, read as every section now."""
    assert saved_sections(",".join(BEFORE_ISSUE_11)) == SECTIONS
    assert set(SECTIONS) - set(BEFORE_ISSUE_11) == set(NEW)


def test_trimmed_pack_saved_before_issue_11_stays_trimmed() -> None:
    """An old choice of a few sections does not grow the new ones."""
    assert saved_sections("risks,cover") == ("cover", "risks")


def test_a_section_added_after_a_save_follows_whether_the_pack_was_whole() -> None:
    """A name the text does not mention is printed if nothing was left out, else not."""
    without_feedback = [name for name in SECTIONS if name != "feedback"]
    assert saved_sections(",".join(without_feedback)) == SECTIONS
    trimmed = ",".join(f"-{n}" if n == "gantt" else n for n in without_feedback)
    assert saved_sections(trimmed) == tuple(n for n in without_feedback if n != "gantt")


def test_names_this_app_does_not_know_are_ignored() -> None:
    """A section of a newer app, kept or left out, changes nothing here."""
    assert saved_sections(stored_sections(("cover",)) + ",appendix,-annex") == ("cover",)
