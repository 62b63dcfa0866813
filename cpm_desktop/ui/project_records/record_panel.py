"""RecordPanel: a project's list of records with Add, Edit and Delete, each an undoable edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.ui.elided_label import ElidedLabel
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.table_model import SORT_ROLE, Column, ColumnTableModel
from cpm_desktop.ui.project_records.table_view import RecordProxy, RecordTable
from cpm_desktop.ui.project_records.trial import refusal
from cpm_desktop.ui.records.selection import current_record, current_record_id, select_record
from cpm_desktop.ui.records.table_model import Record, RecordT
from cpm_desktop.ui.records.table_split import TableOverDetail
from cpm_desktop.ui.records.widgets import action_button, panel_action
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import REFUSED, Edit, Editor, R, Refused, Word
from cpm_desktop.workspace import ChangeEvent, RecordKind


class RecordPanel(QWidget, Generic[RecordT]):
    """Toolbar, summary line, sortable table and empty line; subclasses read rows and edit."""

    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("RecordNouns", "entry")
    """The record in a word ("decision"): "&Add decision…". Mark it where a subclass sets it,
    `QT_TRANSLATE_NOOP("RecordNouns", "decision")`: the panel's texts name it in the window's
    language (German capitalised, French without an article: the templates need none)."""
    LIST: ClassVar[str] = QT_TRANSLATE_NOOP("RecordLists", "Records")
    """The table's name, read out by a screen reader ("Decisions"); marked as NOUN is, in the
    context "RecordLists"."""
    KINDS: ClassVar[tuple[RecordKind, ...]] = ()  # edits to these, in any project, refresh it
    CAN_DELETE: ClassVar[bool] = True

    def __init__(
        self,
        editor: Editor,
        columns: Sequence[Column[RecordT]],
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self._project_id: int | None = None
        self._last_id: int | None = None  # selected before an edit removed it (undo returns it)
        noun = self.noun()
        self.add_action = panel_action(
            self,
            "new",
            QCoreApplication.translate("RecordPanel", "&Add {noun}…").format(noun=noun),
            QCoreApplication.translate("RecordPanel", "Add {noun} to this project").format(
                noun=noun
            ),
        )
        self.edit_action = panel_action(
            self,
            "details",
            QCoreApplication.translate("RecordPanel", "&Edit…"),
            QCoreApplication.translate("RecordPanel", "Edit the selected {noun}").format(noun=noun),
        )
        self.delete_action = panel_action(
            self,
            "delete",
            QCoreApplication.translate("RecordPanel", "&Delete"),
            QCoreApplication.translate("RecordPanel", "Delete the selected {noun}").format(
                noun=noun
            ),
        )
        self.model = ColumnTableModel(columns)
        self.proxy = RecordProxy(self.model, SORT_ROLE)
        self.table = RecordTable(self.proxy)
        self.table.setAccessibleName(QCoreApplication.translate("RecordLists", self.LIST))
        self.summary = ElidedLabel()  # a narrow panel shortens the summary, not the buttons
        self.summary.setObjectName("recordsSummary")
        self.summary.setStyleSheet(f"color: {colors().muted_text};")
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("recordsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {colors().muted_text}; padding: 12px 2px;")
        self.bar = QHBoxLayout()
        self.bar.setSpacing(6)
        for action in (self.add_action, self.edit_action, self.delete_action):
            if action is not self.delete_action or self.CAN_DELETE:
                self.bar.addWidget(action_button(action))
        self.bar.addSpacing(10)
        self.bar.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self._connect()
        self._update_actions()

    def _connect(self) -> None:
        self.add_action.triggered.connect(self.add_record)
        self.edit_action.triggered.connect(self.edit_current)
        self.delete_action.triggered.connect(self.delete_current)
        self.table.doubleClicked.connect(lambda _: self.edit_current())
        self.table.sig_edit_requested.connect(self.edit_current)
        self.table.sig_delete_requested.connect(self.delete_current)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsRemoved):
            signal.connect(self._update_actions)
        self.editor.sig_changed.connect(self._on_changed)

    # -- what subclasses answer ----------------------------------------------------------

    def read_rows(self, project_id: int) -> Sequence[RecordT]:
        """The records to show for the project."""
        raise NotImplementedError

    def dialog(self, row: RecordT | None, submit: Submit) -> RecordDialog:
        """The form to add a record (row None) or edit `row`; OK calls `submit`."""
        raise NotImplementedError

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """The service call that adds a record from the form's values."""
        raise NotImplementedError

    def update_edit(self, row: RecordT, values: dict[str, Any]) -> Edit[object]:
        """The service call that changes `row` to the form's values."""
        raise NotImplementedError

    def delete_edit(self, row: RecordT) -> Edit[object]:
        """The service call that deletes `row`."""
        raise NotImplementedError

    def describe(self, row: RecordT) -> str:
        """`row` in a few words, for the delete confirmation (in the window's language)."""
        return self.noun()

    def noun(self) -> str:
        """NOUN in the window's language (marked in the context "RecordNouns")."""
        return QCoreApplication.translate("RecordNouns", self.NOUN)

    def noun_word(self) -> Word:
        """NOUN as a word of an edit's name: `named("Delete {noun}", noun=self.noun_word())`."""
        return Word(self.NOUN, "RecordNouns")

    def after_refresh(self) -> None:
        """Update what the panel shows beside the table (e.g. the summary line)."""

    def put_detail_below(self, detail: QWidget, *, share: float, name: str) -> TableOverDetail:
        """Show `detail` (the selected record's) below the table, the table taking the height
        of its rows up to `share` of the panel's."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # the column __init__ built
        position = layout.indexOf(self.table)
        layout.removeWidget(self.table)
        split = TableOverDetail(self.table, detail, share=share, name=name)
        layout.insertWidget(position, split, 1)
        return split

    # -- showing -------------------------------------------------------------------------

    @property
    def project_id(self) -> int | None:
        """The project shown, if any."""
        return self._project_id

    def show_project(self, project_id: int | None) -> None:
        """Show the records of a project (None: nothing), sorted as the panel opens."""
        self._project_id = project_id
        self._last_id = None
        self.model.set_rows([])
        self.refresh()
        self.table.fit_columns()

    def refresh(self) -> None:
        """Read the records again; the selected one stays selected."""
        wanted = self.current_id() or self._last_id
        pid = self._project_id
        self.model.set_rows(self.read_rows(pid) if pid is not None else [])
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(pid is not None and not has_rows)
        if wanted is not None:
            self.select(wanted)
        self.after_refresh()
        self._update_actions()

    def _on_changed(self, event: ChangeEvent) -> None:
        if event.concerns(self._project_id) or event.touches(*self.KINDS):
            self.refresh()

    # -- selection -----------------------------------------------------------------------

    def current_row(self) -> RecordT | None:
        """The selected record, if any."""
        return current_record(self.table, self.proxy)

    def current_id(self) -> int | None:
        """The id of the selected record, if any."""
        return current_record_id(self.table, self.proxy)

    def select(self, record_id: int) -> bool:
        """Select a record if it is shown."""
        return select_record(self.table, self.proxy, record_id, 0)

    def _on_current_changed(self, *_: object) -> None:
        current = self.current_id()
        if current is not None:
            self._last_id = current
        self._update_actions()

    def _update_actions(self, *_: object) -> None:
        selected = self.current_row() is not None
        self.add_action.setEnabled(self._project_id is not None)
        self.edit_action.setEnabled(selected)
        self.delete_action.setEnabled(selected and self.CAN_DELETE)

    # -- editing -------------------------------------------------------------------------

    def run_checked(self, edit: Edit[object]) -> str | None:
        """Make `edit` one undoable step unless the service refuses it; the refusal, if any."""
        return self._run_checked(edit)[0]

    def _run_checked(self, edit: Edit[R]) -> tuple[str | None, R | Refused]:
        """The refusal of `edit` (None if none) and the service's answer (REFUSED if refused)."""
        if self._project_id is None:
            return QCoreApplication.translate("RecordPanel", "No project is shown."), REFUSED
        problem = refusal(self.editor.workspace, edit)
        if problem is not None:
            return problem, REFUSED
        return None, self.editor.run(self._project_id, edit)

    def add_record(self) -> None:
        """Open the empty form; OK adds the record, which is selected afterwards."""
        pid = self._project_id
        if pid is None:
            return
        added: list[Record] = []

        def submit(values: dict[str, Any]) -> str | None:
            problem, answer = self._run_checked(self.add_edit(pid, values))
            if answer is not REFUSED:
                added.append(answer)
            return problem

        if self.dialog(None, submit).exec() and added:
            self.select(added[-1].id)

    def edit_current(self) -> None:
        """Open the selected record's form; OK applies it as one step."""
        row = self.current_row()
        if row is not None:
            self.dialog(row, lambda values: self.run_checked(self.update_edit(row, values))).exec()

    def delete_current(self) -> None:
        """Delete the selected record once the user confirms."""
        row = self.current_row()
        if row is None or not self.CAN_DELETE:
            return
        title = QCoreApplication.translate("RecordPanel", "Delete {noun}").format(noun=self.noun())
        answer = QMessageBox.question(
            self,
            title,
            QCoreApplication.translate(
                "RecordPanel", "Delete {record}?\n\nEdit › Undo brings it back."
            ).format(record=self.describe(row)),
        )
        if answer == QMessageBox.StandardButton.Yes and (
            problem := self.run_checked(self.delete_edit(row))
        ):
            QMessageBox.warning(self, title, problem)
