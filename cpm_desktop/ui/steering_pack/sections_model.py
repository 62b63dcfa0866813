"""SectionsModel: the pack's sections as a checkable list, in the order they are printed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from cpm_desktop.services.records.pack_settings import SECTIONS

Index = QModelIndex | QPersistentModelIndex
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the section's name, e.g. "gantt"

SECTION_LABELS = {
    "cover": "Cover page",
    "summary": "Executive summary and KPIs",
    "since_last": "Since the last report",
    "actions": "Actions from the last meeting and open actions",
    "charter": "Charter objectives and scope",
    "milestones": "Milestones",
    "deliverables": "Deliverables and acceptance",
    "gantt": "Gantt chart",
    "service_levels": "Service levels (SLAs)",
    "finance": "Budget and earned value",
    "billing": "Billing schedule",
    "risks": "Top risks and issues",
    "changes": "Change requests",
    "feedback": "Client satisfaction (CSAT)",
    "decisions": "Decisions, next steps and decision log",
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
            return SECTION_LABELS[name]
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
