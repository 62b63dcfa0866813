"""steering_pack: the demo's pack shows the workspace's figures; options, refusals, no writes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import Audience, ConstraintType
from cpm_desktop.errors import ExportError, NotFoundError, ValidationError
from cpm_desktop.reports.formatting import money
from cpm_desktop.reports.pdf.pack.parts import signed
from cpm_desktop.scheduling import kpi_rags
from cpm_desktop.services.changes.views import change_summary
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.baselines import save_baseline
from cpm_desktop.services.portfolio.projects import set_status_date
from cpm_desktop.services.portfolio.standing import project_standing
from cpm_desktop.services.portfolio.views import find_project_id, project_summary
from cpm_desktop.services.records.billing import billing_schedule, status_label
from cpm_desktop.services.records.decisions import decision_log
from cpm_desktop.services.records.feedback import add_feedback, feedback_log
from cpm_desktop.services.records.pack_settings import SECTIONS, save_pack_settings
from cpm_desktop.services.risks.views import risk_register
from cpm_desktop.services.steering_pack.pack import export_steering_pack, steering_pack_content
from cpm_desktop.services.steering_pack.rag import Facts, ratings
from cpm_desktop.workspace import Workspace
from tests.reports.pack.sample import outline_titles, page_sizes, pages_text
from tests.reports.support import A4_POINTS, LETTER_POINTS, fonts_not_embedded, qpdf_check
from tests.services.support import MONDAY, ProjectIds, snapshot
from tests.templates import open_copy_of

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Workspace]:
    """The demo portfolio, shared by this module's read-only tests."""
    with open_copy_of(demo_template, tmp_path_factory.mktemp("pack") / "demo.cpm") as ws:
        yield ws


@pytest.fixture(scope="module")
def demo_id(demo: Workspace) -> int:
    """The demo project's id."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert project_id is not None
    return project_id


@pytest.fixture(scope="module")
def demo_pack(demo: Workspace, demo_id: int, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project's internal pack with its saved settings: every section, every figure."""
    out = tmp_path_factory.mktemp("out") / "pack.pdf"
    return demo.run(export_steering_pack, demo_id, out, on=TODAY, audience="internal")


def test_demo_pack_is_valid_and_complete(demo_pack: Path) -> None:
    """qpdf passes, fonts are embedded, every section is in the outline."""
    assert qpdf_check(demo_pack).returncode == 0
    assert fonts_not_embedded(demo_pack) == []
    assert len(outline_titles(demo_pack)) == len(SECTIONS)


def test_demo_pack_shows_the_workspace_figures(
    demo: Workspace, demo_id: int, demo_pack: Path
) -> None:
    """Budget figures of change_summary, the top risk, CR references, accented names."""
    text = " ".join(pages_text(demo_pack))
    summary = demo.run(change_summary, demo_id)
    for amount in (summary.current_budget, summary.approved_cost, summary.pending_cost):
        assert money(amount, summary.currency) in text
    register = demo.run(risk_register, demo_id, today=TODAY)
    live = [r for r in register.rows if r.kind == "risk" and r.status != "closed"]
    top = max(live, key=lambda r: (r.score or 0, -r.id))
    assert top.title in text
    for words in ("CR-006", "CR-007", "Henrik Sørensen", "Laura Becker", "Page 1 of"):
        assert words in text


def test_export_writes_nothing_to_the_workspace(
    demo: Workspace, demo_id: int, tmp_path: Path
) -> None:
    """The workspace is row for row the same after an export."""
    before = snapshot(demo)
    messages: list[str] = []
    demo.run(export_steering_pack, demo_id, tmp_path / "p.pdf", report=messages.append)
    assert snapshot(demo) == before
    assert messages[-1] == f"Wrote {tmp_path / 'p.pdf'}."


def test_arguments_override_saved_settings(demo: Workspace, demo_id: int, tmp_path: Path) -> None:
    """paper and sections given win over the saved ones."""
    path = demo.run(
        export_steering_pack,
        demo_id,
        tmp_path / "p.pdf",
        paper="LETTER",
        sections=["risks", "summary"],
    )
    assert set(page_sizes(path)) == {LETTER_POINTS}
    assert outline_titles(path) == ["Executive summary", "Risks and issues"]


def test_saved_settings_are_used(workspace: Workspace, project: ProjectIds, tmp_path: Path) -> None:
    """The sections and paper saved for the project are what the export prints."""
    pid = project.project_id
    with workspace.transaction() as s:
        save_pack_settings(s, pid, sections=["cover", "gantt"], paper="a4")
    path = workspace.run(export_steering_pack, pid, tmp_path / "p.pdf")
    assert page_sizes(path) == [A4_POINTS, A4_POINTS[::-1]]


def test_refusals(demo: Workspace, demo_id: int, tmp_path: Path) -> None:
    """Bad paper, section, detail, folder or project: a clear error and no file."""
    out = tmp_path / "p.pdf"
    with pytest.raises(ValidationError, match="paper"):
        demo.run(export_steering_pack, demo_id, out, paper="a3")
    with pytest.raises(ValidationError, match="section"):
        demo.run(export_steering_pack, demo_id, out, sections=["appendix"])
    with pytest.raises(ValidationError, match="Gantt detail"):
        demo.run(export_steering_pack, demo_id, out, gantt_detail="medium")
    with pytest.raises(ExportError, match="does not exist"):
        demo.run(export_steering_pack, demo_id, tmp_path / "no" / "p.pdf")
    with pytest.raises(NotFoundError):
        demo.run(export_steering_pack, 9999, out)
    assert list(tmp_path.iterdir()) == []


def test_bare_project_prints_a_valid_pack(
    workspace: Workspace, project: ProjectIds, tmp_path: Path
) -> None:
    """No tasks, baseline, status date or risks: every section still prints."""
    path = workspace.run(export_steering_pack, project.project_id, tmp_path / "p.pdf")
    assert qpdf_check(path).returncode == 0
    text = " ".join(pages_text(path))
    assert "The plan has no milestones." in text
    assert "Derived: no baseline saved" in text


def test_milestone_variance_against_the_baseline(
    workspace: Workspace, project: ProjectIds, tmp_path: Path
) -> None:
    """A milestone moved 3 working days after the baseline shows +3 d and derives amber."""
    pid = project.project_id
    with workspace.transaction() as s:
        gate = tasks.add_task(
            s,
            pid,
            "Go-live ✓ Zürich",
            is_milestone=True,
            duration=0,
            constraint_type=ConstraintType.SNET,
            constraint_date=MONDAY + dt.timedelta(days=14),
        ).id
        save_baseline(s, pid)
    with workspace.transaction() as s:
        tasks.edit_task(s, gate, constraint_date=MONDAY + dt.timedelta(days=17))
    content = workspace.run(steering_pack_content, pid, on=TODAY)
    [milestone] = content.milestones
    assert (milestone.variance, milestone.status) == (3, "At risk")
    schedule = content.summary.ratings[0]
    assert (schedule.rag, schedule.derived) == ("amber", True)
    path = workspace.run(export_steering_pack, pid, tmp_path / "p.pdf", sections=["milestones"])
    assert "Go-live ✓ Zürich" in pages_text(path)[0]
    assert "+3 d" in pages_text(path)[0]


def test_rag_set_by_the_pm_wins_over_the_derived_one() -> None:
    """An area the PM rated keeps the PM's RAG; the others are derived and say why."""
    facts = Facts(12, Decimal(110), Decimal(100), Decimal(100), Decimal(0), 0, 2, 0, TODAY)
    result = {r.area: r for r in ratings(facts, {"Budget": "green"})}
    assert (result["Schedule"].rag, result["Schedule"].derived) == ("red", True)
    assert (result["Budget"].rag, result["Budget"].derived) == ("green", False)
    assert result["Scope"].rag == "green"
    assert result["Risk"].rag == "red"
    assert "110%" in ratings(facts, {})[1].reason


def test_decisions_come_from_the_decision_log_newest_first(
    demo: Workspace, demo_id: int, demo_pack: Path
) -> None:
    """Every logged decision, most recent first, with its CR or risk; printed after the lists.

    The internal pack has them all; the client's leaves out those marked internal."""
    content = demo.run(steering_pack_content, demo_id, on=TODAY, audience=Audience.INTERNAL)
    log = demo.run(decision_log, demo_id)
    assert log
    newest_first = sorted(log, key=lambda d: (d.decided_on, d.reference), reverse=True)
    client = demo.run(steering_pack_content, demo_id, on=TODAY).decisions.taken
    assert [d.reference for d in client] == [d.reference for d in newest_first if not d.internal]
    taken = content.decisions.taken
    assert [d.reference for d in taken] == [d.reference for d in newest_first]
    for line, row in zip(taken, newest_first, strict=True):
        assert (line.title, line.decided_on, line.decided_by, line.context) == (
            row.title,
            row.decided_on,
            row.decided_by,
            row.context,
        )
        assert line.links == tuple(r for r in (row.change_reference, row.risk_reference) if r)
    assert content.decisions.required  # the status report's lists are kept
    text = " ".join(pages_text(demo_pack))
    assert text.index("Next steps") < text.index("Decisions taken") < text.index(taken[-1].title)


def test_billing_totals_add_up_the_schedule(demo: Workspace, demo_id: int, demo_pack: Path) -> None:
    """Billable, invoiced (paid too), paid and outstanding as sums of billing_schedule."""
    content = demo.run(steering_pack_content, demo_id, on=TODAY)
    rows = demo.run(billing_schedule, demo_id)
    assert rows

    def total(*statuses: str) -> Decimal:
        return sum((r.amount for r in rows if r.status in statuses), Decimal(0))

    billing = content.billing
    assert billing.billable == total("not_due", "due", "invoiced", "paid")
    assert billing.invoiced == total("invoiced", "paid")
    assert billing.paid == total("paid")
    assert billing.outstanding == total("invoiced")
    assert [line.status for line in billing.lines] == [status_label(r.status) for r in rows]
    text = " ".join(pages_text(demo_pack))
    assert f"Billable {money(billing.billable, billing.currency)}" in text
    assert f"Paid {money(billing.paid, billing.currency)}" in text


def test_csat_and_kpis_are_those_of_the_kpi_service(demo: Workspace, demo_id: int) -> None:
    """CSAT average, trend and scores, and every KPI's value and dot, from project_standing."""
    content = demo.run(steering_pack_content, demo_id, on=TODAY, audience=Audience.INTERNAL)
    status = demo.run(project_summary, demo_id).status_date
    standing = demo.run(project_standing, demo_id, as_of=status)
    kpis = standing.kpis
    rags = kpi_rags(kpis)
    scores = [
        r.score
        for r in demo.run(feedback_log, demo_id)
        if r.score is not None and r.given_on <= status
    ]
    feedback = content.feedback
    assert feedback.average == pytest.approx(sum(scores) / len(scores))
    assert (feedback.average, feedback.trend) == (kpis.csat_average, kpis.csat_trend)
    assert [s.score for s in feedback.scores] == [s.score for s in kpis.csat_scores]
    assert feedback.rag == (rags["csat_average"] or "")
    assert [line.given_on for line in feedback.latest] == sorted(
        (line.given_on for line in feedback.latest), reverse=True
    )
    shown = {kpi.label: kpi for kpi in content.summary.kpis}
    expected = {
        "On-time delivery": (kpis.on_time_rate, "on_time_rate", "{:.1%}"),
        "Cost performance (CPI)": (kpis.cpi, "cpi", "{:.2f}"),
        "Schedule performance (SPI)": (kpis.spi, "spi", "{:.2f}"),
        "Margin": (kpis.margin_pct, "margin_pct", "{:.1%}"),
    }
    for label, (value, name, form) in expected.items():
        assert shown[label].value == ("–" if value is None else form.format(value)), label
        assert shown[label].rag == (rags[name] or ""), label
    variance = kpis.finish_variance_days
    assert shown["Finish variance"].rag == (rags["finish_variance_days"] or "")
    assert shown["Finish variance"].value == signed(variance)
    assert shown["Red risks and issues"].value == str(standing.risks.red_items)
    assert shown["Pending change requests"].value == str(kpis.pending_change_requests)


def test_bare_project_prints_dashes_and_calm_lines(
    workspace: Workspace, project: ProjectIds, tmp_path: Path
) -> None:
    """No baseline, status date or logs: KPIs are "–" without a dot, each log one line."""
    pid = project.project_id
    content = workspace.run(steering_pack_content, pid, on=TODAY, audience=Audience.INTERNAL)
    kpis = {kpi.label: kpi for kpi in content.summary.kpis}
    for label in (
        "On-time delivery",
        "Finish variance",
        "Cost performance (CPI)",
        "Schedule performance (SPI)",
        "Client satisfaction (CSAT)",
    ):
        assert (kpis[label].value, kpis[label].rag) == ("–", ""), label
    red = kpis["Red risks and issues"]
    assert (red.value, red.rag) == ("0", "green")
    path = workspace.run(
        export_steering_pack,
        pid,
        tmp_path / "p.pdf",
        sections=["summary", "billing", "feedback", "decisions"],
    )
    text = " ".join(pages_text(path))
    for words in (
        "No decisions recorded yet.",
        "No billing milestones recorded yet.",
        "No CSAT scores recorded yet.",
        "No client feedback recorded yet.",
        "On-time delivery – –",
        "Finish variance – –",
    ):
        assert words in text, words


def test_feedback_after_the_status_date_waits_for_the_next_pack(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Scores and entries are those up to the status date, as the KPIs count them; newest first."""
    pid = project.project_id
    status = MONDAY + dt.timedelta(days=11)
    with workspace.transaction() as s:
        set_status_date(s, pid, status)
        for days, score in ((1, 5), (8, 3), (12, 1)):
            add_feedback(
                s,
                pid,
                given_on=MONDAY + dt.timedelta(days=days),
                score=score,
                comment=f"Said on day {days}",
            )
        add_feedback(s, pid, given_on=MONDAY + dt.timedelta(days=9), comment="No score")
    feedback = workspace.run(steering_pack_content, pid, on=TODAY).feedback
    assert feedback.as_of == status
    assert feedback.average == 4.0
    assert [s.score for s in feedback.scores] == [5, 3]
    assert [line.comment for line in feedback.latest] == [
        "No score",
        "Said on day 8",
        "Said on day 1",
    ]
    assert feedback.entries == 3
