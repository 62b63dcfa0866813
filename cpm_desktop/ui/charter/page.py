"""CharterPage: the project's charter and statement of work, read like the document it is.

One scrolling page: the objective and the SOW in force; the objectives and their success
criteria; the scope in and out (as first signed, or now with what change requests did to it);
assumptions, constraints and dependencies; the deliverables; the SOW's versions. The page is the
controller: it reads the charter once per edit (and only while on screen) and hands each list
its rows; every edit is an undoable step through the Editor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain.charter import ScopeKind
from cpm_desktop.services.charter.sow import edit_sow_version
from cpm_desktop.services.charter.views import Charter, project_charter
from cpm_desktop.services.portfolio.projects import update_project
from cpm_desktop.services.portfolio.views import client_contacts
from cpm_desktop.ui.charter import columns
from cpm_desktop.ui.charter.dialogs import ProjectTextDialog
from cpm_desktop.ui.charter.header import CharterHeader
from cpm_desktop.ui.charter.panels import (
    CharterPanel,
    ObjectivesPanel,
    SowPanel,
    fit_height,
    wrap_rows,
)
from cpm_desktop.ui.charter.scope_panels import SCOPE_PANELS, ScopePanel
from cpm_desktop.ui.empty_state import EmptyState
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.table_model import SORT_ROLE, ColumnTableModel
from cpm_desktop.ui.project_records.table_view import RecordProxy, RecordTable
from cpm_desktop.ui.project_records.trial import refusal
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import REFUSED, Edit, Editor, edit, named
from cpm_desktop.workspace import ChangeEvent, RecordKind

# Edits to these (in the project shown) change what the page shows.
SHOWN = (
    RecordKind.PROJECT,
    RecordKind.CHARTER_OBJECTIVE,
    RecordKind.SCOPE_LINE,
    RecordKind.SOW_VERSION,
    RecordKind.CHANGE_REQUEST,
    RecordKind.CHANGE_TRANSITION,
    RecordKind.DELIVERABLE,
    RecordKind.DELIVERABLE_STEP,
)
PAGE_WIDTH = 1180  # pixels: wider, the lines grow too long to read on a projector
SCOPE_HINT = QT_TRANSLATE_NOOP(
    "CharterPage",
    "Current: lines an approved change request added are marked + CR-…, removed ones − CR-… "
    "and struck through; a request not yet decided is marked pending. Original: the scope as "
    "first signed.",
)
FRAMING_TITLES = (
    (ScopeKind.ASSUMPTION, QT_TRANSLATE_NOOP("CharterPage", "Assumptions")),
    (ScopeKind.CONSTRAINT, QT_TRANSLATE_NOOP("CharterPage", "Constraints")),
    (ScopeKind.DEPENDENCY, QT_TRANSLATE_NOOP("CharterPage", "External dependencies")),
)
"""The lists that frame the scope, with their titles (translated where shown)."""


class CharterPage(QWidget):
    """Shows the project's charter and statement of work; every list editable and undoable."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._project_id: int | None = None
        self._charter: Charter | None = None
        self._stale = False  # an edit or a project switch happened while the page was hidden
        self._signers: list[str] = []
        # Connected before the lists exist, so the charter is marked stale before they read.
        editor.sig_changed.connect(self._on_changed)

        self.header = CharterHeader()
        self.objectives = ObjectivesPanel(editor, self.charter)
        self.scope: dict[ScopeKind, ScopePanel] = {
            kind: panel(editor, self.charter) for kind, panel in SCOPE_PANELS.items()
        }
        self.sow = SowPanel(editor, self.charter, self.signers)
        self.deliverables = _deliverables_table()
        self.no_deliverables = _note(
            QCoreApplication.translate(
                "CharterPage", "No deliverables yet: list them on the Deliverables page."
            )
        )
        self.original = QPushButton(QCoreApplication.translate("CharterPage", "Original"))
        self.current = QPushButton(QCoreApplication.translate("CharterPage", "Current"))
        self._build()
        self.header.sig_edit_requested.connect(self.edit_project_text)
        self.header.sig_form_received.connect(self.set_form_received)

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        switch = QButtonGroup(self)
        for button, tip in (
            (
                self.current,
                QCoreApplication.translate(
                    "CharterPage",
                    "The scope now: approved change requests applied, the others marked",
                ),
            ),
            (self.original, QCoreApplication.translate("CharterPage", "The scope as first signed")),
        ):
            button.setCheckable(True)
            button.setToolTip(tip)
            switch.addButton(button)
        self.current.setObjectName("charterScopeCurrent")
        self.original.setObjectName("charterScopeOriginal")
        self.current.setChecked(True)
        self.original.toggled.connect(self.show_original)
        scope_bar = QHBoxLayout()
        scope_bar.setSpacing(0)
        scope_bar.addWidget(_title(QCoreApplication.translate("CharterPage", "Scope")))
        scope_bar.addStretch(1)
        scope_bar.addWidget(self.original)
        scope_bar.addWidget(self.current)
        hint = _note(QCoreApplication.translate("CharterPage", SCOPE_HINT))
        hint.setObjectName("charterScopeHint")

        content = QWidget()
        content.setObjectName("charterContent")
        content.setMaximumWidth(PAGE_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 14, 16, 20)
        column.setSpacing(6)
        column.addWidget(self.header)
        column.addSpacing(10)
        column.addWidget(
            _title(QCoreApplication.translate("CharterPage", "Objectives and success criteria"))
        )
        column.addWidget(self.objectives)
        column.addSpacing(10)
        column.addLayout(scope_bar)
        column.addWidget(hint)
        for kind in (ScopeKind.IN_SCOPE, ScopeKind.OUT_OF_SCOPE):
            column.addWidget(_subtitle(columns.kind_text(kind)))
            column.addWidget(self.scope[kind])
        column.addSpacing(10)
        column.addWidget(
            _title(
                QCoreApplication.translate(
                    "CharterPage", "Assumptions, constraints and dependencies"
                )
            )
        )
        for kind, title in FRAMING_TITLES:
            column.addWidget(_subtitle(QCoreApplication.translate("CharterPage", title)))
            column.addWidget(self.scope[kind])
        column.addSpacing(10)
        column.addWidget(_title(QCoreApplication.translate("CharterPage", "Deliverables")))
        column.addWidget(
            _note(
                QCoreApplication.translate(
                    "CharterPage",
                    "As the Deliverables page records them and the client accepts them.",
                )
            )
        )
        column.addWidget(_inset(self.deliverables, self.no_deliverables))
        column.addSpacing(10)
        column.addWidget(_title(QCoreApplication.translate("CharterPage", "Statement of work")))
        column.addWidget(self.sow)
        column.addStretch(1)

        holder = QWidget()
        centred = QHBoxLayout(holder)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addWidget(content, 1)
        centred.addStretch(0)
        self.area = QScrollArea()
        self.area.setObjectName("charterScroll")
        self.area.setAccessibleName(QCoreApplication.translate("CharterPage", "Charter"))
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(holder)
        self.empty = EmptyState(
            "governance",
            QCoreApplication.translate("CharterPage", "No project"),
            QCoreApplication.translate("CharterPage", "Select a project to see its charter."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def panels(self) -> tuple[CharterPanel[Any], ...]:
        """Every editable list, top to bottom."""
        return (self.objectives, *self.scope.values(), self.sow)

    # -- showing -------------------------------------------------------------------------

    @property
    def project_id(self) -> int | None:
        """The project shown, if any."""
        return self._project_id

    def charter(self) -> Charter | None:
        """The charter shown (read when an edit made it stale), or None without a project."""
        if self._project_id is None:
            return None
        if self._charter is None:
            self._charter = self.editor.workspace.run(project_charter, self._project_id)
        return self._charter

    def signers(self) -> list[str]:
        """Who may sign a SOW: the client's people and whoever signed a version before."""
        charter = self.charter()
        before = [v.signed_by for v in charter.sow_versions] if charter else []
        return [*self._signers, *before]

    def show_project(self, project_id: int | None) -> None:
        """Show a project's charter (None: nothing); read when the page is on screen."""
        self._project_id = project_id
        self._charter = None
        self._stale = True
        if self.isVisible():
            self._catch_up()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with a project switch or an edit made while the page was hidden."""
        super().showEvent(event)
        self._catch_up()

    def _catch_up(self) -> None:
        if not self._stale:
            return
        self._stale = False
        pid = self._project_id
        self.stack.setCurrentIndex(0 if pid is None else 1)
        if pid is not None:
            people = self.editor.workspace.run(client_contacts, pid)
            self._signers = [person.name for person in people]
        for panel in self.panels:
            panel.show_project(pid)
        self._show_rest()

    def refresh(self) -> None:
        """Read the charter again and show it everywhere; selections stay."""
        self._charter = None
        for panel in self.panels:
            panel.refresh()
        self._show_rest()

    def _show_rest(self) -> None:
        """The header and the deliverables (the lists show themselves)."""
        charter = self.charter()
        self.header.show_charter(charter)
        table = self.deliverables
        model = table.model()
        assert isinstance(model, RecordProxy)
        rows = charter.deliverables if charter else ()
        model.source.set_rows(rows)
        table.setVisible(bool(rows))
        self.no_deliverables.setVisible(charter is not None and not rows)
        table.fit_columns()
        fit_height(table)

    def _on_changed(self, event: ChangeEvent) -> None:
        if not (event.concerns(self._project_id) and event.touches(*SHOWN)):
            return
        self._charter = None
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def show_original(self, original: bool) -> None:
        """Show the scope as first signed, or as it stands now."""
        for panel in self.scope.values():
            panel.show_original(original)

    # -- editing -------------------------------------------------------------------------

    def edit_project_text(self) -> None:
        """Edit the project's objective and description (one undoable step)."""
        charter = self.charter()
        pid = self._project_id
        if charter is None or pid is None:
            return

        def submit(values: dict[str, Any]) -> str | None:
            if values == {"objective": charter.objective, "description": charter.description}:
                return None
            change = edit(
                QT_TRANSLATE_NOOP("Edits", "Edit the project's objective"),
                update_project,
                pid,
                **values,
            )
            return self._run_checked(change)

        ProjectTextDialog(charter.objective, charter.description, submit, self).exec()

    def set_form_received(self, version_id: int, received: bool) -> None:
        """Tick or untick 'signed form received' on the SOW version in force."""
        charter = self.charter()
        version = (
            next((v for v in charter.sow_versions if v.id == version_id), None) if charter else None
        )
        if version is None or self._project_id is None:
            return
        template = (
            QT_TRANSLATE_NOOP("Edits", "Mark the signed form of SOW {version} received")
            if received
            else QT_TRANSLATE_NOOP("Edits", "Mark the signed form of SOW {version} awaited")
        )
        name = named(template, version=version.version)
        change = edit(name, edit_sow_version, version_id, form_received=received)
        if self.editor.run(self._project_id, change) is REFUSED:
            self.header.show_charter(self.charter())  # the box shows the stored value again

    def _run_checked(self, change: Edit[object]) -> str | None:
        """Make `change` one undoable step unless the service refuses it; the refusal, if any."""
        if self._project_id is None:
            return QCoreApplication.translate("CharterPage", "No project is shown.")
        problem = refusal(self.editor.workspace, change)
        if problem is None:
            self.editor.run(self._project_id, change)
        return problem


def _deliverables_table() -> RecordTable:
    """The deliverables, read-only: reference, name, status (edited on their own page)."""
    model = ColumnTableModel(columns.deliverable_columns())
    table = RecordTable(RecordProxy(model, SORT_ROLE))
    table.setObjectName("charterDeliverablesTable")
    table.setAccessibleName(QCoreApplication.translate("CharterPage", "Deliverables"))
    table.setSortingEnabled(False)
    table.model().sort(-1)
    wrap_rows(table)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _inset(*widgets: QWidget) -> QWidget:
    """`widgets` with the margins of the editable lists, so the tables line up."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(10, 0, 10, 8)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


def _title(text: str) -> QLabel:
    """A section's title: bold and a little larger."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 6, 0, 0)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return label


def _subtitle(text: str) -> QLabel:
    """The title of one list inside a section."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(10, 4, 0, 0)
    return label


def _note(text: str) -> QLabel:
    """A muted, wrapped sentence under a title."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colors().muted_text};")
    return label
