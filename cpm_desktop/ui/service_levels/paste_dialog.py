"""PasteValuesDialog: a box to paste an SLA's values into, the preview of what will be recorded
and every line that cannot be read; OK records them all as one undoable edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.sla_values import read_sla_values
from cpm_desktop.services.service_levels.views import ServiceLevelRow
from cpm_desktop.ui.dialogs.paste import PasteDialog, preview_table
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.chips import rag_chip_delegate
from cpm_desktop.ui.service_levels.columns import period_text
from cpm_desktop.ui.service_levels.paste_model import (
    PERIOD,
    RESULT,
    PastePreviewModel,
    preview_lines,
)
from cpm_desktop.ui.theme import colors

HINT = QT_TRANSLATE_NOOP(
    "PasteValuesDialog",
    "One period and its value a line, a note after it if you like: 2026-11-02 99.2, "
    "2026-W45 3.5 h, Oct 2026 99,2 %, Q4 2026 97, or two or three columns copied from a "
    "spreadsheet. A day counts for the period it falls in; a value replaces the one recorded.",
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
        super().__init__(
            QCoreApplication.translate("PasteValuesDialog", "Paste values of {reference}").format(
                reference=sla.reference
            ),
            parent,
        )
        self._sla = sla
        self._submit = submit
        about = QCoreApplication.translate(
            "PasteValuesDialog", "{reference} {name}: {target}, measured {period}."
        ).format(
            reference=sla.reference,
            name=sla.name,
            target=sla.target_text,
            period=period_text(sla.period).lower(),
        )
        how = QCoreApplication.translate("PasteValuesDialog", HINT)
        hint = QLabel(f"{about}\n{how}")
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setObjectName("pastedValues")
        self.text.setPlaceholderText(
            QCoreApplication.translate(
                "PasteValuesDialog", "2026-11-02\t99.8\n2026-11-09\t99.3\tpatch overran"
            )
        )
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
            hint,
            preview,
            ok_text=QCoreApplication.translate("PasteValuesDialog", "Record"),
            on_ok=self.record,
            sizes=(300, 520),
            size=(860, 480),
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
        words = [
            QCoreApplication.translate("PasteValuesDialog", "1 value to record")
            if len(lines) == 1
            else QCoreApplication.translate("PasteValuesDialog", "{count} values to record").format(
                count=len(lines)
            )
        ]
        if replaced:
            words.append(
                QCoreApplication.translate(
                    "PasteValuesDialog", "{count} replacing a value recorded"
                ).format(count=replaced)
            )
        if lines:
            words.append(
                QCoreApplication.translate(
                    "PasteValuesDialog", "{count} missing the target"
                ).format(count=missed)
            )
        errors = list(pasted.errors[:SHOWN_ERRORS])
        more = len(pasted.errors) + pasted.more_errors - len(errors)
        if more:
            errors.append(
                QCoreApplication.translate(
                    "PasteValuesDialog", "… and 1 more line that cannot be read."
                )
                if more == 1
                else QCoreApplication.translate(
                    "PasteValuesDialog", "… and {count} more lines that cannot be read."
                ).format(count=more)
            )
        if errors and lines:
            errors.append(
                QCoreApplication.translate(
                    "PasteValuesDialog", "Correct or delete these lines to record the values."
                )
            )
        summary = QCoreApplication.translate("PasteValuesDialog", "{words}.").format(
            words=", ".join(words)
        )
        self._show(lines, summary if lines else "", errors)

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
