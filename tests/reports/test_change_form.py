"""The change sign-off form: one page, every part present, Unicode kept, fonts embedded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from cpm_desktop.reports.pdf.change_form import render_change_form, write_change_form
from tests.reports.support import (
    A4_POINTS,
    BASE14,
    LETTER_POINTS,
    fonts_not_embedded,
    page_count,
    page_size,
    page_text,
    pdffonts_rows,
    qpdf_check,
    sample_content,
)

UNICODE = "Müller & Søn — €/£ Łódź"
LONG = " ".join(f"Sentence {n} of a very detailed description of the change." for n in range(600))


def write(tmp_path: Path, name: str = "form.pdf", paper: str = "a4", **changes) -> Path:
    """Write the sample form with `changes` and return its path."""
    return write_change_form(sample_content(**changes), tmp_path / name, paper=paper)


@pytest.mark.parametrize(("paper", "size"), [("a4", A4_POINTS), ("letter", LETTER_POINTS)])
def test_one_page_of_the_chosen_paper(tmp_path: Path, paper: str, size: tuple[int, int]) -> None:
    """The form is exactly one portrait page of A4 or US Letter."""
    path = write(tmp_path, paper=paper)
    assert page_count(path) == 1
    assert page_size(path) == size


def test_every_part_of_the_form_is_printed(tmp_path: Path) -> None:
    """Header, facts, texts, impact, decision boxes, signature blocks and footer all show."""
    text = page_text(write(tmp_path))
    for expected in (
        "Change request sign-off",
        "Acme Logistics",
        "ACME-01 · Warehouse roll-out",
        "CR-003",
        "Second carrier label format",
        "Requested by Miriam Albers",
        "Raised on 24 Sep 2026",
        "Under assessment",
        "Laura Becker",
        "4.4.3 Carrier interfaces",
        "DB Schenker requires SSCC labels",
        "A new carrier contract from January.",
        "One more label layout",
        "3 working days",
        "8 person-days",
        "€6,200.00",
        "Price to the client",
        "€12,500.00",
        "18 May 2027",
        "21 May 2027",
        "€486,200.00",
        "€572,500.00",
        "Client decision",
        "Approved",
        "Rejected",
        "Deferred",
        "Conditions or notes",
        "For the client",
        "For the supplier",
        "Signature",
        "CR-003 · ACME-01 · generated on 20 Nov 2026 · Page 1 of 1",
    ):
        assert expected in text, expected
    assert text.count("Signature") == 2
    assert text.count("Date") >= 2
    assert "full text in the change log" not in text  # nothing was shortened
    assert "Recorded in the change log" not in text


def test_accented_names_and_currency_signs_survive(tmp_path: Path) -> None:
    """Title, requester, client and PM keep ü, ø, —, €, £ and Ł exactly as typed."""
    path = write(
        tmp_path,
        title=f"Relabel for {UNICODE}",
        requested_by=f"Jürgen {UNICODE}",
        client="Bäckerei Müller GmbH",
        manager="Zoë Brontë",
    )
    text = page_text(path)
    assert f"Relabel for {UNICODE}" in text
    assert f"Jürgen {UNICODE}" in text
    assert "Bäckerei Müller GmbH" in text
    assert "Zoë Brontë" in text


@pytest.mark.parametrize(
    ("currency", "price", "cost"),
    [
        ("EUR", "€12,500.00", "€6,200.00"),
        ("GBP", "£12,500.00", "£6,200.00"),
        ("CHF", "CHF 12,500.00", "CHF 6,200.00"),
        ("USD", "$12,500.00", "$6,200.00"),
    ],
)
def test_money_in_the_project_currency(tmp_path: Path, currency: str, price: str, cost: str):
    """Amounts carry the currency's symbol, or its ISO code where a symbol is ambiguous."""
    text = page_text(write(tmp_path, currency=currency))
    assert price in text
    assert cost in text
    if currency != "EUR":
        assert "€" not in text


def test_not_billable_has_no_price(tmp_path: Path) -> None:
    """A change the client does not pay for says No and shows no price."""
    text = page_text(write(tmp_path, billable=False, change_order_value=Decimal("0")))
    assert "€12,500.00" not in text
    assert "No" in text.split("Price to the client", 1)[1]


def test_unknown_plan_figures_show_a_dash(tmp_path: Path) -> None:
    """A project without a plan prints a dash, not 'None', for its finish and budget."""
    text = page_text(
        write(
            tmp_path,
            finish_without=None,
            finish_with=None,
            budget_without=None,
            budget_with=None,
            contract_without=None,
            contract_with=None,
        )
    )
    assert "None" not in text
    assert "Without this change – – –" in text


def test_long_description_is_shortened_on_the_one_page(tmp_path: Path) -> None:
    """A description of many pages is cut with an ellipsis and a note, never a page 2."""
    for paper in ("a4", "letter"):
        path = write(tmp_path, f"{paper}.pdf", paper=paper, description=LONG)
        assert page_count(path) == 1
        text = page_text(path)
        assert "Sentence 0 of a very detailed" in text
        assert "Sentence 599" not in text
        assert "… (shortened; full text in the change log)" in text
        assert "A new carrier contract from January." in text  # the short texts stay whole
        assert "Signature" in text  # the signatures were not pushed off the page


def test_every_text_too_long_still_one_page(tmp_path: Path) -> None:
    """The longest values the services accept everywhere at once still fit one page."""
    path = write(
        tmp_path,
        paper="letter",
        title="T" * 100 + " " + "word " * 20,
        description=LONG,
        reason=LONG,
        scope_impact="\n".join(LONG.split(". ")),
        client="C" * 200,
        project_name="P" * 200,
        requested_by="R" * 200,
        manager="M" * 200,
        affected_tasks=tuple(f"{n}.1 {'Task name ' * 20}" for n in range(400)),
        schedule_days=10_000,
        effort_days=10_000,
        cost_impact=Decimal("999999999999.99"),
        change_order_value=Decimal("1000000000000"),
        budget_with=Decimal("1999999999999.99"),
        recorded_decision="Rejected on 2 Oct 2026: " + "because " * 2_000,
    )
    assert page_count(path) == 1
    text = page_text(path)
    assert text.count("full text in the change log") == 3
    assert "and 3" in text  # "and 39x more" affected tasks
    assert "Page 1 of 1" in text


def test_recorded_decision_is_noted(tmp_path: Path) -> None:
    """A request already decided in the log says so above the empty boxes."""
    decided = "Approved on 6 Oct 2026 by Henrik Sørensen: change order CO-01."
    text = page_text(write(tmp_path, status="Approved", recorded_decision=decided))
    assert f"Recorded in the change log: {decided}" in text


def test_metadata_names_the_request(tmp_path: Path) -> None:
    """Title, author and subject let a mail client or archive show what the file is."""
    meta = PdfReader(write(tmp_path, title=f"Relabel {UNICODE}")).metadata
    assert meta is not None
    assert meta.title == f"CR-003 Relabel {UNICODE}"
    assert meta.author == "Laura Becker"
    assert meta.subject is not None
    assert "Acme Logistics" in meta.subject
    assert "ACME-01" in meta.subject


def test_every_font_is_embedded(tmp_path: Path) -> None:
    """Each font has its program in the file, and none is one of the unembedded base 14."""
    path = write(tmp_path, title=f"Relabel {UNICODE}", recorded_decision="Deferred.")
    assert fonts_not_embedded(path) == []
    names = [row[0] for row in pdffonts_rows(path)]
    assert names
    assert not [n for n in names if n.split("+")[-1].startswith(BASE14)]
    assert all(row[-5] == "yes" for row in pdffonts_rows(path))  # the "emb" column


def test_qpdf_finds_no_damage(tmp_path: Path) -> None:
    """qpdf --check reports a structurally sound file."""
    result = qpdf_check(write(tmp_path, description=LONG, title=UNICODE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_render_refuses_an_unknown_paper() -> None:
    """Only A4 and Letter are laid out."""
    with pytest.raises(ValueError, match="a4, letter"):
        render_change_form(sample_content(), paper="a3")


def test_rendering_is_pure(tmp_path: Path) -> None:
    """render_change_form returns bytes and writes nothing; write_change_form writes them."""
    data = render_change_form(sample_content(generated_on=dt.date(2027, 1, 4)))
    assert data.startswith(b"%PDF-")
    assert list(tmp_path.iterdir()) == []
