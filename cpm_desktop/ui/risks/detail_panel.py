"""RiskDetailPanel: everything about the selected register entry, read-only, with its actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cpm_desktop.domain import ResponseStrategy, RiskKind, RiskStatus, Trend
from cpm_desktop.services.risks.views import RiskRow
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records import internal
from cpm_desktop.ui.records.widgets import read_only_form, style_heading
from cpm_desktop.ui.risks.risk_model import level_text, rag_word, trend_text
from cpm_desktop.ui.theme import colors

# (key, English title); the titles shown through QCoreApplication.translate("RiskDetailPanel", …).
LEFT_FIELDS = (
    ("description", QT_TRANSLATE_NOOP("RiskDetailPanel", "Description")),
    ("cause", QT_TRANSLATE_NOOP("RiskDetailPanel", "Cause")),
    ("effect", QT_TRANSLATE_NOOP("RiskDetailPanel", "Effect")),
    ("trigger", QT_TRANSLATE_NOOP("RiskDetailPanel", "Trigger")),
    ("tasks", QT_TRANSLATE_NOOP("RiskDetailPanel", "Linked tasks")),
    ("history", QT_TRANSLATE_NOOP("RiskDetailPanel", "History")),
)
RIGHT_FIELDS = (
    ("strategy", QT_TRANSLATE_NOOP("RiskDetailPanel", "Response")),
    ("mitigation", QT_TRANSLATE_NOOP("RiskDetailPanel", "Mitigation")),
    ("contingency", QT_TRANSLATE_NOOP("RiskDetailPanel", "Contingency")),
    ("cost", QT_TRANSLATE_NOOP("RiskDetailPanel", "Cost impact")),
    ("schedule", QT_TRANSLATE_NOOP("RiskDetailPanel", "Schedule impact")),
    ("emv", QT_TRANSLATE_NOOP("RiskDetailPanel", "EMV")),
    ("residual", QT_TRANSLATE_NOOP("RiskDetailPanel", "Residual P × I")),
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
                name = QLabel(QCoreApplication.translate("RiskDetailPanel", title))
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
            self._heading.setText(
                QCoreApplication.translate("RiskDetailPanel", "No entry selected")
            )
            self._summary.setText(
                QCoreApplication.translate(
                    "RiskDetailPanel", "Select a risk in the table to see its details."
                )
            )
            for value in self._values.values():
                value.clear()
            return
        self._heading.setText(f"{row.reference}  {row.title}")
        self._summary.setText(_summary(row))
        texts = {
            "description": row.description,
            "cause": row.cause,
            "effect": row.effect,
            "strategy": _(ResponseStrategy(row.strategy).label) if row.strategy else "",
            "mitigation": row.mitigation,
            "contingency": row.contingency,
            "trigger": row.trigger,
            "cost": money_text(row.cost_impact, currency) if row.cost_impact else "",
            "schedule": _working_days(row.schedule_impact) if row.schedule_impact else "",
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
    parts = [_(RiskKind(row.kind).label), _(RiskStatus(row.status).label)]
    if row.internal:  # first: the PM reads it before presenting the entry to the client
        parts.insert(0, internal.internal_tip())
    if row.category:
        parts.append(row.category)
    if row.owner:
        parts.append(
            QCoreApplication.translate("RiskDetailPanel", "owner {owner}").format(owner=row.owner)
        )
    parts.append(
        QCoreApplication.translate("RiskDetailPanel", "raised {date}").format(
            date=short_date_text(row.raised_on)
        )
    )
    if row.closed_on is not None:
        parts.append(
            QCoreApplication.translate("RiskDetailPanel", "closed {date}").format(
                date=short_date_text(row.closed_on)
            )
        )
    if row.review_on is not None:
        review = (
            QCoreApplication.translate("RiskDetailPanel", "review {date} (overdue)")
            if row.review_overdue
            else QCoreApplication.translate("RiskDetailPanel", "review {date}")
        )
        parts.append(review.format(date=short_date_text(row.review_on)))
    return " · ".join(parts)


def _working_days(days: int) -> str:
    """'1 working day', '5 working days'."""
    if days == 1:
        return QCoreApplication.translate("RiskDetailPanel", "{count} working day").format(
            count=days
        )
    return QCoreApplication.translate("RiskDetailPanel", "{count} working days").format(count=days)


def _residual(row: RiskRow) -> str:
    if row.residual_score is None or row.residual_probability is None:
        return ""
    p = level_text(row.residual_probability, "")
    i = level_text(row.residual_impact, "")
    rag = rag_word(row.residual_rag)
    return f"{p.strip()} × {i.strip()} = {row.residual_score} ({rag})"


def _history(row: RiskRow, since: dt.date | None) -> str:
    lines = []
    trend = trend_text(row.trend)
    if since is None:
        lines.append(trend)
    elif row.trend == Trend.NEW:
        lines.append(
            QCoreApplication.translate("RiskDetailPanel", "{trend}: raised since {date}").format(
                trend=trend, date=short_date_text(since)
            )
        )
    else:
        lines.append(
            QCoreApplication.translate("RiskDetailPanel", "{trend} since {date}").format(
                trend=trend, date=short_date_text(since)
            )
        )
    if row.source_reference:
        lines.append(
            QCoreApplication.translate("RiskDetailPanel", "Occurred as risk {reference}.").format(
                reference=row.source_reference
            )
        )
    if row.issue_reference:
        lines.append(
            QCoreApplication.translate(
                "RiskDetailPanel", "Occurred: became issue {reference}."
            ).format(reference=row.issue_reference)
        )
    if row.closure_note and not row.issue_reference:
        lines.append(
            QCoreApplication.translate("RiskDetailPanel", "Closed: {note}").format(
                note=row.closure_note
            )
        )
    return "\n".join(lines)
