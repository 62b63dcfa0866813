"""RisksTab: the register's controller (reads, selection, heat-map filter, edits, actions).

Its view (`view.py`) holds the table, the details and the heat map, built when the tab first
comes forward (`ViewBuiltWhenShown`); its actions (`actions.py`) exist from the start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog

from cpm_desktop.domain import RiskKind, RiskStatus, View
from cpm_desktop.domain.risk_scoring import LEVEL_LABELS
from cpm_desktop.services.risks.views import RiskRegister, RiskRow, risk_register
from cpm_desktop.texts import _
from cpm_desktop.ui.built_when_shown import ViewBuiltWhenShown
from cpm_desktop.ui.feature_tab import MenuPart
from cpm_desktop.ui.formatting import money_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_pages import ShownInFront
from cpm_desktop.ui.risks.actions import RiskActions, build_risk_actions
from cpm_desktop.ui.undo import REFUSED, Edit, Editor, R, Refused, edit, named
from cpm_desktop.workspace import ChangeEvent

if TYPE_CHECKING:
    from cpm_desktop.ui.risks.filter_proxy import HeatCell
    from cpm_desktop.ui.risks.view import RisksView

# The dialogs, the register's writers and what the view alone uses are imported in the methods
# that run them, when first used: loaded with the window, they delayed its first picture.


class RisksTab(ViewBuiltWhenShown["RisksView"]):
    """Keep the risk register: edit in the table, filter from the heat map; Ctrl+Z undoes."""

    view_name = View.RISKS
    title = "Risks"
    icon_name = "risks"

    sig_register_changed = Signal(object)
    """Emitted with the RiskRegister shown (None when no project is) after every load and edit."""

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = QCoreApplication.translate("RisksTab", "Risks")
        self.editor = editor
        self._project_id: int | None = None
        self._register: RiskRegister | None = None
        self._cell: HeatCell | None = None
        self.actions: RiskActions = build_risk_actions(self)
        self._front: ShownInFront | None = None  # with the view
        self._first_read = False  # the next read opens a project: fit columns, first row
        a = self.actions
        self.editor.sig_changed.connect(self._on_changed)
        a.new.triggered.connect(self.new_risk)
        a.edit.triggered.connect(self.edit_current)
        a.close.triggered.connect(self.close_current)
        a.reopen.triggered.connect(self.reopen_current)
        a.convert.triggered.connect(self.convert_current)
        a.make_action.triggered.connect(self.make_action_current)
        self._update_actions()

    def build_view(self) -> RisksView:
        """The register, the details and the heat map, made when the tab first comes forward."""
        from cpm_desktop.ui.risks.view import RisksView

        return RisksView(self.actions)

    def view_built(self, view: RisksView) -> None:
        """Connect the view, then read the project shown if the tab is in front."""
        view.model.sig_edit_requested.connect(self._on_cell_edit)
        view.filters.sig_filters_changed.connect(lambda values: view.proxy.set_filter(**values))
        view.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        view.proxy.modelReset.connect(self._on_current_changed)
        view.proxy.layoutChanged.connect(self._on_current_changed)
        view.proxy.rowsRemoved.connect(self._on_current_changed)
        view.heat_map.sig_cell_clicked.connect(self.toggle_cell_filter)
        view.cell_label.linkActivated.connect(lambda _: self.clear_cell_filter())
        view.residual_button.toggled.connect(self._on_mode_changed)
        view.table.doubleClicked.connect(self._on_double_click)
        # Behind another tab the register is read when the tab comes forward: a project switch
        # or an edit made elsewhere need not pay for it meanwhile.
        self._front = ShownInFront(view, lambda _project_id: self._read())
        self._first_read = True
        self._front.show_project(self._project_id)

    # -- the main window's protocol ------------------------------------------------------

    def menus(self) -> tuple[MenuPart, ...]:
        """The register's commands."""
        return (MenuPart(QCoreApplication.translate("Menu", "Ris&ks"), self.actions.for_menu()),)

    # -- showing -------------------------------------------------------------------------

    @property
    def project_id(self) -> int | None:
        """The project shown, if any."""
        return self._project_id

    @property
    def register(self) -> RiskRegister | None:
        """The register shown, if any."""
        return self._register

    def show_project(self, project_id: int | None) -> None:
        """Show a project's register (None: nothing), read now if the tab is in front, else
        when it comes forward (`ShownInFront`); heat-map filter cleared."""
        self._project_id = project_id
        self._cell = None
        self._register = None
        if self._front is None:  # not built yet: it reads the project when it is
            self._update_actions()
            return
        view = self.view
        view.proxy.set_filter(cell=None)
        view.model.set_register(None)
        self._first_read = True
        self._front.show_project(project_id)

    def _read(self) -> None:
        # The register's modules load with its view, when the tab first comes forward.
        from cpm_desktop.ui.risks.risk_model import TITLE

        self.refresh()
        if self._first_read:
            self._first_read = False
            self.view.fit_columns()
            first = self.view.proxy.index(0, TITLE)
            if first.isValid():
                self.view.table.setCurrentIndex(first)

    def refresh(self) -> None:
        """Re-read the register and show it; the selected entry stays selected."""
        from cpm_desktop.services.vendors.views import vendor_risks

        view = self.view
        current = self.current_risk_id()
        if self._project_id is None:
            self._register = None
        else:
            self._register = self.editor.workspace.run(risk_register, self._project_id)
        data = self._register
        view.model.set_register(data)
        if data is None:
            view.filters.set_counts({}, "")
            view.filters.set_choices([], [])
        else:
            view.filters.set_counts(data.rag_counts, money_text(data.total_emv, data.currency))
            view.filters.set_choices(view.model.owners(), view.model.categories())
        view.show_heat_map(data, self._cell)
        pid = self._project_id
        view.show_vendor_risks(() if pid is None else self.editor.workspace.run(vendor_risks, pid))
        if current is not None:
            self.select_risk(current)
        self._on_current_changed()
        self.sig_register_changed.emit(data)

    # -- heat map filter -----------------------------------------------------------------

    def toggle_cell_filter(self, probability: int, impact: int) -> None:
        """Show only the risks of a heat-map cell; the same cell again shows all."""
        from cpm_desktop.ui.risks.filter_proxy import HeatCell

        cell = HeatCell(probability, impact, self.view.residual_button.isChecked())
        self._set_cell(None if cell == self._cell else cell)

    def clear_cell_filter(self) -> None:
        """Show the risks of every heat-map cell again."""
        self._set_cell(None)

    def _set_cell(self, cell: HeatCell | None) -> None:
        self._cell = cell
        self.view.proxy.set_filter(cell=cell)
        self.view.show_heat_map(self._register, cell)

    def _on_mode_changed(self, residual: bool) -> None:
        from cpm_desktop.ui.risks.filter_proxy import HeatCell

        if self._cell is not None:
            self._cell = HeatCell(self._cell.probability, self._cell.impact, residual)
            self.view.proxy.set_filter(cell=self._cell)
        self.view.show_heat_map(self._register, self._cell)

    # -- selection -----------------------------------------------------------------------

    def current_row(self) -> RiskRow | None:
        """The selected entry, if any."""
        if not self.is_built():
            return None
        from cpm_desktop.ui.records.selection import current_record  # see _read

        return current_record(self.view.table, self.view.proxy)

    def current_risk_id(self) -> int | None:
        """The id of the selected entry, if any."""
        if not self.is_built():
            return None
        from cpm_desktop.ui.records.selection import current_record_id  # see _read

        return current_record_id(self.view.table, self.view.proxy)

    def select_risk(self, risk_id: int) -> bool:
        """Select an entry if the filters show it."""
        from cpm_desktop.ui.records.selection import select_record  # see _read
        from cpm_desktop.ui.risks.risk_model import TITLE

        return select_record(self.view.table, self.view.proxy, risk_id, TITLE)

    def _on_current_changed(self, *_: object) -> None:
        data = self._register
        row = self.current_row()
        self.view.detail.show_entry(
            row, data.currency if data else "", data.since if data else None
        )
        self._update_actions()

    def _update_actions(self) -> None:
        a = self.actions
        row = self.current_row()
        a.new.setEnabled(self._project_id is not None)
        is_open = row is not None and row.status != RiskStatus.CLOSED
        a.edit.setEnabled(row is not None)
        a.close.setEnabled(is_open)
        a.reopen.setEnabled(row is not None and row.status == RiskStatus.CLOSED)
        a.convert.setEnabled(is_open and row is not None and row.kind == RiskKind.RISK)
        a.make_action.setEnabled(row is not None and bool(row.mitigation.strip()))

    # -- editing -------------------------------------------------------------------------

    def run_edit(self, step: Edit[R]) -> R | Refused:
        """Run `step` as one undoable edit on the project shown: the service's answer.

        REFUSED when the service refused it (the user is told) or no project is shown.
        """
        if self._project_id is None:
            return REFUSED
        return self.editor.run(self._project_id, step)

    def _on_changed(self, event: ChangeEvent) -> None:
        if self._front is not None and event.concerns(self._project_id):
            self._front.show_project(self._project_id)

    def _on_cell_edit(self, risk_id: int, column: int, value: object) -> None:
        from cpm_desktop.ui.risks.edits import cell_edit

        model = self.view.model
        self.run_edit(cell_edit(model.row_at(model.row_of(risk_id)), column, value))

    def new_risk(self) -> None:
        """Ask for a new entry's essentials and add it (selected afterwards)."""
        from cpm_desktop.services.risks.register import add_risk
        from cpm_desktop.ui.risks.new_risk_dialog import NewRiskDialog

        view = self.view
        if self._project_id is None:
            return
        dialog = NewRiskDialog(view.model.owners(), view.model.categories(), view)
        if not dialog.exec():
            return
        title, fields = dialog.values()
        added = self.run_edit(
            edit(
                QT_TRANSLATE_NOOP("Edits", "New risk"), add_risk, self._project_id, title, **fields
            )
        )
        if added is not REFUSED and not self.select_risk(added.id):
            # The filters hide it: show everything so the user sees what was added.
            view.filters.status.setCurrentIndex(view.filters.status.findData(""))
            self.clear_cell_filter()
            self.select_risk(added.id)

    def edit_current(self) -> None:
        """Open the full form of the selected entry; OK applies its changes as one step."""
        from cpm_desktop.services.risks.register import edit_risk_details
        from cpm_desktop.ui.risks.risk_dialog import RiskDialog

        row = self.current_row()
        if row is None:
            return
        view = self.view
        dialog = RiskDialog(row, view.model.owners(), view.model.categories(), view)
        if dialog.exec() and (changes := dialog.changes()):
            name = named(QT_TRANSLATE_NOOP("Edits", "Edit {reference}"), reference=row.reference)
            self.run_edit(edit(name, edit_risk_details, row.id, **changes))

    def _on_double_click(self, index: QModelIndex) -> None:
        # Cells that take a value edit in place; the others open the full form.
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.edit_current()

    def close_current(self) -> None:
        """Close the selected entry, with an optional closing note."""
        from cpm_desktop.services.risks.register import close_risk

        row = self.current_row()
        if row is None:
            return
        note, ok = QInputDialog.getText(
            self.view,
            QCoreApplication.translate("RisksTab", "Close {reference}").format(
                reference=row.reference
            ),
            QCoreApplication.translate(
                "RisksTab", "Why is it closed? (optional, kept with the entry)"
            ),
        )
        if ok:
            name = named(QT_TRANSLATE_NOOP("Edits", "Close {reference}"), reference=row.reference)
            self.run_edit(edit(name, close_risk, row.id, note=note))

    def reopen_current(self) -> None:
        """Reopen the selected closed entry."""
        from cpm_desktop.services.risks.register import reopen_risk

        row = self.current_row()
        if row is not None:
            name = named(QT_TRANSLATE_NOOP("Edits", "Reopen {reference}"), reference=row.reference)
            self.run_edit(edit(name, reopen_risk, row.id))

    def convert_current(self) -> None:
        """Record that the selected risk happened: it becomes an issue of a chosen severity."""
        from cpm_desktop.services.risks.register import convert_to_issue

        row = self.current_row()
        if row is None:
            return
        levels = [f"{level} {_(label)}" for level, label in LEVEL_LABELS.items()]
        start = (row.impact or 3) - 1
        choice, ok = QInputDialog.getItem(
            self.view,
            QCoreApplication.translate("RisksTab", "{reference} occurred").format(
                reference=row.reference
            ),
            QCoreApplication.translate("RisksTab", "Severity of the issue:"),
            levels,
            start,
            False,
        )
        if not ok:
            return
        severity = int(choice.split()[0])
        name = named(
            QT_TRANSLATE_NOOP("Edits", "Convert {reference} to an issue"), reference=row.reference
        )
        issue = self.run_edit(edit(name, convert_to_issue, row.id, severity=severity))
        if issue is not REFUSED:
            self.select_risk(issue.id)

    def make_action_current(self) -> None:
        """Log the selected entry's mitigation as an action of the action log, linked to it."""
        from cpm_desktop.ui.action_log.make_action import make_from_risk

        row, pid = self.current_row(), self._project_id
        if row is not None and pid is not None:
            make_from_risk(self.view, self.editor, pid, row, self.view.model.owners())


__all__ = ["RisksTab"]
