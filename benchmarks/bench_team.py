"""Team mode under load, on a local PostgreSQL server: USERS processes as USERS users (PMs,
each a member of their own project and of one shared project), each making EDITS edits of its
own plan and SHARED of the shared one, as the window makes them (read what it shows, then
edit; undo log and versions on). Prints the lost updates (goal: 0), the stale edits refused
(each with its message), the edits' p50/p95 latency; then the portfolio KPIs over PROJECTS
projects of TASKS tasks (goal <= 2 s). Asserts nothing.

Uses the server of CPM_TEST_POSTGRES, else starts a throwaway one (tests/postgres_server.py:
Debian's postgresql). `--users 20 --edits 500 --shared 50 --projects 200 --tasks 2000` are
issue 25's figures and the defaults.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import multiprocessing
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from bench_import import generated_plan  # noqa: E402
from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from cpm_desktop.errors import StaleEditError  # noqa: E402
from cpm_desktop.models import Task  # noqa: E402
from cpm_desktop.services.interchange.importing import import_plan  # noqa: E402
from cpm_desktop.services.plan import tasks  # noqa: E402
from cpm_desktop.services.plan.dependencies import add_dependency  # noqa: E402
from cpm_desktop.services.portfolio.clients import create_client  # noqa: E402
from cpm_desktop.services.portfolio.kpis import kpi_report  # noqa: E402
from cpm_desktop.services.portfolio.projects import NewProject, create_project  # noqa: E402
from cpm_desktop.services.team_server import add_team_user, grant_membership  # noqa: E402
from cpm_desktop.workspace.server import init_server, open_server_workspace  # noqa: E402
from tests.postgres_server import ADDRESS, administering, throwaway_server  # noqa: E402

SHARED = "SHARED"
COUNTERS = 5  # the shared project's tasks whose durations the users increment


@dataclass
class Tally:
    """What one user's process did."""

    latencies: list[float] = field(default_factory=list)
    refused: int = 0
    increments: dict[int, int] = field(default_factory=dict)  # task id → increments made
    messages: list[str] = field(default_factory=list)


@contextmanager
def server() -> Iterator[str]:
    """The server to load: CPM_TEST_POSTGRES's, else a throwaway one."""
    running = os.environ.get(ADDRESS)
    if running:
        yield running
        return
    with throwaway_server() as url:
        yield url


def on_database(url: str, database: str, login: str = "cpm") -> str:
    """The address of `database` on the server of `url`, for `login`."""
    base = url.rsplit("/", 1)[0].replace("//cpm@", f"//{login}@")
    return f"{base}/{database}"


def prepare(url: str, users: int, plan_tasks: int) -> dict[str, int]:
    """A new database with one project per user and the shared one, each of `plan_tasks`
    tasks in a chain; the users, members of theirs and of the shared one. Project ids by
    code."""
    with administering(url) as admin:
        admin.execute("DROP DATABASE IF EXISTS bench_team WITH (FORCE)")
        admin.execute("CREATE DATABASE bench_team")
    with init_server(on_database(url, "bench_team")) as ws:
        client = ws.run(create_client, "Bench Client AG").id
        projects = {}
        for code in [SHARED, *(f"P{n:02d}" for n in range(users))]:
            new = NewProject(client, code, f"Project {code}", dt.date(2027, 1, 4))
            project_id = ws.run(create_project, new).id
            chain = [
                ws.run(tasks.add_task, project_id, f"Task {n}", duration=2).id
                for n in range(plan_tasks)
            ]
            for before, after in itertools.pairwise(chain):
                ws.run(add_dependency, before, after)
            projects[code] = project_id
        for n in range(users):
            login = f"pm_{n:02d}"
            ws.run(add_team_user, login, "pm", None)
            ws.run(grant_membership, login, project_code=f"P{n:02d}")
            ws.run(grant_membership, login, project_code=SHARED)
    return projects


def task_ids(session: Session, project_id: int) -> list[int]:
    """A project's tasks, by id."""
    return list(
        session.scalars(select(Task.id).where(Task.project_id == project_id).order_by(Task.id))
    )


def durations(session: Session, project_id: int) -> dict[int, int]:
    """A project's tasks' durations, by id."""
    rows = session.execute(select(Task.id, Task.duration).where(Task.project_id == project_id))
    return {task_id: duration for task_id, duration in rows}


def duration_of(session: Session, task_id: int) -> int:
    """A task's duration as the server holds it now."""
    return session.get_one(Task, task_id).duration


def user(args: tuple[str, int, int, int, int, int]) -> Tally:
    """One user's session: EDITS edits of their plan, SHARED increments of the shared one's
    counters (read, then write what was read plus one, as a window would)."""
    url, number, own_id, shared_id, edits, shared = args
    tally = Tally()
    rng = random.Random(number)
    with open_server_workspace(on_database(url, "bench_team", f"pm_{number:02d}")) as ws:
        own = ws.run(task_ids, own_id)
        counters = ws.run(task_ids, shared_id)[:COUNTERS]
        plan = ["own"] * edits + ["shared"] * shared
        rng.shuffle(plan)
        for kind in plan:
            ws.mark_seen()
            if kind == "own":
                task_id, value = rng.choice(own), rng.randint(1, 9)
            else:
                task_id = rng.choice(counters)
                value = ws.run(duration_of, task_id) + 1
            began = time.perf_counter()
            try:
                _, changes = ws.run_recorded(tasks.edit_task, task_id, duration=value)
            except StaleEditError as exc:
                tally.refused += 1
                if len(tally.messages) < 2:
                    tally.messages.append(str(exc))
                continue
            tally.latencies.append(time.perf_counter() - began)
            # An edit that found the value already there (another user's increment read
            # between this one's read and write, and committed) wrote nothing, overwrote
            # nothing: not an increment.
            if kind == "shared" and changes:
                tally.increments[task_id] = tally.increments.get(task_id, 0) + 1
    return tally


def load(url: str, users: int, edits: int, shared: int, plan_tasks: int) -> None:
    """Run the users at once; print lost updates, refusals and latencies."""
    projects = prepare(url, users, plan_tasks)
    with open_server_workspace(on_database(url, "bench_team")) as ws:
        start = ws.run(durations, projects[SHARED])
    jobs = [(url, n, projects[f"P{n:02d}"], projects[SHARED], edits, shared) for n in range(users)]
    began = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(users) as pool:
        tallies = pool.map(user, jobs)
    wall = time.perf_counter() - began
    with open_server_workspace(on_database(url, "bench_team")) as ws:
        end = ws.run(durations, projects[SHARED])
    made: dict[int, int] = {}
    for tally in tallies:
        for task_id, count in tally.increments.items():
            made[task_id] = made.get(task_id, 0) + count
    lost = sum(start[t] + made.get(t, 0) - end[t] for t in made)
    latencies = sorted(x for tally in tallies for x in tally.latencies)
    refused = sum(tally.refused for tally in tallies)
    print(f"{users} users, {users * (edits + shared):,} edits in {wall:.1f} s")
    print(f"lost updates                {lost}   (goal: 0)")
    print(f"stale edits refused         {refused}   (each with its message)")
    said = next((m for tally in tallies for m in tally.messages), "")
    if said:
        print(f"  e.g. {said}")
    print(
        f"edit latency                p50 {statistics.median(latencies) * 1000:.1f} ms   "
        f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.1f} ms   ({len(latencies):,} edits)"
    )


def portfolio(url: str, projects: int, plan_tasks: int) -> None:
    """Import `projects` generated plans of `plan_tasks` tasks; time the portfolio's KPIs: the
    first read (every standing computed and stored), reads with every standing current (the
    goal), and a read after a tenth of the projects were edited."""
    with administering(url) as admin:
        admin.execute("DROP DATABASE IF EXISTS bench_portfolio WITH (FORCE)")
        admin.execute("CREATE DATABASE bench_portfolio")
    plan = generated_plan(plan_tasks)
    began = time.perf_counter()
    with init_server(on_database(url, "bench_portfolio")) as ws:
        for _ in range(projects):
            ws.run(import_plan, plan, client_name="Portfolio Client AG")
    took = time.perf_counter() - began
    print(f"  (imported {projects} plans of {plan_tasks:,} tasks in {took:.0f} s)")
    with open_server_workspace(on_database(url, "bench_portfolio")) as ws:
        began = time.perf_counter()
        report = ws.run(kpi_report)
        first = time.perf_counter() - began
        current = _timed(lambda: ws.run(kpi_report))
        edited = [row.project_id for row in report.projects[::10]]  # a tenth
        stale = []
        for _ in range(3):
            for project_id in edited:
                ws.run(_one_edit, project_id)
            began = time.perf_counter()
            ws.run(kpi_report)
            stale.append(time.perf_counter() - began)
    print(
        f"portfolio KPIs, {len(report.projects)} projects of {plan_tasks:,} tasks   "
        f"every standing current: median {statistics.median(current):.2f} s   (goal <= 2 s)"
    )
    print(
        f"  first read, every standing computed and stored: {first:.2f} s; "
        f"after {len(edited)} projects were edited: median {statistics.median(stale):.2f} s"
    )


def _timed(read: Callable[[], object], runs: int = 5) -> list[float]:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        read()
        samples.append(time.perf_counter() - began)
    return samples


def _one_edit(session: Session, project_id: int) -> None:
    """A PM's edit of the project: a task's name (its standing then stale)."""
    task = session.scalars(select(Task).where(Task.project_id == project_id).limit(1)).one()
    renamed = task.name[:-1] if task.name.endswith("*") else task.name + "*"
    tasks.edit_task(session, task.id, name=renamed)


def main() -> int:
    """Load the server, then the portfolio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--shared", type=int, default=50)
    parser.add_argument("--plan-tasks", type=int, default=30, help="tasks of each user's plan")
    parser.add_argument("--projects", type=int, default=200)
    parser.add_argument("--tasks", type=int, default=2000)
    parser.add_argument("--portfolio-only", action="store_true", help="skip the users' load")
    args = parser.parse_args()
    print(f"CPM Desktop team benchmark · {os.cpu_count()} cores")
    with server() as url:
        if not args.portfolio_only:
            load(url, args.users, args.edits, args.shared, args.plan_tasks)
        portfolio(url, args.projects, args.tasks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
