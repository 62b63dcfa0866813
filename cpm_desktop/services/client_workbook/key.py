"""The key that ties a client workbook to the one project, in the one workspace, it came from.

The project's id and code alone would match a project of the same code in another workspace
(two workspaces made from the demo, say), and the re-import would then write one workspace's
rows into the other's. The moment the project was created, as its audit trail recorded it to
the microsecond, tells them apart without a workspace id (which would need a migration).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.models import AuditEntry, Project


def project_key(session: Session, project: Project) -> str:
    """`id:code:created` for the project; the creation stamp is left out if none was recorded."""
    created = session.scalar(
        select(AuditEntry.at)
        .where(
            AuditEntry.entity == "project",
            AuditEntry.entity_id == project.id,
            AuditEntry.action == "create",
        )
        .order_by(AuditEntry.id)
        .limit(1)
    )
    stamp = f":{created.isoformat()}" if created is not None else ""
    return f"{project.id}:{project.code}{stamp}"


def key_stamp(key: str) -> str:
    """The creation stamp of a key: what follows `id:code:` (a code holds no colon)."""
    return key.split(":", 2)[2] if key.count(":") >= 2 else ""
