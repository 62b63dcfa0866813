"""The pack's "Since the last report" section: under the summary, dated, never a page alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cpm_desktop.domain.risks import RiskStatus
from cpm_desktop.domain.since_last import RiskFact, SinceLast, Slip
from cpm_desktop.reports.pdf.pack.render import NOTHING_TO_PRINT, write_pack
from cpm_desktop.reports.pdf.pack.since_last import since_last_title
from tests.reports.pack.sample import STATUS, outline_titles, pages_text, sample_pack
from tests.reports.support import qpdf_check

PREVIOUS = dt.date(2026, 11, 13)
TITLE = "Since the last report (13 Nov 2026)"


def _since(slips: int = 1) -> SinceLast:
    return SinceLast(
        previous_date=PREVIOUS,
        status_date=STATUS,
        finish_was=dt.date(2027, 5, 11),
        finish_now=dt.date(2027, 5, 18),
        slipped=tuple(Slip(f"Data migration step {n}", PREVIOUS, STATUS, 5) for n in range(slips)),
        risks_raised=(RiskFact("R-014", "Label printers fail", RiskStatus.OPEN, 6, False),),
    )


def _page_of(texts: list[str], words: str) -> int:
    return next(index for index, text in enumerate(texts) if words in text)


def test_the_section_is_dated_and_continues_the_summary_page(tmp_path: Path) -> None:
    """Titled with the previous report's date in the pack's format, printed on the page the
    summary ends on, its sentences with dates as the pack writes them; an outline entry."""
    without = write_pack(sample_pack(), tmp_path / "without.pdf")
    path = write_pack(sample_pack(since_last=_since()), tmp_path / "with.pdf")
    texts = pages_text(path)
    assert len(texts) == len(pages_text(without))  # short: no page of its own
    page = _page_of(texts, TITLE)
    assert page == _page_of(texts, "Key performance indicators")
    assert "Forecast finish moved from 11 May 2027 to 18 May 2027." in texts[page]
    assert "R-014 Label printers fail" in texts[page]
    assert outline_titles(path)[1:3] == ["Executive summary", TITLE]
    assert qpdf_check(path).returncode == 0


def test_many_slips_stay_one_sentence_and_add_no_page(tmp_path: Path) -> None:
    """However many tasks slipped, the sentence names five and counts the rest, so the
    section stays short enough to share the summary's last page."""
    without = write_pack(sample_pack(), tmp_path / "without.pdf")
    path = write_pack(sample_pack(since_last=_since(slips=400)), tmp_path / "long.pdf")
    texts = pages_text(path)
    assert len(texts) == len(pages_text(without))
    text = " ".join(texts)
    assert "400 tasks slipped" in text
    assert "and 395 more." in text


def test_no_report_to_compare_with_prints_nothing(tmp_path: Path) -> None:
    """None (no status date, or the first report): no heading, no page, no outline entry."""
    path = write_pack(sample_pack(), tmp_path / "none.pdf")
    assert "Since the last report" not in " ".join(pages_text(path))
    assert not any(t.startswith("Since the last") for t in outline_titles(path))


def test_the_section_alone_or_after_the_cover_starts_its_own_page(tmp_path: Path) -> None:
    """Without the summary it does not flow onto the cover; alone it is the first page."""
    path = write_pack(
        sample_pack(since_last=_since(), sections=("cover", "since_last")), tmp_path / "c.pdf"
    )
    texts = pages_text(path)
    assert len(texts) == 2
    assert TITLE not in texts[0]
    assert TITLE in texts[1]
    alone = write_pack(sample_pack(since_last=_since(), sections=("since_last",)), tmp_path / "a")
    assert outline_titles(alone) == [TITLE]


def test_a_pack_with_nothing_to_print_says_so(tmp_path: Path) -> None:
    """The section chosen alone with nothing to compare: one page saying so, a valid PDF."""
    path = write_pack(sample_pack(sections=("since_last",)), tmp_path / "empty.pdf")
    texts = pages_text(path)
    assert texts == [texts[0]]
    assert NOTHING_TO_PRINT in texts[0]
    assert qpdf_check(path).returncode == 0


def test_the_first_report_has_an_undated_title() -> None:
    """With no previous report the title names no date."""
    first = SinceLast(None, STATUS, None, None)
    assert since_last_title(first) == "Since the last report"
    assert since_last_title(_since()) == TITLE
