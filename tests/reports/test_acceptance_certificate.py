"""The acceptance certificate: one page, every part present, long checklists trimmed, valid PDF."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from cpm_desktop.reports.pdf.acceptance_certificate import (
    AcceptanceContent,
    CriterionLine,
    HistoryLine,
    render_acceptance_certificate,
    write_acceptance_certificate,
)
from tests.reports.support import (
    A4_POINTS,
    LETTER_POINTS,
    fonts_not_embedded,
    page_count,
    page_size,
    page_text,
    qpdf_check,
)

LONG = " ".join(
    f"Sentence {n} of a very detailed description of the deliverable." for n in range(400)
)
SIGNER = "Henrik Sørensen (Nordhaven)"


def sample(**changes: Any) -> AcceptanceContent:
    """An accepted deliverable of a small project, with `changes` applied."""
    fields: dict[str, Any] = {
        "client": "Acme Logistics",
        "project_code": "ACME-01",
        "project_name": "Warehouse roll-out",
        "manager": "Laura Becker",
        "reference": "D-001",
        "name": "Project charter",
        "description": "Scope, objectives, governance and the escalation path.",
        "milestone": "Charter signed",
        "due": dt.date(2026, 9, 11),
        "owner": "Laura Becker",
        "status": "Accepted",
        "criteria": (
            CriterionLine("Scope and objectives agreed", True),
            CriterionLine("Governance named", True),
        ),
        "history": (
            HistoryLine(dt.date(2026, 9, 9), "Submitted", comment="Sent for signature."),
            HistoryLine(dt.date(2026, 9, 11), "Accepted", SIGNER, "Signed at the kick-off."),
        ),
        "generated_on": dt.date(2026, 11, 20),
        "accepted_by": SIGNER,
        "accepted_on": dt.date(2026, 9, 11),
        "acceptor_role": "Chief Operating Officer",
    }
    fields.update(changes)
    return AcceptanceContent(**fields)


def write(tmp_path: Path, content: AcceptanceContent, paper: str = "a4") -> Path:
    """Write `content` as a certificate in `tmp_path` and return its path."""
    return write_acceptance_certificate(content, tmp_path / f"{paper}.pdf", paper=paper)


def not_accepted(**changes: Any) -> AcceptanceContent:
    """The sample rejected: no acceptor, a rejection's reasons in the history."""
    history = (
        HistoryLine(dt.date(2026, 9, 21), "Submitted"),
        HistoryLine(dt.date(2026, 9, 25), "Rejected", "Miriam Albers", "Night shift not covered."),
    )
    fields: dict[str, Any] = {
        "status": "Rejected",
        "criteria": (CriterionLine("All shifts observed", False),),
        "history": history,
        "accepted_by": "",
        "accepted_on": None,
        "acceptor_role": "",
    }
    return sample(**(fields | changes))


@pytest.mark.parametrize(("paper", "size"), [("a4", A4_POINTS), ("letter", LETTER_POINTS)])
def test_one_valid_page_of_the_chosen_paper(tmp_path: Path, paper: str, size: tuple[int, int]):
    """The certificate is one portrait page that qpdf finds sound, its fonts embedded."""
    path = write(tmp_path, sample(), paper)
    assert page_count(path) == 1
    assert page_size(path) == size
    check = qpdf_check(path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert fonts_not_embedded(path) == []


def test_every_part_of_an_accepted_certificate_is_printed(tmp_path: Path) -> None:
    """Header, facts, checklist, history, statement and both filled signature blocks show."""
    text = page_text(write(tmp_path, sample()))
    for expected in (
        "Acceptance certificate D-001",
        "Acme Logistics",
        "ACME-01 · Warehouse roll-out",
        "D-001 Project charter",
        "Milestone Charter signed",
        "Due 11 Sep 2026",
        "Status Accepted",
        "Scope, objectives, governance",
        "Acceptance criteria 2 of 2 met",
        "Scope and objectives agreed",
        "Governance named",
        "9 Sep 2026 Submitted Sent for signature.",
        f"11 Sep 2026 Accepted by {SIGNER}: Signed at the kick-off.",
        "By signing, the client accepts deliverable D-001",
        f"accepted by {SIGNER} on 11 Sep 2026",
        f"Name {SIGNER}",
        "Role Chief Operating Officer",
        "For the supplier",
        "Name Laura Becker Role Project manager",
        "D-001 · ACME-01 · generated on 20 Nov 2026 · Page 1 of 1",
    ):
        assert expected in text, expected
    assert text.count("Signature") == 2


def test_a_certificate_not_yet_accepted_leaves_the_client_lines_blank(tmp_path: Path) -> None:
    """Rejected: the reasons show in the history; the client's name, role and date are blank."""
    text = page_text(write(tmp_path, not_accepted()))
    assert "Acceptance criteria 0 of 1 met" in text
    assert "25 Sep 2026 Rejected by Miriam Albers: Night shift not covered." in text
    assert "Recorded in the deliverables log" not in text
    client_block = text.split("For the client Acme Logistics", 1)[1].split("For the supplier", 1)[0]
    assert SIGNER not in client_block
    assert "Miriam" not in client_block
    assert "Sep 2026" not in client_block


def line_segments(pdf: bytes) -> int:
    """How many straight segments (the `l` operator) the page's drawing holds."""
    stream = PdfReader(io.BytesIO(pdf)).pages[0].get_contents()
    assert stream is not None
    return stream.get_data().split().count(b"l")


def test_met_criteria_are_ticked() -> None:
    """A met criterion's box carries a tick (two strokes); an unmet one stays empty."""
    ticked = render_acceptance_certificate(sample(criteria=(CriterionLine("A", True),)))
    empty = render_acceptance_certificate(sample(criteria=(CriterionLine("A", False),)))
    assert line_segments(ticked) == line_segments(empty) + 2


def test_no_criteria_and_no_history_say_so(tmp_path: Path) -> None:
    """An empty checklist and a deliverable never submitted print a sentence, not nothing."""
    text = page_text(write(tmp_path, not_accepted(criteria=(), history=())))
    assert "No acceptance criteria recorded." in text
    assert "Not yet submitted to the client." in text


def test_fifty_long_criteria_and_long_texts_still_one_page(tmp_path: Path) -> None:
    """Fifty criteria of a thousand characters, a long description and history: one page."""
    criteria = tuple(
        CriterionLine(f"Criterion {n:02d} " + "with a long explanation " * 40, n % 3 == 0)
        for n in range(50)
    )
    history = tuple(
        HistoryLine(dt.date(2026, 1, 1) + dt.timedelta(days=n), "Rejected", "R" * 200, LONG)
        for n in range(30)
    )
    content = not_accepted(
        name="N" * 100 + " " + "word " * 40,
        description=LONG,
        criteria=criteria,
        history=history,
        client="C" * 200,
        project_name="P" * 200,
        owner="O" * 200,
        milestone="M" * 200,
    )
    for paper in ("a4", "letter"):
        path = write(tmp_path, content, paper)
        assert page_count(path) == 1
        text = page_text(path)
        assert "Criterion 00" in text
        assert "(shortened; full text in the deliverables log)" in text
        assert "earlier steps not shown" in text
        assert "For the client" in text
        assert "Signature" in text  # the signatures were not pushed off the page
        assert "Page 1 of 1" in text
        shown = sum(f"Criterion {n:02d}" in text for n in range(50))
        if shown < 50:  # the rest are counted, never silently dropped
            assert f"and {50 - shown} more criteria" in text


def test_unicode_survives(tmp_path: Path) -> None:
    """Names keep ü, ø, —, € and Ł exactly as typed."""
    name = "Übergabe — Łódź & Søn"
    text = page_text(write(tmp_path, sample(name=name, client="Bäckerei Müller GmbH")))
    assert name in text
    assert "Bäckerei Müller GmbH" in text


def test_metadata_names_the_deliverable(tmp_path: Path) -> None:
    """Title, author and subject let a mail client or archive show what the file is."""
    meta = PdfReader(write(tmp_path, sample())).metadata
    assert meta is not None
    assert meta.title == "Acceptance certificate D-001 Project charter"
    assert meta.author == "Laura Becker"
    assert meta.subject is not None
    assert "Acme Logistics" in meta.subject


def test_unknown_paper_is_refused() -> None:
    """Only the sizes the app offers are accepted."""
    with pytest.raises(ValueError, match="paper"):
        render_acceptance_certificate(sample(), paper="a3")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    criteria=st.lists(st.tuples(st.text(min_size=1, max_size=300), st.booleans()), max_size=50).map(
        lambda pairs: tuple(CriterionLine(text, met) for text, met in pairs)
    ),
    description=st.text(max_size=4_000),
    paper=st.sampled_from(["a4", "letter"]),
)
def test_any_checklist_fits_one_page(
    criteria: tuple[CriterionLine, ...], description: str, paper: str
) -> None:
    """Whatever the checklist and description, the certificate is exactly one page."""
    pdf = render_acceptance_certificate(
        sample(criteria=criteria, description=description), paper=paper
    )
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
