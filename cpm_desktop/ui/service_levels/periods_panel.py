"""PeriodsPanel: the selected SLA's measured periods, the latest on top, beside its chart;
record, edit, clear or paste values, each one undoable edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.service_levels.register import clear_value, paste_values, record_value
from cpm_desktop.services.service_levels.views import ServiceLevelRow
from cpm_desktop.services.service_levels.wording import value_text
from cpm_desktop.ui.elided_label import ElidedLabel
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.chips import rag_chip_delegate
from cpm_desktop.ui.project_records.table_model import SORT_ROLE, ColumnTableModel
from cpm_desktop.ui.project_records.table_view import RecordProxy, RecordTable
from cpm_desktop.ui.project_records.trial import refusal
from cpm_desktop.ui.records.selection import current_record
from cpm_desktop.ui.records.widgets import (
    action_button,
    keep_rows_shown,
    panel_action,
    style_heading,
)
from cpm_desktop.ui.service_levels.chart import SlaChart
from cpm_desktop.ui.service_levels.columns import (
    PERIOD,
    RESULT,
    PeriodLine,
    period_columns,
    period_text,
)
from cpm_desktop.ui.service_levels.paste_dialog import PasteValuesDialog
from cpm_desktop.ui.service_levels.value_dialog import ValueDialog, suggested_day
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import REFUSED, Edit, Editor, edit, named

TABLE_ROWS = 4


class PeriodsPanel(QWidget):
    """The values of one SLA: a heading, the actions, the periods table and the chart."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slaPeriodsPanel")
        self.editor = editor
        self.today: Callable[[], dt.date] = dt.date.today  # where a first value is suggested
        self._project_id: int | None = None
        self.sla: ServiceLevelRow | None = None
        self.heading = ElidedLabel()
        self.heading.setObjectName("slaHeading")
        style_heading(self.heading)
        self.heading.setWordWrap(False)
        self.facts = ElidedLabel()
        self.facts.setObjectName("slaFacts")
        self.facts.setStyleSheet(f"color: {colors().muted_text};")
        self.record_action = panel_action(
            self,
            "new",
            QCoreApplication.translate("PeriodsPanel", "&Record Value…"),
            QCoreApplication.translate("PeriodsPanel", "Record the value of a period"),
        )
        self.edit_action = panel_action(
            self,
            "details",
            QCoreApplication.translate("PeriodsPanel", "&Edit Value…"),
            QCoreApplication.translate("PeriodsPanel", "Change the selected value"),
        )
        self.clear_action = panel_action(
            self,
            "delete",
            QCoreApplication.translate("PeriodsPanel", "&Clear Value"),
            QCoreApplication.translate("PeriodsPanel", "Remove the selected value"),
        )
        self.paste_action = panel_action(
            self,
            "import",
            QCoreApplication.translate("PeriodsPanel", "&Paste Values…"),
            QCoreApplication.translate("PeriodsPanel", "Paste the values of many periods at once"),
        )
        self.model: ColumnTableModel[PeriodLine] = ColumnTableModel(period_columns())
        self.proxy: RecordProxy[PeriodLine] = RecordProxy(self.model, SORT_ROLE)
        self.table = RecordTable(self.proxy)
        self.table.setObjectName("slaPeriodsTable")
        self.table.setAccessibleName(QCoreApplication.translate("PeriodsPanel", "Measured periods"))
        self.table.setItemDelegateForColumn(RESULT, rag_chip_delegate(self.table))
        keep_rows_shown(self.table, TABLE_ROWS)
        self.table.sortByColumn(PERIOD, Qt.SortOrder.DescendingOrder)  # the latest on top
        self.chart = SlaChart()
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for action in (self.record_action, self.edit_action, self.clear_action, self.paste_action):
            bar.addWidget(action_button(action))
        bar.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(10)
        body.addWidget(self.table, 3)
        body.addWidget(self.chart, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        self.record_action.triggered.connect(self.record)
        self.edit_action.triggered.connect(self.edit_current)
        self.clear_action.triggered.connect(self.clear_current)
        self.paste_action.triggered.connect(self.paste)
        self.table.doubleClicked.connect(lambda _: self.edit_current())
        self.table.sig_edit_requested.connect(self.edit_current)
        self.table.sig_delete_requested.connect(self.clear_current)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        for signal in (self.proxy.modelReset, self.proxy.rowsRemoved):
            signal.connect(self._update_actions)
        self.show_sla(None, None)

    # -- showing -------------------------------------------------------------------------

    def show_sla(self, project_id: int | None, sla: ServiceLevelRow | None) -> None:
        """Show an SLA's periods and chart (None: none selected); the selection is kept."""
        self._project_id = project_id
        same = self.sla is not None and sla is not None and self.sla.id == sla.id
        self.sla = sla
        self.heading.setText(
            f"{sla.reference}  {sla.name}"
            if sla
            else QCoreApplication.translate("PeriodsPanel", "No service level selected")
        )
        self.facts.setText(
            _facts(sla)
            if sla
            else QCoreApplication.translate(
                "PeriodsPanel", "Select a service level to see its values."
            )
        )
        self.model.set_rows([PeriodLine(m) for m in sla.measures] if sla else [])
        if not same:
            self.table.fit_columns()
        self.chart.set_sla(sla)
        self._update_actions()

    def current_line(self) -> PeriodLine | None:
        """The selected period, if any."""
        return current_record(self.table, self.proxy)

    def _update_actions(self, *_: object) -> None:
        has_sla = self.sla is not None and self._project_id is not None
        selected = has_sla and self.current_line() is not None
        self.record_action.setEnabled(has_sla)
        self.paste_action.setEnabled(has_sla)
        self.edit_action.setEnabled(selected)
        self.clear_action.setEnabled(selected)

    # -- editing -------------------------------------------------------------------------

    def _run(self, change: Edit[object]) -> str | None:
        """Make `change` one undoable step unless the service refuses it; the refusal."""
        if self._project_id is None:
            return QCoreApplication.translate("PeriodsPanel", "No project is shown.")
        problem = refusal(self.editor.workspace, change)
        if problem is not None:
            return problem
        answer = self.editor.run(self._project_id, change)
        return (
            QCoreApplication.translate("PeriodsPanel", "The edit was not made.")
            if answer is REFUSED
            else None
        )

    def record(self) -> None:
        """Ask for a period's value (the period after the last one suggested) and record it."""
        sla = self.sla
        if sla is None:
            return
        day = suggested_day(sla, self.today())
        ValueDialog(sla, None, day, lambda values: self._record(sla, values), self).exec()

    def edit_current(self) -> None:
        """Change the selected period's value or note."""
        sla, line = self.sla, self.current_line()
        if sla is None or line is None:
            return
        measure = line.measure
        submit = lambda values: self._record(sla, values)  # noqa: E731
        ValueDialog(sla, measure, measure.period_start, submit, self).exec()

    def _record(self, sla: ServiceLevelRow, values: dict[str, Any]) -> str | None:
        label = named(
            QT_TRANSLATE_NOOP("Edits", "Record {reference} value"), reference=sla.reference
        )
        return self._run(
            edit(label, record_value, sla.id, values["day"], values["value"], values["note"])
        )

    def clear_current(self) -> None:
        """Remove the selected period's value (Edit › Undo brings it back)."""
        sla, line = self.sla, self.current_line()
        if sla is None or line is None:
            return
        label = named(
            QT_TRANSLATE_NOOP("Edits", "Clear {reference} value"), reference=sla.reference
        )
        change = edit(label, clear_value, sla.id, line.period_start)
        problem = self._run(change)
        if problem:
            QMessageBox.warning(
                self, QCoreApplication.translate("PeriodsPanel", "Clear value"), problem
            )

    def paste(self) -> None:
        """Open the paste box; OK records every value as one edit."""
        sla = self.sla
        if sla is None:
            return
        label = named(
            QT_TRANSLATE_NOOP("Edits", "Paste {reference} values"), reference=sla.reference
        )
        submit = lambda text: self._run(edit(label, paste_values, sla.id, text))  # noqa: E731
        PasteValuesDialog(sla, submit, self).exec()


def _facts(sla: ServiceLevelRow) -> str:
    """'≥ 99.5 % · weekly · amber within 0.3 % · 3 of 4 periods met · ↓ worse'."""
    parts = [sla.target_text, period_text(sla.period).lower()]
    if sla.tolerance:
        parts.append(
            QCoreApplication.translate("PeriodsPanel", "amber within {amount}").format(
                amount=value_text(sla.tolerance, sla.unit)
            )
        )
    parts += [sla.attainment_text, sla.trend_text]
    return " · ".join(parts)
