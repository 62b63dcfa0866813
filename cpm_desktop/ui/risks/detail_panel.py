"""RiskDetailPanel: everything about the selected register entry, read-only, with its actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cpm_desktop.domain import Trend
from cpm_desktop.services.risks.views import RiskRow
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.records import internal
from cpm_desktop.ui.records.widgets import read_only_form, style_heading
from cpm_desktop.ui.risks.risk_model import TREND_TEXT, level_text
from cpm_desktop.ui.theme import colors

LEFT_FIELDS = (
    ("description", "Description"),
    ("cause", "Cause"),
    ("effect", "Effect"),
    ("trigger", "Trigger"),
    ("tasks", "Linked tasks"),
    ("history", "History"),
)
RIGHT_FIELDS = (
    ("strategy", "Response"),
    ("mitigation", "Mitigation"),
    ("contingency", "Contingency"),
    ("cost", "Cost impact"),
    ("schedule", "Schedule impact"),
    ("emv", "EMV"),
    ("residual", "Residual P × I"),
)


class RiskDetailPanel(QWidget):
    """Shows one RiskRow as labelled, wrapped paragraphs (empty ones say so quietly)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = QLabel()
        self._heading.setObjectName("riskDetailHeading")
        style_heading(self._heading)
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._summary.setStyleSheet(f"color: {colors().muted_text};")
        self._values: dict[str, QLabel] = {}
        forms = QHBoxLayout()
        forms.setSpacing(24)
        for fields in (LEFT_FIELDS, RIGHT_FIELDS):
            form = read_only_form(vertical_spacing=6)
            for key, title in fields:
                name = QLabel(title)
                name.setStyleSheet(f"color: {colors().muted_text};")
                value = QLabel()
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setObjectName(f"riskDetail_{key}")
                self._values[key] = value
                form.addRow(name, value)
            forms.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self._heading)
        layout.addWidget(self._summary)
        layout.addLayout(forms)
        layout.addStretch(1)
        self.show_entry(None, "", None)

    def show_entry(self, row: RiskRow | None, currency: str, since: dt.date | None) -> None:
        """Show `row` (None: a hint to select one); amounts in `currency`, trend since `since`."""
        if row is None:
            self._heading.setText("No entry selected")
            self._summary.setText("Select a risk in the table to see its details.")
            for value in self._values.values():
                value.clear()
            return
        self._heading.setText(f"{row.reference}  {row.title}")
        self._summary.setText(_summary(row))
        texts = {
            "description": row.description,
            "cause": row.cause,
            "effect": row.effect,
            "strategy": (row.strategy or "").capitalize(),
            "mitigation": row.mitigation,
            "contingency": row.contingency,
            "trigger": row.trigger,
            "cost": money_text(row.cost_impact, currency) if row.cost_impact else "",
            "schedule": f"{row.schedule_impact} working days" if row.schedule_impact else "",
            "emv": money_text(row.emv, currency) if row.emv else "",
            "residual": _residual(row),
            "tasks": ", ".join(row.task_wbs),
            "history": _history(row, since),
        }
        for key, value in self._values.items():
            text = texts[key]
            value.setText(text or "—")
            value.setEnabled(bool(text))  # a dash in the muted colour reads as "none"

    def text_of(self, key: str) -> str:
        """The text shown for a field (see FIELDS), for tests and accessibility."""
        return self._values[key].text()


def _summary(row: RiskRow) -> str:
    parts = [row.kind.capitalize(), row.status.capitalize()]
    if row.internal:  # first: the PM reads it before presenting the entry to the client
        parts.insert(0, internal.TIP)
    if row.category:
        parts.append(row.category)
    if row.owner:
        parts.append(f"owner {row.owner}")
    parts.append(f"raised {short_date_text(row.raised_on)}")
    if row.closed_on is not None:
        parts.append(f"closed {short_date_text(row.closed_on)}")
    if row.review_on is not None:
        overdue = " (overdue)" if row.review_overdue else ""
        parts.append(f"review {short_date_text(row.review_on)}{overdue}")
    return " · ".join(parts)


def _residual(row: RiskRow) -> str:
    if row.residual_score is None or row.residual_probability is None:
        return ""
    p = level_text(row.residual_probability, "")
    i = level_text(row.residual_impact, "")
    rag = (row.residual_rag or "").upper()
    return f"{p.strip()} × {i.strip()} = {row.residual_score} ({rag})"


def _history(row: RiskRow, since: dt.date | None) -> str:
    lines = []
    trend = TREND_TEXT.get(row.trend, row.trend)
    if row.trend == Trend.NEW:
        lines.append(f"{trend}: raised since {short_date_text(since)}" if since else trend)
    elif since is not None:
        lines.append(f"{trend} since {short_date_text(since)}")
    else:
        lines.append(trend)
    if row.source_reference:
        lines.append(f"Occurred as risk {row.source_reference}.")
    if row.issue_reference:
        lines.append(f"Occurred: became issue {row.issue_reference}.")
    if row.closure_note and not row.issue_reference:
        lines.append(f"Closed: {row.closure_note}")
    return "\n".join(lines)
