"""The printed Gantt spread over pages: rows down, the head repeated, each row printed once."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import PageBreak

from cpm_desktop.reports.pdf.gantt.content import PrintedGantt
from cpm_desktop.reports.pdf.gantt.drawing import EMPTY_TEXT
from cpm_desktop.reports.pdf.gantt.pages import rows_per_page
from cpm_desktop.reports.pdf.gantt.scale import MAX_ACROSS
from cpm_desktop.reports.pdf.gantt.story import gantt_flowables
from tests.reports.gantt.support import build_pdf, sample_chart
from tests.reports.support import fonts_not_embedded, pdffonts_rows, qpdf_check


def page_texts(path: Path) -> list[str]:
    """Each page's extracted text, white space runs as one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_thirty_rows_fit_on_one_page(tmp_path: Path, paper: str) -> None:
    """A 30-task summary prints as one landscape page with every row on it."""
    path = build_pdf(sample_chart(30), tmp_path / "g.pdf", paper)
    texts = page_texts(path)
    assert len(texts) == 1
    assert "rows 1–30 of 30" in texts[0]
    assert "Task 4.5" in texts[0]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_three_hundred_rows_run_down_several_pages(tmp_path: Path, paper: str) -> None:
    """Every page repeats the headings and timescale; each WBS code is on exactly one page."""
    chart = sample_chart(300)
    texts = page_texts(build_pdf(chart, tmp_path / "g.pdf", paper))
    assert 8 <= len(texts) <= 12
    for text in texts:
        assert "WBS Task" in text
        assert "Sep 2026" in text  # the upper tier names the month and year
        assert re.search(r"\b(7|14|21|28)\b", text)  # the lower tier numbers the weeks
    tokens = [set(text.split()) for text in texts]
    for row in chart.rows:
        if "." in row.wbs:  # page numbers and dates hold bare digits; WBS codes with a dot
            assert sum(row.wbs in page for page in tokens) == 1, row.wbs


def test_pages_are_filled_evenly_and_within_capacity() -> None:
    """300 rows take the fewest pages the row height allows, none of them a stub."""
    height = 500.0
    drawings = [
        f
        for f in gantt_flowables(sample_chart(300), width=750, height=height)
        if isinstance(f, Drawing)
    ]
    pages = math.ceil(300 / rows_per_page(height))
    assert len(drawings) == pages
    sizes = [d.height for d in drawings]
    assert max(sizes) - min(sizes) <= 12.0  # one row's height at most


def test_a_century_long_chart_grows_in_pages_with_its_rows_alone() -> None:
    """Each run of rows spreads over MAX_ACROSS pages at most, however long the plan runs."""
    height = 500.0
    for rows in (40, 160):
        chart = sample_chart(rows, days=100 * 365)
        drawings = [
            f for f in gantt_flowables(chart, width=750, height=height) if isinstance(f, Drawing)
        ]
        assert len(drawings) == math.ceil(rows / rows_per_page(height)) * MAX_ACROSS


def test_page_breaks_separate_the_drawings() -> None:
    """The story alternates drawing and PageBreak, starting and ending with a drawing."""
    story = gantt_flowables(sample_chart(300), width=750, height=500)
    assert isinstance(story[0], Drawing)
    assert isinstance(story[-1], Drawing)
    for before, after in zip(story, story[1:], strict=False):
        assert isinstance(before, PageBreak) != isinstance(after, PageBreak)


@pytest.mark.parametrize("rows", [0, 1, 30, 300])
def test_every_drawing_fits_its_frame(rows: int) -> None:
    """wrap() never asks for more than the frame; a smaller frame gets a scaled page."""
    for flowable in gantt_flowables(sample_chart(rows), width=750, height=480):
        if isinstance(flowable, Drawing):
            width, height = flowable.wrap(750, 480)
            assert width <= 750
            assert height <= 480
            width, height = flowable.wrap(738, 468)  # a frame's 6 pt padding each side
            assert width <= 738
            assert height <= 468


def test_empty_chart_says_so(tmp_path: Path) -> None:
    """No rows: one page with the title and the note, no timescale."""
    chart = PrintedGantt((), None, sample_chart(1).today, "Empty · Gantt (summary)")
    texts = page_texts(build_pdf(chart, tmp_path / "g.pdf"))
    assert len(texts) == 1
    assert EMPTY_TEXT in texts[0]
    assert "Empty · Gantt (summary)" in texts[0]


def test_fonts_are_embedded_and_the_file_is_valid(tmp_path: Path) -> None:
    """Only the embedded DejaVu faces are used, and qpdf finds nothing wrong."""
    path = build_pdf(sample_chart(120), tmp_path / "g.pdf")
    assert fonts_not_embedded(path) == []
    rows = pdffonts_rows(path)
    assert rows
    assert all("CpmSans" in row[0] or "DejaVu" in row[0] for row in rows)
    assert all("yes" in row[-5:-2] for row in rows)  # the emb column
    check = qpdf_check(path)
    assert check.returncode == 0, check.stdout + check.stderr
