"""Schema migrations: a new file matches the models; an older file is upgraded, data kept."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, func, select

from cpm_desktop.models import Base, Dependency, Project, Risk, RiskHistory, RiskTask, Task
from cpm_desktop.services.portfolio import views
from cpm_desktop.services.risks import register as risks
from cpm_desktop.workspace import backup_dir_for, create_workspace, open_workspace
from cpm_desktop.workspace.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    known_revisions,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Written once with schema revision 0001 by tests/workspace/make_workspace_fixture.py.
FIXTURE_0001 = FIXTURES / "workspace-0001.cpm"


def test_migrations_build_exactly_the_schema_of_the_models(tmp_path: Path) -> None:
    """Alembic's autogenerate finds no difference between a migrated file and the ORM models."""
    # A model changed without a migration (or the reverse) makes this diff non-empty.
    with create_workspace(tmp_path / "new.cpm") as ws, ws.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def _file_revision(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        [(revision,)] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        connection.close()
    return revision


def test_fixture_is_a_small_self_contained_file() -> None:
    """The committed fixture is one file (no WAL beside it) and stays small."""
    assert FIXTURE_0001.stat().st_size < 200_000
    assert not Path(f"{FIXTURE_0001}-wal").exists()
    assert _file_revision(FIXTURE_0001) == "0001"


def test_older_workspace_is_upgraded_keeping_its_data(tmp_path: Path) -> None:
    """Opening the revision-0001 fixture brings it to head with every row kept."""
    # A '*before-upgrade*' backup must exist exactly when the fixture's revision is not head.
    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    old_revision = _file_revision(path)
    with open_workspace(path) as ws:
        assert ws.schema_revision() == head_revision()
        with ws.transaction() as s:
            [client] = views.portfolio(s)
            assert client.name == "Fixture Client Ltd"
            [item] = client.projects
            assert item.code == "FIX-01"
            project = s.get_one(Project, item.id)
            assert (project.currency, project.budget) == ("GBP", Decimal("125000.50"))
            assert project.start_date == dt.date(2026, 9, 7)
            rows = [(r.wbs, r.name) for r in views.task_rows(s, item.id)]
            build = s.scalars(select(Task).where(Task.name == "Build")).one()
            links = s.scalars(select(Dependency)).all()
    assert rows == [
        ("1", "Design"),
        ("1.1", "Write specification"),
        ("1.2", "Review specification"),
        ("2", "Build"),
        ("3", "Go-live"),
    ]
    assert (build.duration, build.budget_cost) == (10, Decimal("40000.25"))
    assert len(links) == 3
    upgrade_backups = list(backup_dir_for(path).glob("*before-upgrade*"))
    if old_revision != head_revision():
        assert [p.name for p in upgrade_backups] == [
            f"workspace-0001_before-upgrade-from-{old_revision}.cpm"
        ]
        assert _file_revision(upgrade_backups[0]) == old_revision
    else:
        assert upgrade_backups == []


def test_upgrade_adds_an_empty_risk_register_and_default_thresholds(tmp_path: Path) -> None:
    """Revision 0003 on the 0001 fixture: risk tables exist and are empty; 5/15 thresholds."""
    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    with open_workspace(path) as ws, ws.transaction() as s:
        for model in (Risk, RiskHistory, RiskTask):
            assert s.scalar(select(func.count()).select_from(model)) == 0
        [project] = s.scalars(select(Project)).all()
        assert (project.risk_amber_from, project.risk_red_from) == (5, 15)
        # The upgraded file takes risks like a new one (checks and references in place).
        risk = risks.add_risk(s, project.id, "Late spec", probability=2, impact=3)
        assert risk.reference == "R-001"
    connection = sqlite3.connect(path)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert {"risk", "risk_history", "risk_task"} <= tables
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


def test_upgrade_adds_an_empty_change_log(tmp_path: Path) -> None:
    """Revision 0004 on the 0001 fixture: change tables exist, are empty and take requests."""
    from cpm_desktop.models import ChangeRequest, ChangeTask, ChangeTransition
    from cpm_desktop.services.changes.requests import add_change_request, transition

    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    with open_workspace(path) as ws, ws.transaction() as s:
        for model in (ChangeRequest, ChangeTransition, ChangeTask):
            assert s.scalar(select(func.count()).select_from(model)) == 0
        [project] = s.scalars(select(Project)).all()
        cr = add_change_request(s, project.id, "Extra interface", cost_impact=Decimal("10.5"))
        transition(s, cr.id, "submitted")
        assert cr.reference == "CR-001"
    connection = sqlite3.connect(path)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert {"change_request", "change_transition", "change_task"} <= tables
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


def test_upgrade_adds_empty_status_reports_and_pack_settings(tmp_path: Path) -> None:
    """Revision 0005 on the 0001 fixture: the tables exist, are empty, and take a report."""
    from cpm_desktop.models import PackSetting, StatusReport
    from cpm_desktop.services.records.pack_settings import pack_settings, save_pack_settings
    from cpm_desktop.services.records.status_reports import save_status_report, status_report

    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    with open_workspace(path) as ws, ws.transaction() as s:
        for model in (StatusReport, PackSetting):
            assert s.scalar(select(func.count()).select_from(model)) == 0
        [project] = s.scalars(select(Project)).all()
        assert pack_settings(s, project.id).paper == "a4"
        save_status_report(s, project.id, commentary="Green.", schedule_rag="green")
        save_pack_settings(s, project.id, logo=b"\x89PNG\r\n\x1a\n", logo_name="x.png")
        assert status_report(s, project.id).schedule_rag == "green"
    connection = sqlite3.connect(path)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert {"status_report", "pack_setting"} <= tables
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


def test_upgrade_adds_empty_portfolio_records_and_medium_influence(tmp_path: Path) -> None:
    """Revision 0006 on the 0001 fixture: contacts get 'medium'; the new logs exist and work."""
    from cpm_desktop.models import BillingMilestone, Contact, Decision, Feedback, Lesson
    from cpm_desktop.services.records.billing import (
        billing_schedule,
        set_billing,
        set_invoice_status,
    )
    from cpm_desktop.services.records.decisions import add_decision
    from cpm_desktop.services.records.feedback import add_feedback
    from cpm_desktop.services.records.lessons import add_lesson, lessons

    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    with open_workspace(path) as ws, ws.transaction() as s:
        for model in (BillingMilestone, Feedback, Decision, Lesson):
            assert s.scalar(select(func.count()).select_from(model)) == 0
        assert {c.influence for c in s.scalars(select(Contact))} <= {"medium"}
        [project] = s.scalars(select(Project)).all()
        golive = s.scalars(select(Task).where(Task.name == "Go-live")).one()
        billing = set_billing(s, golive.id, "25000")
        set_invoice_status(s, billing.id, "due", on=dt.date(2026, 10, 1))
        add_feedback(s, project.id, given_on=dt.date(2026, 9, 30), score=4)
        assert add_decision(s, project.id, "Go", decided_on=dt.date(2026, 9, 30)).reference == (
            "D-001"
        )
        add_lesson(s, project.id, "Book key users early", recorded_on=dt.date(2026, 9, 30))
        assert [row.status for row in billing_schedule(s, project.id)] == ["due"]
        assert len(lessons(s, text="KEY USERS")) == 1
    connection = sqlite3.connect(path)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert {"billing_milestone", "feedback", "decision", "lesson"} <= tables
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


def test_upgrade_keeps_each_rating_and_lets_a_new_project_be_unrated(tmp_path: Path) -> None:
    """Revision 0007 on the 0001 fixture: the project's RAG is kept; a new one may have none."""
    from cpm_desktop.domain.projects import Rag
    from cpm_desktop.services.portfolio.projects import NewProject, create_project

    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    with open_workspace(path) as ws, ws.transaction() as s:
        [project] = s.scalars(select(Project)).all()
        assert project.rag == Rag.GREEN  # rated before the upgrade: still the PM's rating
        create_project(
            s,
            NewProject(
                client_id=project.client_id,
                code="NEW-01",
                name="Unrated",
                start_date=dt.date(2026, 9, 7),
            ),
        )
    connection = sqlite3.connect(path)
    try:
        ratings = dict(connection.execute("SELECT code, rag FROM project").fetchall())
        assert ratings == {"FIX-01": "green", "NEW-01": None}
    finally:
        connection.close()


def test_upgrade_keeps_every_record_client_visible_and_no_project_open_book(
    tmp_path: Path,
) -> None:
    """Revision 0008 on the 0001 fixture: nothing becomes internal, no contract open-book."""
    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    with open_workspace(path):
        pass
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT DISTINCT open_book FROM project").fetchall() == [(0,)]
        for table in ("risk", "decision", "lesson"):
            flags = connection.execute(f"SELECT DISTINCT internal FROM {table}").fetchall()
            assert flags in ([], [(0,)]), table
        notes = connection.execute("SELECT DISTINCT internal_notes FROM status_report").fetchall()
        assert notes in ([], [("",)])
    finally:
        connection.close()


def test_upgrade_adds_no_rates_and_no_reporting_currency(tmp_path: Path) -> None:
    """Revision 0009 on the 0001 fixture: no rate, no reporting currency, the data kept; the
    upgraded file then takes a reporting currency and a rate."""
    from cpm_desktop.services.portfolio.exchange_rates import (
        add_exchange_rate,
        exchange_rates,
        set_reporting_currency,
    )

    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    with open_workspace(path) as ws, ws.transaction() as s:
        settings = exchange_rates(s)
        assert (settings.reporting_currency, settings.rates) == (None, ())
        [project] = s.scalars(select(Project)).all()
        assert (project.code, project.currency) == ("FIX-01", "GBP")
        set_reporting_currency(s, "EUR")
        add_exchange_rate(s, "GBP", dt.date(2026, 1, 1), "1.17")
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT currency, rate FROM exchange_rate").fetchall() == [
            ("GBP", 117_000_000)
        ]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


def test_upgrade_puts_running_projects_in_execution_with_their_frame_kept(
    tmp_path: Path,
) -> None:
    """Revision 0010 on the 0001 fixture: the project is in execution, fixed price, reported
    weekly, with no gate and no objective; its client prices in EUR; holidays stay holidays."""
    from cpm_desktop.domain import Cadence, ContractType, Stage
    from cpm_desktop.models import Client, Holiday, StageGate

    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    with open_workspace(path) as ws, ws.transaction() as s:
        [project] = s.scalars(select(Project)).all()
        assert (project.stage, project.contract_type, project.cadence) == (
            Stage.EXECUTION,
            ContractType.FIXED_PRICE,
            Cadence.WEEKLY,
        )
        assert (project.objective, project.closed_on, project.currency) == ("", None, "GBP")
        assert s.scalars(select(StageGate)).all() == []
        assert {c.currency for c in s.scalars(select(Client))} == {"EUR"}
        assert not any(h.is_working for h in s.scalars(select(Holiday)))


def test_upgrade_adds_an_empty_deliverables_log(tmp_path: Path) -> None:
    """Revision 0011 on the 0001 fixture: no deliverable; the upgraded file takes one."""
    from cpm_desktop.services.deliverables.register import add_deliverable
    from cpm_desktop.services.deliverables.views import deliverables

    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    with open_workspace(path) as ws, ws.transaction() as s:
        [project] = s.scalars(select(Project)).all()
        assert deliverables(s, project.id) == ()
        row = add_deliverable(s, project.id, "Design document", criteria=["Signed"])
        assert (row.reference, len(row.criteria)) == ("D-001", 1)


def test_upgrade_adds_empty_governance_records(tmp_path: Path) -> None:
    """Revision 0013 on the 0001 fixture: no charter, SLA, action, plan line or opportunity;
    the upgraded file takes each, and a closed project's client keeps its pipeline open."""
    from cpm_desktop.models import (
        ActionItem,
        CharterObjective,
        CommunicationItem,
        EscalationLevel,
        Opportunity,
        ScopeLine,
        ServiceLevel,
        ServiceLevelMeasure,
        SowVersion,
        SteeringMeeting,
    )

    tables = (
        ActionItem,
        CharterObjective,
        CommunicationItem,
        EscalationLevel,
        Opportunity,
        ScopeLine,
        ServiceLevel,
        ServiceLevelMeasure,
        SowVersion,
        SteeringMeeting,
    )
    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    with open_workspace(path) as ws, ws.transaction() as s:
        assert all(s.scalars(select(table)).first() is None for table in tables)
        [project] = s.scalars(select(Project)).all()
        s.add(ScopeLine(project_id=project.id, kind="in_scope", position=1, text="Pick"))
        s.add(
            Opportunity(
                client_id=project.client_id,
                project_id=project.id,
                number=1,
                title="Second site",
                currency="EUR",
                spotted_on=project.start_date,
            )
        )
    with open_workspace(path) as ws, ws.transaction() as s:
        assert s.scalars(select(ScopeLine.text)).all() == ["Pick"]
        assert s.scalars(select(Opportunity.title)).all() == ["Second site"]


def test_upgrade_keeps_every_task_as_it_was_with_no_team_or_cost(tmp_path: Path) -> None:
    """Revision 0014 on the 0001 fixture: each task fixed-units, not effort-driven, with no
    fixed cost, delay or assignment; the workspace has no resource, rate or vendor."""
    from cpm_desktop.domain.team import TaskType
    from cpm_desktop.models import Assignment, Resource, ResourceRate, Task, Vendor

    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    with open_workspace(path) as ws, ws.transaction() as s:
        tasks = s.scalars(select(Task)).all()
        assert tasks
        assert {(t.task_type, t.effort_driven, t.fixed_cost, t.leveling_delay) for t in tasks} == {
            (TaskType.FIXED_UNITS, False, 0, 0)
        }
        assert {t.priority for t in tasks} == {500}
        for table in (Assignment, Resource, ResourceRate, Vendor):
            assert s.scalars(select(table)).first() is None


def test_upgrade_gives_every_client_english_exports(tmp_path: Path) -> None:
    """Revision 0015 on the 0001 fixture: each client's exports stay English (en_GB), as they
    were written before clients had a language."""
    from cpm_desktop.models import Client

    path = tmp_path / "workspace-0001.cpm"
    shutil.copyfile(FIXTURE_0001, path)
    with open_workspace(path) as ws, ws.transaction() as s:
        clients = s.scalars(select(Client)).all()
        assert clients
        assert {c.locale for c in clients} == {"en_GB"}


def test_the_revisions_read_without_alembic_are_alembics(tmp_path: Path) -> None:
    """The head, the known revisions and a file's stamp, read from the scripts' lines and the
    version table, are what Alembic itself finds (it is loaded only to upgrade)."""
    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {script.revision for script in scripts.walk_revisions()}
    old = tmp_path / "old.cpm"
    shutil.copyfile(FIXTURE_0001, old)
    engine = create_engine(f"sqlite:///{old}")
    try:
        with engine.connect() as conn:
            assert current_revision(conn) == MigrationContext.configure(conn).get_current_revision()
            assert current_revision(conn) == "0001"
            conn.exec_driver_sql("DROP TABLE alembic_version")
            assert current_revision(conn) is None
    finally:
        engine.dispose()


def test_opening_a_current_workspace_loads_no_alembic(tmp_path: Path) -> None:
    """A workspace at head opens without Alembic (a tenth of a second of every start)."""
    path = tmp_path / "current.cpm"
    create_workspace(path).close()
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from cpm_desktop.workspace import open_workspace\n"
        f"open_workspace(Path({str(path)!r})).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
