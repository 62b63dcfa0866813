"""ChangeTotals: the footer under the log that answers "how much has scope grown?"."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from cpm_desktop.services.changes.views import ChangeSummary
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.theme import colors

CARDS = ("budget", "contract", "finish", "pending")
TITLES = {
    "budget": "Budget",
    "contract": "Contract value",
    "finish": "Forecast finish",
    "pending": "Awaiting decision",
}
TIPS = {
    "budget": "The original budget plus the cost of every approved change",
    "contract": "The original contract value plus every approved billable change order",
    "finish": (
        "The plan's scheduled finish, as the header and the pack show it; below it the finish "
        "agreed with the client: baseline finish (else the plan's) plus approved change days"
    ),
    "pending": "Submitted and under-assessment requests: cost and days if the client approves",
}


class OneLineLabel(QLabel):
    """A label that asks for one line but wraps when the window is too narrow for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        """The whole text on one line (a wrapping label would ask for a narrow block)."""
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right()
        return QSize(width + 2, hint.height())


class ChangeTotals(QFrame):
    """Four figures for the whole log, whatever the filters: budget, contract, finish, pending."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeTotals")
        c = colors()
        self.setStyleSheet(
            f"#changeTotals {{ background: {c.base}; border-top: 1px solid {c.border}; }}"
        )
        self.caption = QLabel("<b>Scope growth</b><br>all change requests,<br>whatever the filters")
        self.caption.setObjectName("changeTotalsCaption")
        self.caption.setStyleSheet(f"color: {c.muted_text};")
        self._values: dict[str, QLabel] = {}
        self._details: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(0)
        for column, key in enumerate(CARDS):
            title = QLabel(TITLES[key].upper())
            small = title.font()
            small.setPointSizeF(small.pointSizeF() * 0.85)
            small.setBold(True)
            title.setFont(small)
            title.setStyleSheet(f"color: {c.muted_text};")
            value = QLabel()
            value.setObjectName(f"changeTotal_{key}")
            big = value.font()
            big.setPointSizeF(big.pointSizeF() * 1.25)
            big.setBold(True)
            value.setFont(big)
            detail = OneLineLabel()
            detail.setObjectName(f"changeTotalDetail_{key}")
            detail.setStyleSheet(f"color: {c.muted_text};")
            for label in (title, value, detail):
                label.setToolTip(TIPS[key])
            grid.addWidget(title, 0, column)
            grid.addWidget(value, 1, column)
            grid.addWidget(detail, 2, column)
            self._values[key] = value
            self._details[key] = detail
        grid.setColumnStretch(len(CARDS), 1)  # spare room goes to the right, not into the cards
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(28)
        layout.addWidget(self.caption)
        layout.addLayout(grid, 1)
        self.show_summary(None)

    def show_summary(self, s: ChangeSummary | None) -> None:
        """Show the roll-up of `s` (None: empty)."""
        if s is None:
            for label in (*self._values.values(), *self._details.values()):
                label.clear()
            return
        cur = s.currency
        self._values["budget"].setText(money_text(s.current_budget, cur))
        self._details["budget"].setText(
            f"{_amount(s.original_budget)} original + {_amount(s.approved_cost)} approved"
        )
        self._values["contract"].setText(money_text(s.current_contract_value, cur))
        self._details["contract"].setText(
            f"{_amount(s.original_contract_value)} original + "
            f"{_amount(s.approved_change_orders)} change orders"
        )
        self._values["finish"].setText(_date(s.forecast_finish))
        self._details["finish"].setText(
            f"agreed {_date(s.agreed_finish)}: {_date(s.original_finish)} + "
            f"{_days(s.approved_days)} approved"
        )
        count = s.pending_count
        self._values["pending"].setText(f"{count} request{'s' if count != 1 else ''}")
        self._details["pending"].setText(
            f"{money_text(s.pending_cost, cur)} · {_days(s.pending_days)}"
            if count
            else "Nothing waits for the client"
        )

    def text_of(self, key: str) -> str:
        """The figure and its breakdown of a card (see CARDS), for tests and accessibility."""
        return f"{self._values[key].text()} | {self._details[key].text()}"


def _amount(amount: Decimal) -> str:
    return money_text(amount, "").strip()


def _date(day: dt.date | None) -> str:
    return short_date_text(day) or "—"


def _days(days: int) -> str:
    return f"{days} working day{'s' if days != 1 else ''}"
