"""Who an export is for, and what each audience may see.

A client export carries what the client pays and approves: contract value, change orders,
invoices, schedule, risks, changes, decisions. The supplier's economics (margin, cost, the
estimate at completion, rates) and records marked internal go only into internal exports, and
cost figures into client exports only when the contract is open-book.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpm_desktop.domain.labels import Labelled


class Audience(Labelled):
    """The reader of an export: the client (the default) or the supplier's own team."""

    CLIENT = "client"
    INTERNAL = "internal"


# Printed in the footer of every page of an internal export.
INTERNAL_FOOTER = "Internal — not for the client"


def shows_cost(audience: Audience, *, open_book: bool) -> bool:
    """True when cost figures (actual cost, forecast cost, EAC, cost variance) may be shown."""
    return audience == Audience.INTERNAL or open_book


def shows_margin(audience: Audience) -> bool:
    """True when the supplier's margin and internal budget may be shown: internal only."""
    return audience == Audience.INTERNAL


def shows_record(audience: Audience, *, internal: bool) -> bool:
    """True when a record (risk, decision, lesson, note) may be shown to this audience."""
    return audience == Audience.INTERNAL or not internal


@dataclass(frozen=True, slots=True)
class Visibility:
    """What one export may show: cost figures, the margin, internal records; its footer note."""

    audience: Audience
    cost: bool
    margin: bool
    internal_records: bool

    @property
    def footer_note(self) -> str:
        """The audience line of an internal export's footer; empty for the client."""
        return INTERNAL_FOOTER if self.audience == Audience.INTERNAL else ""


def visibility(audience: Audience, *, open_book: bool) -> Visibility:
    """What an export for `audience` of a project (open-book or not) may show."""
    return Visibility(
        audience,
        cost=shows_cost(audience, open_book=open_book),
        margin=shows_margin(audience),
        internal_records=shows_record(audience, internal=True),
    )
