"""CharterHeader: the charter's first lines — the project's objective and description, and the
statement of work in force (version, who signed it and when, the signed form back)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.services.charter.views import Charter
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.theme import colors

NO_OBJECTIVE = QT_TRANSLATE_NOOP(
    "CharterHeader",
    "No objective recorded yet: say what the client buys the project for (Edit…).",
)


class CharterHeader(QFrame):
    """The project's objective in large type, its description, and the SOW's signature."""

    sig_edit_requested = Signal()
    """Emitted when Edit… is pressed (no arguments: the objective and description are meant)."""

    sig_form_received = Signal(int, bool)
    """Emitted with the id of the SOW version in force and whether its signed form is back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("charterHeader")
        c = colors()
        self.setStyleSheet(
            f"QFrame#charterHeader {{ background: {c.alternate_base};"
            f" border: 1px solid {c.border}; border-radius: 6px; }}"
        )
        caption = QLabel(QCoreApplication.translate("CharterHeader", "PROJECT OBJECTIVE"))
        caption.setObjectName("charterObjectiveCaption")
        caption.setStyleSheet(f"color: {c.muted_text}; letter-spacing: 1px;")
        self.objective = _wrapped("charterObjective")
        font = self.objective.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.objective.setFont(font)
        self.description = _wrapped("charterDescription")
        self.sow = _wrapped("charterSow")
        self.received = QCheckBox(
            QCoreApplication.translate("CharterHeader", "Signed form received")
        )
        self.received.setObjectName("charterFormReceived")
        self.received.setToolTip(
            QCoreApplication.translate(
                "CharterHeader", "The client's signed copy of this SOW version is back and filed"
            )
        )
        self.received.clicked.connect(self._on_received)
        self.edit_button = QPushButton(
            icon("details"), QCoreApplication.translate("CharterHeader", "Edit…")
        )
        self.edit_button.setObjectName("charterEditObjective")
        self.edit_button.setToolTip(
            QCoreApplication.translate(
                "CharterHeader", "Edit the project's objective and description"
            )
        )
        self.edit_button.clicked.connect(self.sig_edit_requested)
        self._version_id: int | None = None

        top = QHBoxLayout()
        top.addWidget(caption, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        sow = QHBoxLayout()
        sow.setSpacing(16)
        sow.addWidget(self.sow, 1)
        sow.addWidget(self.received, 0, Qt.AlignmentFlag.AlignVCenter)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet(f"color: {c.border};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.objective)
        layout.addWidget(self.description)
        layout.addWidget(rule)
        layout.addLayout(sow)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_charter(self, charter: Charter | None) -> None:
        """Show a charter's first lines (None: nothing)."""
        c = colors()
        objective = charter.objective.strip() if charter else ""
        self.objective.setText(
            objective or QCoreApplication.translate("CharterHeader", NO_OBJECTIVE)
        )
        self.objective.setStyleSheet("" if objective else f"color: {c.muted_text};")
        description = charter.description.strip() if charter else ""
        self.description.setText(description)
        self.description.setVisible(bool(description))
        signed = charter.latest_signed if charter else None
        self._version_id = signed.id if signed else None
        if signed is None:
            self.sow.setText(
                QCoreApplication.translate(
                    "CharterHeader",
                    "Statement of work: no signed version yet — add the one the client signed "
                    "under Statement of work below.",
                )
            )
            self.received.hide()
        else:
            when = short_date_text(signed.signed_on)
            text = (
                QCoreApplication.translate(
                    "CharterHeader", "Statement of work {version}, signed {when} by {who}"
                )
                if signed.signed_by
                else QCoreApplication.translate(
                    "CharterHeader", "Statement of work {version}, signed {when}"
                )
            )
            self.sow.setText(text.format(version=signed.version, when=when, who=signed.signed_by))
            self.received.setChecked(signed.form_received)
            self.received.show()
        self.edit_button.setEnabled(charter is not None)

    def _on_received(self, checked: bool) -> None:
        if self._version_id is not None:
            self.sig_form_received.emit(self._version_id, checked)


def _wrapped(name: str) -> QLabel:
    """A label for text users typed: word-wrapped, selectable, never read as HTML."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
