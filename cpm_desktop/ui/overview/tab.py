"""OverviewTab: the facts of the selected project at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from cpm_desktop.services.views import ProjectSummary
from cpm_desktop.ui.formatting import date_text, money_text

_FIELDS = (
    ("Client", lambda s: s.client),
    ("Project manager", lambda s: s.manager or "—"),
    ("Sponsor", lambda s: s.sponsor or "—"),
    ("Status", lambda s: s.status.replace("_", " ").capitalize()),
    ("Start", lambda s: date_text(s.start_date)),
    ("Status date", lambda s: date_text(s.status_date) or "not set"),
    ("Scheduled finish", lambda s: date_text(s.finish_date) or "—"),
    ("Budget", lambda s: money_text(s.budget, s.currency)),
    ("Contract value", lambda s: money_text(s.contract_value, s.currency)),
    ("Tasks", lambda s: f"{s.task_count} tasks, {s.link_count} links"),
)


class OverviewTab(QWidget):
    """A read-only form of the project's frame: people, dates, money, size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(card)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(10)
        form.setContentsMargins(24, 20, 24, 20)
        self._values: list[QLabel] = []
        for label, _ in _FIELDS:
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{label}:", value)
            self._values.append(value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)

    def show_project(self, summary: ProjectSummary | None) -> None:
        """Show the facts of `summary`, or clear them."""
        for value, (_, render) in zip(self._values, _FIELDS, strict=True):
            value.setText(render(summary) if summary is not None else "")
