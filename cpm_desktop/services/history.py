"""Undo and redo of recorded edits: the rows an edit wrote are put back, or written again."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cpm_desktop.services import audit
from cpm_desktop.services.plan.plan_memory import replaying
from cpm_desktop.workspace.changes import replay, revert
from cpm_desktop.workspace.row_changes import ChangeSet


def undo_edit(
    session: Session, changes: ChangeSet, project_id: int | None, description: str
) -> None:
    """Undo one recorded edit exactly; the audit trail records that it was undone."""
    revert(session.connection(), changes, replaying(session, project_id))
    _record(session, project_id, description, "undo")


def redo_edit(
    session: Session, changes: ChangeSet, project_id: int | None, description: str
) -> None:
    """Redo one undone edit exactly; the audit trail records that it was redone."""
    replay(session.connection(), changes, replaying(session, project_id))
    _record(session, project_id, description, "redo")


def _record(session: Session, project_id: int | None, description: str, action: str) -> None:
    # Governance: the trail keeps the original entries and adds who undid or redid what.
    # A workspace-wide edit (project None) is entity 0: no project or record has that id.
    about = audit.Subject("edit", project_id or 0, project_id, description)
    audit.record(session, about, action)
