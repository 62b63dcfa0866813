"""The change sign-off form and the acceptance certificate in the client's language: German
and French captions, dates and money, English as it always was, and one page in each."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.reports.pdf.acceptance_certificate import (
    AcceptanceContent,
    CriterionLine,
    HistoryLine,
    render_acceptance_certificate,
)
from cpm_desktop.reports.pdf.change_form import render_change_form
from cpm_desktop.texts import speaking
from tests.cli.support import run_main
from tests.reports.support import page_count, page_text, sample_content
from tests.templates import copy_of

LONG = " ".join(f"Satz {n} einer sehr ausführlichen Beschreibung." for n in range(500))
LANGUAGES = ("en", "de", "fr")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """One copy of the demo (English-reading clients) for the module's exports to read."""
    return copy_of(demo_template, tmp_path_factory.mktemp("forms_language") / "demo.cpm")


@pytest.fixture(scope="module")
def exported(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """CR-002's form and D-001's certificate in each language, CR-001's internal form in German
    and French, written once through the command line: {"change-de": path, ...}."""
    folder = tmp_path_factory.mktemp("forms_language_pdfs")
    base = ("--db", str(demo_file), "--project", DEMO_PROJECT_CODE)
    kinds = {
        "change": ("change-form", "--change", "CR-002"),
        "internal": ("change-form", "--change", "CR-001", "--audience", "internal"),
        "acceptance": ("acceptance", "--deliverable", "D-001"),
    }
    paths: dict[str, Path] = {}
    for kind, (command, *extra) in kinds.items():
        # The English internal form is tested with the other audiences (test_change_forms.py).
        for language in LANGUAGES if kind != "internal" else ("de", "fr"):
            out = folder / f"{kind}-{language}.pdf"
            result = run_main("export", command, *base, *extra, "--lang", language, "-o", str(out))
            assert result.returncode == 0, result.stderr
            assert page_count(out) == 1
            paths[f"{kind}-{language}"] = out
    return paths


def text_of(exported: dict[str, Path], key: str) -> str:
    """The page's text of one exported form, white space made single spaces."""
    return page_text(exported[key])


def lines_of(exported: dict[str, Path], key: str) -> list[str]:
    """The page's text lines as the PDF holds them (a wrapped cell is two lines)."""
    return PdfReader(exported[key]).pages[0].extract_text().splitlines()


def test_the_german_change_form(exported: dict[str, Path]) -> None:
    """German captions, German dates and amounts, German status words."""
    text = text_of(exported, "change-de")
    for expected in (
        "Freigabe des Änderungsantrags",
        "Zur Entscheidung und Unterschrift durch den Kunden",
        "Beantragt von Miriam Albers",
        "Erfasst am 24. September 2026",
        "Kategorie Umfang",
        "Status Umgesetzt",
        "Betroffene Vorgänge",
        "Auswirkungen",
        "3 Arbeitstage",
        "8 Personentage",
        "Abrechenbar",
        "Preis für den Kunden 3 Arbeitstage 8 Personentage Ja 8.500,00 €",
        "Ohne diese Änderung 12. Mai 2027",
        "Mit dieser Änderung 18. Mai 2027",
        "592.500,00 €",
        "Entscheidung des Kunden",
        "Im Änderungsprotokoll erfasst: Genehmigt am 13. Oktober 2026 durch Henrik Sørensen",
        "Genehmigt Abgelehnt Zurückgestellt",
        "Auflagen oder Anmerkungen",
        "Für den Kunden",
        "Für den Auftragnehmer",
        "Projektleitung NHL-WMS",
        "Unterschrift",
        "Datum",
        "erstellt am",
        "Seite 1 von 1",
    ):
        assert expected in text, expected


@pytest.mark.parametrize(
    "english",
    [
        "Change request sign-off",
        "Requested by",
        "Affected tasks",
        "Without this change",
        "Client decision",
        "Recorded in the change log",
        "For the client",
        "Signature",
        "generated on",
        "Page 1 of 1",
        "working days",
        "person-days",
    ],
)
def test_no_english_caption_is_left_in_the_german_form(
    exported: dict[str, Path], english: str
) -> None:
    """The main captions are gone from the German form, not printed beside their German."""
    assert english not in text_of(exported, "change-de")


def test_the_french_change_form(exported: dict[str, Path]) -> None:
    """French captions, French dates and amounts (a space between thousands)."""
    text = text_of(exported, "change-fr")
    for expected in (
        "Validation de la demande de modification",
        "Pour décision et signature du client",
        "Demandée par Miriam Albers",
        "Déposée le 24 septembre 2026",
        "Catégorie Périmètre",
        "Tâches concernées",
        "Prix pour le client",
        "Oui 8 500,00 €",
        "Sans cette modification 12 mai 2027",
        "Avec cette modification 18 mai 2027",
        "592 500,00 €",
        "Décision du client",
        "Consignée au registre des modifications : Approuvée le 13 octobre 2026 par",
        "Approuvée Rejetée Reportée",
        "Conditions ou remarques",
        "Pour le client",
        "Pour le prestataire",
        "Signature",
        "Page 1 sur 1",
    ):
        assert expected in text, expected
    for english in ("Change request sign-off", "Client decision", "For the client", "Reason"):
        assert english not in text


def test_the_english_change_form_is_unchanged(exported: dict[str, Path]) -> None:
    """English readers get the form they always had."""
    text = text_of(exported, "change-en")
    for expected in (
        "Change request sign-off",
        "For the client's decision and signature",
        "Raised on 24 Sep 2026",
        "3 working days",
        "8 person-days",
        "Price to the client 3 working days 8 person-days Yes €8,500.00",
        "With this change 18 May 2027",
        "Recorded in the change log: Approved on 13 Oct 2026 by Henrik Sørensen",
        "Approved Rejected Deferred",
        "Conditions or notes",
        "For the supplier",
        "Project manager of NHL-WMS",
        "Page 1 of 1",
    ):
        assert expected in text, expected


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("de", "Intern – nicht für den Kunden · CR-001"),
        ("fr", "Interne – ne pas transmettre au client · CR-001"),
    ],
)
def test_an_internal_form_says_so_in_its_language(
    exported: dict[str, Path], language: str, note: str
) -> None:
    """The internal form's footer line is in the reader's language, and shows the cost."""
    text = text_of(exported, f"internal-{language}")
    assert note in text
    cost = {"de": "18.500,00 €", "fr": "18 500,00 €"}[language]
    assert cost in text


def test_the_german_certificate(exported: dict[str, Path]) -> None:
    """German captions, dates and status words; each history date on one line."""
    text = text_of(exported, "acceptance-de")
    for expected in (
        "Abnahmebescheinigung D-001",
        "Zur Abnahme und Unterschrift durch den Kunden",
        "Meilenstein",
        "Fällig am 11. September 2026",
        "Verantwortlich Laura Becker",
        "Status Abgenommen",
        "Abnahmekriterien 2 von 2 erfüllt",
        "Einreichungen und Entscheidungen",
        "Eingereicht",
        "durch Henrik Sørensen (Nordhaven): Signed at the kick-off",
        "Abnahme durch den Kunden",
        "Mit seiner Unterschrift nimmt der Kunde den Liefergegenstand D-001 ab",
        "abgenommen durch Henrik Sørensen (Nordhaven) am 11. September 2026.",
        "Funktion Chief Operating Officer",
        "Unterschrift",
        "Seite 1 von 1",
    ):
        assert expected in text, expected
    for english in (
        "Acceptance certificate",
        "Acceptance criteria",
        "Submissions and verdicts",
        "Client acceptance",
        "For the client",
        "Signature",
        "of 2 met",
    ):
        assert english not in text, english
    lines = lines_of(exported, "acceptance-de")
    assert "9. September 2026" in lines  # the widened date column: no date wraps
    assert "11. September 2026" in lines
    assert "Abgenommen" in lines


def test_the_french_certificate(exported: dict[str, Path]) -> None:
    """French captions; a deliverable is 'soumis' (le livrable), not 'soumise'."""
    text = text_of(exported, "acceptance-fr")
    for expected in (
        "Procès-verbal de réception D-001",
        "Jalon",
        "Échéance 11 septembre 2026",
        "Statut Accepté",
        "Critères d’acceptation 2 sur 2 satisfaits",
        "Soumissions et décisions",
        "Soumis",
        "par Henrik Sørensen (Nordhaven) : Signed at the kick-off",
        "Réception par le client",
        "Par sa signature, le client prononce la réception du livrable D-001",
        "Consigné au registre des livrables : accepté par Henrik Sørensen (Nordhaven) le 11 "
        "septembre 2026.",
        "Pour le prestataire",
        "Page 1 sur 1",
    ):
        assert expected in text, expected
    assert "Soumise" not in text
    assert "Acceptance criteria" not in text


def test_the_english_certificate_is_unchanged(exported: dict[str, Path]) -> None:
    """English readers get the certificate they always had."""
    text = text_of(exported, "acceptance-en")
    for expected in (
        "Acceptance certificate D-001",
        "Due 11 Sep 2026",
        "Acceptance criteria 2 of 2 met",
        "Submissions and verdicts",
        "by Henrik Sørensen (Nordhaven): Signed at the kick-off",
        "By signing, the client accepts deliverable D-001 as meeting the acceptance criteria",
        "Recorded in the deliverables log: accepted by Henrik Sørensen (Nordhaven) on 11 Sep",
        "Page 1 of 1",
    ):
        assert expected in text, expected


def test_the_clients_own_language_is_the_default(
    shipped_demo_template: Path, tmp_path: Path
) -> None:
    """Without --lang the form is written in the client's locale (the shipped demo: German)."""
    demo = copy_of(shipped_demo_template, tmp_path / "demo.cpm")
    out = tmp_path / "cr.pdf"
    args = ("--db", str(demo), "--project", DEMO_PROJECT_CODE, "--change", "CR-002")
    assert run_main("export", "change-form", *args, "-o", str(out)).returncode == 0
    assert "Freigabe des Änderungsantrags" in page_text(out)


@pytest.mark.parametrize("locale", ["de_DE", "fr_CH"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_change_form_of_long_texts_is_one_page_in_every_language(locale: str, paper: str) -> None:
    """German and French words are longer: the longest values still fit one page."""
    content = sample_content(
        title="T" * 100 + " " + "Wort " * 20,
        description=LONG,
        reason=LONG,
        scope_impact="\n".join(LONG.split(". ")),
        client="C" * 200,
        project_name="P" * 200,
        requested_by="R" * 200,
        manager="M" * 200,
        affected_tasks=tuple(f"{n}.1 {'Vorgangsname ' * 20}" for n in range(400)),
        schedule_days=10_000,
        effort_days=10_000,
        cost_impact=Decimal("999999999999.99"),
        change_order_value=Decimal("1000000000000"),
        budget_with=Decimal("1999999999999.99"),
        recorded_decision="Abgelehnt am 2. Oktober 2026: " + "weil " * 2_000,
    )
    with speaking(locale):
        pdf = render_change_form(content, paper=paper)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


@pytest.mark.parametrize(("locale", "paper"), [("de_DE", "letter"), ("fr_FR", "a4")])
def test_a_long_certificate_is_one_page_in_every_language(locale: str, paper: str) -> None:
    """Fifty long criteria, thirty steps and long names: one page in German and French (the
    English test tries both papers; one each keeps this one fast)."""
    content = AcceptanceContent(
        client="C" * 200,
        project_code="ACME-01",
        project_name="P" * 200,
        manager="M" * 200,
        reference="D-001",
        name="N" * 100 + " " + "Wort " * 40,
        description=LONG,
        milestone="M" * 200,
        due=dt.date(2026, 9, 30),
        owner="O" * 200,
        status="Erneut eingereicht",
        criteria=tuple(
            CriterionLine(f"Kriterium {n:02d} " + "mit langer Erläuterung " * 12, n % 3 == 0)
            for n in range(50)
        ),
        history=tuple(
            HistoryLine(dt.date(2026, 9, 1) + dt.timedelta(days=n), "Erneut eingereicht", "R" * 200)
            for n in range(30)
        ),
        generated_on=dt.date(2026, 11, 20),
    )
    with speaking(locale):
        pdf = render_acceptance_certificate(content, paper=paper)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Kriterium 00" in text
    assert ("Unterschrift" if locale.startswith("de") else "Signature") in text
