"""The printed Gantt spread over pages: rows down, the head repeated, each row printed once."""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, String
from reportlab.platypus import PageBreak

from cpm_desktop.reports.pdf.gantt.content import GanttRow, PrintedGantt
from cpm_desktop.reports.pdf.gantt.drawing import EMPTY_TEXT, LEFT_OUT_TEXT, SharedPart
from cpm_desktop.reports.pdf.gantt.names import name_column_width
from cpm_desktop.reports.pdf.gantt.pages import plan_pages, rows_per_page
from cpm_desktop.reports.pdf.gantt.scale import MAX_ACROSS, choose_scale, date_span
from cpm_desktop.reports.pdf.gantt.story import gantt_flowables
from cpm_desktop.reports.pdf.gantt.texts import TextRun
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
        runs = math.ceil(rows / rows_per_page(height))
        windows = choose_scale(*date_span(chart), 750 - name_column_width(750)).windows
        assert len(windows) == MAX_ACROSS
        assert len(plan_pages(chart.rows, windows, height)) == runs * MAX_ACROSS
        drawings = [
            f for f in gantt_flowables(chart, width=750, height=height) if isinstance(f, Drawing)
        ]
        assert runs <= len(drawings) <= runs * MAX_ACROSS


def _far_apart_chart(per_run: int) -> PrintedGantt:
    """Two runs of `per_run` dated rows, the first in 2026, the second sixty years later, and
    a third run of rows without dates: three windows of time, each run's bars in one of them."""
    rows = []
    for run, year in enumerate((2026, 2086)):
        for index in range(per_run):
            start = dt.date(year, 3, 2) + dt.timedelta(days=7 * index)
            wbs = f"{run + 1}.{index + 1}"
            rows.append(
                GanttRow(wbs, f"Task {wbs}", 0, False, False, False, start, start, None, None, 0)
            )
    rows += [
        GanttRow(
            f"3.{i + 1}", f"Undated {i + 1}", 0, False, False, False, None, None, None, None, 0
        )
        for i in range(per_run)
    ]
    return PrintedGantt(tuple(rows), None, dt.date(2026, 3, 1), "FAR · Gantt (all tasks)")


def test_a_page_without_a_bar_is_not_printed(tmp_path: Path) -> None:
    """A page whose span of time holds none of its rows' bars is left out, a page with one
    kept, and a run of rows with no bar anywhere keeps its first page; the pages printed
    are numbered among themselves and the key says pages were left out."""
    height = 300.0
    per_run = rows_per_page(height)
    chart = _far_apart_chart(per_run)
    windows = choose_scale(*date_span(chart), 750 - name_column_width(750)).windows
    assert len(windows) == MAX_ACROSS  # 3 runs × 3 windows planned
    planned = plan_pages(chart.rows, windows, height)
    assert len(planned) == 9
    drawings = [
        f for f in gantt_flowables(chart, width=750, height=height) if isinstance(f, Drawing)
    ]
    assert len(drawings) == 3
    total = len(chart.rows)
    texts = [" ".join(_strings(d)) for d in drawings]
    assert f"Page 1 of 3 · rows 1–{per_run} of {total}" in texts[0]
    assert _year_shown(texts[0], 2026)  # the first run's bars, in the first window
    assert not _year_shown(texts[0], 2086)
    assert f"Page 2 of 3 · rows {per_run + 1}–{2 * per_run} of {total}" in texts[1]
    assert _year_shown(texts[1], 2086)  # the second run's, in the last window
    assert not _year_shown(texts[1], 2026)
    assert f"Page 3 of 3 · rows {2 * per_run + 1}–{total} of {total}" in texts[2]
    assert "Undated 1" in texts[2]  # undated rows are still listed, on their run's first page
    assert _year_shown(texts[2], 2026)
    for text in texts:
        assert LEFT_OUT_TEXT in text


def test_a_chart_with_every_page_drawn_prints_no_note() -> None:
    """Nothing left out, nothing said: the key has no note about pages."""
    drawings = [
        f
        for f in gantt_flowables(sample_chart(300), width=750, height=500)
        if isinstance(f, Drawing)
    ]
    assert all(LEFT_OUT_TEXT not in " ".join(_strings(d)) for d in drawings)


def _year_shown(text: str, year: int) -> bool:
    """Tell whether the timescale in `text` labels `year`, written out or as ’26."""
    return bool({str(year), f"’{year % 100:02d}"} & set(text.split()))


def _strings(drawing: Drawing) -> list[str]:
    """Every text of a drawing, its text runs' and shared parts' included, in drawing order."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, String):
            found.append(node.text)
        elif isinstance(node, TextRun):
            found.extend(s.text for s in node.strings)
        elif isinstance(node, SharedPart):
            walk(node.group)
        for child in getattr(node, "contents", ()):
            walk(child)

    walk(drawing)
    return found


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


def test_the_parts_pages_share_are_written_once(tmp_path: Path) -> None:
    """Bands, grid, timescale and key are forms each page places: as many forms as a sheet
    has parts (two row counts here), however many pages there are."""
    path = build_pdf(sample_chart(600), tmp_path / "g.pdf")
    pages = PdfReader(path).pages
    placed = [set(page["/Resources"].get("/XObject", {}).keys()) for page in pages]
    forms = set().union(*placed)
    assert len(pages) >= 15
    assert all(len(names) >= 2 for names in placed)  # under the bars, and the head over all
    assert len(forms) <= 2 * 3


def test_a_run_of_rows_across_pages_of_time_lists_its_names_once(tmp_path: Path) -> None:
    """The pages of one run of rows place one form of its names; no other run's page does."""
    path = build_pdf(sample_chart(160, days=100 * 365), tmp_path / "g.pdf")
    runs: dict[str, list[set[str]]] = {}
    for page in PdfReader(path).pages:
        label = re.search(r"rows \d+–\d+", page.extract_text())
        assert label is not None
        placed = set(page["/Resources"].get("/XObject", {}).keys())
        runs.setdefault(label.group(), []).append(placed)
    across = {label: pages for label, pages in runs.items() if len(pages) > 1}
    assert across  # the century-long plan spreads some runs over several windows
    for label, pages in across.items():
        own = set.intersection(*pages) - set().union(
            *(forms for other, rest in runs.items() if other != label for forms in rest)
        )
        assert len(own) == 1, label


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
