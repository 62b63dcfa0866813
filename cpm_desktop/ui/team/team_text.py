"""How the team's figures read on screen: units as percentages, hours, rates, employers and a
task's resources as MS Project's Resource Names column writes them."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.services.team.views import ResourceRow
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import amount_entry_text, grouping_locale, money_text

FULL_TIME = 1.0


class Assigned(Protocol):
    """A resource on a task, as an assignment row of any read names it."""

    @property
    def resource_id(self) -> int: ...
    @property
    def resource(self) -> str: ...
    @property
    def kind(self) -> ResourceKind: ...
    @property
    def units(self) -> float: ...


def units_text(units: float) -> str:
    """Units as people read them: 1.0 → '100 %', 0.5 → '50 %'."""
    return f"{grouping_locale().toString(units * 100, 'f', 0)} %"


def number_text(value: float) -> str:
    """A quantity grouped by the locale, with a decimal only where there is one: '1,240',
    '12.5'."""
    decimals = 0 if abs(value - round(value)) < 0.05 else 1
    return grouping_locale().toString(float(value), "f", decimals)


def hours_text(hours: float) -> str:
    """Hours of work: '1,240 h', '12.5 h'."""
    return f"{number_text(hours)} h"


def rate_text(amount: Decimal, currency: str) -> str:
    """A rate with its currency, cents only when it has some: '95 EUR', '87.50 EUR'."""
    return f"{amount_entry_text(amount)} {currency}"


def cost_text(amount: Decimal | None, currency: str) -> str:
    """A cost in whole units of money; '?' when it is unknown (a rate or exchange rate is
    missing), never a made-up 0."""
    return "?" if amount is None else money_text(amount, currency)


def employer_text(row: ResourceRow) -> str:
    """Whose staff: 'Us', 'Client' or the vendor's name."""
    if row.employer is Employer.VENDOR:
        return row.vendor or QCoreApplication.translate("TeamText", "Vendor")
    return _(row.employer.label)


def quantity_text(units: float, unit: str) -> str:
    """A material's quantity with its unit: '12 m³'."""
    return f"{number_text(units)} {unit}".strip()


def resource_names(rows: Iterable[Assigned], units_of: dict[int, str] | None = None) -> str:
    """A task's resources as MS Project's Resource Names: 'Anna Weber, Lukas Brandt [50 %]';
    a part-time person shows its units, a material its quantity (`units_of`: its unit)."""
    names = []
    for row in rows:
        if row.kind is ResourceKind.WORK and abs(row.units - FULL_TIME) > 1e-6:
            names.append(f"{row.resource} [{units_text(row.units)}]")
        elif row.kind is ResourceKind.MATERIAL:
            unit = (units_of or {}).get(row.resource_id, "")
            names.append(f"{row.resource} [{quantity_text(row.units, unit)}]")
        else:
            names.append(row.resource)
    return ", ".join(names)
