"""Standings as last computed, kept beside the projects on a team server: the portfolio
reads those still current instead of computing every project's again (200 plans of 2,000
tasks: seconds).

A stored standing is current while its project's revision (`project_revision`: the server's
versions' trigger counts every write of the records it is computed from) is the one it was
computed at, and it is as of the day asked for. The standing itself is computed in one place
only (`standing.py`); this keeps its result, as JSON (`typed_json`). A file keeps none: it is
one user's few projects, and a reader's write there would end a concurrent transaction of
the window's (SQLite lets a transaction that read write only if nobody wrote since).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from cpm_desktop.models import ProjectRevision, StoredStanding
from cpm_desktop.workspace.storage_errors import not_allowed

Kept = tuple[int, dt.date, str]  # (revision, as of, payload)


def in_use(session: Session) -> bool:
    """True when standings are stored in this workspace (a team server's)."""
    return session.get_bind().dialect.name == "postgresql"


def revisions(session: Session, project_ids: Collection[int]) -> dict[int, int]:
    """Each project's revision now (0 for one never counted). Read it before the records a
    standing is computed from: a write committed in between then makes the standing stale,
    never the other way round."""
    found = dict(
        session.execute(
            select(ProjectRevision.project_id, ProjectRevision.revision).where(
                ProjectRevision.project_id.in_(project_ids)
            )
        ).all()
    )
    return {project_id: found.get(project_id, 0) for project_id in project_ids}


def kept(session: Session, project_ids: Collection[int]) -> dict[int, Kept]:
    """The stored standings of these projects, current or not, by project id."""
    rows = session.execute(
        select(
            StoredStanding.project_id,
            StoredStanding.revision,
            StoredStanding.as_of,
            StoredStanding.payload,
        ).where(StoredStanding.project_id.in_(project_ids))
    )
    return {project_id: (revision, as_of, payload) for project_id, revision, as_of, payload in rows}


def keep(session: Session, project_id: int, revision: int, as_of: dt.date, payload: str) -> None:
    """Store a standing computed at `revision`; skipped where the user may not write it (a
    PMO or an account manager: they read it anyway)."""
    values = {"revision": revision, "as_of": as_of, "payload": payload}
    # One statement: two windows storing the project's standing at once do not collide.
    upsert = insert(StoredStanding).values(project_id=project_id, **values)
    try:
        with session.begin_nested():
            session.execute(
                upsert.on_conflict_do_update(index_elements=["project_id"], set_=values)
            )
    except DBAPIError as exc:
        if not not_allowed(exc):
            raise
