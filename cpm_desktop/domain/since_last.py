"""What changed between two status reports: the facts each saw, and the rule comparing them.

A status report keeps the facts as of its date (`Facts`); "since the last report" is
`since_last(previous, current)`. Comparing kept facts, not today's records, means a report
says the same thing every time it is printed, however the plan moves on afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from cpm_desktop.domain.billing import InvoiceStatus
from cpm_desktop.domain.change_workflow import DECISIONS
from cpm_desktop.domain.changes import ChangeStatus
from cpm_desktop.domain.risks import RiskStatus


@dataclass(frozen=True, slots=True)
class TaskFact:
    """A task as a report saw it."""

    name: str
    finish: dt.date | None
    percent_complete: int
    is_milestone: bool


@dataclass(frozen=True, slots=True)
class RiskFact:
    """A register entry as a report saw it."""

    reference: str
    title: str
    status: RiskStatus
    score: int | None  # probability × impact (severity for an issue)
    internal: bool  # the supplier's own: never in a client export


@dataclass(frozen=True, slots=True)
class ChangeFact:
    """A change request as a report saw it."""

    reference: str
    title: str
    status: ChangeStatus


@dataclass(frozen=True, slots=True)
class InvoiceFact:
    """A billing milestone as a report saw it."""

    name: str
    status: InvoiceStatus
    amount: str  # the amount as text, exactly as kept (Decimal's str)


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything a status report compares with the next one, keyed by record id."""

    status_date: dt.date | None
    finish: dt.date | None  # the plan's forecast finish
    tasks: Mapping[int, TaskFact] = field(default_factory=dict)  # work tasks and milestones
    risks: Mapping[int, RiskFact] = field(default_factory=dict)
    changes: Mapping[int, ChangeFact] = field(default_factory=dict)
    invoices: Mapping[int, InvoiceFact] = field(default_factory=dict)  # by billing id


@dataclass(frozen=True, slots=True)
class Slip:
    """A task whose finish moved: `days` working days later (negative: earlier)."""

    name: str
    was: dt.date
    now: dt.date
    days: int


@dataclass(frozen=True, slots=True)
class Rescore:
    """A register entry whose score changed."""

    risk: RiskFact
    was: int | None


@dataclass(frozen=True, slots=True)
class InvoiceStep:
    """A billing milestone whose invoice moved on (due, invoiced, paid…)."""

    invoice: InvoiceFact
    was: InvoiceStatus | None  # None: new since the last report


@dataclass(frozen=True, slots=True)
class SinceLast:
    """What changed from the previous report to this one."""

    previous_date: dt.date | None  # None: the first report, nothing to compare with
    status_date: dt.date | None
    finish_was: dt.date | None
    finish_now: dt.date | None
    slipped: tuple[Slip, ...] = ()  # latest first by days
    milestones_reached: tuple[tuple[str, dt.date | None], ...] = ()
    tasks_finished: tuple[str, ...] = ()  # work tasks (not milestones) completed
    risks_raised: tuple[RiskFact, ...] = ()
    risks_closed: tuple[RiskFact, ...] = ()
    risks_rescored: tuple[Rescore, ...] = ()
    changes_decided: tuple[ChangeFact, ...] = ()
    invoices: tuple[InvoiceStep, ...] = ()

    @property
    def is_first(self) -> bool:
        """True for the first report of a project: there is nothing to compare with."""
        return self.previous_date is None

    def without_internal(self) -> SinceLast:
        """The same, without the supplier's internal register entries (client exports)."""
        return SinceLast(
            previous_date=self.previous_date,
            status_date=self.status_date,
            finish_was=self.finish_was,
            finish_now=self.finish_now,
            slipped=self.slipped,
            milestones_reached=self.milestones_reached,
            tasks_finished=self.tasks_finished,
            risks_raised=tuple(r for r in self.risks_raised if not r.internal),
            risks_closed=tuple(r for r in self.risks_closed if not r.internal),
            risks_rescored=tuple(r for r in self.risks_rescored if not r.risk.internal),
            changes_decided=self.changes_decided,
            invoices=self.invoices,
        )

    @property
    def is_empty(self) -> bool:
        """True when nothing changed (or nothing could be compared)."""
        return not any(
            (
                self.finish_was != self.finish_now,
                self.slipped,
                self.milestones_reached,
                self.tasks_finished,
                self.risks_raised,
                self.risks_closed,
                self.risks_rescored,
                self.changes_decided,
                self.invoices,
            )
        )


def since_last(
    previous: Facts | None,
    current: Facts,
    working_days: Callable[[dt.date, dt.date], int] = lambda a, b: (b - a).days,
) -> SinceLast:
    """Compare the facts of the previous report with the current ones.

    `working_days(a, b)` counts the days a finish moved from a to b (the project calendar's
    working days; calendar days by default).
    """
    if previous is None:
        return SinceLast(None, current.status_date, None, current.finish)
    return SinceLast(
        previous_date=previous.status_date,
        status_date=current.status_date,
        finish_was=previous.finish,
        finish_now=current.finish,
        slipped=_slips(previous, current, working_days),
        milestones_reached=tuple(
            (task.name, task.finish)
            for task_id, task in current.tasks.items()
            if task.is_milestone and task.percent_complete == 100 and not _done(previous, task_id)
        ),
        tasks_finished=tuple(
            task.name
            for task_id, task in current.tasks.items()
            if not task.is_milestone
            and task.percent_complete == 100
            and not _done(previous, task_id)
        ),
        risks_raised=tuple(
            risk for risk_id, risk in current.risks.items() if risk_id not in previous.risks
        ),
        risks_closed=tuple(
            risk
            for risk_id, risk in current.risks.items()
            if risk.status is RiskStatus.CLOSED
            and (risk_id not in previous.risks or previous.risks[risk_id].status is not risk.status)
        ),
        risks_rescored=tuple(
            Rescore(risk, previous.risks[risk_id].score)
            for risk_id, risk in current.risks.items()
            if risk_id in previous.risks
            and risk.status is not RiskStatus.CLOSED
            and previous.risks[risk_id].score != risk.score
        ),
        changes_decided=tuple(
            change
            for change_id, change in current.changes.items()
            if change.status in DECISIONS
            and (
                change_id not in previous.changes
                or previous.changes[change_id].status != change.status
            )
        ),
        invoices=tuple(
            InvoiceStep(invoice, was.status if (was := previous.invoices.get(invoice_id)) else None)
            for invoice_id, invoice in current.invoices.items()
            if _invoice_moved(previous.invoices.get(invoice_id), invoice)
        ),
    )


def _invoice_moved(was: InvoiceFact | None, invoice: InvoiceFact) -> bool:
    """A new milestone counts once it is due; a known one when its status changes."""
    if was is None:
        return invoice.status is not InvoiceStatus.NOT_DUE
    return was.status is not invoice.status


def _done(facts: Facts, task_id: int) -> bool:
    task = facts.tasks.get(task_id)
    return task is not None and task.percent_complete == 100


def _slips(
    previous: Facts, current: Facts, working_days: Callable[[dt.date, dt.date], int]
) -> tuple[Slip, ...]:
    slips = []
    for task_id, task in current.tasks.items():
        before = previous.tasks.get(task_id)
        if before is None or before.finish is None or task.finish is None:
            continue
        if task.finish > before.finish:
            slips.append(
                Slip(
                    task.name, before.finish, task.finish, working_days(before.finish, task.finish)
                )
            )
    return tuple(sorted(slips, key=lambda slip: (-slip.days, slip.name)))
