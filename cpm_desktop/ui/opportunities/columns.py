"""How an opportunity reads in a table: its columns, its stage's chip and the pipeline's line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)
from PySide6.QtGui import QColor

from cpm_desktop.domain.opportunities import OpportunityStage
from cpm_desktop.services.opportunities.views import OpportunityRow, pipeline_value
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.table_model import CHIP_ROLE, Column
from cpm_desktop.ui.records.cells import ALIGN_CENTER, ALIGN_RIGHT, reference_number
from cpm_desktop.ui.theme import colors

STAGES = tuple(OpportunityStage)
HERE_ICON = "project"
PRIVATE_TIP = QT_TRANSLATE_NOOP(
    "OpportunitiesPanel",
    "The supplier's own business: opportunities are never in a client export.",
)
"""Shown translated: QCoreApplication.translate("OpportunitiesPanel", PRIVATE_TIP)."""
STAGE_LABELS = {
    OpportunityStage.SPOTTED: QT_TRANSLATE_NOOP("OpportunityStage", "Spotted"),
    OpportunityStage.QUALIFIED: QT_TRANSLATE_NOOP("OpportunityStage", "Qualified"),
    OpportunityStage.PROPOSED: QT_TRANSLATE_NOOP("OpportunityStage", "Proposed"),
    OpportunityStage.WON: QT_TRANSLATE_NOOP("OpportunityStage", "Won"),
    OpportunityStage.LOST: QT_TRANSLATE_NOOP("OpportunityStage", "Lost"),
}
"""Each stage's label (`stage.label`) as the window shows it, in the PM's language."""


def stage_text(stage: OpportunityStage) -> str:
    """The stage's label in the window's language: 'Qualified', 'Qualifiziert'."""
    return QCoreApplication.translate("OpportunityStage", STAGE_LABELS.get(stage, stage.label))


class PipelineCounts(QObject):
    """The pipeline line's counted words ('2 open'), in the window's language.

    Counted texts go through self.tr: lupdate 6.11 takes a plain name as translate()'s fourth
    argument for the old encoding and would drop the plural forms. Never subclassed (the
    context is this class's name).
    """

    def open(self, count: int) -> str:
        """'2 open'."""
        return self.tr("%n open", "", count)

    def won(self, count: int) -> str:
        """'1 won'."""
        return self.tr("%n won", "", count)


def private_tip() -> str:
    """Why the pipeline never leaves the supplier, in the window's language."""
    return QCoreApplication.translate("OpportunitiesPanel", PRIVATE_TIP)


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
            return QCoreApplication.translate(
                "OpportunitiesPanel", "{reference}: spotted on this project ({project})"
            ).format(reference=row.reference, project=row.project_code)
        if row.project_code:
            return QCoreApplication.translate(
                "OpportunitiesPanel", "{reference}: spotted on {project}"
            ).format(reference=row.reference, project=row.project_code)
        return QCoreApplication.translate(
            "OpportunitiesPanel", "{reference}: spotted on none of its projects"
        ).format(reference=row.reference)

    def stage_tip(row: OpportunityRow) -> str:
        if row.is_open:
            return QCoreApplication.translate("OpportunitiesPanel", "Open: in the pipeline")
        return QCoreApplication.translate("OpportunitiesPanel", "Closed: {stage}").format(
            stage=stage_text(row.stage)
        )

    return (
        Column(
            QCoreApplication.translate("OpportunitiesPanel", "Ref"),
            lambda r: r.reference,
            sort=lambda r: reference_number(r.reference),
            icon=lambda r: icon(HERE_ICON) if here(r) else None,
            tip=ref_tip,
        ),
        Column(
            QCoreApplication.translate("OpportunitiesPanel", "Opportunity"),
            lambda r: r.title,
            max_width=280,
        ),
        Column(
            QCoreApplication.translate("OpportunitiesPanel", "Need"),
            lambda r: r.need or "—",
            stretch=True,
        ),
        Column(
            QCoreApplication.translate("OpportunitiesPanel", "Value"),
            value_text,
            sort=lambda r: (r.currency, r.estimated_value or Decimal(-1)),
            align=ALIGN_RIGHT,
        ),
        Column(
            QCoreApplication.translate("OpportunitiesPanel", "Stage"),
            lambda r: stage_text(r.stage),
            sort=lambda r: STAGES.index(r.stage),
            chip=lambda r: r.stage.value,
            align=ALIGN_CENTER,
            tip=stage_tip,
        ),
        Column(
            QCoreApplication.translate("OpportunitiesPanel", "Next step"),
            lambda r: r.next_step or "—",
            max_width=200,
        ),
        Column(
            QCoreApplication.translate("OpportunitiesPanel", "Handed to"),
            lambda r: r.handed_to or "—",
            max_width=180,
        ),
        Column(
            QCoreApplication.translate("OpportunitiesPanel", "Spotted"),
            lambda r: spotted_text(r, here(r)),
            sort=lambda r: r.spotted_on.toordinal(),
        ),
    )


STAGE = 4  # the column drawn as chips


def pipeline_line(rows: Sequence[OpportunityRow]) -> str:
    """'2 open · 395,000 EUR in the pipeline · 1 won' (currencies never added together)."""
    if not rows:
        return ""
    counts = PipelineCounts()
    open_count = sum(r.is_open for r in rows)
    value = " + ".join(money_text(amount, code) for code, amount in pipeline_value(rows))
    parts = [counts.open(open_count)]
    if value:
        parts.append(
            QCoreApplication.translate("OpportunitiesPanel", "{value} in the pipeline").format(
                value=value
            )
        )
    won = sum(r.stage is OpportunityStage.WON for r in rows)
    if won:
        parts.append(counts.won(won))
    return " · ".join(parts)
