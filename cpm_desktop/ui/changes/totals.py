"""ChangeTotals: the footer under the log that answers "how much has scope grown?"."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from cpm_desktop.services.changes.views import ChangeSummary
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.theme import colors

CARDS = ("budget", "contract", "finish", "pending")
# English here; shown through QCoreApplication.translate("ChangeTotals", …).
TITLES = {
    "budget": QT_TRANSLATE_NOOP("ChangeTotals", "Budget"),
    "contract": QT_TRANSLATE_NOOP("ChangeTotals", "Contract value"),
    "finish": QT_TRANSLATE_NOOP("ChangeTotals", "Forecast finish"),
    "pending": QT_TRANSLATE_NOOP("ChangeTotals", "Awaiting decision"),
}
TIPS = {
    "budget": QT_TRANSLATE_NOOP(
        "ChangeTotals", "The original budget plus the cost of every approved change"
    ),
    "contract": QT_TRANSLATE_NOOP(
        "ChangeTotals", "The original contract value plus every approved billable change order"
    ),
    "finish": QT_TRANSLATE_NOOP(
        "ChangeTotals",
        "The plan's scheduled finish, as the header and the pack show it; below it the finish "
        "agreed with the client: baseline finish (else the plan's) plus approved change days",
    ),
    "pending": QT_TRANSLATE_NOOP(
        "ChangeTotals",
        "Submitted and under-assessment requests: cost and days if the client approves",
    ),
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
        self.caption = QLabel(
            QCoreApplication.translate(
                "ChangeTotals",
                "<b>Scope growth</b><br>all change requests,<br>whatever the filters",
            )
        )
        self.caption.setObjectName("changeTotalsCaption")
        self.caption.setStyleSheet(f"color: {c.muted_text};")
        self._values: dict[str, QLabel] = {}
        self._details: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(0)
        for column, key in enumerate(CARDS):
            title = QLabel(QCoreApplication.translate("ChangeTotals", TITLES[key]).upper())
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
                label.setToolTip(QCoreApplication.translate("ChangeTotals", TIPS[key]))
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
            QCoreApplication.translate(
                "ChangeTotals", "{original} original + {approved} approved"
            ).format(original=_amount(s.original_budget), approved=_amount(s.approved_cost))
        )
        self._values["contract"].setText(money_text(s.current_contract_value, cur))
        self._details["contract"].setText(
            QCoreApplication.translate(
                "ChangeTotals", "{original} original + {orders} change orders"
            ).format(
                original=_amount(s.original_contract_value),
                orders=_amount(s.approved_change_orders),
            )
        )
        self._values["finish"].setText(_date(s.forecast_finish))
        self._details["finish"].setText(
            QCoreApplication.translate(
                "ChangeTotals", "agreed {agreed}: {original} + {days} approved"
            ).format(
                agreed=_date(s.agreed_finish),
                original=_date(s.original_finish),
                days=_days(s.approved_days),
            )
        )
        count = s.pending_count
        self._values["pending"].setText(
            QCoreApplication.translate("ChangeTotals", "{count} request").format(count=count)
            if count == 1
            else QCoreApplication.translate("ChangeTotals", "{count} requests").format(count=count)
        )
        self._details["pending"].setText(
            f"{money_text(s.pending_cost, cur)} · {_days(s.pending_days)}"
            if count
            else QCoreApplication.translate("ChangeTotals", "Nothing waits for the client")
        )

    def text_of(self, key: str) -> str:
        """The figure and its breakdown of a card (see CARDS), for tests and accessibility."""
        return f"{self._values[key].text()} | {self._details[key].text()}"


def _amount(amount: Decimal) -> str:
    return money_text(amount, "").strip()


def _date(day: dt.date | None) -> str:
    return short_date_text(day) or "—"


def _days(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("ChangeTotals", "{count} working day").format(count=days)
    return QCoreApplication.translate("ChangeTotals", "{count} working days").format(count=days)
