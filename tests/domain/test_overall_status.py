"""The overall status rule: the PM's rating wins, else the worst measured delivery KPI."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.domain.overall_status import (
    DELIVERY_KPIS,
    StatusSource,
    overall_status,
    red_items_rag,
)
from cpm_desktop.domain.projects import Rag

RAGS = st.sampled_from([None, "green", "amber", "red"])
KPI_RAGS = st.fixed_dictionaries(
    {name: RAGS for name in (*DELIVERY_KPIS, "margin_pct", "pending_change_requests")}
)
SEVERITY = {"green": 0, "amber": 1, "red": 2}


def test_nothing_measured_is_not_rated_and_says_so() -> None:
    """No PM rating and no KPI: no status, never a default green."""
    status = overall_status(None, {"spi": None, "red_items": "green"})
    assert (status.rag, status.source, status.computed) == (None, StatusSource.NONE, None)
    assert status.drivers == ()


def test_an_unrated_project_takes_the_worst_kpi_and_names_it() -> None:
    """SPI red beside an amber CSAT: red, because of SPI."""
    status = overall_status(None, {"spi": "red", "csat_average": "amber", "cpi": "green"})
    assert (status.rag, status.source) == (Rag.RED, StatusSource.COMPUTED)
    assert status.drivers == ("spi",)


def test_the_pm_rating_wins_and_a_disagreement_shows_both() -> None:
    """GREEN set by the PM while on-time delivery is red reads 'GREEN (PM) · KPIs RED'."""
    status = overall_status(Rag.GREEN, {"on_time_rate": "red"})
    assert (status.rag, status.source, status.computed) == (Rag.GREEN, StatusSource.PM, Rag.RED)
    assert status.differs
    assert status.drivers == ("on_time_rate",)


def test_margin_and_pending_changes_never_set_the_status() -> None:
    """A red margin is the supplier's business; pending changes are a question."""
    status = overall_status(None, {"margin_pct": "red", "pending_change_requests": "red"})
    assert status.source == StatusSource.NONE


def test_red_risks_and_issues_count_red_from_two() -> None:
    assert [red_items_rag(n) for n in (0, 1, 2, 5)] == [Rag.GREEN, Rag.AMBER, Rag.RED, Rag.RED]


@given(own=st.sampled_from([None, *Rag]), rags=KPI_RAGS)
def test_the_status_is_the_pm_rating_else_the_worst_delivery_kpi(
    own: Rag | None, rags: dict[str, str | None]
) -> None:
    """Whatever the KPIs, the rule holds: own rating first; else the worst measured KPI."""
    status = overall_status(own, rags)
    measured = [
        v
        for k, v in rags.items()
        if k in DELIVERY_KPIS and v is not None and not (k == "red_items" and v == "green")
    ]
    worst = max(measured, key=SEVERITY.__getitem__) if measured else None
    assert status.computed == (Rag(worst) if worst else None)
    assert status.rag == (own if own is not None else status.computed)
    assert status.differs == (own is not None and worst is not None and own != Rag(worst))
