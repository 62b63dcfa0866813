"""A long table built a page of rows at a time looks as the table reportlab splits itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from reportlab.platypus import Flowable

from cpm_desktop.domain.milestones import MilestoneStanding
from cpm_desktop.reports.pdf.pack import content as pack
from cpm_desktop.reports.pdf.pack import milestones
from cpm_desktop.reports.pdf.pack.paged_table import rebased
from cpm_desktop.reports.pdf.pack.parts import data_table
from cpm_desktop.reports.pdf.pack.render import write_pack
from cpm_desktop.reports.pdf.style import Styles
from tests.reports.pack.sample import LONG_NAME, STATUS, assert_same_pages, sample_pack


def test_commands_are_moved_to_the_rows_of_a_part_and_clipped_to_them() -> None:
    """Rows of the whole table become rows of the part (the header stays row 0); commands
    that do not reach the part are left out; a negative row counts from the whole's end."""
    commands = [
        ("TEXTCOLOR", (5, 1), (5, 4), "red"),  # rows 0..3 of the 10
        ("TEXTCOLOR", (5, 5), (5, 8), "amber"),
        ("FONTSIZE", (0, 1), (-1, -1), 9),  # every row
    ]
    assert rebased(commands, 10, 2, 6) == [
        ("TEXTCOLOR", (5, 1), (5, 2), "red"),  # the part's rows 2 and 3
        ("TEXTCOLOR", (5, 3), (5, 4), "amber"),  # its rows 4 and 5
        ("FONTSIZE", (0, 1), (-1, 4), 9),
    ]
    assert rebased(commands, 10, 8, 10) == [("FONTSIZE", (0, 1), (-1, 2), 9)]
    with pytest.raises(ValueError, match="header"):
        rebased([("BACKGROUND", (0, 0), (-1, 0), "grey")], 10, 0, 5)


def _whole_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    styles: Styles,
    *,
    numeric: Sequence[int] = (),
    extra: Sequence[tuple[object, ...]] = (),
) -> Flowable:
    """The table as it was: one Table, split by reportlab."""
    return data_table(header, rows, widths, styles, numeric=numeric, extra=extra)


def test_the_milestone_table_looks_as_the_table_reportlab_splits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same pages, pixel for pixel: the same rows on each page, long names wrapping,
    the standings in their colours, the header repeated with its rules."""
    standings = list(MilestoneStanding)
    rows = tuple(
        pack.Milestone(
            f"{n // 9 + 1}.{n % 9 + 1}",
            LONG_NAME[: 20 + 7 * n] if n % 6 == 0 else f"Milestone {n}",
            STATUS + dt.timedelta(days=n),
            STATUS + dt.timedelta(days=2 * n),
            n - 20,
            standings[(n // 7) % len(standings)],  # runs of rows of a colour
        )
        for n in range(130)
    )
    content = sample_pack(sections=("milestones",), milestones=rows)
    paged = write_pack(content, tmp_path / "paged.pdf")
    monkeypatch.setattr(milestones, "paged_data_table", _whole_table)
    whole = write_pack(content, tmp_path / "whole.pdf")
    assert_same_pages(paged, whole, more_than=3)
