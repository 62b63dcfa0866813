"""A line of a cost breakdown as the workbook and the pack print it: a phase, a role or a total."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class CostRow:
    """Budget, actual cost and forecast at completion in the project's currency (None:
    unknown, never 0); `code` is a phase's WBS code, empty for a role or a total."""

    name: str
    budget: Decimal | None
    actual: Decimal | None
    forecast: Decimal | None
    code: str = ""

    @property
    def label(self) -> str:
        """The name as printed: "3 Design" for a phase."""
        return f"{self.code} {self.name}" if self.code else self.name

    @property
    def variance(self) -> Decimal | None:
        """Budget − forecast: below 0 is an overrun."""
        if self.budget is None or self.forecast is None:
            return None
        return self.budget - self.forecast
