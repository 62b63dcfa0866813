"""PasteValuesDialog: a box to paste an SLA's values into, the preview of what will be recorded
and every line that cannot be read; OK records them all as one undoable edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.sla_values import read_sla_values
from cpm_desktop.services.service_levels.views import ServiceLevelRow
from cpm_desktop.ui.dialogs.paste import PasteDialog, preview_table
from cpm_desktop.ui.project_records.chips import rag_chip_delegate
from cpm_desktop.ui.service_levels.paste_model import (
    PERIOD,
    RESULT,
    PastePreviewModel,
    preview_lines,
)
from cpm_desktop.ui.theme import colors

HINT = (
    "One period and its value a line, a note after it if you like: 2026-11-02 99.2, "
    "2026-W45 3.5 h, Oct 2026 99,2 %, Q4 2026 97, or two or three columns copied from a "
    "spreadsheet. A day counts for the period it falls in; a value replaces the one recorded."
)
SHOWN_ERRORS = 12  # the first lines that cannot be read; the count says the rest

PasteSubmit = Callable[[str], str | None]
"""Records the pasted text; the refusal as a sentence, or None when done."""


class PasteValuesDialog(PasteDialog):
    """The pasted text beside its preview, read a moment after each change; OK (enabled when
    every line reads) records the values."""

    def __init__(
        self, sla: ServiceLevelRow, submit: PasteSubmit, parent: QWidget | None = None
    ) -> None:
        super().__init__(f"Paste values of {sla.reference}", parent)
        self._sla = sla
        self._submit = submit
        hint = QLabel(f"{sla.reference} {sla.name}: {sla.target_text}, measured "
                      f"{sla.period.label.lower()}.\n{HINT}")  # fmt: skip
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setObjectName("pastedValues")
        self.text.setPlaceholderText("2026-11-02\t99.8\n2026-11-09\t99.3\tpatch overran")
        self.model = PastePreviewModel()
        self.table = preview_table(self.model, "pastePreview", stretch=PERIOD, rows=6)
        self.table.setItemDelegateForColumn(RESULT, rag_chip_delegate(self.table))
        self.summary = QLabel()
        self.summary.setObjectName("pasteSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # pasted text is never markup
        self.errors = QLabel()
        self.errors.setObjectName("pasteErrors")
        self.errors.setWordWrap(True)
        self.errors.setTextFormat(Qt.TextFormat.PlainText)
        self.errors.setStyleSheet(f"color: {colors().rag_red};")
        preview = QWidget()
        column = QVBoxLayout(preview)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.summary)
        column.addWidget(self.errors)
        self.lay_out(
            hint, preview, ok_text="Record", on_ok=self.record, sizes=(300, 520), size=(860, 480)
        )

    def read(self) -> None:
        """Read the box now: the preview of the values, the lines that cannot be read."""
        super().read()
        text = self.text.toPlainText()
        if not text.strip():
            self._show([], "", [])
            return
        try:
            pasted = read_sla_values(text, self._sla.period, self._sla.unit)
        except InterchangeError as exc:
            self._show([], "", [str(exc)])
            return
        lines = preview_lines(self._sla, pasted.values)
        missed = sum(not line.met for line in lines)
        replaced = sum(bool(line.replaces) for line in lines)
        words = [f"{_count(len(lines), 'value')} to record"]
        if replaced:
            words.append(f"{replaced} replacing a value recorded")
        if lines:
            words.append(f"{missed} missing the target")
        errors = list(pasted.errors[:SHOWN_ERRORS])
        more = len(pasted.errors) + pasted.more_errors - len(errors)
        if more:
            errors.append(f"… and {_count(more, 'more line')} that cannot be read.")
        if errors and lines:
            errors.append("Correct or delete these lines to record the values.")
        self._show(lines, ", ".join(words) + "." if lines else "", errors)

    def _show(self, lines: list, summary: str, errors: list[str]) -> None:
        self.model.set_rows(lines)
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.errors.setText("\n".join(errors))
        self.errors.setVisible(bool(errors))
        self.ok.setEnabled(bool(lines) and not errors)

    def record(self) -> None:
        """Record the values as one edit; close when done, else say why and stay open."""
        self.read()
        if not self.ok.isEnabled():
            return
        problem = self._submit(self.text.toPlainText())
        if problem:
            self.errors.setText(problem)
            self.errors.setVisible(True)
            return
        self.accept()


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" if number == 1 else f"{number} {thing}s"
