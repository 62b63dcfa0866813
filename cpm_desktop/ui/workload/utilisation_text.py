"""The utilisation KPI as a tile of the Overview and as a cell of the portfolio's table."""

from __future__ import annotations

from cpm_desktop.services.workload.views import Utilisation
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.overview.kpi_text import Tile

UTILISATION_KEY = "utilisation"
UTILISATION_TIP = (
    "Utilisation: the billable hours the project's team booked ÷ the hours they could work "
    "(maximum units × 8 h on each working day of their calendar), from the project's start "
    "to its status date. Only our own team counts: not the client's or vendors' staff."
)
PORTFOLIO_TIP = (
    "Utilisation: the billable hours our team booked on these projects ÷ the hours they could "
    "work, over the last four weeks to the latest status date (for every client: everyone's "
    "hours on every project). Not the client's or vendors' staff."
)


def utilisation_text(used: Utilisation | None) -> str:
    """The team's utilisation as a percentage; "–" when nothing can be said."""
    if used is None or not used.booked or used.percent is None:
        return "–"
    return f"{used.percent:.0f} %"


def utilisation_tile(used: Utilisation, tip: str = UTILISATION_TIP) -> Tile:
    """The Overview's (or the portfolio's) tile: the percentage, and the hours it is made of."""
    if not used.people:
        detail = "nobody is assigned yet"
    elif not used.booked:
        detail = "no hours booked yet"
    else:
        detail = (
            f"{used.billable_hours:,.0f} billable of {used.available_hours:,.0f} h since "
            f"{short_date_text(used.start)}"
        )
    return Tile(UTILISATION_KEY, "Utilisation", utilisation_text(used), detail, None, tip)
