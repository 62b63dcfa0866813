"""ChangeScopeDialog: the charter's scope lines a change request adds, and those it removes.

New lines are typed with their kind; existing lines are ticked to be removed. OK gives the
arguments of `set_change_scope`; the lines count in the current scope once the request is
approved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain.charter import ScopeEffect, ScopeKind
from cpm_desktop.services.charter.scope import ChangeScope
from cpm_desktop.services.charter.views import Charter, ScopeLineRow
from cpm_desktop.ui.charter.columns import kind_text
from cpm_desktop.ui.dialogs.buttons import ok_cancel_buttons
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.theme import colors

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # an added line's ScopeKind
LINE_ROLE = Qt.ItemDataRole.UserRole + 2  # an existing line's id


class ChangeScopeDialog(QDialog):
    """Lines the request adds (typed) above the charter's lines it removes (ticked)."""

    def __init__(
        self,
        change_request_id: int,
        reference: str,
        title: str,
        charter: Charter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("ChangeScopeDialog", "Scope lines — {reference}").format(
                reference=reference
            )
        )
        self.setMinimumSize(720, 600)
        muted = f"color: {colors().muted_text};"
        intro = QLabel(
            QCoreApplication.translate(
                "ChangeScopeDialog",
                "What {reference} “{title}” changes in the charter's scope. The lines count in "
                "the current scope once the client approves the request.",
            ).format(reference=reference, title=title)
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(muted)

        self.kind = QComboBox()
        self.kind.setObjectName("changeScopeKind")
        for kind in ScopeKind:
            self.kind.addItem(kind_text(kind), kind)
        self.text = QLineEdit()
        self.text.setObjectName("changeScopeText")
        self.text.setPlaceholderText(
            QCoreApplication.translate(
                "ChangeScopeDialog", "A line the request brings into the charter"
            )
        )
        self.text.returnPressed.connect(self.add_line)
        self.add_button = QPushButton(
            icon("new"), QCoreApplication.translate("ChangeScopeDialog", "Add")
        )
        self.add_button.setObjectName("changeScopeAdd")
        self.add_button.clicked.connect(self.add_line)
        self.added = QListWidget()
        self.added.setObjectName("changeScopeAdded")
        self.remove_button = QPushButton(
            icon("delete"), QCoreApplication.translate("ChangeScopeDialog", "Take off")
        )
        self.remove_button.setToolTip(
            QCoreApplication.translate(
                "ChangeScopeDialog", "Take the selected line off the lines the request adds"
            )
        )
        self.remove_button.clicked.connect(self.take_off)
        self.removed = QListWidget()
        self.removed.setObjectName("changeScopeRemoved")

        for line in charter.lines:
            if line.added_by is not None and line.added_by.change_request_id == change_request_id:
                self._add_item(line.kind, line.text)
            else:
                self.removed.addItem(_removable(line, change_request_id))

        entry = QHBoxLayout()
        entry.addWidget(self.kind)
        entry.addWidget(self.text, 1)
        entry.addWidget(self.add_button)
        take = QHBoxLayout()
        take.addStretch(1)
        take.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(_bold(QCoreApplication.translate("ChangeScopeDialog", "Lines it adds")))
        layout.addLayout(entry)
        layout.addWidget(self.added, 1)
        layout.addLayout(take)
        layout.addWidget(
            _bold(
                QCoreApplication.translate(
                    "ChangeScopeDialog", "Lines of the charter it removes (tick them)"
                )
            )
        )
        layout.addWidget(self.removed, 2)
        layout.addWidget(ok_cancel_buttons(self))

    def add_line(self) -> None:
        """Add the typed line (of the chosen kind) to the lines the request adds."""
        text = " ".join(self.text.text().split())
        if text:
            self._add_item(ScopeKind(self.kind.currentData()), text)
            self.text.clear()
        self.text.setFocus()

    def take_off(self) -> None:
        """Take the selected line off the lines the request adds."""
        for item in self.added.selectedItems():
            self.added.takeItem(self.added.row(item))

    def adds(self) -> list[tuple[ScopeKind, str]]:
        """The lines the request adds: (kind, text), in order."""
        items = [self.added.item(row) for row in range(self.added.count())]
        return [(ScopeKind(item.data(KIND_ROLE)), item.data(LINE_ROLE)) for item in items]

    def removes(self) -> list[int]:
        """The ids of the ticked lines."""
        items = [self.removed.item(row) for row in range(self.removed.count())]
        return [
            int(item.data(LINE_ROLE))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _add_item(self, kind: ScopeKind, text: str) -> None:
        item = QListWidgetItem(f"{kind_text(kind)}  ·  {text}")
        item.setData(KIND_ROLE, kind.value)
        item.setData(LINE_ROLE, text)
        item.setToolTip(text)
        self.added.addItem(item)


def _removable(line: ScopeLineRow, change_request_id: int) -> QListWidgetItem:
    """An existing line, ticked when the request removes it; locked when another does."""
    item = QListWidgetItem(f"{kind_text(line.kind)}  ·  {line.text}")
    item.setData(LINE_ROLE, line.id)
    item.setToolTip(line.text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
    other = line.removed_by
    mine = other is not None and other.change_request_id == change_request_id
    if other is not None and not mine and other.effect is not ScopeEffect.REJECTED:
        flags = Qt.ItemFlag.NoItemFlags
        removed = QCoreApplication.translate(
            "ChangeScopeDialog", "(removed by {reference})"
        ).format(reference=other.reference)
        item.setText(f"{item.text()}   {removed}")
    item.setFlags(flags)
    item.setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)
    return item


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def scope_summary(scope: ChangeScope) -> str:
    """The lines a request adds and removes, one a line: '+ In scope: Cross-docking …'."""
    lines = [f"+ {kind_text(line.kind)}: {line.text}" for line in scope.added]
    lines += [f"− {kind_text(line.kind)}: {line.text}" for line in scope.removed]
    return "\n".join(lines)
