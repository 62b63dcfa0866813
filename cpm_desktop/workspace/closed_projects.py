"""A closed project is read-only: every write to its records is refused at the flush.

One guard, on every session of the workspace, instead of a check in each of the services that
write a project's records: a service added later is covered too. Closing (the write that makes
the project closed) and reopening (the write that makes it open) pass; so does deleting it.
Calendars may be shared with open projects and are not guarded; the scheduler does not write
a closed project's dates (services/plan/schedule.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from cpm_desktop.domain import ProjectStatus
from cpm_desktop.errors import ClosedProjectError
from cpm_desktop.models import (
    AcceptanceCriterion,
    Assignment,
    AuditEntry,
    Baseline,
    BaselineTask,
    BillingMilestone,
    ChangeRequest,
    ChangeTask,
    ChangeTransition,
    Deliverable,
    DeliverableStep,
    Opportunity,
    Project,
    PurchaseOrder,
    PurchaseOrderItem,
    Risk,
    RiskHistory,
    RiskTask,
    ServiceLevel,
    ServiceLevelMeasure,
    Task,
    TimesheetEntry,
    VendorInvoice,
)
from cpm_desktop.texts import _

# Rows that name their project only through a parent row: the parent's key and class.
_THROUGH_PARENT: dict[type, tuple[str, type]] = {
    RiskHistory: ("risk_id", Risk),
    RiskTask: ("risk_id", Risk),
    ChangeTask: ("change_request_id", ChangeRequest),
    ChangeTransition: ("change_request_id", ChangeRequest),
    BaselineTask: ("baseline_id", Baseline),
    BillingMilestone: ("task_id", Task),
    AcceptanceCriterion: ("deliverable_id", Deliverable),
    DeliverableStep: ("deliverable_id", Deliverable),
    ServiceLevelMeasure: ("service_level_id", ServiceLevel),
    Assignment: ("task_id", Task),
    TimesheetEntry: ("task_id", Task),
    PurchaseOrderItem: ("purchase_order_id", PurchaseOrder),
    VendorInvoice: ("purchase_order_id", PurchaseOrder),
}
# Rows that name a project but belong to its client: an opportunity lives on after the project
# that spotted it closes.
_CLIENT_ROWS: tuple[type, ...] = (Opportunity,)


def guard_closed_projects(sessions: object) -> None:
    """Refuse writes to closed projects in every session `sessions` (a sessionmaker) makes."""
    event.listen(sessions, "before_flush", _refuse_writes_to_closed_projects)


def _refuse_writes_to_closed_projects(
    session: Session, _flush: UOWTransaction, _instances: object
) -> None:
    deleted_projects = {row.id for row in session.deleted if isinstance(row, Project)}
    written: Iterable[object] = (*session.new, *session.dirty, *session.deleted)
    with session.no_autoflush:
        for row in written:
            if isinstance(row, (AuditEntry, *_CLIENT_ROWS)):
                continue
            if isinstance(row, Project):
                if _stays_closed(row) and row not in session.deleted:
                    raise _refusal(row)
                continue
            project_id = project_of(session, row)
            if project_id is None or project_id in deleted_projects:
                continue
            project = session.get(Project, project_id)
            if project is not None and _stays_closed(project):
                raise _refusal(project)


def project_of(session: Session, row: object) -> int | None:
    """The id of the project a row belongs to, or None for workspace-wide rows."""
    parent = _THROUGH_PARENT.get(type(row))
    if parent is not None:
        key, parent_class = parent
        parent_id = getattr(row, key, None)
        row = None if parent_id is None else session.get(parent_class, parent_id)
    project_id = getattr(row, "project_id", None)
    return project_id if isinstance(project_id, int) else None


def _stays_closed(project: Project) -> bool:
    """Closed before this flush and still closed after it (not being closed nor reopened)."""
    if project.status is not ProjectStatus.CLOSED:
        return False
    before = inspect(project).attrs.status.history.deleted
    return not before or before[0] is ProjectStatus.CLOSED


def _refusal(project: Project) -> ClosedProjectError:
    return ClosedProjectError(
        _(
            "{code} is closed and read-only; reopen it to change it (Project › Reopen "
            "Project…, or 'cpm-desktop project reopen')."
        ).format(code=project.code)
    )
