"""The Rate Card page's columns: the roles with who holds them and their rate today, and the
dated rates of roles and people with where each stands."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from cpm_desktop.services.team.editing_ui_support import RateLine, RateStanding, RoleLine
from cpm_desktop.services.validate import fold
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import number_text, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.chips import status_chip_delegate
from cpm_desktop.ui.project_records.table_model import Column
from cpm_desktop.ui.records.cells import ALIGN_CENTER, ALIGN_RIGHT
from cpm_desktop.ui.team.team_text import rate_text
from cpm_desktop.ui.theme import colors

ROLE_NAME = 0
OWNER, STANDING = 0, 7  # the columns sorted on first and drawn as chips
STANDING_ORDER = (RateStanding.IN_FORCE, RateStanding.SCHEDULED, RateStanding.SUPERSEDED)


def _people(line: RoleLine) -> str:
    count = len(line.people)
    if not count:
        return "—"
    # Two or more always take the plural, in English, German and French alike.
    if count == 1:
        return QCoreApplication.translate("RateColumns", "1 person")
    return QCoreApplication.translate("RateColumns", "{count} people").format(count=count)


def _role_rate(line: RoleLine, bill: bool) -> str:
    rate = line.rate
    if rate is None:
        return "—"
    return rate_text(rate.bill_rate if bill else rate.cost_rate, rate.currency)


def _no_rate() -> str:
    return QCoreApplication.translate("RateColumns", "No rate yet")


# The titles are marked here and translated where shown (`titled`).
ROLE_COLUMNS: tuple[Column[RoleLine], ...] = (
    Column(QT_TRANSLATE_NOOP("RateColumns", "Role"), lambda ln: ln.role.name, max_width=220),
    Column(
        QT_TRANSLATE_NOOP("RateColumns", "People"),
        _people,
        sort=lambda ln: len(ln.people),
        tip=lambda ln: "\n".join(ln.people),
        align=ALIGN_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("RateColumns", "Cost / h"),
        lambda ln: _role_rate(ln, bill=False),
        sort=lambda ln: ln.rate.cost_rate if ln.rate else Decimal(-1),
        tip=lambda ln: (
            QCoreApplication.translate("RateColumns", "The role's cost rate in force today")
            if ln.rate
            else _no_rate()
        ),
        align=ALIGN_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("RateColumns", "Bill / h"),
        lambda ln: _role_rate(ln, bill=True),
        sort=lambda ln: ln.rate.bill_rate if ln.rate else Decimal(-1),
        tip=lambda ln: (
            QCoreApplication.translate("RateColumns", "The role's bill rate in force today")
            if ln.rate
            else _no_rate()
        ),
        align=ALIGN_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("RateColumns", "Description"),
        lambda ln: ln.role.description or "—",
        stretch=True,
    ),
)


def margin(cost: Decimal, bill: Decimal) -> Decimal | None:
    """The share of the bill rate the cost leaves (None when nothing is billed)."""
    return None if bill <= 0 else (bill - cost) / bill


def margin_text(cost: Decimal, bill: Decimal) -> str:
    """'32 %'; a dash when nothing is billed."""
    share = margin(cost, bill)
    return "—" if share is None else f"{number_text(float(share * 100))} %"


def owner_text(line: RateLine) -> str:
    """The role or the person the rate belongs to."""
    return line.rate.role or line.rate.resource or "—"


RATE_COLUMNS: tuple[Column[RateLine], ...] = (
    Column(
        QT_TRANSLATE_NOOP("RateColumns", "Role or person"),
        owner_text,
        sort=lambda ln: (fold(owner_text(ln)), ln.rate.effective_from.toordinal()),
        max_width=220,
    ),
    Column(
        QT_TRANSLATE_NOOP("RateColumns", "Applies to"),
        lambda ln: (
            QCoreApplication.translate("RateColumns", "Role")
            if ln.rate.role_id
            else QCoreApplication.translate("RateColumns", "Person")
        ),
        tip=lambda ln: (
            QCoreApplication.translate(
                "RateColumns", "Everyone holding the role, unless they have their own rate"
            )
            if ln.rate.role_id
            else QCoreApplication.translate(
                "RateColumns", "This person only: overrides their role's rate"
            )
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("RateColumns", "From"),
        lambda ln: short_date_text(ln.rate.effective_from),
        sort=lambda ln: ln.rate.effective_from.toordinal(),
        align=ALIGN_CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP("RateColumns", "Cost rate"),
        lambda ln: rate_text(ln.rate.cost_rate, ln.rate.currency),
        sort=lambda ln: ln.rate.cost_rate,
        tip=lambda ln: QCoreApplication.translate(
            "RateColumns", "What an hour (or a unit of material) costs"
        ),
        align=ALIGN_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("RateColumns", "Bill rate"),
        lambda ln: rate_text(ln.rate.bill_rate, ln.rate.currency),
        sort=lambda ln: ln.rate.bill_rate,
        tip=lambda ln: QCoreApplication.translate(
            "RateColumns", "What an hour (or a unit of material) is billed at"
        ),
        align=ALIGN_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("RateColumns", "Margin"),
        lambda ln: margin_text(ln.rate.cost_rate, ln.rate.bill_rate),
        sort=lambda ln: margin(ln.rate.cost_rate, ln.rate.bill_rate) or Decimal(-1),
        tip=lambda ln: QCoreApplication.translate(
            "RateColumns", "What the bill rate keeps above the cost rate (internal)"
        ),
        align=ALIGN_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("RateColumns", "Per use"),
        lambda ln: (
            rate_text(ln.rate.cost_per_use, ln.rate.currency) if ln.rate.cost_per_use else "—"
        ),
        sort=lambda ln: ln.rate.cost_per_use,
        tip=lambda ln: QCoreApplication.translate(
            "RateColumns", "Cost per use: charged for each task worked on, per unit assigned"
        ),
        align=ALIGN_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("RateColumns", "Standing"),
        lambda ln: _(ln.standing.label),
        sort=lambda ln: STANDING_ORDER.index(ln.standing),
        chip=lambda ln: ln.standing.value,
        tip=lambda ln: _standing_tip(ln.standing),
        align=ALIGN_CENTER,
    ),
)


def _standing_tip(standing: RateStanding) -> str:
    if standing is RateStanding.IN_FORCE:
        return QCoreApplication.translate("RateColumns", "The rate that applies today")
    if standing is RateStanding.SCHEDULED:
        return QCoreApplication.translate("RateColumns", "Applies from its date on")
    return QCoreApplication.translate(
        "RateColumns", "A later rate replaced it; past weeks still cost this"
    )


def standing_color(standing: RateStanding) -> QColor:
    """Green in force, blue scheduled, grey superseded."""
    c = colors()
    return QColor(
        {
            RateStanding.IN_FORCE: c.rag_green,
            RateStanding.SCHEDULED: c.highlight,
            RateStanding.SUPERSEDED: c.muted_text,
        }[standing]
    )


def install_standing_chips(table: QTableView) -> None:
    """The Standing column as coloured chips."""
    table.setItemDelegateForColumn(
        STANDING, status_chip_delegate(RateStanding, standing_color, table)
    )
