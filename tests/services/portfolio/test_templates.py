"""A project from a template: the plan's shape and the billing split, no dates or progress."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cpm_desktop.domain import RiskStatus
from cpm_desktop.errors import DuplicateError
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.baselines import save_baseline
from cpm_desktop.services.portfolio import projects, templates
from cpm_desktop.services.portfolio.views import task_rows
from cpm_desktop.services.records.billing import billing_schedule, set_billing
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.services.risks.views import risk_register
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, ProjectIds, assert_refused, outline

NEXT_START = dt.date(2027, 3, 1)


def _new(project: ProjectIds, code: str = "ACME-02") -> projects.NewProject:
    return projects.NewProject(
        client_id=project.client_id,
        code=code,
        name="Second site",
        start_date=NEXT_START,
        contract_value=Decimal("200000"),
    )


def test_the_copy_has_the_outline_links_register_and_billing_split_but_no_history(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    pid = project.project_id
    with workspace.transaction() as s:
        projects.update_project(s, pid, contract_value=Decimal("100000"))
        tasks.edit_task(s, chain["A"], percent_complete=100)
        set_billing(s, chain["C"], Decimal("25000"))
        add_risk(s, pid, "Key user leaves", on=MONDAY, probability=3, impact=4, category="People")
        save_baseline(s, pid)
        created = templates.create_from_template(s, _new(project), pid)
    assert outline(workspace, created.id) == outline(workspace, pid)
    with workspace.transaction() as s:
        rows = task_rows(s, created.id)
        assert {row.percent_complete for row in rows} == {0}
        assert min(row.start for row in rows if row.start) == NEXT_START
        by_name = {row.name: row for row in rows}
        # The chain A → B → C still holds in the copy.
        assert by_name["A"].finish < by_name["B"].start <= by_name["C"].start
        [entry] = risk_register(s, created.id).rows
        assert (entry.title, entry.category, entry.status, entry.raised_on) == (
            "Key user leaves",
            "People",
            RiskStatus.OPEN,
            NEXT_START,
        )
        [billing] = billing_schedule(s, created.id)
        assert billing.amount == Decimal("50000.00")  # a quarter of 200,000


def test_a_template_copy_refuses_a_taken_code_and_writes_nothing(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    assert_refused(
        workspace,
        lambda s: templates.create_from_template(s, _new(project, "ACME-01"), project.project_id),
        DuplicateError,
    )
