"""Check-out for offline work: a project taken from the team server into a file, edited there
(the server's copy read-only meanwhile), previewed and checked in; a released check-out's copy
refused and kept."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.errors import ReadOnlyWorkspaceError
from cpm_desktop.models import Task
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.services.risks.views import risk_register
from cpm_desktop.workspace import Workspace
from tests.cli.support import assert_one_line_error, run_main
from tests.file_safety import rows_of
from tests.stores import open_store


def plan_of(ws: Workspace) -> list[tuple[object, ...]]:
    """The demo project's plan and register as the user reads them (ids aside)."""
    project_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
    plan = ws.run(timeline, project_id)
    register = ws.run(risk_register, project_id)
    return [
        *((t.wbs, t.name, t.duration, t.start, t.finish) for t in plan.tasks),
        *((r.reference, r.title) for r in register.rows),
    ]


def edit_offline(laptop: Path) -> None:
    """At the client's site: a task longer, one deleted, one added under a summary, a risk."""
    with open_store(laptop) as ws:
        project_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
        plan = ws.run(timeline, project_id)
        work = [
            t for t in plan.tasks if not (t.is_summary or t.is_milestone) and t.actual_start is None
        ]
        summary = next(t for t in plan.tasks if t.is_summary)
        ws.run(tasks.edit_task, work[0].id, duration=work[0].duration + 4)
        ws.run(tasks.delete_task, work[-1].id)
        ws.run(
            tasks.add_task,
            project_id,
            "Site walk with the client",
            parent_id=summary.id,
            duration=2,
        )
        ws.run(add_risk, project_id, "Dock doors narrower than drawn", probability=3, impact=3)


def test_checked_out_edited_offline_and_checked_in(server_demo: Workspace, tmp_path: Path) -> None:
    """The server's copy is read-only while out; the preview writes nothing; the check-in
    makes the server's project what the laptop made of it, and writable again."""
    laptop = tmp_path / "at-the-client.cpm"
    out = run_main(
        "checkout", "--db", server_demo.address, "--project", DEMO_PROJECT_CODE, "--to", str(laptop)
    )
    assert out.returncode == 0, out.stderr
    first = server_demo.run(lambda s: s.scalar(select(Task.id).order_by(Task.id).limit(1)))
    with pytest.raises(ReadOnlyWorkspaceError, match="checked out by cpm since"):
        server_demo.run(tasks.edit_task, first, name="Edited on the server")
    with (
        psycopg.connect(server_demo.address) as raw,
        pytest.raises(psycopg.Error, match="checked out"),
    ):
        # A record with no project key of its own (an assignment) is its task's project's.
        raw.execute(
            "UPDATE assignment SET units = units WHERE task_id IN "
            "(SELECT t.id FROM task t JOIN project p ON p.id = t.project_id WHERE p.code = %s)",
            (DEMO_PROJECT_CODE,),
        )
    before = plan_of(server_demo)
    edit_offline(laptop)
    preview = run_main("checkin", "--db", str(laptop), "--to", server_demo.address)
    assert preview.returncode == 0, preview.stderr
    assert "added" in preview.stdout
    assert "Preview only" in preview.stdout
    assert plan_of(server_demo) == before
    # Without --to: back to the server the copy came from.
    done = run_main("checkin", "--db", str(laptop), "--apply")
    assert done.returncode == 0, done.stderr
    with open_store(laptop) as offline:
        assert plan_of(server_demo) == plan_of(offline)
    assert plan_of(server_demo) != before
    server_demo.run(tasks.edit_task, first, name="Edited on the server")  # writable again
    again = run_main("checkin", "--db", str(laptop), "--to", server_demo.address, "--apply")
    assert_one_line_error(again, "not a project checked out")


def test_a_released_check_out_is_refused_at_check_in_and_the_copy_kept(
    server_demo: Workspace, tmp_path: Path
) -> None:
    """The PMO releases a check-out left behind: the server is writable again, and the
    laptop's copy is refused in one line, left exactly as it was."""
    laptop = tmp_path / "left-behind.cpm"
    assert (
        run_main(
            "checkout",
            "--db",
            server_demo.address,
            "--project",
            DEMO_PROJECT_CODE,
            "--to",
            str(laptop),
        ).returncode
        == 0
    )
    edit_offline(laptop)
    released = run_main("release", "--db", server_demo.address, "--project", DEMO_PROJECT_CODE)
    assert released.returncode == 0, released.stderr
    kept = rows_of(laptop)
    refused = run_main("checkin", "--db", str(laptop), "--to", server_demo.address, "--apply")
    assert_one_line_error(refused, "no longer holds this check-out")
    assert rows_of(laptop) == kept
    first = server_demo.run(lambda s: s.scalar(select(Task.id).order_by(Task.id).limit(1)))
    server_demo.run(tasks.edit_task, first, name="Edited on the server")
