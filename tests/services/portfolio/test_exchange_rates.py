"""Exchange rates and the reporting currency: writers, refusals, and the rule picking a rate."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.services.portfolio.exchange_rates import (
    ExchangeRateRow,
    add_exchange_rate,
    clear_reporting_currency,
    delete_exchange_rate,
    edit_exchange_rate,
    exchange_rates,
    rate_on,
    set_reporting_currency,
)
from cpm_desktop.workspace import Workspace
from tests.services.support import assert_refused, audit_since, snapshot

JAN = dt.date(2026, 1, 1)
JUL = dt.date(2026, 7, 1)


def _eur_with_chf_rate(ws: Workspace) -> ExchangeRateRow:
    with ws.transaction() as s:
        set_reporting_currency(s, "eur")
        return add_exchange_rate(s, "chf", JAN, "1.065")


def test_reporting_currency_is_set_upper_cased_and_cleared(workspace: Workspace) -> None:
    """A new workspace has none; ' eur ' is kept as EUR; clearing it leaves None again."""
    with workspace.transaction() as s:
        assert exchange_rates(s).reporting_currency is None
        assert set_reporting_currency(s, " eur ") == "EUR"
    with workspace.transaction() as s:
        assert exchange_rates(s).reporting_currency == "EUR"
        clear_reporting_currency(s)
    with workspace.transaction() as s:
        assert exchange_rates(s).reporting_currency is None


def test_a_rate_is_added_quoted_in_the_reporting_currency_and_audited(
    workspace: Workspace,
) -> None:
    """The rate is exact to 8 places, quoted in EUR, listed, and leaves an audit entry."""
    from tests.services.support import audit_count

    before = audit_count(workspace)
    rate = _eur_with_chf_rate(workspace)
    assert (rate.currency, rate.quote_currency, rate.valid_from) == ("CHF", "EUR", JAN)
    assert rate.rate == Decimal("1.065")
    assert rate.text == "1 CHF = 1.065 EUR from 2026-01-01"
    with workspace.transaction() as s:
        assert exchange_rates(s).rates == (rate,)
    entries = audit_since(workspace, before)
    assert [(e.entity, e.action) for e in entries] == [
        ("workspace_setting", "update"),
        ("exchange_rate", "create"),
    ]


def test_a_rate_is_edited_and_deleted(workspace: Workspace) -> None:
    """Only the fields given change; a deleted rate is gone from the list."""
    rate = _eur_with_chf_rate(workspace)
    with workspace.transaction() as s:
        edited = edit_exchange_rate(s, rate.id, rate="1.07")
    assert (edited.rate, edited.valid_from, edited.currency) == (Decimal("1.07"), JAN, "CHF")
    with workspace.transaction() as s:
        moved = edit_exchange_rate(s, rate.id, valid_from=JUL, currency="gbp")
    assert (moved.rate, moved.valid_from, moved.currency) == (Decimal("1.07"), JUL, "GBP")
    with workspace.transaction() as s:
        delete_exchange_rate(s, rate.id)
    with workspace.transaction() as s:
        assert exchange_rates(s).rates == ()


def test_rates_need_a_reporting_currency_first(workspace: Workspace) -> None:
    """Without a reporting currency there is nothing to quote a rate in: refused."""
    assert_refused(
        workspace,
        lambda s: add_exchange_rate(s, "CHF", JAN, "1.05"),
        ValidationError,
        "Choose a reporting currency",
    )


def test_a_rate_for_the_reporting_currency_itself_is_refused(workspace: Workspace) -> None:
    """EUR in EUR is always 1: adding it, or editing a rate into it, is refused."""
    rate = _eur_with_chf_rate(workspace)
    for action in (
        lambda s: add_exchange_rate(s, "eur", JUL, "1"),
        lambda s: edit_exchange_rate(s, rate.id, currency="EUR"),
    ):
        assert_refused(workspace, action, ValidationError, "EUR is the reporting currency")


def test_a_second_rate_for_the_same_day_is_refused(workspace: Workspace) -> None:
    """One rate per currency and day: a second one, added or moved there, is refused."""
    _eur_with_chf_rate(workspace)
    with workspace.transaction() as s:
        later = add_exchange_rate(s, "CHF", JUL, "1.08")
    for action in (
        lambda s: add_exchange_rate(s, "CHF", JAN, "1.01"),
        lambda s: edit_exchange_rate(s, later.id, valid_from=JAN),
    ):
        assert_refused(workspace, action, ValidationError, "already a CHF → EUR rate")


def test_unknown_rate_and_bad_codes_are_refused(workspace: Workspace) -> None:
    """A rate id that is no rate, a currency code that is not three letters: refused."""
    _eur_with_chf_rate(workspace)
    assert_refused(workspace, lambda s: delete_exchange_rate(s, 999), NotFoundError)
    for code in ("", "EU", "EURO", "E1R", None, 12):
        assert_refused(
            workspace,
            lambda s, c=code: add_exchange_rate(s, c, JUL, "1"),
            ValidationError,
            "three-letter ISO code",
        )
    assert_refused(
        workspace, lambda s: set_reporting_currency(s, "€"), ValidationError, "three-letter"
    )


def test_changing_the_reporting_currency_keeps_rates_but_stops_using_them(
    workspace: Workspace,
) -> None:
    """CHF → EUR rates stay listed when the reporting currency becomes GBP; none is in use."""
    rate = _eur_with_chf_rate(workspace)
    with workspace.transaction() as s:
        set_reporting_currency(s, "GBP")
        settings_now = exchange_rates(s)
    assert settings_now.rates == (rate,)
    assert settings_now.in_use() == ()


hostile_rates = st.one_of(
    st.decimals(max_value=0, allow_nan=False),
    st.decimals(min_value=Decimal("1000000.00000001"), allow_nan=False),
    st.sampled_from(
        [
            Decimal("NaN"),
            Decimal("Infinity"),
            "NaN",
            "-inf",
            "1e400",
            "0",
            "0.000000001",
            "",
            "one",
            "1,5",
            "=1+1",
            True,
            1.5,
            None,
        ]
    ),
    st.text(max_size=12).filter(lambda t: not _is_positive_number(t)),
)


def _is_positive_number(text: str) -> bool:
    try:
        value = Decimal(text.strip())
    except ArithmeticError:
        return False
    return value.is_finite() and Decimal("0.000000005") <= value <= 1_000_000


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rate=hostile_rates)
def test_hostile_rates_are_refused_leaving_the_workspace_unchanged(
    workspace: Workspace, rate: object
) -> None:
    """Negative, zero, huge, NaN, tiny, text or non-number rates: refused, nothing written."""
    if not snapshot(workspace)["exchange_rate"]:
        _eur_with_chf_rate(workspace)
    [existing] = snapshot(workspace)["exchange_rate"]
    assert_refused(workspace, lambda s: add_exchange_rate(s, "GBP", JUL, rate), ValidationError)
    assert_refused(
        workspace, lambda s: edit_exchange_rate(s, existing[0], rate=rate), ValidationError
    )


# -- the rule: the latest rate not after the day ------------------------------------------

days = st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31))


@given(
    rates=st.lists(
        st.tuples(st.sampled_from(["CHF", "GBP"]), days, st.integers(1, 10**9)),
        max_size=12,
        unique_by=lambda r: (r[0], r[1]),
    ),
    currency=st.sampled_from(["CHF", "GBP", "USD"]),
    day=days,
)
def test_the_rate_on_a_day_is_the_latest_not_after_it(
    rates: list[tuple[str, dt.date, int]], currency: str, day: dt.date
) -> None:
    """No rate of the currency from that day or before: None; else the latest such one."""
    rows = [
        ExchangeRateRow(i, code, "EUR", since, Decimal(units).scaleb(-6))
        for i, (code, since, units) in enumerate(rates)
    ]
    chosen = rate_on(rows, currency, "EUR", day)
    earlier = [r for r in rows if r.currency == currency and r.valid_from <= day]
    if not earlier:
        assert chosen is None
        return
    assert chosen is not None
    assert chosen.currency == currency
    assert chosen.valid_from <= day
    assert all(r.valid_from <= chosen.valid_from for r in earlier)
    assert rate_on(rows, currency, "GBP", day) is None  # quoted in another currency: unused


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2025, 12, 31), None),
        (JAN, Decimal("1.05")),
        (dt.date(2026, 6, 30), Decimal("1.05")),
        (JUL, Decimal("1.08")),
        (dt.date(2027, 1, 1), Decimal("1.08")),
    ],
)
def test_rate_on_the_edges_of_its_days(day: dt.date, expected: Decimal | None) -> None:
    """A rate applies from its own day on, until the next one; none reaches back before it."""
    rows = [
        ExchangeRateRow(2, "CHF", "EUR", JUL, Decimal("1.08")),
        ExchangeRateRow(1, "CHF", "EUR", JAN, Decimal("1.05")),
    ]
    chosen = rate_on(rows, "CHF", "EUR", day)
    assert (None if chosen is None else chosen.rate) == expected
