"""The facts a status report keeps: read from the project now, written to and read from JSON."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy.orm import Session

from cpm_desktop.domain import ChangeStatus, InvoiceStatus, RiskStatus
from cpm_desktop.domain.since_last import ChangeFact, Facts, InvoiceFact, RiskFact, TaskFact
from cpm_desktop.models import Project
from cpm_desktop.services.changes.views import change_log
from cpm_desktop.services.portfolio.views import task_rows
from cpm_desktop.services.records.billing import billing_schedule
from cpm_desktop.services.risks.views import risk_register

FORMAT = 1  # the JSON's layout; a reader refuses (ignores) any other


def current_facts(session: Session, project: Project) -> Facts:
    """The project's facts as of now: work tasks and milestones, register, changes, invoices."""
    rows = task_rows(session, project.id)
    finishes = [row.finish for row in rows if row.finish is not None]
    return Facts(
        status_date=project.status_date,
        finish=max(finishes, default=None),
        tasks={
            row.id: TaskFact(row.name, row.finish, row.percent_complete, row.is_milestone)
            for row in rows
            if not row.is_summary
        },
        risks={
            # An issue has happened: its severity is what a rescore changes.
            row.id: RiskFact(
                row.reference,
                row.title,
                row.status,
                row.severity if row.score is None else row.score,
                row.internal,
            )
            for row in risk_register(session, project.id).rows
        },
        changes={
            row.id: ChangeFact(row.reference, row.title, row.status)
            for row in change_log(session, project.id).rows
        },
        invoices={
            row.id: InvoiceFact(row.name, row.status, str(row.amount))
            for row in billing_schedule(session, project.id, outline=rows)
        },
    )


def facts_json(facts: Facts) -> str:
    """The facts as compact JSON (lists, not objects: a report of 10,000 tasks stays small)."""
    return json.dumps(
        {
            "format": FORMAT,
            "status_date": _day(facts.status_date),
            "finish": _day(facts.finish),
            "tasks": {
                str(key): [t.name, _day(t.finish), t.percent_complete, t.is_milestone]
                for key, t in facts.tasks.items()
            },
            "risks": {
                str(key): [r.reference, r.title, r.status.value, r.score, r.internal]
                for key, r in facts.risks.items()
            },
            "changes": {
                str(key): [c.reference, c.title, c.status.value] for key, c in facts.changes.items()
            },
            "invoices": {
                str(key): [i.name, i.status.value, i.amount] for key, i in facts.invoices.items()
            },
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def facts_from_json(text: str | None) -> Facts | None:
    """The facts kept as `facts_json` wrote them; None when absent or unreadable."""
    if not text:
        return None
    try:
        data: dict[str, Any] = json.loads(text)
        if data.get("format") != FORMAT:
            return None
        return Facts(
            status_date=_date(data["status_date"]),
            finish=_date(data["finish"]),
            tasks={
                int(key): TaskFact(name, _date(finish), int(percent), bool(milestone))
                for key, (name, finish, percent, milestone) in data["tasks"].items()
            },
            risks={
                int(key): RiskFact(ref, title, RiskStatus(status), score, bool(internal))
                for key, (ref, title, status, score, internal) in data["risks"].items()
            },
            changes={
                int(key): ChangeFact(ref, title, ChangeStatus(status))
                for key, (ref, title, status) in data["changes"].items()
            },
            invoices={
                int(key): InvoiceFact(name, InvoiceStatus(status), amount)
                for key, (name, status, amount) in data["invoices"].items()
            },
        )
    except (ValueError, KeyError, TypeError):
        # A damaged snapshot costs the comparison, never the report.
        return None


def _day(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _date(text: object) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(str(text))
