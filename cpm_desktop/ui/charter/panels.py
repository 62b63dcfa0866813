"""The Charter page's lists: objectives, the lines of each kind, the SOW versions; each with
Add, Edit, Delete and (for ordered lists) Move up and down, every edit undoable.

The page reads the charter once per edit and hands each list its rows (`CharterSource`); a list
does not re-read on its own. Each table is as tall as its rows: the page scrolls, not the lists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from cpm_desktop.domain.charter import ObjectiveStatus
from cpm_desktop.services.charter.objectives import (
    add_objective,
    delete_objective,
    edit_objective,
    move_objective,
)
from cpm_desktop.services.charter.sow import add_sow_version, delete_sow_version, edit_sow_version
from cpm_desktop.services.charter.views import (
    Charter,
    ObjectiveRow,
    SowVersionRow,
)
from cpm_desktop.ui.charter import columns
from cpm_desktop.ui.charter.dialogs import (
    ObjectiveDialog,
    SowVersionDialog,
)
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.chips import rag_chip_delegate
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.table_model import Column
from cpm_desktop.ui.records.table_model import Record, RecordT
from cpm_desktop.ui.records.widgets import rows_height
from cpm_desktop.ui.undo import Edit, Editor, edit, named
from cpm_desktop.workspace import ChangeEvent

CharterSource = Callable[[], Charter | None]
"""The charter of the project shown (read once per edit by the page), or None."""

AnyIndex = QModelIndex | QPersistentModelIndex
OBJECTIVE_COUNTS = {
    ObjectiveStatus.MET: QT_TRANSLATE_NOOP("CharterPanel", "{count} met"),
    ObjectiveStatus.NOT_MET: QT_TRANSLATE_NOOP("CharterPanel", "{count} not met"),
    ObjectiveStatus.NOT_MEASURED: QT_TRANSLATE_NOOP("CharterPanel", "{count} not yet measured"),
}


class CharterPanel(RecordPanel[RecordT]):
    """A list of the charter: rows from the page's charter, sized to its rows, in stored order."""

    MOVABLE: ClassVar[bool] = False  # Move up / Move down buttons (Alt+Up, Alt+Down)

    def __init__(
        self,
        editor: Editor,
        source: CharterSource,
        specs: Sequence[Column[RecordT]],
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(editor, specs, empty_text, parent)
        self.source = source
        # The list reads as written (its positions); a click on a heading must not reorder it.
        self.table.setSortingEnabled(False)
        self.proxy.sort(-1)  # enabling sorting sorted it once already: back to stored order
        wrap_rows(self.table)
        self.table.installEventFilter(self)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.up_action = _move_action(
            self,
            "move-up",
            QCoreApplication.translate("CharterPanel", "Move &Up"),
            QCoreApplication.translate("CharterPanel", "Move Up the selected line ({keys})"),
            "Alt+Up",
        )
        self.down_action = _move_action(
            self,
            "move-down",
            QCoreApplication.translate("CharterPanel", "Move &Down"),
            QCoreApplication.translate("CharterPanel", "Move Down the selected line ({keys})"),
            "Alt+Down",
        )
        if self.MOVABLE:
            for place, action in enumerate((self.up_action, self.down_action), start=3):
                action.triggered.connect(lambda _=False, a=action: self.move_current(a))
                self.bar.insertWidget(place, _tool_button(action))
            self.table.selectionModel().currentRowChanged.connect(self._update_moves)
        self._update_moves()

    def _on_changed(self, event: ChangeEvent) -> None:
        """Nothing: the page reads the charter once after an edit and refreshes every list."""

    def charter(self) -> Charter | None:
        """The charter shown."""
        return self.source()

    def after_refresh(self) -> None:
        """Fit the columns and the height to the rows; say what the list holds."""
        self.table.fit_columns()
        fit_height(self.table)
        self.summary.setText(self.summary_text() if self.project_id is not None else "")
        self._update_moves()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A new width may bring or take away the sideways scroll bar: fit the height again."""
        if watched is self.table and event.type() == QEvent.Type.Resize:
            fit_height(self.table)
        return False

    def summary_text(self) -> str:
        """The line beside the buttons."""
        return ""

    def move_edit(self, row: RecordT, offset: int) -> Edit[object]:
        """The service call that moves `row` `offset` places."""
        raise NotImplementedError

    def move_current(self, action: QAction) -> None:
        """Move the selected row one place up or down (one undoable step)."""
        row = self.current_row()
        if row is not None and action.isEnabled():
            self.run_checked(self.move_edit(row, -1 if action is self.up_action else 1))

    def _update_moves(self, *_: object) -> None:
        index = self.table.currentIndex()
        row = self.current_row()
        last = self.proxy.rowCount() - 1
        self.up_action.setEnabled(self.MOVABLE and row is not None and index.row() > 0)
        self.down_action.setEnabled(self.MOVABLE and row is not None and index.row() < last)


class ObjectivesPanel(CharterPanel[ObjectiveRow]):
    """The objectives with their success criteria: measure, target, actual, met."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "objective")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Objectives")
    MOVABLE = True

    def __init__(self, editor: Editor, source: CharterSource, parent: QWidget | None = None):
        super().__init__(
            editor,
            source,
            columns.objective_columns(),
            QCoreApplication.translate(
                "CharterPanel",
                "No objectives yet. Add what the project must achieve and how success is measured.",
            ),
            parent,
        )
        self.setObjectName("charterObjectives")
        self.table.setObjectName("charterObjectivesTable")
        self.table.setItemDelegateForColumn(columns.OBJECTIVE_MET, rag_chip_delegate(self.table))

    def read_rows(self, project_id: int) -> Sequence[ObjectiveRow]:
        """The charter's objectives in order."""
        charter = self.charter()
        return charter.objectives if charter else ()

    def summary_text(self) -> str:
        """'2 met · 1 not met · 2 not yet measured'."""
        charter = self.charter()
        if charter is None or not charter.objectives:
            return ""
        counts = [(charter.count(status), status) for status in ObjectiveStatus]
        return " · ".join(
            QCoreApplication.translate("CharterPanel", OBJECTIVE_COUNTS[status]).format(count=count)
            for count, status in counts
            if count
        )

    def dialog(self, row: ObjectiveRow | None, submit: Submit) -> RecordDialog:
        """The objective's form."""
        return ObjectiveDialog(row, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Add the objective at the end of the list."""
        fields = dict(values)
        return edit(
            QT_TRANSLATE_NOOP("Edits", "Add objective"),
            add_objective,
            project_id,
            fields.pop("objective"),
            **fields,
        )

    def update_edit(self, row: ObjectiveRow, values: dict[str, Any]) -> Edit[object]:
        """Change the objective to the form's values."""
        name = named(QT_TRANSLATE_NOOP("Edits", "Edit objective {position}"), position=row.position)
        return edit(name, edit_objective, row.id, **values)

    def delete_edit(self, row: ObjectiveRow) -> Edit[object]:
        """Remove the objective."""
        name = named(
            QT_TRANSLATE_NOOP("Edits", "Delete objective {position}"), position=row.position
        )
        return edit(name, delete_objective, row.id)

    def move_edit(self, row: ObjectiveRow, offset: int) -> Edit[object]:
        """Move the objective up or down."""
        template = (
            QT_TRANSLATE_NOOP("Edits", "Move objective {position} up")
            if offset < 0
            else QT_TRANSLATE_NOOP("Edits", "Move objective {position} down")
        )
        return edit(named(template, position=row.position), move_objective, row.id, offset)

    def describe(self, row: ObjectiveRow) -> str:
        """'objective 2 “Raise pick accuracy”'."""
        return QCoreApplication.translate(
            "CharterPanel", "objective {position} “{objective}”"
        ).format(position=row.position, objective=row.objective)


class SowPanel(CharterPanel[SowVersionRow]):
    """The versions of the statement of work: issued, signed by whom and when, the form back."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "SOW version")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Statement of work versions")

    def __init__(
        self,
        editor: Editor,
        source: CharterSource,
        signers: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            editor,
            source,
            columns.sow_columns(),
            QCoreApplication.translate(
                "CharterPanel", "No SOW version recorded. Add the version the client signed."
            ),
            parent,
        )
        self.setObjectName("charterSow")
        self.table.setObjectName("charterSowTable")
        self._signers = signers

    def read_rows(self, project_id: int) -> Sequence[SowVersionRow]:
        """The versions, oldest first."""
        charter = self.charter()
        return charter.sow_versions if charter else ()

    def summary_text(self) -> str:
        """'In force: 1.1, signed 21 Oct 2026'."""
        charter = self.charter()
        signed = charter.latest_signed if charter else None
        if signed is None:
            return ""
        return QCoreApplication.translate(
            "CharterPanel", "In force: {version}, signed {day}"
        ).format(version=signed.version, day=short_date_text(signed.signed_on))

    def dialog(self, row: SowVersionRow | None, submit: Submit) -> RecordDialog:
        """The version's form, with the client's people to name the signer."""
        return SowVersionDialog(row, self._signers(), submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Record the version."""
        fields = dict(values)
        version = fields.pop("version")
        # A blank version (the service's checks refuse it) still names the step: "Add SOW".
        name = (
            named(QT_TRANSLATE_NOOP("Edits", "Add SOW {version}"), version=version.rstrip())
            if version.strip()
            else QT_TRANSLATE_NOOP("Edits", "Add SOW")
        )
        return edit(name, add_sow_version, project_id, version, **fields)

    def update_edit(self, row: SowVersionRow, values: dict[str, Any]) -> Edit[object]:
        """Change the version to the form's values."""
        name = named(QT_TRANSLATE_NOOP("Edits", "Edit SOW {version}"), version=row.version)
        return edit(name, edit_sow_version, row.id, **values)

    def delete_edit(self, row: SowVersionRow) -> Edit[object]:
        """Remove the version."""
        name = named(QT_TRANSLATE_NOOP("Edits", "Delete SOW {version}"), version=row.version)
        return edit(name, delete_sow_version, row.id)

    def describe(self, row: SowVersionRow) -> str:
        """'SOW 1.1'."""
        return QCoreApplication.translate("CharterPanel", "SOW {version}").format(
            version=row.version
        )


class StruckDelegate(QStyledItemDelegate):
    """Draws a cell's text struck through where `struck(index)` says so."""

    def __init__(self, struck: Callable[[AnyIndex], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self._struck = struck

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """The style's option, its font struck through for a struck cell."""
        super().initStyleOption(option, index)
        if self._struck(index):
            option.font.setStrikeOut(True)


def fit_height(table: QTableView) -> None:
    """Make `table` exactly as tall as its rows, their text wrapped (one empty row at least),
    with room for the sideways scroll bar only when its columns are wider than it."""
    header = table.horizontalHeader()
    wide = header.length() > table.viewport().width() + 1
    table.setHorizontalScrollBarPolicy(
        Qt.ScrollBarPolicy.ScrollBarAsNeeded if wide else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )
    rows = table.model().rowCount()
    # Every row as tall as the tallest needs: a table of even rows reads calmer than a ragged one.
    vertical = table.verticalHeader()
    tallest = max((table.sizeHintForRow(row) for row in range(rows)), default=0)
    vertical.setDefaultSectionSize(max(tallest, vertical.minimumSectionSize()))
    height = rows_height(table, max(rows, 1))
    if table.height() != height:
        table.setFixedHeight(height)


def wrap_rows(table: QTableView) -> None:
    """Let long text wrap onto more lines instead of eliding: a charter is read in full."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    # A row never lower than the one-line rows of the other tables.
    table.verticalHeader().setMinimumSectionSize(table.verticalHeader().defaultSectionSize())


def _move_action(parent: QWidget, icon_name: str, text: str, tip: str, keys: str) -> QAction:
    """`text` and `tip` translated; the tip's {keys} is filled with the shortcut."""
    action = QAction(icon(icon_name), text, parent)
    tip = tip.format(keys=keys)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    parent.addAction(action)
    return action


def _tool_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    button.setAutoRaise(True)
    return button
