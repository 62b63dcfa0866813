"""render_pack / write_pack: a valid, embedded-font PDF with pages, outline and metadata."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from cpm_desktop.errors import ExportError
from cpm_desktop.reports.pdf.gantt.content import PrintedGantt
from cpm_desktop.reports.pdf.pack import content as pack
from cpm_desktop.reports.pdf.pack.render import render_pack, write_pack
from tests.reports.pack.sample import (
    LONG_NAME,
    STATUS,
    gantt_rows,
    outline_titles,
    page_sizes,
    pages_text,
    sample_pack,
)
from tests.reports.support import (
    A4_POINTS,
    LETTER_POINTS,
    fonts_not_embedded,
    pdffonts_rows,
    qpdf_check,
)

ALL_TITLES = [
    "Warehouse management rollout",
    "Executive summary",
    "Milestones",
    "Schedule (Gantt)",
    "Budget and earned value",
    "Billing schedule",
    "Risks and issues",
    "Change requests",
    "Client satisfaction",
    "Decisions and next steps",
]


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample pack with every section, on A4."""
    return write_pack(sample_pack(), tmp_path_factory.mktemp("pack") / "pack.pdf")


def test_passes_qpdf_and_embeds_every_font(full: Path) -> None:
    """qpdf finds no error; no font is used without its program embedded, pdffonts agrees."""
    result = qpdf_check(full)
    assert result.returncode == 0, result.stdout + result.stderr
    assert fonts_not_embedded(full) == []
    rows = pdffonts_rows(full)
    assert rows
    assert all("DejaVuSans" in row[0] for row in rows), rows
    assert all(row[-5] == "yes" for row in rows), rows  # the emb column


def test_metadata_names_pack_project_and_author(full: Path) -> None:
    """Title, author, subject and creator are set."""
    meta = PdfReader(full).metadata
    assert meta is not None
    assert meta.title == "Steering committee pack · NHL-WMS · 20 Nov 2026"
    assert meta.author == "Laura Becker"
    assert "Nordhaven Logistics GmbH" in (meta.subject or "")
    assert (meta.creator or "").startswith("CPM Desktop")


def test_outline_has_one_entry_per_section(full: Path) -> None:
    """Every section is bookmarked once, in order, on the page it starts on."""
    assert outline_titles(full) == ALL_TITLES
    reader = PdfReader(full)
    pages = [reader.get_destination_page_number(item) for item in reader.outline]
    assert pages == sorted(pages)
    assert len(set(pages)) == len(pages)
    assert pages[0] == 0


def test_every_page_has_header_and_page_x_of_y(full: Path) -> None:
    """ "Page n of N" and the project on every page; the header on all but the cover."""
    texts = pages_text(full)
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {len(texts)}" in text
        assert "Confidential · NHL-WMS · Status date 20 Nov 2026" in text
    for text in texts[1:]:
        assert "Nordhaven Logistics GmbH · NHL-WMS · Warehouse management rollout" in text


def test_sections_print_their_figures_and_names(full: Path) -> None:
    """Headings, accented names, money, variances and references are in the text."""
    text = " ".join(pages_text(full))
    for words in (
        "Executive summary",
        "Overall status: AMBER",
        "Henrik Sørensen",
        "Set by the PM",
        "Derived: approved changes add 12% to the budget",
        "+3 d",
        "At risk",
        "€507,500.00",
        "€505,263.16",
        "0.95",
        "R-005",
        "Key users unavailable during peak season",
        "▲ worse",
        "CR-007",
        "€47,600.00",
        "+14 d",
        "1. Approve CR-007",
        "Workshop in week 49",
        "Status date 20 Nov 2026",
        "NHL-WMS · Gantt (summary)",
    ):
        assert words in text, words


def test_gantt_is_on_landscape_pages_the_rest_portrait(full: Path) -> None:
    """Only the Gantt's pages are landscape A4."""
    sizes = page_sizes(full)
    texts = pages_text(full)
    wide = [i for i, size in enumerate(sizes) if size == A4_POINTS[::-1]]
    assert wide
    assert all("Gantt" in texts[i] for i in wide)
    assert all(size in (A4_POINTS, A4_POINTS[::-1]) for size in sizes)


def test_letter_paper(tmp_path: Path) -> None:
    """On Letter every page is Letter, portrait or landscape."""
    path = write_pack(sample_pack(paper="letter"), tmp_path / "letter.pdf")
    assert set(page_sizes(path)) == {LETTER_POINTS, LETTER_POINTS[::-1]}


def test_leaving_out_sections_drops_them(tmp_path: Path) -> None:
    """Only the chosen sections are printed and outlined; no cover starts on the summary."""
    content = sample_pack(sections=("summary", "risks"))
    path = write_pack(content, tmp_path / "two.pdf")
    assert outline_titles(path) == ["Executive summary", "Risks and issues"]
    text = " ".join(pages_text(path))
    assert "Milestones" not in text
    assert "CR-007" not in text
    assert set(page_sizes(path)) == {A4_POINTS}


def test_gantt_alone_starts_landscape(tmp_path: Path) -> None:
    """A pack of the Gantt alone is landscape from its first page."""
    path = write_pack(sample_pack(sections=("gantt",)), tmp_path / "gantt.pdf")
    assert set(page_sizes(path)) == {A4_POINTS[::-1]}
    assert outline_titles(path) == ["Schedule (Gantt)"]


def test_long_names_wrap_and_many_rows_split_with_headers(tmp_path: Path) -> None:
    """300-character names and 60 milestones lay out (no LayoutError); headers repeat."""
    many = tuple(
        pack.Milestone(f"9.{n}", f"{LONG_NAME} {n}", None, STATUS, 2, "Late") for n in range(60)
    )
    chart = PrintedGantt(gantt_rows(200, LONG_NAME), STATUS, STATUS, "Gantt (all tasks)")
    content = sample_pack(milestones=many, gantt=chart)
    path = write_pack(content, tmp_path / "long.pdf")
    texts = pages_text(path)
    milestone_pages = [t for t in texts if "Baseline Forecast Variance" in t]
    assert len(milestone_pages) > 1  # the table split, and its header came with it
    assert qpdf_check(path).returncode == 0


def test_empty_project_still_prints(tmp_path: Path) -> None:
    """No status date, no milestones, risks, changes, curve or decisions: a valid pack."""
    base = sample_pack()
    content = dataclasses.replace(
        base,
        cover=dataclasses.replace(base.cover, status_date=None, meeting_date=None, sponsor=""),
        milestones=(),
        gantt=PrintedGantt((), None, STATUS, "Gantt"),
        finance=pack.Finance("EUR", None, "plan", *(base.finance.original_budget,) * 3),
        risks=pack.Risks(((0,) * 5,) * 5, 5, 15, (), (), 0),
        changes=pack.Changes("EUR", (), *(base.finance.original_budget * 0, 0) * 2, ()),
        decisions=pack.Decisions((), ()),
        summary=dataclasses.replace(base.summary, commentary=""),
    )
    path = write_pack(content, tmp_path / "empty.pdf")
    assert qpdf_check(path).returncode == 0
    text = " ".join(pages_text(path))
    for words in (
        "The plan has no milestones.",
        "No open risks.",
        "No change request is open.",
        "No S-curve",
        "No commentary recorded",
        "Status date not set",
    ):
        assert words in text, words


def test_logo_is_drawn_on_the_cover(tmp_path: Path) -> None:
    """The PM's PNG logo is an image on the cover page, and only there."""
    from PIL import Image

    stream = io.BytesIO()
    Image.new("RGB", (400, 100), "#2f7dd1").save(stream, format="PNG")
    content = sample_pack(cover=dataclasses.replace(sample_pack().cover, logo=stream.getvalue()))
    path = write_pack(content, tmp_path / "logo.pdf")
    images = [len(page.images) for page in PdfReader(path).pages]
    assert images[0] == 1
    assert sum(images[1:]) == 0


def test_damaged_logo_is_left_out(tmp_path: Path) -> None:
    """A logo that is not an image does not stop the pack."""
    content = sample_pack(cover=dataclasses.replace(sample_pack().cover, logo=b"not a png"))
    assert render_pack(content).startswith(b"%PDF")


def test_unknown_paper_and_bad_folder_are_refused(tmp_path: Path) -> None:
    """A paper size other than A4/Letter is a ValueError; a missing folder an ExportError."""
    with pytest.raises(ValueError, match="paper"):
        render_pack(sample_pack(paper="a3"))
    with pytest.raises(ExportError, match="does not exist"):
        write_pack(sample_pack(), tmp_path / "missing" / "pack.pdf")
    assert not (tmp_path / "missing").exists()
