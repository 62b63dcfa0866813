"""SectionsModel: the pack's sections as a checkable list, in the order they are printed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cpm_desktop.services.records.pack_settings import SECTIONS
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the section's name, e.g. "gantt"

SECTION_LABELS = {
    "cover": QT_TRANSLATE_NOOP("SectionsModel", "Cover page"),
    "summary": QT_TRANSLATE_NOOP("SectionsModel", "Executive summary and KPIs"),
    "since_last": QT_TRANSLATE_NOOP("SectionsModel", "Since the last report"),
    "actions": QT_TRANSLATE_NOOP("SectionsModel", "Actions from the last meeting and open actions"),
    "charter": QT_TRANSLATE_NOOP("SectionsModel", "Charter objectives and scope"),
    "milestones": QT_TRANSLATE_NOOP("SectionsModel", "Milestones"),
    "deliverables": QT_TRANSLATE_NOOP("SectionsModel", "Deliverables and acceptance"),
    "gantt": QT_TRANSLATE_NOOP("SectionsModel", "Gantt chart"),
    "service_levels": QT_TRANSLATE_NOOP("SectionsModel", "Service levels (SLAs)"),
    "finance": QT_TRANSLATE_NOOP("SectionsModel", "Budget and earned value"),
    "billing": QT_TRANSLATE_NOOP("SectionsModel", "Billing schedule"),
    "risks": QT_TRANSLATE_NOOP("SectionsModel", "Top risks and issues"),
    "changes": QT_TRANSLATE_NOOP("SectionsModel", "Change requests"),
    "feedback": QT_TRANSLATE_NOOP("SectionsModel", "Client satisfaction (CSAT)"),
    "decisions": QT_TRANSLATE_NOOP("SectionsModel", "Decisions, next steps and decision log"),
}


class SectionsModel(QAbstractListModel):
    """Adapts the section names to a list of check boxes; the order is fixed (SECTIONS)."""

    def __init__(self, chosen: Iterable[str] = SECTIONS) -> None:
        super().__init__()
        self._checked = dict.fromkeys(SECTIONS, False)
        self.set_chosen(chosen)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        """One row per section; a list has no children."""
        return 0 if parent.isValid() else len(SECTIONS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The section's label, check state and name."""
        if not index.isValid():
            return None
        name = SECTIONS[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SectionsModel", SECTION_LABELS[name])
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._checked[name] else Qt.CheckState.Unchecked
        if role == SECTION_ROLE:
            return name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Sections are ticked on and off, never edited as text."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick a section."""
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        # Views hand the state over as an int, tests as the enum.
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self._checked[SECTIONS[index.row()]] = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def chosen(self) -> tuple[str, ...]:
        """The ticked sections, in print order."""
        return tuple(name for name in SECTIONS if self._checked[name])

    def set_chosen(self, names: Iterable[str]) -> None:
        """Tick exactly `names` (unknown names are ignored)."""
        wanted = set(names)
        for name in SECTIONS:
            self._checked[name] = name in wanted
        if SECTIONS:
            self.dataChanged.emit(self.index(0), self.index(len(SECTIONS) - 1))
