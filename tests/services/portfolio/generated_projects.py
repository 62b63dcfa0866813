"""Generated projects for the one-truth tests: a hypothesis strategy and a builder over the
public services (plan, baseline, progress, status date, risks, changes, feedback, PM rating).

`ProjectSpec` says what a project is made of; `build_project` writes it into a workspace the
way a user would, through the use cases only, so every output reads a project a user could make.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from hypothesis import strategies as st
from sqlalchemy.orm import Session

from cpm_desktop.domain import ChangeStatus, Rag, RiskKind
from cpm_desktop.services.changes import requests as crs
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.baselines import save_baseline
from cpm_desktop.services.plan.dependencies import add_dependency
from cpm_desktop.services.portfolio.clients import create_client
from cpm_desktop.services.portfolio.projects import NewProject, create_project, set_status_date
from cpm_desktop.services.records.feedback import add_feedback
from cpm_desktop.services.risks.register import add_risk, close_risk
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY

CODE = "GEN-1"
CURRENCIES = ("EUR", "CHF", "USD")
S = ChangeStatus
# The workflow's steps from Draft to each status a generated request ends in.
STEPS: dict[ChangeStatus, tuple[ChangeStatus, ...]] = {
    S.DRAFT: (),
    S.SUBMITTED: (S.SUBMITTED,),
    S.UNDER_ASSESSMENT: (S.SUBMITTED, S.UNDER_ASSESSMENT),
    S.APPROVED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.APPROVED),
    S.IMPLEMENTED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.APPROVED, S.IMPLEMENTED),
    S.REJECTED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.REJECTED),
    S.DEFERRED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.DEFERRED),
}


@dataclass(frozen=True, slots=True)
class TaskSpec:
    """A work task of the chain, its budget, and whether a milestone follows it."""

    duration: int  # working days
    budget: int  # 0: no budgeted cost
    milestone_after: bool
    percent: int  # % complete
    actual_cost: int


@dataclass(frozen=True, slots=True)
class RiskSpec:
    """A register entry: a risk or opportunity by probability × impact, an issue by severity."""

    kind: RiskKind
    probability: int
    impact: int
    closed: bool


@dataclass(frozen=True, slots=True)
class ChangeSpec:
    """A change request and the status it ends in."""

    status: ChangeStatus
    cost: int
    days: int
    billable: bool
    order_value: int


@dataclass(frozen=True, slots=True)
class ProjectSpec:
    """Everything a generated project is made of."""

    currency: str
    budget: int  # 0: no budget set
    contract_value: int  # 0: no contract value set
    tasks: tuple[TaskSpec, ...]
    baseline: bool
    slip: int  # working days added to the first task after the baseline was saved
    status_offset: int | None  # calendar days from the start to the status date; None: unset
    risks: tuple[RiskSpec, ...]
    changes: tuple[ChangeSpec, ...]
    scores: tuple[tuple[int, int | None], ...]  # (days after the start, CSAT score or None)
    pm_rag: Rag | None


def _money() -> st.SearchStrategy[int]:
    return st.one_of(st.just(0), st.integers(1_000, 400_000))


task_specs = st.builds(
    TaskSpec,
    duration=st.integers(1, 10),
    budget=st.one_of(st.just(0), st.integers(100, 50_000)),
    milestone_after=st.booleans(),
    percent=st.sampled_from((0, 0, 30, 50, 100)),
    actual_cost=st.one_of(st.just(0), st.integers(100, 40_000)),
)
risk_specs = st.builds(
    RiskSpec,
    kind=st.sampled_from(tuple(RiskKind)),
    probability=st.integers(1, 5),
    impact=st.integers(1, 5),
    closed=st.booleans(),
)
change_specs = st.builds(
    ChangeSpec,
    status=st.sampled_from(tuple(STEPS)),
    cost=st.integers(0, 20_000),
    days=st.integers(0, 5),
    billable=st.booleans(),
    order_value=st.integers(0, 25_000),
)
project_specs = st.builds(
    ProjectSpec,
    currency=st.sampled_from(CURRENCIES),
    budget=_money(),
    contract_value=_money(),
    tasks=st.lists(task_specs, min_size=1, max_size=4).map(tuple),
    baseline=st.booleans(),
    slip=st.integers(0, 6),
    status_offset=st.one_of(st.none(), st.integers(0, 60)),
    risks=st.lists(risk_specs, max_size=5).map(tuple),
    changes=st.lists(change_specs, max_size=4).map(tuple),
    scores=st.lists(
        st.tuples(st.integers(0, 70), st.one_of(st.none(), st.integers(1, 5))), max_size=7
    ).map(tuple),
    pm_rag=st.one_of(st.none(), st.sampled_from(tuple(Rag))),
)

# Corners every run meets, whatever the random examples are.
NOTHING_SET = ProjectSpec(
    currency="EUR",
    budget=0,
    contract_value=0,
    tasks=(TaskSpec(5, 0, True, 0, 0),),
    baseline=False,
    slip=0,
    status_offset=None,
    risks=(),
    changes=(),
    scores=(),
    pm_rag=None,
)
EVERYTHING_SET = ProjectSpec(
    currency="CHF",
    budget=120_000,
    contract_value=150_000,
    tasks=(
        TaskSpec(5, 30_000, True, 100, 36_000),
        TaskSpec(8, 50_000, True, 50, 30_000),
        TaskSpec(6, 40_000, True, 0, 0),
    ),
    baseline=True,
    slip=3,
    status_offset=21,
    risks=(
        RiskSpec(RiskKind.RISK, 5, 4, False),
        RiskSpec(RiskKind.RISK, 4, 4, False),
        RiskSpec(RiskKind.RISK, 5, 5, True),
        RiskSpec(RiskKind.ISSUE, 4, 1, False),
        RiskSpec(RiskKind.OPPORTUNITY, 5, 5, False),
    ),
    changes=(
        ChangeSpec(S.APPROVED, 4_000, 3, True, 6_000),
        ChangeSpec(S.UNDER_ASSESSMENT, 2_000, 2, True, 3_000),
        ChangeSpec(S.SUBMITTED, 500, 0, False, 0),
        ChangeSpec(S.REJECTED, 9_000, 4, True, 9_000),
    ),
    scores=((3, 4), (10, 3), (17, 5), (24, 2), (31, 4), (38, 5), (45, None)),
    pm_rag=Rag.GREEN,
)
# Progress, a budget only on the project (no task is budgeted), a contract value, in USD.
BUDGET_WITHOUT_TASK_BUDGETS = ProjectSpec(
    currency="USD",
    budget=50_000,
    contract_value=60_000,
    tasks=(TaskSpec(5, 0, True, 100, 12_000), TaskSpec(5, 0, True, 50, 8_000)),
    baseline=True,
    slip=0,
    status_offset=10,
    risks=(RiskSpec(RiskKind.ISSUE, 1, 5, False), RiskSpec(RiskKind.ISSUE, 1, 3, False)),
    changes=(ChangeSpec(S.IMPLEMENTED, 1_000, 1, False, 0),),
    scores=((2, 5),),
    pm_rag=None,
)


def build_project(workspace: Workspace, spec: ProjectSpec) -> int:
    """Write `spec` into `workspace` as project CODE of a new client; return the project's id."""
    with workspace.transaction() as s:
        client = create_client(s, "Generated Client")
        project = create_project(
            s,
            NewProject(
                client_id=client.id,
                code=CODE,
                name="Generated project",
                start_date=MONDAY,
                currency=spec.currency,
                budget=spec.budget,
                contract_value=spec.contract_value,
                rag=spec.pm_rag,
            ),
        )
        pid = project.id
        work = _plan(s, pid, spec.tasks)
        if spec.baseline:
            save_baseline(s, pid)
            if spec.slip:
                tasks.edit_task(s, work[0], duration=spec.tasks[0].duration + spec.slip)
        for task_id, task in zip(work, spec.tasks, strict=True):
            if task.percent or task.actual_cost:
                tasks.edit_task(
                    s,
                    task_id,
                    percent_complete=task.percent,
                    actual_cost=Decimal(task.actual_cost),
                )
        if spec.status_offset is not None:
            set_status_date(s, pid, MONDAY + dt.timedelta(days=spec.status_offset))
        for number, risk in enumerate(spec.risks):
            _risk(s, pid, number, risk)
        for number, change in enumerate(spec.changes):
            _change(s, pid, number, change)
        for offset, score in spec.scores:
            add_feedback(s, pid, given_on=MONDAY + dt.timedelta(days=offset), score=score)
        return pid


def _plan(session: Session, project_id: int, specs: tuple[TaskSpec, ...]) -> list[int]:
    """The tasks one after the other, each followed by its milestone; the work tasks' ids."""
    work: list[int] = []
    previous: int | None = None
    for number, spec in enumerate(specs, start=1):
        task = tasks.add_task(
            session,
            project_id,
            f"Work {number}",
            duration=spec.duration,
            budget_cost=Decimal(spec.budget),
        )
        work.append(task.id)
        chain = [task.id]
        if spec.milestone_after:
            milestone = tasks.add_task(
                session, project_id, f"Milestone {number}", duration=0, is_milestone=True
            )
            chain.append(milestone.id)
        if previous is not None:
            add_dependency(session, previous, chain[0])
        for before, after in zip(chain, chain[1:], strict=False):
            add_dependency(session, before, after)
        previous = chain[-1]
    return work


def _risk(session: Session, project_id: int, number: int, spec: RiskSpec) -> None:
    title = f"Entry {number}"
    if spec.kind == RiskKind.ISSUE:
        row = add_risk(session, project_id, title, kind=spec.kind, on=MONDAY, severity=spec.impact)
    else:
        row = add_risk(
            session,
            project_id,
            title,
            kind=spec.kind,
            on=MONDAY,
            probability=spec.probability,
            impact=spec.impact,
        )
    if spec.closed:
        close_risk(session, row.id, on=MONDAY)


def _change(session: Session, project_id: int, number: int, spec: ChangeSpec) -> None:
    row = crs.add_change_request(
        session,
        project_id,
        f"Change {number}",
        on=MONDAY,
        cost_impact=spec.cost,
        schedule_days=spec.days,
        billable=spec.billable,
        change_order_value=spec.order_value if spec.billable else 0,
    )
    for step in STEPS[spec.status]:
        crs.transition(
            session,
            row.id,
            step,
            on=MONDAY,
            decided_by="Sponsor",
            decided_on=MONDAY,
            decision_notes="Agreed.",
        )
