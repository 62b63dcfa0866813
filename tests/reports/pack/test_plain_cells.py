"""Plain text table cells: text that fits on a line is drawn as its Paragraph would be, pixel
for pixel, and whatever a Paragraph would fold or wrap stays a Paragraph."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from cpm_desktop.domain.milestones import MilestoneStanding
from cpm_desktop.reports.pdf.pack import content as pack
from cpm_desktop.reports.pdf.pack import milestones
from cpm_desktop.reports.pdf.pack.parts import DASH, plain_cell
from cpm_desktop.reports.pdf.pack.render import write_pack
from cpm_desktop.reports.pdf.style import styles
from cpm_desktop.reports.pdf.text import markup
from cpm_desktop.texts import speaking
from tests.reports.pack.sample import LONG_NAME, STATUS, assert_same_pages, sample_pack


def test_a_cell_is_plain_text_only_where_a_paragraph_would_draw_it_as_it_is() -> None:
    """One line that fits: the text itself; empty: the dash; too wide, several lines, runs
    of spaces or spaces at an end (which a Paragraph folds): a Paragraph."""
    body = styles().body
    assert plain_cell("3.4.1", body, 40) == "3.4.1"
    assert plain_cell("", body, 40) == DASH
    for text in (
        LONG_NAME,
        "two\nlines",
        "two  spaces",
        " leading",
        "trailing ",
        "thin\u2009space",
    ):
        assert isinstance(plain_cell(text, body, 200), Paragraph), text
    assert isinstance(plain_cell("12.345.678.9", body, 40), Paragraph)  # wider than 40 − pads


def _as_paragraph(text: str, style: ParagraphStyle, _width: float) -> Paragraph:
    """The cells as they were before plain ones: every cell a Paragraph."""
    return Paragraph(markup(text) if text else DASH, style)


@pytest.mark.parametrize("language", ["en_GB", "de"])
def test_the_milestone_table_looks_as_it_did_with_paragraphs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """The same pages, pixel for pixel, as with a Paragraph in every cell: each standing in
    its colour, long names and dates wrapping, the table split over pages."""
    standings = list(MilestoneStanding)
    rows = tuple(
        pack.Milestone(
            f"{n // 9 + 1}.{n % 9 + 1}",
            LONG_NAME[: 20 + 7 * n] if n % 4 == 0 else f"Milestone {n}",
            STATUS + dt.timedelta(days=n) if n % 5 else None,
            STATUS + dt.timedelta(days=2 * n),
            n - 20 if n % 5 else None,
            standings[n % len(standings)].value,
        )
        for n in range(70)
    )
    content = sample_pack(sections=("milestones",), milestones=rows)
    with speaking(language):
        plain = write_pack(content, tmp_path / "plain.pdf")
        monkeypatch.setattr(milestones, "plain_cell", _as_paragraph)
        paragraphs = write_pack(content, tmp_path / "paragraphs.pdf")
    assert_same_pages(plain, paragraphs, more_than=1)
