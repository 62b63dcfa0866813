"""SinceLastPanel: the Overview's compact "Since the last report", one line per kind of change.

Each change is one line, shortened with "…" where the page is narrow (the whole sentence in
its tooltip): the panel's height then never depends on its width, which a scrolled page
cannot measure ahead. The Overview is often on the projector in front of the client, so, like
the internal notes, the supplier's internal register entries stay off it; a muted line says
some were left out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cpm_desktop.domain.since_last import SinceLast
from cpm_desktop.texts.since_last import since_last_lines
from cpm_desktop.ui.elided_label import ElidedLabel
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.widgets import style_heading
from cpm_desktop.ui.theme import colors

# English, marked; translated where shown.
TITLE = QT_TRANSLATE_NOOP("SinceLastPanel", "Since the last report")
MOST_NAMED = 5  # names per line; the rest are counted ("and 23 more")
BULLET = "•  "
NO_REPORT = QT_TRANSLATE_NOOP(
    "SinceLastPanel", "No status report yet: Project › Update Status… records the first one."
)
INTERNAL_LEFT_OUT = QT_TRANSLATE_NOOP(
    "SinceLastPanel", "Internal register entries are left out here; the internal pack lists them."
)


def panel_title(since: SinceLast | None) -> str:
    """'Since the last report (13 Nov 2026)', or the bare title with nothing to compare."""
    if since is None or since.previous_date is None:
        return QCoreApplication.translate("SinceLastPanel", TITLE)
    title = QCoreApplication.translate("SinceLastPanel", TITLE)
    return f"{title} ({short_date_text(since.previous_date)})"


class SinceLastPanel(QWidget):
    """A heading, one line per kind of change, and a note when internal entries were left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(QCoreApplication.translate("SinceLastPanel", TITLE))
        self.heading.setObjectName("sinceLastHeading")
        style_heading(self.heading)
        self.rows: list[ElidedLabel] = []  # the lines shown, in order
        self._lines = QVBoxLayout()
        self._lines.setContentsMargins(0, 0, 0, 0)
        self._lines.setSpacing(2)
        self.note = ElidedLabel(QCoreApplication.translate("SinceLastPanel", INTERNAL_LEFT_OUT))
        self.note.setObjectName("sinceLastNote")
        self.note.setStyleSheet(f"color: {colors().muted_text};")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self._lines)
        layout.addWidget(self.note)

    def show_since(self, since: SinceLast | None) -> None:
        """Show what changed since the previous report (None: no project, or no status date)."""
        shown = since.without_internal() if since is not None else None
        self.heading.setText(panel_title(shown))
        if shown is None or shown.status_date is None:
            self._set_lines([QCoreApplication.translate("SinceLastPanel", NO_REPORT)], muted=True)
            self.note.hide()
            return
        lines = since_last_lines(shown, day=short_date_text, most=MOST_NAMED)
        self._set_lines([BULLET + line for line in lines], muted=shown.is_first or shown.is_empty)
        self.note.setVisible(shown != since)

    def _set_lines(self, lines: list[str], *, muted: bool) -> None:
        """One label per line, reusing those already there."""
        while len(self.rows) > len(lines):
            self.rows.pop().deleteLater()
        while len(self.rows) < len(lines):
            row = ElidedLabel()
            row.setObjectName("sinceLastLine")
            self._lines.addWidget(row)
            self.rows.append(row)
        for row, line in zip(self.rows, lines, strict=True):
            row.setText(line)
            row.setStyleSheet(f"color: {colors().muted_text};" if muted else "")
