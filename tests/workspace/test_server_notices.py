"""Other users' commits heard on a team server (LISTEN/NOTIFY): what each committed write
says, and nothing from a transaction rolled back."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.models import Task
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.workspace import Workspace
from cpm_desktop.workspace.server_notices import Notice, listen


class Refused(Exception):
    """Raised inside a transaction to roll it back."""


def test_a_commit_is_heard_and_a_rollback_is_not(server_demo: Workspace, anna: Workspace) -> None:
    """Anna renames a task (heard: her window, the task table, the project) and adds a risk
    in a transaction that then fails (not heard)."""
    heard: list[Notice] = []
    stop = threading.Event()

    def hear() -> None:
        for batch in listen(server_demo.engine.url, stop.is_set, wait=0.2):
            heard.extend(batch)

    listener = threading.Thread(target=hear)
    listener.start()
    try:
        time.sleep(0.5)  # LISTEN is in place once the connection is up
        project_id = anna.run(find_project_id, DEMO_PROJECT_CODE)
        task_id = anna.run(
            lambda s: s.scalar(select(Task.id).where(Task.project_id == project_id).limit(1))
        )

        def risk_then_fail(session: Session) -> None:
            add_risk(session, project_id, "Never kept", probability=2, impact=2)
            session.flush()
            raise Refused

        with pytest.raises(Refused):
            anna.run(risk_then_fail)
        anna.run(tasks.edit_task, task_id, name="Renamed by Anna")
        deadline = time.monotonic() + 5
        while not heard and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        listener.join(timeout=5)
    assert Notice(anna.window_id, "task", project_id) in heard
    assert all(notice.table != "risk" for notice in heard)
    assert {notice.window for notice in heard} == {anna.window_id}
