"""The Charter page's scope lists: in scope, out of scope, assumptions, constraints and
dependencies, one panel per kind (`SCOPE_PANELS`), each showing the original lines or every line
with what the approved requests did to it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cpm_desktop.domain.charter import ScopeEffect, ScopeKind
from cpm_desktop.services.charter.scope import (
    add_scope_line,
    delete_scope_line,
    edit_scope_line,
    move_scope_line,
)
from cpm_desktop.services.charter.views import ScopeLineRow
from cpm_desktop.ui.charter import columns
from cpm_desktop.ui.charter.dialogs import NOUNS, ScopeLineDialog
from cpm_desktop.ui.charter.panels import AnyIndex, CharterPanel, CharterSource, StruckDelegate
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.undo import Edit, Editor, Word, edit, named

EMPTY_TEXTS = {
    ScopeKind.IN_SCOPE: QT_TRANSLATE_NOOP("CharterPanel", "No in-scope lines recorded."),
    ScopeKind.OUT_OF_SCOPE: QT_TRANSLATE_NOOP("CharterPanel", "No out-of-scope lines recorded."),
    ScopeKind.ASSUMPTION: QT_TRANSLATE_NOOP("CharterPanel", "No assumptions recorded."),
    ScopeKind.CONSTRAINT: QT_TRANSLATE_NOOP("CharterPanel", "No constraints recorded."),
    ScopeKind.DEPENDENCY: QT_TRANSLATE_NOOP("CharterPanel", "No dependencies recorded."),
}
"""What an empty list of each kind says (translated where shown)."""
DESCRIPTIONS = {
    ScopeKind.IN_SCOPE: QT_TRANSLATE_NOOP("CharterPanel", "the in-scope line “{text}”"),
    ScopeKind.OUT_OF_SCOPE: QT_TRANSLATE_NOOP("CharterPanel", "the out-of-scope line “{text}”"),
    ScopeKind.ASSUMPTION: QT_TRANSLATE_NOOP("CharterPanel", "the assumption “{text}”"),
    ScopeKind.CONSTRAINT: QT_TRANSLATE_NOOP("CharterPanel", "the constraint “{text}”"),
    ScopeKind.DEPENDENCY: QT_TRANSLATE_NOOP("CharterPanel", "the dependency “{text}”"),
}
"""How the question before a delete names a line of each kind (translated where shown)."""


class ScopePanel(CharterPanel[ScopeLineRow]):
    """The lines of one kind: the original ones, or every line with what requests did to it.

    One subclass per kind (`KIND`, `NOUN`), in SCOPE_PANELS.
    """

    MOVABLE = True
    KIND: ClassVar[ScopeKind] = ScopeKind.IN_SCOPE

    def __init__(
        self, editor: Editor, source: CharterSource, parent: QWidget | None = None
    ) -> None:
        kind = self.kind = self.KIND
        self.original_only = False
        framing = kind in (ScopeKind.ASSUMPTION, ScopeKind.DEPENDENCY)
        specs = columns.framing_columns() if framing else columns.scope_columns()
        self._change_column = columns.FRAMING_CHANGE if framing else columns.SCOPE_CHANGE
        empty = QCoreApplication.translate("CharterPanel", EMPTY_TEXTS[kind])
        super().__init__(editor, source, specs, empty, parent)
        name = "".join(part.capitalize() for part in kind.value.split("_"))
        self.setObjectName(f"charter{name}")
        self.table.setObjectName(f"charter{name}Table")
        self.table.setItemDelegateForColumn(0, StruckDelegate(self._struck, self.table))

    def show_original(self, original: bool) -> None:
        """Show the lines as first signed (no marks), or every line with its marks."""
        self.original_only = original
        if self.project_id is not None:
            self.refresh()

    def after_refresh(self) -> None:
        """The Change column only where a request marks a line, then fit as every list."""
        rows = (self.model.row_at(i) for i in range(self.model.rowCount()))
        marked = any(columns.change_text(row) for row in rows)
        self.table.setColumnHidden(self._change_column, self.original_only or not marked)
        super().after_refresh()

    def read_rows(self, project_id: int) -> Sequence[ScopeLineRow]:
        """The lines of the panel's kind."""
        charter = self.charter()
        if charter is None:
            return ()
        return charter.original(self.kind) if self.original_only else charter.of_kind(self.kind)

    def summary_text(self) -> str:
        """'10 now: 8 original, 2 added, 1 removed · 1 pending'."""
        charter = self.charter()
        if charter is None:
            return ""
        if self.original_only:
            count = len(charter.original(self.kind))
            return (
                QCoreApplication.translate("CharterPanel", "{count} as first signed").format(
                    count=count
                )
                if count
                else ""
            )
        lines = charter.of_kind(self.kind)
        added = sum(1 for line in lines if line.standing.added is ScopeEffect.APPROVED)
        removed = sum(1 for line in lines if line.standing.removed is ScopeEffect.APPROVED)
        pending = sum(1 for line in lines if line.standing.pending)
        if not (added or removed or pending):
            return ""
        now = QCoreApplication.translate("CharterPanel", "{now} now: {original} original").format(
            now=len(charter.current(self.kind)), original=len(charter.original(self.kind))
        )
        if added:
            now += QCoreApplication.translate("CharterPanel", ", {count} added").format(count=added)
        if removed:
            now += QCoreApplication.translate("CharterPanel", ", {count} removed").format(
                count=removed
            )
        parts = [now]
        if pending:
            parts.append(
                QCoreApplication.translate("CharterPanel", "{count} pending a decision").format(
                    count=pending
                )
            )
        return " · ".join(parts)

    def dialog(self, row: ScopeLineRow | None, submit: Submit) -> RecordDialog:
        """The line's form."""
        return ScopeLineDialog(self.kind, row, submit, self)

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Add the line at the end of its kind's list."""
        fields = dict(values)
        kind, text = fields.pop("kind"), fields.pop("text")
        noun = NOUNS[ScopeKind(kind)] if kind in set(ScopeKind) else self.NOUN
        name = named(QT_TRANSLATE_NOOP("Edits", "Add {noun}"), noun=Word(noun, "RecordNouns"))
        return edit(name, add_scope_line, project_id, kind, text, **fields)

    def update_edit(self, row: ScopeLineRow, values: dict[str, Any]) -> Edit[object]:
        """Change the line to the form's values."""
        name = named(QT_TRANSLATE_NOOP("Edits", "Edit {noun}"), noun=self.noun_word())
        return edit(name, edit_scope_line, row.id, **values)

    def delete_edit(self, row: ScopeLineRow) -> Edit[object]:
        """Remove the line from the charter."""
        name = named(QT_TRANSLATE_NOOP("Edits", "Delete {noun}"), noun=self.noun_word())
        return edit(name, delete_scope_line, row.id)

    def move_edit(self, row: ScopeLineRow, offset: int) -> Edit[object]:
        """Move the line up or down its list."""
        template = (
            QT_TRANSLATE_NOOP("Edits", "Move {noun} up")
            if offset < 0
            else QT_TRANSLATE_NOOP("Edits", "Move {noun} down")
        )
        return edit(named(template, noun=self.noun_word()), move_scope_line, row.id, offset)

    def describe(self, row: ScopeLineRow) -> str:
        """'the in-scope line “Cross-docking …”'."""
        template = QCoreApplication.translate("CharterPanel", DESCRIPTIONS[self.kind])
        return template.format(text=row.text)

    def _struck(self, index: AnyIndex) -> bool:
        """A line an approved request removed, in the current view: struck through."""
        row = self.proxy.source.entry(self.proxy.mapToSource(index))
        return (
            row is not None
            and not self.original_only
            and row.standing.removed is (ScopeEffect.APPROVED)
        )


class InScopePanel(ScopePanel):
    """What the project delivers."""

    KIND = ScopeKind.IN_SCOPE
    NOUN = NOUNS[KIND]
    LIST = QT_TRANSLATE_NOOP("RecordLists", "In scope")


class OutOfScopePanel(ScopePanel):
    """What the project does not deliver."""

    KIND = ScopeKind.OUT_OF_SCOPE
    NOUN = NOUNS[KIND]
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Out of scope")


class AssumptionsPanel(ScopePanel):
    """What the plan takes for granted, who answers for it, by when."""

    KIND = ScopeKind.ASSUMPTION
    NOUN = NOUNS[KIND]
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Assumptions")


class ConstraintsPanel(ScopePanel):
    """What limits how the project may deliver."""

    KIND = ScopeKind.CONSTRAINT
    NOUN = NOUNS[KIND]
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Constraints")


class DependenciesPanel(ScopePanel):
    """What someone outside the project must deliver, who and by when."""

    KIND = ScopeKind.DEPENDENCY
    NOUN = NOUNS[KIND]
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Dependencies")


SCOPE_PANELS: dict[ScopeKind, type[ScopePanel]] = {
    panel.KIND: panel
    for panel in (
        InScopePanel,
        OutOfScopePanel,
        AssumptionsPanel,
        ConstraintsPanel,
        DependenciesPanel,
    )
}
