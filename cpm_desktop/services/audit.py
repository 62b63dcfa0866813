"""Write AuditEntry rows: every service change leaves a governance record."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy.orm import Session

from cpm_desktop.identity import current_user
from cpm_desktop.models import AuditEntry


def audit_text(value: object) -> str | None:
    """Render a field value as the text kept in the audit trail."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date | Decimal | bool | int | str):
        return str(value)
    return repr(value)


def record(
    session: Session,
    *,
    project_id: int | None,
    entity: str,
    entity_id: int,
    label: str,
    action: str,
    field: str = "",
    old: object = None,
    new: object = None,
) -> None:
    """Add one audit row to the session's transaction."""
    session.add(
        AuditEntry(
            user=current_user(),
            project_id=project_id,
            entity=entity,
            entity_id=entity_id,
            entity_label=label[:200],
            action=action,
            field=field,
            old_value=audit_text(old),
            new_value=audit_text(new),
        )
    )


def record_created(
    session: Session, *, project_id: int | None, entity: str, entity_id: int, label: str
) -> None:
    """Record the creation of an entity."""
    record(
        session,
        project_id=project_id,
        entity=entity,
        entity_id=entity_id,
        label=label,
        action="create",
        new=label,
    )


def record_deleted(
    session: Session, *, project_id: int | None, entity: str, entity_id: int, label: str
) -> None:
    """Record the deletion of an entity."""
    record(
        session,
        project_id=project_id,
        entity=entity,
        entity_id=entity_id,
        label=label,
        action="delete",
        old=label,
    )


def record_field(
    session: Session,
    *,
    project_id: int | None,
    entity: str,
    entity_id: int,
    label: str,
    field: str,
    old: object,
    new: object,
) -> None:
    """Record one changed field, if it really changed."""
    if old == new:
        return
    record(
        session,
        project_id=project_id,
        entity=entity,
        entity_id=entity_id,
        label=label,
        action="update",
        field=field,
        old=old,
        new=new,
    )


def set_fields(
    session: Session,
    entity_row: object,
    changes: Mapping[str, object],
    *,
    project_id: int | None,
    entity: str,
    entity_id: int,
    label: str,
) -> None:
    """Set each of `changes` on `entity_row`, recording every field that really changes."""
    for name, new in changes.items():
        record_field(
            session,
            project_id=project_id,
            entity=entity,
            entity_id=entity_id,
            label=label,
            field=name,
            old=getattr(entity_row, name),
            new=new,
        )
        setattr(entity_row, name, new)
