"""What each KPI measures, in the words every screen, page and sheet uses to explain it.

Two figures can both be true and look contradictory (a finish variance of 0 beside a milestone
19 days late): each says what it measures where it is shown, from this one text.
"""

from __future__ import annotations

KPI_MEANINGS: dict[str, str] = {
    "on_time_rate": (
        "Share of the milestones due by the status date that finished by their baseline date."
    ),
    "finish_variance_days": (
        "The project's forecast finish against baseline 0's finish, in working days; + is late. "
        "A milestone has its own variance: one can slip while the finish holds, where slack "
        "absorbs it."
    ),
    "spi": "Schedule performance index: earned value ÷ planned value; below 1.00 is behind.",
    "cpi": "Cost performance index: earned value ÷ actual cost; below 1.00 is over cost.",
    "budget_variance_pct": (
        "Current budget minus the forecast cost at completion, as a share of the budget; "
        "− is over budget."
    ),
    "csat_average": (
        "Average client satisfaction (1–5) of the recent scored feedback; the trend compares "
        "the latest scores with the ones before."
    ),
    "margin_pct": (
        "Revenue (contract value + approved billable change orders) minus the forecast cost "
        "(actual + estimate to complete), as a share of revenue."
    ),
    "red_items": "Open risks and open issues whose score lies in the red band of the heat map.",
    "pending_change_requests": (
        "Change requests submitted or under assessment: the client has not decided yet."
    ),
}
