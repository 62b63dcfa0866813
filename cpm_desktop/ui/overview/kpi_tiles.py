"""KpiTile and KpiTileGrid: a KPI as a card, its RAG as a coloured edge and a word.

The RAG is said in words too ("Red"), not only in colour, for projectors and colour-blind
readers alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.overview.kpi_text import Tile
from cpm_desktop.ui.theme import colors, rag_color

EDGE = 6  # width of the RAG edge, px
RAG_WORDS = {
    "green": QT_TRANSLATE_NOOP("KpiTile", "Green"),
    "amber": QT_TRANSLATE_NOOP("KpiTile", "Amber"),
    "red": QT_TRANSLATE_NOOP("KpiTile", "Red"),
}
"""Each RAG in words (English; `rag_word` says it in the window's language)."""


def rag_word(rag: str | None) -> str:
    """The RAG `rag` ("red") as the window's language says it; '' for none."""
    word = RAG_WORDS.get(rag or "")
    return QCoreApplication.translate("KpiTile", word) if word else ""


class KpiTile(QFrame):
    """One KPI: the title on top, the value large with its RAG word, one line of detail.

    A tile with somewhere to go (see `set_link`) opens it on a click, Enter or Space.
    """

    sig_activated = Signal(str)
    """Emitted with the tile's KPI key when the user opens a linked tile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self._link = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Preferred, not Fixed: tiles in one row then share the tallest one's height.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._rag: str | None = None
        self.title = QLabel()
        self.rag_word = QLabel()
        self.value = QLabel()
        self.detail = QLabel()
        muted = f"color: {colors().muted_text};"
        self.title.setStyleSheet(muted)
        self.detail.setStyleSheet(muted)
        self.detail.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.7)
        big.setBold(True)
        self.value.setFont(big)
        bold = QFont(self.font())
        bold.setBold(True)
        self.rag_word.setFont(bold)
        # The RAG word sits beside the value, not the title: on a narrow tile (1280 px wide
        # screens) a long title and the word would touch.
        figure = QGridLayout()
        figure.setContentsMargins(0, 0, 0, 0)
        figure.setHorizontalSpacing(8)
        figure.setColumnStretch(0, 1)
        figure.addWidget(self.value, 0, 0)
        figure.addWidget(
            self.rag_word, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(EDGE + 12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addLayout(figure)
        layout.addWidget(self.detail)

    @property
    def rag(self) -> str | None:
        """The RAG shown, None when the KPI is not rated."""
        return self._rag

    def set_link(self, where: str) -> None:
        """Make the tile open `where` (a few words for the tooltip); '' makes it plain."""
        self._link = where
        linked = bool(where)
        self.setCursor(Qt.CursorShape.PointingHandCursor if linked else Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if linked else Qt.FocusPolicy.NoFocus)

    def show_tile(self, tile: Tile) -> None:
        """Show `tile`'s words and RAG."""
        self._rag = tile.rag
        self.setProperty("kpi", tile.key)
        self.title.setText(tile.title)
        self.value.setText(tile.value)
        self.detail.setText(tile.detail)
        self.rag_word.setText(rag_word(tile.rag))
        color = rag_color(tile.rag)
        self.rag_word.setStyleSheet(f"color: {color.name()};" if color else "")
        opens = QCoreApplication.translate("KpiTile", "Click to open {where}.")
        self.setToolTip(
            f"{tile.tip}\n\n{opens.format(where=self._link)}" if self._link else tile.tip
        )
        self.setAccessibleName(f"{tile.title}: {tile.value}, {tile.detail}")
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on a linked tile opens what it links to."""
        if self._link and event.button() == Qt.MouseButton.LeftButton:
            self.sig_activated.emit(str(self.property("kpi")))
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Space on a focused, linked tile opens it, as a click does."""
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if self._link and event.key() in keys:
            self.sig_activated.emit(str(self.property("kpi")))
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame as the style draws it, the RAG edge on the left, and the focus ring."""
        super().paintEvent(event)
        c = colors()
        color = rag_color(self._rag) or QColor(c.border)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(1, 1, EDGE, self.height() - 2), 2, 2)
        if self.hasFocus():  # keyboard focus must show, on a projector too
            painter.setPen(QPen(QColor(c.highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()


class KpiTileGrid(QWidget):
    """Tiles in rows of `columns`, reused across refreshes so the layout never jumps; fewer
    columns where a row of them would not fit (a narrow window, longer words, larger text)."""

    sig_activated = Signal(str)
    """Emitted with a KPI key when the user opens a linked tile."""

    def __init__(
        self, columns: int = 5, links: dict[str, str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._most = columns
        self._columns = columns
        self._links = links or {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(10)
        # The page may be narrower than a full row: the grid then takes fewer columns
        # (resizeEvent) instead of making its page scroll sideways.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for column in range(columns):  # equal columns: a tile's width does not follow its text
            self._grid.setColumnStretch(column, 1)
        self.tiles: list[KpiTile] = []
        # Two rows made now, hidden: tiles made with the window take their place in its Tab
        # order; one made later would come last.
        self._make_tiles(2 * columns)
        for card in self.tiles:
            card.hide()

    def _make_tiles(self, count: int) -> None:
        while len(self.tiles) < count:
            card = KpiTile(self)
            card.sig_activated.connect(self.sig_activated)
            made = len(self.tiles)
            self._grid.addWidget(card, made // self._columns, made % self._columns)
            self.tiles.append(card)

    def minimumSizeHint(self) -> QSize:
        """As narrow as one tile: a narrow page gets fewer columns, not a sideways scroll."""
        height = super().minimumSizeHint().height()
        return QSize(max((t.minimumSizeHint().width() for t in self._shown()), default=0), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Take as many columns (up to `columns`) as the width holds whole tiles."""
        super().resizeEvent(event)
        widest = max((t.minimumSizeHint().width() for t in self._shown()), default=1)
        spacing = self._grid.horizontalSpacing()
        fits = (event.size().width() + spacing) // (widest + spacing)
        columns = max(1, min(self._most, fits))
        if columns != self._columns:
            self._arrange(columns)

    def _shown(self) -> list[KpiTile]:
        return [tile for tile in self.tiles if not tile.isHidden()]

    def _arrange(self, columns: int) -> None:
        self._columns = columns
        for card in self.tiles:
            self._grid.removeWidget(card)
        for column in range(self._most):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for made, card in enumerate(self.tiles):
            self._grid.addWidget(card, made // columns, made % columns)
        self.updateGeometry()

    def set_tiles(self, tiles: Sequence[Tile]) -> None:
        """Show `tiles` in order; extra tile widgets are hidden."""
        self._make_tiles(len(tiles))
        for widget, tile in zip(self.tiles, tiles, strict=False):
            widget.set_link(self._links.get(tile.key, ""))
            widget.show_tile(tile)
            widget.show()
        for widget in self.tiles[len(tiles) :]:
            widget.hide()

    def tile(self, key: str) -> KpiTile:
        """The visible tile showing the KPI `key` (e.g. "on_time_rate")."""
        for widget in self.tiles:
            if not widget.isHidden() and widget.property("kpi") == key:
                return widget
        raise KeyError(key)
