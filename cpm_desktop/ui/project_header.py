"""ProjectHeader: the strip above the tabs naming the project and its key dates."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cpm_desktop.domain import Rag
from cpm_desktop.domain.overall_status import OverallStatus, badge_text, explanation
from cpm_desktop.services.portfolio.views import ProjectSummary
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.theme import colors


class ProjectHeader(QFrame):
    """Code, name, client and people on the left; status date, finish and RAG on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectHeader")
        self._title = QLabel()
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self._title.setFont(font)
        self._subtitle = QLabel()
        self._facts = QLabel()
        self._rag = QLabel()
        self._rag.setMinimumWidth(72)
        self._code = ""
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self._title)
        left.addWidget(self._subtitle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(left, 1)
        layout.addWidget(self._facts)
        layout.addSpacing(12)
        layout.addWidget(self._rag)

    def project_code(self) -> str:
        """The code of the project shown ('' when none)."""
        return self._code

    def show_project(
        self, summary: ProjectSummary | None, overall: OverallStatus | None = None
    ) -> None:
        """Show `summary` and the project's overall status, or nothing."""
        self._code = summary.code if summary is not None else ""
        if summary is None:
            for label in (self._title, self._subtitle, self._facts, self._rag):
                label.clear()
            self._rag.setStyleSheet("")
            return
        palette = colors()
        self._title.setText(f"{summary.code}  ·  {summary.name}")
        people = [summary.client]
        if summary.manager:
            people.append(f"PM {summary.manager}")
        if summary.sponsor:
            people.append(f"Sponsor {summary.sponsor}")
        self._subtitle.setText("   ·   ".join(people))
        self._subtitle.setStyleSheet(f"color: {palette.muted_text};")
        self._facts.setText(
            f"<table cellspacing='0' cellpadding='1'>"
            f"<tr><td style='color:{palette.muted_text}'>Status date&nbsp;&nbsp;</td>"
            f"<td><b>{short_date_text(summary.status_date) or '—'}</b></td></tr>"
            f"<tr><td style='color:{palette.muted_text}'>Finish&nbsp;&nbsp;</td>"
            f"<td><b>{short_date_text(summary.finish_date) or '—'}</b></td></tr>"
            f"<tr><td style='color:{palette.muted_text}'>Stage&nbsp;&nbsp;</td>"
            f"<td><b>{_stage_text(summary)}</b></td></tr></table>"
        )
        self._show_overall(overall)

    def _show_overall(self, overall: OverallStatus | None) -> None:
        """The overall status badge: who set it, and the computed one when the PM's differs."""
        palette = colors()
        if overall is None or overall.rag is None:
            self._rag.setText("NOT RATED")
            self._rag.setToolTip(
                "Overall status: not rated by the PM, and nothing measured yet to compute it from"
            )
            self._rag.setStyleSheet(
                f"border: 1px solid {palette.muted_text}; color: {palette.muted_text}; "
                "font-weight: bold; border-radius: 10px; padding: 4px 12px;"
            )
            return
        rag_color = {Rag.RED: palette.rag_red, Rag.AMBER: palette.rag_amber}.get(
            overall.rag, palette.rag_green
        )
        self._rag.setText(badge_text(overall))
        self._rag.setToolTip(f"Overall status. {explanation(overall)}")
        self._rag.setStyleSheet(
            f"background: {rag_color}; color: white; font-weight: bold; "
            "border-radius: 10px; padding: 4px 12px;"
        )


def _stage_text(summary: ProjectSummary) -> str:
    """The lifecycle stage, or the day a closed project closed."""
    if summary.is_closed:
        return f"Closed {short_date_text(summary.closed_on)}"
    return summary.stage.label
