"""NavigatorModel: adapts the portfolio (clients → projects) to QAbstractItemModel.

Closed projects are left out unless `set_show_closed(True)` (Project › Show Closed Projects);
shown, they read closed: greyed, with a lock instead of the RAG dot.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from cpm_desktop.domain.projects import ProjectStatus, Rag
from cpm_desktop.services.portfolio.views import ClientItem, ProjectItem
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.icons import dot, icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.theme import colors, rag_color

PROJECT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROJECT_CODE_ROLE = Qt.ItemDataRole.UserRole + 2
PORTFOLIO_ROLE = Qt.ItemDataRole.UserRole + 3
"""On the workspace row and client rows: the portfolio they open ('' for every client)."""

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = 0  # internalId of a top-level row; a project row stores its client's row
WORKSPACE_ROW = 0  # above the clients: the whole workspace's portfolio
WORKSPACE_LABEL = QT_TRANSLATE_NOOP("NavigatorModel", "All clients")  # str: for mypy


class NavigatorModel(QAbstractItemModel):
    """ "All clients", then each client with its projects beneath, each project with its RAG dot.

    Top-level row n > 0 is client n - 1; a project row's internalId is its client's row.
    """

    def __init__(self) -> None:
        super().__init__()
        self._portfolio: list[ClientItem] = []  # every client and project, closed or not
        self._clients: list[ClientItem] = []  # what is shown: closed projects filtered
        self._show_closed = False

    def set_portfolio(self, clients: list[ClientItem]) -> None:
        """Replace everything shown (closed projects only while they are asked for)."""
        self._portfolio = list(clients)
        self._refill()

    def set_show_closed(self, show: bool) -> None:
        """List closed projects too, or hide them; the portfolio last set is filtered again."""
        if show != self._show_closed:
            self._show_closed = show
            self._refill()

    def hidden_count(self) -> int:
        """How many closed projects the filter hides now."""
        if self._show_closed:
            return 0
        return sum(p.is_closed for c in self._portfolio for p in c.projects)

    def is_hidden(self, code: str) -> bool:
        """Whether the project with `code` is closed and hidden by the filter now."""
        return not self._show_closed and any(
            p.code == code and p.is_closed for c in self._portfolio for p in c.projects
        )

    def _refill(self) -> None:
        self.beginResetModel()
        if self._show_closed:
            self._clients = list(self._portfolio)
        else:
            # A client whose projects are all closed stays listed: its portfolio still counts.
            self._clients = [
                replace(c, projects=tuple(p for p in c.projects if not p.is_closed))
                for c in self._portfolio
            ]
        self.endResetModel()

    def project_index(self, code: str) -> QModelIndex:
        """Return the index of the project with `code`, or an invalid index."""
        for client_row, client in enumerate(self._clients, start=1):
            for row, project in enumerate(client.projects):
                if project.code == code:
                    return self.index(row, 0, self.index(client_row, 0))
        return QModelIndex()

    def portfolio_index(self, client: str | None = None) -> QModelIndex:
        """The row of one client (by name, any case), or of all clients; invalid if none."""
        if client is None:
            return self.index(WORKSPACE_ROW, 0) if self._clients else QModelIndex()
        wanted = client.strip().casefold()
        for client_row, item in enumerate(self._clients, start=1):
            if item.name.casefold() == wanted:
                return self.index(client_row, 0)
        return QModelIndex()

    def first_project_index(self) -> QModelIndex:
        """Return the first project listed, or an invalid index."""
        for client_row, client in enumerate(self._clients, start=1):
            if client.projects:
                return self.index(0, 0, self.index(client_row, 0))
        return QModelIndex()

    # -- QAbstractItemModel ------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row())

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(child.internalId(), 0, _NO_PARENT)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._clients) + 1 if self._clients else 0
        if parent.internalId() == _NO_PARENT and parent.column() == 0 and parent.row() > 0:
            return len(self._clients[parent.row() - 1].projects)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._item(index)
        if item is None:
            return self._workspace_data(role)
        if isinstance(item, ClientItem):
            if role == Qt.ItemDataRole.DisplayRole:
                return item.name
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("client")
            if role == Qt.ItemDataRole.ToolTipRole:
                # self.tr: lupdate records a plural only from tr(); never subclassed
                return self.tr(
                    "{client}: %n project(s) — select for their KPIs", None, len(item.projects)
                ).format(client=item.name)
            if role == PORTFOLIO_ROLE:
                return item.name
            return None
        if item.is_closed:
            closed = self._closed_data(item, role)
            if closed is not None:
                return closed
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.code}  {item.name}"
        if role == Qt.ItemDataRole.DecorationRole:
            return dot((rag_color(item.rag) or QColor(colors().muted_text)).name())
        if role == Qt.ItemDataRole.ToolTipRole:
            rating = (
                _(Rag(item.rag).label)
                if item.rag
                else QCoreApplication.translate(
                    "NavigatorModel", "not rated by the PM (see the project's header)"
                )
            )
            return QCoreApplication.translate(
                "NavigatorModel", "{code} {name}\nStatus: {status}, RAG: {rating}\nStage: {stage}"
            ).format(
                code=item.code,
                name=item.name,
                status=_(ProjectStatus(item.status).label),
                rating=rating,
                stage=_(item.stage.label),
            )
        if role == PROJECT_ID_ROLE:
            return item.id
        if role == PROJECT_CODE_ROLE:
            return item.code
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("NavigatorModel", "Clients and projects")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _closed_data(self, item: ProjectItem, role: int) -> object:
        """How a closed project's row differs: a lock, greyed, "closed" in words."""
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("NavigatorModel", "{code}  {name}  (closed)").format(
                code=item.code, name=item.name
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("lock")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(colors().muted_text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "NavigatorModel",
                "{code} {name}\nClosed on {date}: read-only "
                "until reopened (Project › Reopen Project…)",
            ).format(code=item.code, name=item.name, date=date_text(item.closed_on))
        return None

    def _workspace_data(self, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("NavigatorModel", WORKSPACE_LABEL)
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("overview")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "NavigatorModel", "Every client's projects: the portfolio's KPIs"
            )
        if role == PORTFOLIO_ROLE:
            return ""
        return None

    def _item(self, index: AnyIndex) -> ClientItem | ProjectItem | None:
        """The client or project at `index`; None for the "All clients" row."""
        if index.internalId() == _NO_PARENT:
            return self._clients[index.row() - 1] if index.row() > 0 else None
        return self._clients[index.internalId() - 1].projects[index.row()]
