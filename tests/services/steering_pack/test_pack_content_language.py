"""The texts the services compose for the pack are in the reader's language: German and French
inside `speaking`, English (word for word as before) outside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import Audience
from cpm_desktop.reports.pdf.pack.content import PackContent
from cpm_desktop.scheduling.kpis import CSAT_TREND_TEXT, NO_COST_DATA
from cpm_desktop.services.portfolio.standing import project_standing
from cpm_desktop.services.portfolio.status_words import status_explanation
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.status_cycle.since_last import since_last_report
from cpm_desktop.services.steering_pack.pack import steering_pack_content
from cpm_desktop.services.steering_pack.rag import Facts, ratings
from cpm_desktop.services.steering_pack.words import SCHEDULING_TEXTS
from cpm_desktop.texts import speaking
from cpm_desktop.texts.since_last import since_last_lines
from cpm_desktop.workspace import Workspace
from tests.templates import demo_template, open_copy_of


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """A copy of the demo workspace, shared by the module's tests (they only read)."""
    path = tmp_path_factory.mktemp("language") / "demo.cpm"
    with open_copy_of(demo_template(tmp_path_factory), path) as ws:
        yield ws


def _project(ws: Workspace) -> int:
    project_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
    assert project_id is not None
    return project_id


def _content(ws: Workspace, locale: str | None, audience: Audience) -> PackContent:
    with ws.transaction() as s:
        if locale is None:
            return steering_pack_content(s, _project(ws), audience=audience)
        with speaking(locale):
            return steering_pack_content(s, _project(ws), audience=audience)


def _kpis(content: PackContent) -> dict[str, tuple[str, str]]:
    return {kpi.label: (kpi.value, kpi.detail) for kpi in content.summary.kpis}


def _facts(**changes: object) -> Facts:
    values: dict[str, object] = {
        "finish_variance": 4,
        "eac": Decimal(110),
        "current_budget": Decimal(100),
        "original_budget": Decimal(100),
        "approved_cost": Decimal(6),
        "pending_count": 2,
        "red_risks": 1,
        "amber_risks": 3,
        "status_date": dt.date(2026, 11, 20),
    }
    values.update(changes)
    return Facts(**values)  # type: ignore[arg-type]


def _reasons(locale: str, facts: Facts) -> dict[str, str]:
    with speaking(locale):
        return {r.area: r.reason for r in ratings(facts, {})}


def test_german_kpi_lines(demo: Workspace) -> None:
    """An internal German pack names and explains its KPIs in German, numbers the German way."""
    kpis = _kpis(_content(demo, "de_DE", Audience.INTERNAL))
    assert kpis["Termintreue"] == (
        "66,7\u00a0%",
        "Basistermin gehalten: 4 von 6 fälligen Meilensteinen",
    )
    assert kpis["Endterminabweichung"][1] == (
        "Arbeitstage, prognostiziertes Ende gegenüber dem Basisplan-Ende; "
        "5 Meilensteine hinter dem Basisplan, bis zu 19 Arbeitstage"
    )
    assert kpis["Budgetabweichung"][1] == "Budget − Kostenprognose; unter 0 heißt Überschreitung"
    assert kpis["Kundenzufriedenheit (CSAT)"] == ("3,5 von 5", "6 Bewertungen; Trend: ▼ fallend")
    assert kpis["Marge"][0] == "12,8\u00a0%"
    assert kpis["Rote Risiken und Probleme"][1] == "3 rote Risiken, 1 rotes Problem, offen"
    assert kpis["Teamauslastung"][0] == "32\u00a0%"
    assert "(1.287 von 3.960 h)" in kpis["Teamauslastung"][1]


def test_german_summary_figures_and_overall_note(demo: Workspace) -> None:
    """The key figures and the overall status's explanation are German too."""
    summary = _content(demo, "de_DE", Audience.INTERNAL).summary
    figures = dict((f.label, f.value) for f in summary.figures)
    assert figures["Offene Risiken und Probleme"] == "12 Risiken (3 rot), 3 Probleme (1 rot)"
    assert summary.overall_note == (
        "Von der Projektleitung gesetzt: gelb. "
        "Laut KPIs rot wegen Termintreue, SPI, rote Risiken und Probleme."
    )


def test_french_client_kpi_lines(demo: Workspace) -> None:
    """A French client pack: French KPI lines, still without the cost lines."""
    content = _content(demo, "fr_FR", Audience.CLIENT)
    kpis = _kpis(content)
    assert kpis["Respect des délais"] == (
        "66,7\u00a0%",
        "Date de référence tenue : 4 sur 6 jalons échus",
    )
    assert kpis["Satisfaction client (CSAT)"] == ("3,5 sur 5", "6 notes ; tendance : ▼ en baisse")
    assert kpis["Risques et problèmes rouges"][1] == "3 risques rouges, 1 problème rouge, ouverts"
    assert "Écart budgétaire" not in kpis
    assert "Marge" not in kpis
    assert content.summary.overall_note.startswith("Défini par le chef de projet : orange.")


def test_english_is_unchanged(demo: Workspace) -> None:
    """Outside `speaking`, and in English, the texts read as they always have."""
    content = _content(demo, None, Audience.INTERNAL)
    assert content == _content(demo, "en_GB", Audience.INTERNAL)
    kpis = _kpis(content)
    assert kpis["On-time delivery"] == ("66.7%", "4 of 6 milestones due met their baseline")
    assert kpis["Cost performance (CPI)"] == ("0.93", "EV ÷ AC; below 1.00 is over cost")
    assert kpis["Client satisfaction (CSAT)"] == ("3.5 of 5", "6 scores; trend: ▼ falling")
    assert kpis["Team utilisation"][0] == "32%"
    assert content.finance.basis == "Baseline"
    with demo.transaction() as s:
        standing = project_standing(s, _project(demo))
    assert content.summary.overall_note == status_explanation(standing.overall)
    assert content.summary.overall_note.startswith("Set by the PM: amber. The KPIs give ")


def test_rag_reasons_in_german_and_french() -> None:
    """The derived areas give their reasons in the reader's language."""
    german = _reasons("de_DE", _facts())
    assert german["Schedule"] == "Ende 4 Arbeitstage später als im Basisplan"
    assert (
        german["Budget"] == "Prognose bei Fertigstellung liegt bei 110\u00a0% des aktuellen Budgets"
    )
    assert german["Scope"] == "genehmigte Änderungen erhöhen das Budget um 6\u00a0%; 2 offen"
    assert german["Risk"] == "1 rote und 3 gelbe offene Risiken und Probleme"
    assert _reasons("de_DE", _facts(current_budget=None))["Budget"] == "kein Budget festgelegt"
    french = _reasons("fr_FR", _facts(finish_variance=None))
    assert french["Schedule"] == "aucune référence enregistrée, donc pas d’écart sur la date de fin"
    assert (
        _reasons("en_GB", _facts())["Schedule"] == "finish 4 working days later than the baseline"
    )


def test_since_last_speaks_the_reader_s_language(demo: Workspace) -> None:
    """The pack's "since the last report" writes its sentences in the language spoken where
    they are asked for."""
    with demo.transaction() as s:
        since = since_last_report(s, _project(demo))
    assert since_last_lines(since)[0].startswith("28 tasks slipped: ")
    with speaking("de_DE"):
        german = since_last_lines(since)
    assert german[0].startswith("28 Vorgänge verschoben: ")
    assert german[0].endswith(" und 23 weitere.")


def test_service_levels_in_german(demo: Workspace) -> None:
    """Targets, values, periods and trends of the SLAs follow the reader's locale."""
    german = _content(demo, "de_DE", Audience.CLIENT).service_levels
    english = _content(demo, None, Audience.CLIENT).service_levels
    assert german is not None
    assert english is not None
    first = german.lines[0]
    assert (first.target, first.period, first.attainment, first.trend) == (
        "≥ 99,5 %",
        "Wöchentlich",
        "3 von 4 Perioden erfüllt",
        "↓ schlechter",
    )
    assert first.values[0].period == "26.10."
    assert english.lines[0].values[0].period == "26 Oct"
    assert english.lines[0].attainment == "3 of 4 periods met"


def test_scheduling_texts_are_marked_as_scheduling_writes_them() -> None:
    """words.py lists scheduling/'s texts exactly, so each has a translation."""
    assert {NO_COST_DATA, *CSAT_TREND_TEXT.values()} == set(SCHEDULING_TEXTS)
