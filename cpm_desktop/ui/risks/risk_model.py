"""RiskTableModel: adapts the rows of a RiskRegister to an editable table model.

The model never changes its own data: an edit is handed on (`sig_edit_requested`) to be run
as an undoable service call, and the refreshed register then comes back through `set_register`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont

from cpm_desktop.domain import Rag, RiskKind, RiskStatus, Trend
from cpm_desktop.domain.risks import has_probability, worsening_trend
from cpm_desktop.services.risks.views import RiskRegister, RiskRow
from cpm_desktop.texts import _
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records import internal
from cpm_desktop.ui.records.cells import ALIGN_CENTER, ALIGN_RIGHT, EDITABLE, READ_ONLY
from cpm_desktop.ui.records.table_model import AnyIndex, RecordTableModel
from cpm_desktop.ui.theme import colors

RISK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RAG_ROLE = Qt.ItemDataRole.UserRole + 3

# Headers, tips and words in English; shown through QCoreApplication.translate("RiskTableModel", …).
COLUMNS = (
    QT_TRANSLATE_NOOP("RiskTableModel", "Ref"),
    QT_TRANSLATE_NOOP("RiskTableModel", "Kind"),
    QT_TRANSLATE_NOOP("RiskTableModel", "Title"),
    QT_TRANSLATE_NOOP("RiskTableModel", "Owner"),
    QT_TRANSLATE_NOOP("RiskTableModel", "P"),
    QT_TRANSLATE_NOOP("RiskTableModel", "I"),
    QT_TRANSLATE_NOOP("RiskTableModel", "Score"),
    QT_TRANSLATE_NOOP("RiskTableModel", "Trend"),
    QT_TRANSLATE_NOOP("RiskTableModel", "Status"),
    QT_TRANSLATE_NOOP("RiskTableModel", "Proximity"),
    QT_TRANSLATE_NOOP("RiskTableModel", "Review"),
    QT_TRANSLATE_NOOP("RiskTableModel", "EMV"),
)
REF, KIND, TITLE, OWNER, PROBABILITY, IMPACT, SCORE, TREND, STATUS, PROXIMITY, REVIEW, EMV = range(
    len(COLUMNS)
)
COLUMN_TIPS = {
    PROBABILITY: QT_TRANSLATE_NOOP(
        "RiskTableModel", "Probability: how likely it is, 1 (very low) to 5 (very high)"
    ),
    IMPACT: QT_TRANSLATE_NOOP(
        "RiskTableModel", "Impact: how much it would hurt (or help), 1 (very low) to 5 (very high)"
    ),
    SCORE: QT_TRANSLATE_NOOP(
        "RiskTableModel",
        "Probability × impact, coloured by the project's RAG thresholds; issues by severity",
    ),
    TREND: QT_TRANSLATE_NOOP("RiskTableModel", "How the score moved since the status date"),
    PROXIMITY: QT_TRANSLATE_NOOP("RiskTableModel", "When the risk could happen"),
    REVIEW: QT_TRANSLATE_NOOP("RiskTableModel", "Next review; past dates are overdue"),
    EMV: QT_TRANSLATE_NOOP(
        "RiskTableModel", "Expected monetary value: cost impact weighted by the probability"
    ),
}
TREND_TEXT: dict[str, str] = {
    Trend.UP: QT_TRANSLATE_NOOP("RiskTableModel", "↑ Up"),
    Trend.DOWN: QT_TRANSLATE_NOOP("RiskTableModel", "↓ Down"),
    Trend.STEADY: QT_TRANSLATE_NOOP("RiskTableModel", "→ Steady"),
    Trend.NEW: QT_TRANSLATE_NOOP("RiskTableModel", "• New"),
}
KIND_TEXT: dict[str, str] = {
    RiskKind.RISK: QT_TRANSLATE_NOOP("RiskTableModel", "Risk"),
    RiskKind.ISSUE: QT_TRANSLATE_NOOP("RiskTableModel", "Issue"),
    RiskKind.OPPORTUNITY: QT_TRANSLATE_NOOP("RiskTableModel", "Opport."),
}
TREND_ARROWS: dict[str, str] = {
    Trend.UP: "↑",
    Trend.DOWN: "↓",
    Trend.STEADY: "→",
    Trend.NEW: QT_TRANSLATE_NOOP("RiskTableModel", "New"),
}
_TREND_ORDER = (Trend.DOWN, Trend.STEADY, Trend.NEW, Trend.UP)  # better to worse, for sorting


class RiskTableModel(RecordTableModel[RiskRow]):
    """One row per register entry, in reference order."""

    sig_edit_requested = Signal(int, int, object)
    """Emitted with the entry id, the column and the value chosen (int level or text)."""

    def __init__(self) -> None:
        super().__init__([QCoreApplication.translate("RiskTableModel", title) for title in COLUMNS])
        self._currency = ""
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content -------------------------------------------------------------------------

    def set_register(self, register: RiskRegister | None) -> None:
        """Show `register` (None: nothing); same entries in the same order update in place."""
        currency = register.currency if register is not None else ""
        self.set_rows(register.rows if register is not None else [])
        if currency != self._currency:
            self._currency = currency
            self.context_changed()

    def owners(self) -> list[str]:
        """Every owner named in the register, sorted."""
        return sorted({r.owner for r in self._rows if r.owner}, key=str.casefold)

    def categories(self) -> list[str]:
        """Every category named in the register, sorted."""
        return sorted({r.category for r in self._rows if r.category}, key=str.casefold)

    # -- QAbstractTableModel -------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        column = index.column()
        role = int(role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return _entry(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == RISK_ID_ROLE:
            return row.id
        if role == RAG_ROLE:
            return row.rag
        if role == Qt.ItemDataRole.ForegroundRole:
            return _foreground(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return internal.internal_icon(row.internal) if column == REF else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if column == REVIEW and row.review_overdue else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == EMV:
                return ALIGN_RIGHT
            return ALIGN_CENTER if column in (SCORE, PROBABILITY, IMPACT, TREND) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tip(row, column)
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.entry(index)
        if row is None or role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, str):
            value = value.strip()
        if value != _entry(row, index.column()):
            self.sig_edit_requested.emit(row.id, index.column(), value)
        # The edit comes back through set_register once the workspace has taken it.
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == EMV and self._currency:
                return QCoreApplication.translate("RiskTableModel", "EMV ({currency})").format(
                    currency=self._currency
                )
            return QCoreApplication.translate("RiskTableModel", COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in COLUMN_TIPS:
            return QCoreApplication.translate("RiskTableModel", COLUMN_TIPS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == EMV:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (
            SCORE,
            PROBABILITY,
            IMPACT,
            TREND,
        ):
            return ALIGN_CENTER
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        row = self.entry(index)
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE if is_editable(row, index.column()) else READ_ONLY

    def _display(self, row: RiskRow, column: int) -> str:
        if column == EMV:  # the currency is in the header
            return money_text(row.emv, "").strip() if row.emv else "—"
        return _display(row, column)


def is_editable(row: RiskRow, column: int) -> bool:
    """Tell whether a cell takes an inline edit: issues have no probability or impact."""
    if column in (TITLE, OWNER, STATUS):
        return True
    return column in (PROBABILITY, IMPACT) and has_probability(row.kind)


def level_text(level: int | None, label: str) -> str:
    """A 1..5 level with its word, e.g. '4 High'."""
    return f"{level} {label}" if level is not None else ""


def score_text(row: RiskRow) -> str:
    """The score (an issue: its severity) as shown in the chip."""
    if row.score is not None:
        return str(row.score)
    return f"S{row.severity}" if row.severity is not None else ""


def _display(row: RiskRow, column: int) -> str:
    if column == REF:
        return row.reference
    if column == KIND:
        return _word(KIND_TEXT, row.kind)
    if column == TITLE:
        return row.title
    if column == OWNER:
        return row.owner
    if column == PROBABILITY:
        return str(row.probability) if row.probability is not None else "—"
    if column == IMPACT:
        return str(row.impact) if row.impact is not None else "—"
    if column == SCORE:
        return score_text(row)
    if column == TREND:
        return _word(TREND_ARROWS, row.trend)
    if column == STATUS:
        return _(RiskStatus(row.status).label)
    if column == PROXIMITY:
        return short_date_text(row.proximity if has_probability(row.kind) else row.due_date)
    if column == REVIEW:
        return short_date_text(row.review_on)
    return ""


def _entry(row: RiskRow, column: int) -> object:
    """The value an editor starts from: levels as ints, status as its value, text as is."""
    if column == PROBABILITY:
        return row.probability
    if column == IMPACT:
        return row.impact
    if column == STATUS:
        return row.status
    if column == TITLE:
        return row.title
    if column == OWNER:
        return row.owner
    return _display(row, column)


def _sort_key(row: RiskRow, column: int) -> object:
    if column == SCORE:
        # Issues have happened: rank them by severity on the score's scale, above equal risks.
        return row.score if row.score is not None else (row.severity or 0) * 5
    if column in (PROBABILITY, IMPACT):
        value = row.probability if column == PROBABILITY else row.impact
        return value or 0
    if column == EMV:
        return float(row.emv)
    if column in (PROXIMITY, REVIEW):
        day = row.review_on if column == REVIEW else row.proximity or row.due_date
        return day.isoformat() if day is not None else "9999"
    if column == TREND:
        return _TREND_ORDER.index(Trend(row.trend))
    return _display(row, column).casefold()


def _foreground(row: RiskRow, column: int) -> QColor | None:
    c = colors()
    if column == REVIEW and row.review_overdue:
        return QColor(c.rag_red)
    if row.status == RiskStatus.CLOSED:
        return QColor(c.muted_text)
    if column == TREND:
        if row.trend == worsening_trend(row.kind):
            return QColor(c.rag_red)
        if row.trend in (Trend.UP, Trend.DOWN):
            return QColor(c.rag_green)
        return QColor(c.muted_text)
    if column in (REF, KIND):
        return QColor(c.muted_text)
    return None


def trend_text(trend: str) -> str:
    """How the score moved, in words of the window's language: '↑ Up'."""
    return _word(TREND_TEXT, trend)


def _word(texts: dict[str, str], value: str) -> str:
    """The word of `texts` for `value` in the window's language (an unknown value as it is)."""
    text = texts.get(value)
    return QCoreApplication.translate("RiskTableModel", text) if text else value


def rag_word(rag: str | None) -> str:
    """'RED', 'AMBER', 'GREEN' in the window's language; '' for none."""
    return _(Rag(rag).label).upper() if rag else ""


def _tip(row: RiskRow, column: int) -> str | None:
    if column == REF and row.internal:
        return internal.internal_tip()
    if column == TITLE:
        return f"{row.reference} {row.title}" + (
            f"\n\n{row.description}" if row.description else ""
        )
    if column == PROBABILITY and row.probability is not None:
        return QCoreApplication.translate("RiskTableModel", "Probability {level}: {label}").format(
            level=row.probability, label=_(row.probability_label)
        )
    if column == IMPACT and row.impact is not None:
        return QCoreApplication.translate("RiskTableModel", "Impact {level}: {label}").format(
            level=row.impact, label=_(row.impact_label)
        )
    if column == OWNER and row.owner:
        return row.owner
    if column == SCORE:
        if row.score is None:
            return QCoreApplication.translate(
                "RiskTableModel", "Issue severity {level} ({label}): {rag}"
            ).format(level=row.severity, label=_(row.severity_label), rag=rag_word(row.rag))
        return f"{row.probability} × {row.impact} = {row.score}: {rag_word(row.rag)}"
    if column == TREND:
        return QCoreApplication.translate(
            "RiskTableModel", "{trend} (score since the status date)"
        ).format(trend=trend_text(row.trend))
    if column == REVIEW and row.review_overdue:
        return QCoreApplication.translate("RiskTableModel", "Review overdue")
    if column == EMV and row.emv:
        if row.score is not None:
            return QCoreApplication.translate("RiskTableModel", "Cost impact × probability")
        return QCoreApplication.translate("RiskTableModel", "Whole cost impact")
    return None
