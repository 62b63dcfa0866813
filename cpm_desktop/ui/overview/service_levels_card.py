"""ServiceLevelsCard: the Overview's compact list of the project's SLAs at their last period.

Shown only when the project keeps SLAs. Each line is the read model's: the same value, RAG
and trend as the Service Levels page, the pack and `cpm-desktop slas` show.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from cpm_desktop.services.service_levels.views import ServiceLevelRow, service_levels
from cpm_desktop.ui.project_records.chips import rag_chip_delegate
from cpm_desktop.ui.project_records.table_model import SORT_ROLE, Column, ColumnTableModel
from cpm_desktop.ui.project_records.table_view import RecordProxy, RecordTable
from cpm_desktop.ui.records.cells import ALIGN_CENTER, ALIGN_RIGHT
from cpm_desktop.ui.records.widgets import rows_height, style_heading
from cpm_desktop.ui.service_levels.columns import rag_text, trend_tip
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import Editor

MOST_ROWS = 6  # in view at once; more scroll


def card_columns() -> tuple[Column[ServiceLevelRow], ...]:
    """The card's columns, titled in the window's language."""
    where = QCoreApplication.translate(
        "ServiceLevelsCard", "Governance › Service Levels records and pastes the values."
    )
    nothing = QCoreApplication.translate("ServiceLevelsCard", "Nothing measured yet")
    return (
        Column(
            QCoreApplication.translate("ServiceLevelsCard", "Service level"),
            lambda r: f"{r.reference}  {r.name}",
            tip=lambda r: f"{r.reference} {r.name}\n{r.attainment_text}\n\n{where}",
            stretch=True,
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsCard", "Target"),
            lambda r: r.target_text,
            sort=lambda r: r.target,
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsCard", "Latest"),
            lambda r: r.last.value_text if r.last else "—",
            align=ALIGN_RIGHT,
            tip=lambda r: r.last.period_label if r.last else nothing,
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsCard", "RAG"),
            lambda r: rag_text(r.rag),
            chip=lambda r: r.rag.value if r.rag else "",
            align=ALIGN_CENTER,
        ),
        Column(
            QCoreApplication.translate("ServiceLevelsCard", "Trend"),
            lambda r: r.trend_text,
            tip=trend_tip,
        ),
    )


RAG = 3


class ServiceLevelsCard(QFrame):
    """A framed card: 'Service levels', then one line per SLA; hidden without any."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceLevelsCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.editor = editor
        self.heading = QLabel(QCoreApplication.translate("ServiceLevelsCard", "Service levels"))
        self.heading.setObjectName("serviceLevelsHeading")
        style_heading(self.heading)
        self.note = QLabel()
        self.note.setObjectName("serviceLevelsNote")
        self.note.setStyleSheet(f"color: {colors().muted_text};")
        self.model: ColumnTableModel[ServiceLevelRow] = ColumnTableModel(card_columns())
        self.proxy: RecordProxy[ServiceLevelRow] = RecordProxy(self.model, SORT_ROLE)
        self.table = RecordTable(self.proxy)
        self.table.setObjectName("serviceLevelsCardTable")
        self.table.setSortingEnabled(False)
        self.table.setItemDelegateForColumn(RAG, rag_chip_delegate(self.table))
        self.table.setMinimumHeight(0)
        # A glance, not a place to work: no focus frame; the columns fit the card's width.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        self.hide()

    def show_project(self, project_id: int | None) -> None:
        """Read the project's SLAs and show them; hide the card when there are none."""
        rows = self.editor.workspace.run(service_levels, project_id) if project_id else ()
        self.show_rows(rows)

    def show_rows(self, rows: Sequence[ServiceLevelRow]) -> None:
        """Show these SLAs (none: the card hides)."""
        self.model.set_rows(rows)
        self.proxy.sort(-1)  # by reference, as read
        missed = sum(r.met is False for r in rows)
        measured = (
            QCoreApplication.translate(
                "ServiceLevelsCard", "{count} SLA at the last period measured"
            )
            if len(rows) == 1
            else QCoreApplication.translate(
                "ServiceLevelsCard", "{count} SLAs at the last period measured"
            )
        )
        self.note.setText(
            measured.format(count=len(rows))
            + (
                QCoreApplication.translate("ServiceLevelsCard", "; {missed} missed").format(
                    missed=missed
                )
                if missed
                else QCoreApplication.translate("ServiceLevelsCard", "; all met")
            )
        )
        self.table.setFixedHeight(rows_height(self.table, min(max(len(rows), 1), MOST_ROWS)))
        self.table.fit_columns()
        self.setVisible(bool(rows))
