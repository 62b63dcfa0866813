"""SlaListPanel: the project's SLAs, SLA-01 onwards, each at its last period; add, edit and
delete undoably."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget

from cpm_desktop.domain import Rag
from cpm_desktop.services.service_levels.register import (
    add_service_level,
    delete_service_level,
    edit_service_level,
)
from cpm_desktop.services.service_levels.views import ServiceLevelRow, service_levels
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.chips import rag_chip_delegate
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.records.widgets import keep_rows_shown
from cpm_desktop.ui.service_levels.columns import SLA_RAG, SLA_REF, sla_columns
from cpm_desktop.ui.service_levels.sla_dialog import SlaDialog
from cpm_desktop.ui.undo import Edit, Editor, edit, named
from cpm_desktop.workspace import RecordKind

TABLE_ROWS = 3  # whole rows the table keeps on a low screen


def summary_text(rows: Sequence[ServiceLevelRow]) -> str:
    """'3 service levels · 1 red, 1 amber in the last period'."""
    if not rows:
        return ""
    count = (
        QCoreApplication.translate("SlaListPanel", "1 service level")
        if len(rows) == 1
        else QCoreApplication.translate("SlaListPanel", "{count} service levels").format(
            count=len(rows)
        )
    )
    missed = []
    reds, ambers = (sum(r.rag is rag for r in rows) for rag in (Rag.RED, Rag.AMBER))
    if reds:
        missed.append(QCoreApplication.translate("SlaListPanel", "{count} red").format(count=reds))
    if ambers:
        missed.append(
            QCoreApplication.translate("SlaListPanel", "{count} amber").format(count=ambers)
        )
    if not missed:
        return QCoreApplication.translate(
            "SlaListPanel", "{count} · all met in the last period"
        ).format(count=count)
    return QCoreApplication.translate(
        "SlaListPanel", "{count} · {missed} in the last period"
    ).format(count=count, missed=", ".join(missed))


class SlaListPanel(RecordPanel[ServiceLevelRow]):
    """The SLAs with target, last value, met or missed, RAG, trend and attainment."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "service level")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Service levels")
    KINDS = (RecordKind.SERVICE_LEVEL, RecordKind.SERVICE_LEVEL_MEASURE)

    sig_refreshed = Signal()
    """Emitted after the rows were read again (the selected SLA may have changed)."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(
            editor,
            sla_columns(),
            QCoreApplication.translate(
                "SlaListPanel",
                "No service levels yet. For a managed-service or support engagement, add each "
                "SLA with its target and how often it is measured, then record or paste the "
                "values.",
            ),
            parent,
        )
        self.setObjectName("slaListPanel")
        self.table.setObjectName("slaTable")
        self.table.setItemDelegateForColumn(SLA_RAG, rag_chip_delegate(self.table))
        keep_rows_shown(self.table, TABLE_ROWS)
        self.table.sortByColumn(SLA_REF, Qt.SortOrder.AscendingOrder)
        self._rows: Sequence[ServiceLevelRow] = ()

    def read_rows(self, project_id: int) -> Sequence[ServiceLevelRow]:
        """The project's SLAs."""
        self._rows = self.editor.workspace.run(service_levels, project_id)
        return self._rows

    def after_refresh(self) -> None:
        """The count and how many missed, then tell the page."""
        self.summary.setText(summary_text(self._rows) if self.project_id is not None else "")
        self.sig_refreshed.emit()

    def dialog(self, row: ServiceLevelRow | None, submit: Submit) -> RecordDialog:
        """The SLA form; the period is fixed once values are recorded."""
        return SlaDialog(row, submit, self, measured=bool(row and row.measures))

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Add the SLA with the next reference."""
        fields = dict(values)
        name = fields.pop("name")
        return edit(
            QT_TRANSLATE_NOOP("Edits", "Add service level"),
            add_service_level,
            project_id,
            name,
            **fields,
        )

    def update_edit(self, row: ServiceLevelRow, values: dict[str, Any]) -> Edit[object]:
        """Change the SLA to the form's values."""
        label = named(QT_TRANSLATE_NOOP("Edits", "Edit {reference}"), reference=row.reference)
        return edit(label, edit_service_level, row.id, **values)

    def delete_edit(self, row: ServiceLevelRow) -> Edit[object]:
        """Remove the SLA and its values; the others keep their references."""
        label = named(QT_TRANSLATE_NOOP("Edits", "Delete {reference}"), reference=row.reference)
        return edit(label, delete_service_level, row.id)

    def describe(self, row: ServiceLevelRow) -> str:
        """'SLA-01 “WMS availability” and its 4 values'."""
        values = len(row.measures)
        if not values:
            text = QCoreApplication.translate("SlaListPanel", "{reference} “{name}”")
        elif values == 1:
            text = QCoreApplication.translate(
                "SlaListPanel", "{reference} “{name}” and its 1 value"
            )
        else:
            text = QCoreApplication.translate(
                "SlaListPanel", "{reference} “{name}” and its {count} values"
            )
        return text.format(reference=row.reference, name=row.name, count=values)
