"""The utilisation KPI as a tile of the Overview and as a cell of the portfolio's table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cpm_desktop.services.workload.views import Utilisation
from cpm_desktop.ui.formatting import number_text, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.overview.kpi_text import Tile

UTILISATION_KEY = "utilisation"
UTILISATION_TIP = QT_TRANSLATE_NOOP(
    "UtilisationTile",
    "Utilisation: the billable hours the project's team booked ÷ the hours they could work "
    "(maximum units × 8 h on each working day of their calendar), from the project's start "
    "to its status date. Only our own team counts: not the client's or vendors' staff.",
)
PORTFOLIO_TIP = QT_TRANSLATE_NOOP(
    "UtilisationTile",
    "Utilisation: the billable hours our team booked on these projects ÷ the hours they could "
    "work, over the last four weeks to the latest status date (for every client: everyone's "
    "hours on every project). Not the client's or vendors' staff.",
)


def utilisation_text(used: Utilisation | None) -> str:
    """The team's utilisation as a percentage; "–" when nothing can be said."""
    if used is None or not used.booked or used.percent is None:
        return "–"
    return f"{number_text(used.percent)} %"


def utilisation_tile(used: Utilisation, tip: str = UTILISATION_TIP) -> Tile:
    """The Overview's (or the portfolio's) tile: the percentage, and the hours it is made of.

    `tip` is UTILISATION_TIP or PORTFOLIO_TIP (marked in the context "UtilisationTile")."""
    if not used.people:
        detail = QCoreApplication.translate("UtilisationTile", "nobody is assigned yet")
    elif not used.booked:
        detail = QCoreApplication.translate("UtilisationTile", "no hours booked yet")
    else:
        detail = QCoreApplication.translate(
            "UtilisationTile", "{billable} billable of {available} h since {start}"
        ).format(
            billable=number_text(used.billable_hours),
            available=number_text(used.available_hours),
            start=short_date_text(used.start),
        )
    title = QCoreApplication.translate("UtilisationTile", "Utilisation")
    tip = QCoreApplication.translate("UtilisationTile", tip)
    return Tile(UTILISATION_KEY, title, utilisation_text(used), detail, None, tip)
