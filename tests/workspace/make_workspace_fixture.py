"""One-off script that wrote tests/fixtures/workspace-0001.cpm (kept to show how it was made).

Run it only with an app whose head schema revision is 0001: the fixture must stay an *old*
file so that test_migrations proves upgrades from it keep the data. Not collected by pytest.

    .venv/bin/python tests/workspace/make_workspace_fixture.py
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from decimal import Decimal
from pathlib import Path

from cpm_desktop.services.plan import dependencies, tasks
from cpm_desktop.services.portfolio import clients, projects
from cpm_desktop.workspace import create_workspace
from cpm_desktop.workspace.migrate import head_revision

TARGET = Path(__file__).resolve().parents[1] / "fixtures" / "workspace-0001.cpm"


def main() -> None:
    """Write the fixture: a client, a project, five tasks and three links, as one file."""
    if head_revision() != "0001":
        raise SystemExit("This app is past revision 0001; keep the committed fixture.")
    path = Path(tempfile.mkdtemp()) / TARGET.name
    with create_workspace(path) as ws, ws.transaction() as s:
        client = clients.create_client(s, "Fixture Client Ltd", industry="Logistics")
        clients.add_contact(s, client.id, "Dana Sponsor", role="Sponsor", email="dana@example.com")
        project = projects.create_project(
            s,
            projects.NewProject(
                client_id=client.id,
                code="FIX-01",
                name="Fixture roll-out",
                start_date=dt.date(2026, 9, 7),
                currency="GBP",
                budget=Decimal("125000.50"),
            ),
        )
        phase = tasks.add_task(s, project.id, "Design")
        spec = tasks.add_task(s, project.id, "Write specification", parent_id=phase.id, duration=5)
        review = tasks.add_task(
            s, project.id, "Review specification", parent_id=phase.id, duration=2
        )
        build = tasks.add_task(s, project.id, "Build", duration=10, budget_cost=Decimal("40000.25"))
        golive = tasks.add_task(s, project.id, "Go-live", is_milestone=True)
        dependencies.add_dependency(s, spec.id, review.id)
        dependencies.add_dependency(s, phase.id, build.id)
        dependencies.add_dependency(s, build.id, golive.id, "FS", 2)
    # One self-contained file: merge the WAL and leave WAL mode.
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("VACUUM")
    connection.close()
    shutil.copyfile(path, TARGET)
    print(f"wrote {TARGET} ({TARGET.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
