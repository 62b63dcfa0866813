"""RatesTableModel: the workspace's dated exchange rates, one row per rate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from cpm_desktop.services.portfolio.exchange_rates import ExchangeRateRow
from cpm_desktop.ui.formatting import date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.cells import ALIGN_RIGHT
from cpm_desktop.ui.records.table_model import AnyIndex, RecordTableModel
from cpm_desktop.ui.theme import colors

COLUMNS = (
    QT_TRANSLATE_NOOP("RatesTableModel", "Currency"),
    QT_TRANSLATE_NOOP("RatesTableModel", "Valid from"),
    QT_TRANSLATE_NOOP("RatesTableModel", "Rate"),
    QT_TRANSLATE_NOOP("RatesTableModel", "Worth in"),
)
RATE = COLUMNS.index("Rate")  # the one right-aligned column


def rate_text(rate: ExchangeRateRow) -> str:
    """The rate as typed: no trailing zeros, at least two decimals ("1.065", "0.95")."""
    text = f"{rate.rate.normalize():f}"
    whole, _, places = text.partition(".")
    return f"{whole}.{places.ljust(2, '0')}"


class RatesTableModel(RecordTableModel[ExchangeRateRow]):
    """Adapts ExchangeRateRow objects; a rate quoted in another currency than the reporting one
    is greyed out and says why in its tooltip (it is kept, not used)."""

    def __init__(self) -> None:
        super().__init__(COLUMNS)
        self._reporting: str | None = None

    def set_reporting_currency(self, code: str | None) -> None:
        """Grey the rates quoted in another currency than `code`."""
        if code != self._reporting:
            self._reporting = code
            self.context_changed()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        title = super().headerData(section, orientation, role)
        if isinstance(title, str):
            return QCoreApplication.translate("RatesTableModel", title)
        return title

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.currency, date_text(row.valid_from), rate_text(row), row.quote_currency)[
                column
            ]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RATE:
            return ALIGN_RIGHT
        used = row.quote_currency == self._reporting
        if role == Qt.ItemDataRole.ForegroundRole and not used:
            return QBrush(colors().muted_text)
        if role == Qt.ItemDataRole.ToolTipRole:
            sentence = QCoreApplication.translate(
                "RatesTableModel",
                "1 {currency} = {rate} {quote} from {day} until the next {currency} rate",
            ).format(
                currency=row.currency,
                rate=rate_text(row),
                quote=row.quote_currency,
                day=date_text(row.valid_from),
            )
            if used:
                return sentence
            reporting = self._reporting or QCoreApplication.translate("RatesTableModel", "not set")
            return QCoreApplication.translate(
                "RatesTableModel", "{sentence}. Not used: the reporting currency is {reporting}."
            ).format(sentence=sentence, reporting=reporting)
        return None
