"""Use cases for dependencies: add, edit and remove links between tasks."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import LinkType
from cpm_desktop.errors import DuplicateError, ValidationError
from cpm_desktop.models import Dependency, Task
from cpm_desktop.services import audit
from cpm_desktop.services.plan.outline import ancestor_ids
from cpm_desktop.services.plan.schedule import reschedule
from cpm_desktop.services.validate import MAX_LAG, clean_int, get_or_raise
from cpm_desktop.texts import N_, _


@dataclass(frozen=True, slots=True)
class DependencyRecord:
    """A link as a use case left it: predecessor → successor, type, lag in working days."""

    id: int
    project_id: int
    predecessor_id: int
    successor_id: int
    type: LinkType
    lag: int  # negative: a lead


def add_dependency(
    session: Session,
    predecessor_id: int,
    successor_id: int,
    link_type: LinkType | str = LinkType.FS,
    lag: int = 0,
) -> DependencyRecord:
    """Link two tasks of one project; a link that closes a loop is refused, naming the loop."""
    predecessor = get_or_raise(session, Task, predecessor_id, N_("task"))
    successor = get_or_raise(session, Task, successor_id, N_("task"))
    if predecessor.id == successor.id:
        raise ValidationError(_("{name!r} cannot depend on itself.").format(name=predecessor.name))
    if predecessor.project_id != successor.project_id:
        raise ValidationError(_("Only tasks of the same project can be linked."))
    if predecessor.id in ancestor_ids(successor) or successor.id in ancestor_ids(predecessor):
        raise ValidationError(
            _(
                "{predecessor!r} and {successor!r}: a task cannot be linked to a "
                "summary it belongs to."
            ).format(predecessor=predecessor.name, successor=successor.name)
        )
    existing = session.scalar(
        select(Dependency).where(
            Dependency.predecessor_id == predecessor.id, Dependency.successor_id == successor.id
        )
    )
    if existing is not None:
        raise DuplicateError(
            _("{predecessor!r} is already linked to {successor!r}.").format(
                predecessor=predecessor.name, successor=successor.name
            )
        )
    link = Dependency(
        project_id=predecessor.project_id,
        predecessor=predecessor,
        successor=successor,
        type=_link_type(link_type),
        lag=clean_int(lag, N_("lag (working days)"), -MAX_LAG, MAX_LAG),
    )
    session.add(link)
    session.flush()
    audit.record_created(session, link)
    reschedule(session, predecessor.project)
    return _record(link)


def edit_dependency(
    session: Session,
    dependency_id: int,
    *,
    link_type: LinkType | str | None = None,
    lag: int | None = None,
) -> DependencyRecord:
    """Change the type and/or lag of a link."""
    link = get_or_raise(session, Dependency, dependency_id, N_("dependency"))
    if link_type is not None:
        new_type = _link_type(link_type)
        audit.record_field(session, link, "type", link.type, new_type)
        link.type = new_type
    if lag is not None:
        new_lag = clean_int(lag, N_("lag (working days)"), -MAX_LAG, MAX_LAG)
        audit.record_field(session, link, "lag", link.lag, new_lag)
        link.lag = new_lag
    reschedule(session, link.predecessor.project)
    return _record(link)


def remove_dependency(session: Session, dependency_id: int) -> None:
    """Remove a link."""
    link = get_or_raise(session, Dependency, dependency_id, N_("dependency"))
    project = link.predecessor.project
    audit.record_deleted(session, link)
    session.delete(link)
    reschedule(session, project)


def _record(link: Dependency) -> DependencyRecord:
    return DependencyRecord(
        link.id, link.project_id, link.predecessor_id, link.successor_id, link.type, link.lag
    )


def _link_type(value: LinkType | str) -> LinkType:
    try:
        return LinkType(value.upper() if isinstance(value, str) else value)
    except (ValueError, AttributeError):
        raise ValidationError(
            _("Unknown link type {value!r}: use FS, SS, FF or SF.").format(value=value)
        ) from None
