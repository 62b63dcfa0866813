"""The RAG of an area the PM did not rate, derived from the plan's own figures (one place).

The areas keep their English names (the pack leaves some out by name and translates them where
printed); the reasons are written in the language being spoken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from cpm_desktop.domain.overall_status import red_items_rag
from cpm_desktop.reports.formatting import working_days
from cpm_desktop.reports.pdf.pack.content import Rating
from cpm_desktop.scheduling.kpi_rag import BUDGET_VARIANCE, FINISH_VARIANCE
from cpm_desktop.scheduling.kpi_rag import rag as kpi_rag
from cpm_desktop.services.steering_pack.words import percent
from cpm_desktop.texts import _

# Schedule and budget follow the KPI thresholds (scheduling/kpi_rag.py), so the pack and the
# KPI tiles never disagree; scope and risk are the pack's own reading.
SCOPE_AMBER = Decimal("0.05")  # approved change cost ÷ original budget
SCOPE_RED = Decimal("0.10")


@dataclass(frozen=True, slots=True)
class Facts:
    """What the derivation looks at; None where the plan cannot say."""

    finish_variance: int | None  # working days, the project's finish vs baseline 0
    eac: Decimal | None
    current_budget: Decimal | None  # None: no budget set
    original_budget: Decimal
    approved_cost: Decimal
    pending_count: int
    red_risks: int  # open red risks and red issues
    amber_risks: int
    status_date: dt.date | None


def ratings(facts: Facts, set_by_pm: dict[str, str]) -> tuple[Rating, ...]:
    """Schedule, budget, scope and risk: the PM's RAG where set, else derived from `facts`."""
    derived = {
        "Schedule": _schedule(facts),
        "Budget": _budget(facts),
        "Scope": _scope(facts),
        "Risk": _risk(facts),
    }
    result = []
    for area, (rag, reason) in derived.items():
        own = set_by_pm.get(area, "")
        result.append(Rating(area, own, False, "") if own else Rating(area, rag, True, reason))
    return tuple(result)


def _schedule(facts: Facts) -> tuple[str, str]:
    days = facts.finish_variance
    if days is None:
        return "", _("no baseline saved, so no finish variance")
    text = (
        _("finish {days} later than the baseline").format(days=working_days(days))
        if days > 0
        else _("finish on or before the baseline")
    )
    return str(kpi_rag(days, FINISH_VARIANCE)), text


def _budget(facts: Facts) -> tuple[str, str]:
    if facts.current_budget is None or facts.current_budget <= 0:
        return "", _("no budget set")
    if facts.eac is None:
        if facts.status_date is None:
            return "", _("no earned value yet: no status date set")
        return "", _("no earned value yet: no task has a budget")
    ratio = facts.eac / facts.current_budget
    text = _("estimate at completion is {share} of the current budget").format(
        share=percent(ratio, 0)
    )
    return str(kpi_rag(float(1 - ratio), BUDGET_VARIANCE)), text


def _scope(facts: Facts) -> tuple[str, str]:
    share = facts.approved_cost / facts.original_budget if facts.original_budget > 0 else Decimal()
    text = _("approved changes add {share} to the budget; {pending} pending").format(
        share=percent(share, 0), pending=facts.pending_count
    )
    if share > SCOPE_RED:
        return "red", text
    if share > SCOPE_AMBER or facts.pending_count:
        return "amber", text
    return "green", text


def _risk(facts: Facts) -> tuple[str, str]:
    text = _("{red} red and {amber} amber open risks and issues").format(
        red=facts.red_risks, amber=facts.amber_risks
    )
    if facts.red_risks:
        return red_items_rag(facts.red_risks).value, text
    return ("amber", text) if facts.amber_risks else ("green", text)
