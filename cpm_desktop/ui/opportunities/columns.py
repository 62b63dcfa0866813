"""How an opportunity reads in a table: its columns, its stage's chip and the pipeline's line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor

from cpm_desktop.domain.opportunities import OpportunityStage
from cpm_desktop.services.opportunities.views import OpportunityRow, pipeline_value
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.project_records.table_model import CHIP_ROLE, Column
from cpm_desktop.ui.records.cells import ALIGN_CENTER, ALIGN_RIGHT, reference_number
from cpm_desktop.ui.theme import colors

STAGES = tuple(OpportunityStage)
HERE_ICON = "project"
PRIVATE_TIP = "The supplier's own business: opportunities are never in a client export."


def stage_color(index: QModelIndex | QPersistentModelIndex) -> QColor | None:
    """A stage in calm shades, green once won: a pipeline is no alarm on a projector."""
    c = colors()
    shade = {
        OpportunityStage.SPOTTED.value: c.muted_text,
        OpportunityStage.QUALIFIED.value: c.highlight,
        OpportunityStage.PROPOSED.value: c.gantt_status_date,
        OpportunityStage.WON.value: c.rag_green,
        OpportunityStage.LOST.value: c.border,
    }
    named = shade.get(str(index.data(CHIP_ROLE) or ""))
    return QColor(named) if named else None


def value_text(row: OpportunityRow) -> str:
    """'85,000 EUR', or a dash when not estimated."""
    return "—" if row.estimated_value is None else money_text(row.estimated_value, row.currency)


def spotted_text(row: OpportunityRow, here: bool = False) -> str:
    """'30 Sep 2026 · ALP-CC': when, and on which project; the date alone when spotted on the
    project shown (the reference's icon says so)."""
    day = short_date_text(row.spotted_on)
    return f"{day} · {row.project_code}" if row.project_code and not here else day


def opportunity_columns(
    here: Callable[[OpportunityRow], bool],
) -> tuple[Column[OpportunityRow], ...]:
    """The table's columns; `here` tells the opportunities spotted on the project shown."""

    def ref_tip(row: OpportunityRow) -> str:
        if here(row):
            return f"{row.reference}: spotted on this project ({row.project_code})"
        where = f"on {row.project_code}" if row.project_code else "on none of its projects"
        return f"{row.reference}: spotted {where}"

    return (
        Column(
            "Ref",
            lambda r: r.reference,
            sort=lambda r: reference_number(r.reference),
            icon=lambda r: icon(HERE_ICON) if here(r) else None,
            tip=ref_tip,
        ),
        Column("Opportunity", lambda r: r.title, max_width=280),
        Column("Need", lambda r: r.need or "—", stretch=True),
        Column(
            "Value",
            value_text,
            sort=lambda r: (r.currency, r.estimated_value or Decimal(-1)),
            align=ALIGN_RIGHT,
        ),
        Column(
            "Stage",
            lambda r: r.stage.label,
            sort=lambda r: STAGES.index(r.stage),
            chip=lambda r: r.stage.value,
            align=ALIGN_CENTER,
            tip=lambda r: "Open: in the pipeline" if r.is_open else f"Closed: {r.stage.label}",
        ),
        Column("Next step", lambda r: r.next_step or "—", max_width=200),
        Column("Handed to", lambda r: r.handed_to or "—", max_width=180),
        Column(
            "Spotted", lambda r: spotted_text(r, here(r)), sort=lambda r: r.spotted_on.toordinal()
        ),
    )


STAGE = 4  # the column drawn as chips


def pipeline_line(rows: Sequence[OpportunityRow]) -> str:
    """'2 open · 395,000 EUR in the pipeline · 1 won' (currencies never added together)."""
    if not rows:
        return ""
    open_count = sum(r.is_open for r in rows)
    value = " + ".join(money_text(amount, code) for code, amount in pipeline_value(rows))
    parts = [f"{open_count} open"]
    if value:
        parts.append(f"{value} in the pipeline")
    won = sum(r.stage is OpportunityStage.WON for r in rows)
    if won:
        parts.append(f"{won} won")
    return " · ".join(parts)
