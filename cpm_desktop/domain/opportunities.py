"""Opportunities: follow-on work spotted during delivery, and how far each has gone.

Spotted → Qualified → Proposed are the open stages, the client's pipeline; Won and Lost close
an opportunity. An opportunity may move to any stage (a lost one revived, a proposal sent at
once): the stage says where it stands, it is not a workflow to obey.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from cpm_desktop.domain.labels import Labelled


class OpportunityStage(Labelled):
    """How far an opportunity has gone towards new business."""

    SPOTTED = "spotted"
    QUALIFIED = "qualified"
    PROPOSED = "proposed"
    WON = "won"
    LOST = "lost"

    @property
    def is_open(self) -> bool:
        """Still in the pipeline: neither won nor lost."""
        return self not in (OpportunityStage.WON, OpportunityStage.LOST)


def open_value(
    items: Iterable[tuple[OpportunityStage, Decimal | None, str]],
) -> dict[str, Decimal]:
    """The open opportunities' estimated value per currency, from (stage, value, currency).

    Won and lost ones and those without an estimate add nothing; currencies are never mixed
    (the pipeline is no place for exchange rates). Currencies in alphabetical order.
    """
    totals: dict[str, Decimal] = {}
    for stage, value, currency in items:
        if stage.is_open and value is not None:
            totals[currency] = totals.get(currency, Decimal(0)) + value
    return dict(sorted(totals.items()))
