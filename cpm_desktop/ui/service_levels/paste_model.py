"""PastePreviewModel: what a paste of SLA values will record, one row per value read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from cpm_desktop.domain import Rag
from cpm_desktop.domain.service_levels import meets, rag
from cpm_desktop.interchange.sla_values import PastedValue
from cpm_desktop.services.service_levels.views import ServiceLevelRow
from cpm_desktop.services.service_levels.wording import period_label, value_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.table_model import CHIP_ROLE
from cpm_desktop.ui.records.cells import ALIGN_CENTER, ALIGN_RIGHT
from cpm_desktop.ui.records.table_model import AnyIndex, RowTableModel

HEADERS = (
    QT_TRANSLATE_NOOP("PastePreviewModel", "Line"),
    QT_TRANSLATE_NOOP("PastePreviewModel", "Period"),
    QT_TRANSLATE_NOOP("PastePreviewModel", "Value"),
    QT_TRANSLATE_NOOP("PastePreviewModel", "Result"),
    QT_TRANSLATE_NOOP("PastePreviewModel", "Replaces"),
)
LINE, PERIOD, VALUE, RESULT, REPLACES = range(5)


@dataclass(frozen=True, slots=True)
class PreviewLine:
    """One value to record, rated as the SLA will rate it, and the value it replaces."""

    line: int
    period: str
    value: str
    met: bool
    rag: Rag
    replaces: str  # the value recorded for the period now; "" if none


def preview_lines(sla: ServiceLevelRow, values: Sequence[PastedValue]) -> list[PreviewLine]:
    """The values read, rated by the domain's rules (as the SLA's rows are)."""
    known = {m.period_start: m.value_text for m in sla.measures}
    return [
        PreviewLine(
            line=v.line,
            period=period_label(sla.period, v.period_start),
            value=value_text(v.value, sla.unit),
            met=meets(sla.direction, sla.target, v.value),
            rag=rag(sla.direction, sla.target, sla.tolerance, v.value),
            replaces=known.get(v.period_start, ""),
        )
        for v in values
    ]


class PastePreviewModel(RowTableModel[PreviewLine]):
    """Adapts PreviewLine rows: line, period, value, met or missed (a RAG chip), replaced."""

    def __init__(self) -> None:
        super().__init__([QCoreApplication.translate("PastePreviewModel", h) for h in HEADERS])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(row.line),
                row.period,
                row.value,
                QCoreApplication.translate("PastePreviewModel", "Met")
                if row.met
                else QCoreApplication.translate("PastePreviewModel", "Missed"),
                row.replaces or "—",
            )[column]
        if role == CHIP_ROLE:
            return row.rag.value if column == RESULT else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (LINE, VALUE, REPLACES):
                return ALIGN_RIGHT
            return ALIGN_CENTER if column == RESULT else None
        return None
