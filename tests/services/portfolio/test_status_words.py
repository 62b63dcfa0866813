"""The overall status explained in one sentence: who set it and what the KPIs give."""

from __future__ import annotations

from cpm_desktop.domain.overall_status import overall_status
from cpm_desktop.domain.projects import Rag
from cpm_desktop.services.portfolio.status_words import (
    badge_text,
    computed_reason,
    status_explanation,
    status_words,
)
from cpm_desktop.texts import speaking


def test_nothing_measured_says_so() -> None:
    """No PM rating and no KPI: the sentence says nothing is rated or measured."""
    status = overall_status(None, {"spi": None, "red_items": "green"})
    assert status_explanation(status).startswith("Not rated by the PM")
    assert computed_reason(status) == "nothing measured yet"


def test_a_computed_status_names_the_kpis_that_made_it() -> None:
    """SPI red beside an amber CSAT: computed red, because of SPI."""
    status = overall_status(None, {"spi": "red", "csat_average": "amber", "cpi": "green"})
    assert computed_reason(status) == "red: SPI"
    assert status_explanation(status) == (
        "Computed from the KPIs (the PM has not rated it): red: SPI."
    )


def test_the_pm_rating_is_said_with_what_the_kpis_give() -> None:
    """GREEN set by the PM while on-time delivery is red names both, in the reader's words."""
    status = overall_status(Rag.GREEN, {"on_time_rate": "red"})
    assert status_explanation(status) == (
        "Set by the PM: green. The KPIs give red: on-time delivery."
    )
    with speaking("de_DE"):
        german = status_explanation(status)
    assert "grün" in german
    assert "Termintreue" in german


def test_badge_and_table_words_name_both_ratings_when_they_differ() -> None:
    """GREEN set by the PM while on-time delivery is red: both, in the reader's words."""
    status = overall_status(Rag.GREEN, {"on_time_rate": "red"})
    assert badge_text(status) == "GREEN (PM) · KPIs RED"
    assert status_words(status) == "Green (PM) · KPIs red"
    with speaking("de_DE"):
        assert badge_text(status) == "GRÜN (PL) · KPIs ROT"
    unrated = overall_status(None, {"spi": None})
    assert (badge_text(unrated), status_words(unrated)) == ("NOT RATED", "Not rated")
