"""Stored standings on a team server: the portfolio reads a project's standing as last
computed only while nothing it is computed from was written since; a file stores none."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cpm_desktop.models import Assignment, Calendar, Client, Project, StoredStanding, Task
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.baselines import save_baseline
from cpm_desktop.services.plan.calendars import set_holidays
from cpm_desktop.services.portfolio import standing as standing_module
from cpm_desktop.services.portfolio import stored_standing
from cpm_desktop.services.portfolio.clients import update_client
from cpm_desktop.services.portfolio.kpis import KpiReport, kpi_report
from cpm_desktop.services.portfolio.projects import set_status_date
from cpm_desktop.services.portfolio.standing import project_standing
from cpm_desktop.services.records.feedback import add_feedback
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.services.team.resources import set_rate
from cpm_desktop.workspace import Workspace, open_workspace
from cpm_desktop.workspace.server import open_server_workspace
from tests.workspace.test_server_access import team_user

NHL = "NHL-WMS"


@pytest.fixture
def demo(server_demo: Workspace) -> Workspace:
    """The demo portfolio on a team server (a file stores no standing)."""
    return server_demo


def computed(ws: Workspace) -> KpiReport:
    """The portfolio with every standing computed afresh (the stored ones dropped first)."""
    with ws.transaction() as session:
        session.execute(delete(StoredStanding))
    return ws.run(kpi_report)


def _nhl(session: Session) -> Project:
    return session.scalars(select(Project).where(Project.code == NHL)).one()


def _longer_task(session: Session) -> None:
    project = _nhl(session)
    task = session.scalars(
        select(Task).where(
            Task.project_id == project.id,
            Task.percent_complete == 0,
            Task.duration > 0,
            Task.id.not_in(select(Task.parent_id).where(Task.parent_id.is_not(None))),
        )
    ).first()
    assert task is not None
    tasks.edit_task(session, task.id, duration=task.duration + 15)


def _red_risk(session: Session) -> None:
    add_risk(session, _nhl(session).id, "Data centre move", probability=5, impact=5)


def _poor_feedback(session: Session) -> None:
    project = _nhl(session)
    add_feedback(session, project.id, given_on=project.status_date or dt.date.today(), score=1)


def _status_date(session: Session) -> None:
    project = _nhl(session)
    assert project.status_date is not None
    set_status_date(session, project.id, project.status_date + dt.timedelta(days=7))


def _new_baseline(session: Session) -> None:
    save_baseline(session, _nhl(session).id, 0, overwrite=True)


def _dearer_people(session: Session, used: list[int] | None = None) -> None:
    """A shared record: the rate of every resource the portfolio's tasks use (or `used`)."""
    if used is None:
        used = list(session.scalars(select(Assignment.resource_id).distinct()))
    for resource_id in used:
        set_rate(
            session,
            resource_id=resource_id,
            effective_from=dt.date(2020, 1, 1),
            cost_rate=Decimal(400),
            bill_rate=Decimal(500),
            currency="EUR",
        )


def _renamed_client(session: Session) -> None:
    """A shared record: the client's name, in each of its projects' standings."""
    client = session.get(Client, _nhl(session).client_id)
    assert client is not None
    update_client(session, client.id, name=client.name + " (renamed)")


def _holiday(session: Session) -> None:
    """A shared record: a day off in the middle of what remains of the plan."""
    project = _nhl(session)
    calendar = session.get(Calendar, project.calendar_id)
    assert calendar is not None
    assert project.status_date is not None
    day = project.status_date + dt.timedelta(days=14)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    kept = [(h.day, h.name) for h in calendar.holidays if h.day != day]
    set_holidays(session, calendar.id, [*kept, (day, "Plant shutdown")])


EDITS: dict[str, Callable[[Session], None]] = {
    "a task made longer": _longer_task,
    "a red risk": _red_risk,
    "poor feedback": _poor_feedback,
    "the status date moved": _status_date,
    "a new baseline": _new_baseline,
    "dearer people": _dearer_people,
    "a client renamed": _renamed_client,
    "a day off": _holiday,
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_after_an_edit_the_portfolio_shows_what_a_fresh_computation_does(
    demo: Workspace, edit: Callable[[Session], None]
) -> None:
    """Each standing read after an edit (of a project's record or of one every project shares)
    is the one computed afresh: no stored standing outlives what it was computed from."""
    before = demo.run(kpi_report)  # every standing stored
    demo.run(edit)
    served = demo.run(kpi_report)
    assert served != before  # the edit changed a figure: a stale standing would show
    assert served == computed(demo)


def test_a_current_standing_is_read_not_computed(
    demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once stored, a project's standing is read back as computed: the portfolio and the
    header then compute nothing, until a write makes it stale."""
    first = demo.run(kpi_report)
    project_id = first.projects[0].project_id

    def refused(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("computed again")

    monkeypatch.setattr(standing_module, "_computed", refused)
    assert demo.run(kpi_report) == first
    assert demo.run(project_standing, project_id) == first.projects[0]
    demo.run(_red_risk)
    with pytest.raises(AssertionError, match="computed again"):
        demo.run(kpi_report)


def test_a_standing_as_of_another_day_is_computed_for_that_day(demo: Workspace) -> None:
    """The stored standing is as of the status date: one asked as of another day is computed
    for it (and equals a fresh computation)."""
    demo.run(kpi_report)
    later = demo.run(kpi_report, as_of=dt.date(2027, 3, 1))
    assert {row.as_of for row in later.projects} == {dt.date(2027, 3, 1)}
    assert demo.run(kpi_report, as_of=dt.date(2027, 3, 1)) == later


def test_a_pm_changing_a_shared_record_makes_every_project_stale(server_demo: Workspace) -> None:
    """Paul, PM of NHL-WMS only, changes the people's rates: every project's revision moves,
    Alpenmarkt's too (which Paul cannot see), so the PMO's portfolio computes each afresh;
    the PMO, who may not store a standing, reads the portfolio all the same."""
    paul = team_user(server_demo, "paul", "pm", "--project", NHL)
    olga = team_user(server_demo, "olga", "pmo")
    ids = server_demo.run(lambda s: list(s.scalars(select(Project.id))))
    before = server_demo.run(stored_standing.revisions, ids)
    used = server_demo.run(lambda s: list(s.scalars(select(Assignment.resource_id).distinct())))
    with open_server_workspace(paul) as ws:  # the people are the workspace's: his to change
        ws.run(_dearer_people, used)
    after = server_demo.run(stored_standing.revisions, ids)
    assert all(after[pid] > before[pid] for pid in ids)
    with open_server_workspace(olga) as ws:
        served = ws.run(kpi_report)
        again = ws.run(kpi_report)
    assert served == again == computed(server_demo)


@pytest.mark.file_only("a file's own behaviour")
def test_a_file_stores_no_standing(demo_template: Path, tmp_path: Path) -> None:
    """In a file the standings are computed at each read and nothing is written: a read there
    never ends a concurrent transaction of the window's."""
    path = tmp_path / "demo.cpm"
    shutil.copyfile(demo_template, path)
    with open_workspace(path, backup=False) as ws:
        ws.run(kpi_report)
        kept = ws.run(lambda s: s.scalars(select(StoredStanding.project_id)).all())
    assert kept == []
