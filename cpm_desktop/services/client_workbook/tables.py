"""The client workbook's tables: the Milestones, Risks and Changes columns and their rows.

The Risks and Changes sheets come back edited (and the Deliverables and Actions sheets'
client columns: governance_tables.py). Each editable column's `field` is the name the
edit services take, and each choice shows a label; `choice_value` turns a label back.
Headers and choice labels are English here (the keys); the sheet shows them translated
(reports.excel.wording: `column_title`, `choice_text`, which is `_(label)`).

Risks (key "R<risk id>"; edit_risk, or close_risk / reopen_risk for a status to or from Closed):
    title, category, owner (text); description, mitigation, contingency (long text);
    probability, impact, severity: "1 - Very low", "2 - Low", "3 - Medium", "4 - High",
        "5 - Very high" (→ 1..5; blank → None);
    strategy: "Avoid", "Reduce", "Transfer", "Share", "Accept", "Exploit", "Enhance" (blank → None);
    cost_impact (money); due_date, review_on (dates);
    status: "Open", "Monitoring", "Closed".
Changes (key "C<change request id>"; edit_change_request, and transition for the last four):
    title (text); description, reason, scope_impact (long text); raised_on (date);
    category: "Scope", "Schedule", "Cost", "Quality", "Resource";
    priority: "Low", "Medium", "High", "Critical";
    schedule_days, effort_days (whole numbers); cost_impact, change_order_value (money);
    billable: "Yes" / "No";
    status: "Draft", "Submitted", "Under assessment", "Approved", "Rejected", "Deferred",
        "Implemented", "Closed";
    decided_by (text), decided_on (date), decision_notes (long text).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

from cpm_desktop.domain import (
    ChangeCategory,
    ChangePriority,
    ChangeStatus,
    ResponseStrategy,
    RiskStatus,
)
from cpm_desktop.domain.change_workflow import label as status_label
from cpm_desktop.reports.excel.content import CellValue, Column, Kind, TableSheet
from cpm_desktop.services.changes.views import ChangeLog
from cpm_desktop.services.client_workbook.governance_tables import (
    ACTION_COLUMNS,
    ACTION_STATUSES,
    ACTIONS,
    DELIVERABLE_COLUMNS,
    DELIVERABLES,
    VERDICTS,
)
from cpm_desktop.services.plan.timeline import TimelineTask
from cpm_desktop.services.portfolio.milestone_status import milestone_status
from cpm_desktop.services.risks.views import RiskRegister
from cpm_desktop.texts import N_, _

RISKS, CHANGES, MILESTONES = "Risks", "Changes", "Milestones"  # the sheet names

# Each level with its word (domain.risk_scoring.LEVEL_LABELS), one text to translate whole.
LEVELS: dict[int, str] = {
    1: N_("1 - Very low"),
    2: N_("2 - Low"),
    3: N_("3 - Medium"),
    4: N_("4 - High"),
    5: N_("5 - Very high"),
}
# A milestone's standing (domain.milestones.MilestoneStanding), translated where written.
STANDINGS = (N_("Achieved"), N_("Overdue"), N_("Late"), N_("At risk"), N_("On track"))


def _labels(members: type[enum.StrEnum]) -> dict[str, str]:
    """Value → label of an enum: 'under_assessment' → 'Under assessment'."""
    return {m.value: m.value.replace("_", " ").capitalize() for m in members}


RISK_STATUSES = _labels(RiskStatus)
STRATEGIES = _labels(ResponseStrategy)
CATEGORIES = _labels(ChangeCategory)
PRIORITIES = _labels(ChangePriority)
CHANGE_STATUSES = {s.value: status_label(s) for s in ChangeStatus}


def _choices(labels: Mapping[Any, str]) -> tuple[str, ...]:
    return tuple(labels.values())


T, L = Kind.TEXT, Kind.LONG_TEXT
RISK_COLUMNS = (
    Column(N_("Ref"), T, width=6.5),
    Column(N_("Type"), T, width=9.5),
    Column(N_("Title"), T, "title", width=22),
    Column(N_("Description"), L, "description", width=28),
    Column(N_("Category"), T, "category", width=10.5),
    Column(N_("Owner"), T, "owner", width=14),
    Column(N_("Probability"), Kind.CHOICE, "probability", _choices(LEVELS), width=11.5),
    Column(N_("Impact"), Kind.CHOICE, "impact", _choices(LEVELS), width=11.5),
    Column(N_("Severity (issues)"), Kind.CHOICE, "severity", _choices(LEVELS), width=11.5),
    Column(N_("Score"), Kind.INT, width=6),
    Column(N_("RAG"), T, width=7),
    Column(N_("Strategy"), Kind.CHOICE, "strategy", _choices(STRATEGIES), width=9),
    Column(N_("Mitigation"), L, "mitigation", width=28),
    Column(N_("Contingency"), L, "contingency", width=22),
    Column(N_("Cost impact"), Kind.MONEY, "cost_impact", width=12.5),
    Column(N_("EMV"), Kind.MONEY, width=12.5, total=True),
    Column(N_("Due date"), Kind.DATE, "due_date", width=11),
    Column(N_("Review on"), Kind.DATE, "review_on", width=11),
    Column(N_("Status"), Kind.CHOICE, "status", _choices(RISK_STATUSES), width=10.5),
    Column(N_("Trend"), T, width=7),
)
CHANGE_COLUMNS = (
    Column(N_("Ref"), T, width=7),
    Column(N_("Title"), T, "title", width=22),
    Column(N_("Description"), L, "description", width=28),
    Column(N_("Reason"), L, "reason", width=22),
    Column(N_("Requested by"), T, width=13),
    Column(N_("Raised on"), Kind.DATE, "raised_on", width=11),
    Column(N_("Category"), Kind.CHOICE, "category", _choices(CATEGORIES), width=9.5),
    Column(N_("Priority"), Kind.CHOICE, "priority", _choices(PRIORITIES), width=8.5),
    Column(N_("Status"), Kind.CHOICE, "status", _choices(CHANGE_STATUSES), width=12.5),
    Column(N_("Schedule (days)"), Kind.INT, "schedule_days", width=8.5, total=True),
    Column(N_("Cost impact"), Kind.MONEY, "cost_impact", width=12.5, total=True),
    Column(N_("Effort (days)"), Kind.INT, "effort_days", width=7.5, total=True),
    Column(N_("Billable"), Kind.YES_NO, "billable", width=7.5),
    Column(N_("Change order value"), Kind.MONEY, "change_order_value", width=12.5, total=True),
    Column(N_("Scope impact"), L, "scope_impact", width=22),
    Column(N_("Decided by"), T, "decided_by", width=13),
    Column(N_("Decided on"), Kind.DATE, "decided_on", width=11),
    Column(N_("Decision notes"), L, "decision_notes", width=24),
    Column(N_("Affected tasks"), T, width=9),
)
MILESTONE_COLUMNS = (
    Column(N_("WBS"), T, width=8),
    Column(N_("Milestone"), T, width=50),
    Column(N_("Forecast"), Kind.DATE, width=12),
    Column(N_("Baseline"), Kind.DATE, width=12),
    Column(N_("Variance (working days, + late)"), Kind.INT, width=12),
    Column(N_("Total slack (days)"), Kind.INT, width=9),
    Column(N_("Critical"), Kind.YES_NO, width=9),
    Column(N_("Status"), T, width=11),
)
READ_BACK_LAYOUTS = {
    RISKS: RISK_COLUMNS,
    CHANGES: CHANGE_COLUMNS,
    DELIVERABLES: DELIVERABLE_COLUMNS,
    ACTIONS: ACTION_COLUMNS,
}
# Sheets whose exported rows the client updates but adds none to; a workbook exported before
# they existed has none of them, and still imports.
UPDATE_ONLY = frozenset({DELIVERABLES, ACTIONS})
CHOICE_LABELS: dict[str, dict[str, Mapping[Any, str]]] = {
    RISKS: {
        "probability": LEVELS,
        "impact": LEVELS,
        "severity": LEVELS,
        "strategy": STRATEGIES,
        "status": RISK_STATUSES,
    },
    CHANGES: {"category": CATEGORIES, "priority": PRIORITIES, "status": CHANGE_STATUSES},
    DELIVERABLES: {"verdict": VERDICTS},
    ACTIONS: {"status": ACTION_STATUSES},
}


def choice_value(sheet: str, field: str, label: str) -> object:
    """The stored value of a choice label ("3 - Medium" → 3, "Under assessment" → value).

    Raises KeyError for a label the column does not offer.
    """
    for value, shown in CHOICE_LABELS[sheet][field].items():
        if shown.casefold() == label.strip().casefold():
            return value
    raise KeyError(f"{label!r} is not a choice of {sheet} {field}")


def risks_table(register: RiskRegister) -> TableSheet:
    """The risk register as the Risks sheet: every entry, closed ones too."""
    rows: list[tuple[CellValue, ...]] = []
    for r in register.rows:
        rows.append(
            (
                r.reference,
                _(r.kind.capitalize()),
                r.title,
                r.description,
                r.category,
                r.owner,
                _level(r.probability),
                _level(r.impact),
                _level(r.severity),
                r.score,
                _(r.rag.capitalize()),
                STRATEGIES[r.strategy] if r.strategy else None,
                r.mitigation,
                r.contingency,
                r.cost_impact,
                r.emv,
                r.due_date,
                r.review_on,
                RISK_STATUSES[r.status],
                _(r.trend.capitalize()),
            )
        )
    return TableSheet(
        name=RISKS,
        title=_("Risk register"),
        columns=RISK_COLUMNS,
        rows=tuple(rows),
        read_back=True,
        keys=tuple(f"R{r.id}" for r in register.rows),
        rag_column="RAG",
        score_column="Score",
        frozen_columns=3,
    )


def changes_table(log: ChangeLog) -> TableSheet:
    """The change log as the Changes sheet, with totals of the rows the filter shows."""
    rows: list[tuple[CellValue, ...]] = []
    for c in log.rows:
        rows.append(
            (
                c.reference,
                c.title,
                c.description,
                c.reason,
                c.requested_by,
                c.raised_on,
                CATEGORIES[c.category],
                PRIORITIES[c.priority],
                CHANGE_STATUSES[c.status],
                c.schedule_days,
                c.cost_impact,
                c.effort_days,
                c.billable,
                c.change_order_value,
                c.scope_impact,
                c.decided_by,
                c.decided_on,
                c.decision_notes,
                ", ".join(c.task_wbs),
            )
        )
    return TableSheet(
        name=CHANGES,
        title=_("Change requests"),
        columns=CHANGE_COLUMNS,
        rows=tuple(rows),
        read_back=True,
        keys=tuple(f"C{c.id}" for c in log.rows),
        frozen_columns=2,
    )


def without_columns(table: TableSheet, headers: frozenset[str]) -> TableSheet:
    """`table` less the columns headed `headers`, their cells dropped from every row."""
    kept = [i for i, column in enumerate(table.columns) if column.header not in headers]
    dropped = tuple(c.field for c in table.columns if c.header in headers and c.field)
    return dataclasses.replace(
        table,
        columns=tuple(table.columns[i] for i in kept),
        rows=tuple(tuple(row[i] for i in kept) for row in table.rows),
        left_out=table.left_out + dropped,
    )


def milestones_table(tasks: list[TimelineTask], status_date: dt.date | None) -> TableSheet:
    """Every milestone in outline order with its forecast, baseline and standing."""
    rows = tuple(
        (
            t.wbs,
            t.name,
            t.finish,
            t.baseline_finish,
            t.finish_variance,
            t.total_slack,
            t.is_critical,
            _(milestone_status(t, status_date).value),
        )
        for t in tasks
        if t.is_milestone
    )
    return TableSheet(
        name=MILESTONES,
        title=_("Milestones"),
        columns=MILESTONE_COLUMNS,
        rows=rows,
        frozen_columns=2,
    )


def _level(level: int | None) -> str | None:
    return LEVELS[level] if level is not None else None
