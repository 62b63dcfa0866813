"""OpportunitiesPanel: the follow-on opportunities of the project's client, the pipeline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from cpm_desktop.services.opportunities.register import (
    add_opportunity,
    delete_opportunity,
    edit_opportunity,
)
from cpm_desktop.services.opportunities.views import OpportunityRow, Pipeline, project_pipeline
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.opportunities.columns import (
    STAGE,
    opportunity_columns,
    pipeline_line,
    private_tip,
    stage_color,
)
from cpm_desktop.ui.opportunities.dialog import OpportunityDialog
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.records.chip_delegate import ChipDelegate
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.undo import Edit, Editor, edit, named
from cpm_desktop.workspace import RecordKind


class OpportunitiesPanel(RecordPanel[OpportunityRow]):
    """Every opportunity of the project's client (those spotted on this project marked), its
    open value; add, edit and delete undoably. Still editable once the project is closed."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "opportunity")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Opportunities")
    # An opportunity may be spotted on, or moved to, another project of the client.
    KINDS = (RecordKind.OPPORTUNITY, RecordKind.CLIENT, RecordKind.PROJECT)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(
            editor,
            opportunity_columns(
                lambda r: r.project_id is not None and r.project_id == self.project_id
            ),
            QCoreApplication.translate(
                "OpportunitiesPanel",
                "No opportunities for this client yet. When delivery shows the client needs more "
                "(another site, an add-on), note it here and hand it to the account manager.",
            ),
            parent,
        )
        self.setObjectName("opportunitiesPanel")
        self.table.setObjectName("opportunitiesTable")
        self.table.setItemDelegateForColumn(STAGE, ChipDelegate(stage_color, self.table))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.summary.setToolTip(private_tip())
        self.pipeline: Pipeline | None = None

    def read_rows(self, project_id: int) -> Sequence[OpportunityRow]:
        """The opportunities of the project's client, whichever project spotted them."""
        self.pipeline = self.editor.workspace.run(project_pipeline, project_id)
        return self.pipeline.opportunities

    def after_refresh(self) -> None:
        """'Nordhaven Logistics GmbH: 2 open · 395,000 EUR in the pipeline'."""
        pipeline = self.pipeline if self.project_id is not None else None
        line = pipeline_line(pipeline.opportunities) if pipeline else ""
        self.summary.setText(
            QCoreApplication.translate("OpportunitiesPanel", "{client}: {pipeline}").format(
                client=pipeline.client, pipeline=line
            )
            if pipeline and line
            else ""
        )

    def dialog(self, row: OpportunityRow | None, submit: Submit) -> RecordDialog:
        """The opportunity form with the client's projects to say where it was spotted."""
        assert self.pipeline is not None  # read whenever a project is shown
        return OpportunityDialog(row, self.pipeline, self.project_id, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Add the opportunity to the project's client, with its next reference."""
        assert self.pipeline is not None
        fields = dict(values)
        title = fields.pop("title")
        return edit(
            QT_TRANSLATE_NOOP("Edits", "Add opportunity"),
            add_opportunity,
            self.pipeline.client_id,
            title,
            **fields,
        )

    def update_edit(self, row: OpportunityRow, values: dict[str, Any]) -> Edit[object]:
        """Change the opportunity to the form's values."""
        return edit(
            named(QT_TRANSLATE_NOOP("Edits", "Edit {reference}"), reference=row.reference),
            edit_opportunity,
            row.id,
            **values,
        )

    def delete_edit(self, row: OpportunityRow) -> Edit[object]:
        """Remove the opportunity; the client's others keep their references."""
        return edit(
            named(QT_TRANSLATE_NOOP("Edits", "Delete {reference}"), reference=row.reference),
            delete_opportunity,
            row.id,
        )

    def describe(self, row: OpportunityRow) -> str:
        """'O-002 “Yard management add-on”'."""
        return f"{row.reference} “{row.title}”"
