"""Since the last report: comparing the facts two reports kept."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.domain import ChangeStatus, InvoiceStatus, RiskStatus
from cpm_desktop.domain.since_last import (
    ChangeFact,
    Facts,
    InvoiceFact,
    RiskFact,
    TaskFact,
    since_last,
)
from cpm_desktop.texts.since_last import since_last_lines

DAY = dt.date(2026, 9, 11)
NEXT = dt.date(2026, 9, 18)

task_facts = st.builds(
    TaskFact,
    name=st.text(min_size=1, max_size=8),
    finish=st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2028, 1, 1)),
    percent_complete=st.integers(0, 100),
    is_milestone=st.booleans(),
)
risk_facts = st.builds(
    RiskFact,
    reference=st.just("R-001"),
    title=st.text(max_size=8),
    status=st.sampled_from(list(RiskStatus)),
    score=st.none() | st.integers(1, 25),
    internal=st.booleans(),
)
facts = st.builds(
    Facts,
    status_date=st.just(DAY),
    finish=st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2028, 1, 1)),
    tasks=st.dictionaries(st.integers(1, 30), task_facts, max_size=10),
    risks=st.dictionaries(st.integers(1, 30), risk_facts, max_size=5),
)


@given(facts)
def test_nothing_changed_between_equal_facts(same: Facts) -> None:
    change = since_last(same, same)
    assert change.is_empty
    nothing = f"Nothing changed since the last report ({DAY.isoformat()})."
    assert since_last_lines(change) == [nothing]


@given(facts, facts)
def test_every_slip_is_later_and_every_raised_entry_is_new(before: Facts, after: Facts) -> None:
    change = since_last(before, after)
    assert all(slip.now > slip.was and slip.days > 0 for slip in change.slipped)
    assert all(risk in after.risks.values() for risk in change.risks_raised)
    assert not any(risk.internal for risk in change.without_internal().risks_raised)
    assert since_last_lines(change)  # always something to say


def test_the_first_report_has_nothing_to_compare_with() -> None:
    change = since_last(None, Facts(DAY, NEXT))
    assert change.is_first
    assert since_last_lines(change) == ["First report: nothing to compare with."]


def test_each_kind_of_change_is_said_once() -> None:
    before = Facts(
        DAY,
        dt.date(2027, 1, 29),
        tasks={
            1: TaskFact("Design", dt.date(2026, 10, 2), 40, False),
            2: TaskFact("Go-live", dt.date(2027, 1, 29), 0, True),
        },
        risks={7: RiskFact("R-007", "Key user leaves", RiskStatus.OPEN, 12, False)},
        changes={3: ChangeFact("CR-003", "Extra site", ChangeStatus.UNDER_ASSESSMENT)},
        invoices={5: InvoiceFact("Design sign-off", InvoiceStatus.DUE, "25000.00")},
    )
    after = Facts(
        NEXT,
        dt.date(2027, 2, 5),
        tasks={
            1: TaskFact("Design", dt.date(2026, 10, 9), 70, False),
            2: TaskFact("Go-live", dt.date(2027, 2, 5), 0, True),
        },
        risks={
            7: RiskFact("R-007", "Key user leaves", RiskStatus.OPEN, 16, False),
            8: RiskFact("R-008", "Margin squeeze", RiskStatus.OPEN, 9, True),
        },
        changes={3: ChangeFact("CR-003", "Extra site", ChangeStatus.APPROVED)},
        invoices={5: InvoiceFact("Design sign-off", InvoiceStatus.INVOICED, "25000.00")},
    )
    change = since_last(before, after, lambda a, b: (b - a).days * 5 // 7)
    assert since_last_lines(change) == [
        "Forecast finish moved from 2027-01-29 to 2027-02-05.",
        "2 tasks slipped: Design by 5 days to 2026-10-09, Go-live by 5 days to 2027-02-05.",
        "Register entries raised: R-008 Margin squeeze.",
        "Rescored: R-007 Key user leaves (12 → 16).",
        "Change requests decided: CR-003 Extra site (approved).",
        "Invoices: Design sign-off invoiced.",
    ]
    assert "R-008" not in " ".join(since_last_lines(change.without_internal()))
