"""The pack's financial page: cost by phase and role adding up to the project's earned value,
the burn chart's actual cost from hours and invoices, the team's utilisation; printed, with
the summary's utilisation line, for the readers who may see cost."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import Audience
from cpm_desktop.reports.pdf.pack.content import PackContent
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.portfolio.earned_value import earned_value_report
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.records.pack_settings import pack_settings
from cpm_desktop.services.steering_pack.finance import BURN_NOTE, UTILISATION
from cpm_desktop.services.steering_pack.pack import export_steering_pack, steering_pack_content
from cpm_desktop.services.team.costs import project_costs
from cpm_desktop.services.workload.views import project_utilisation
from cpm_desktop.workspace import Workspace
from tests.reports.support import qpdf_check
from tests.services.support import ProjectIds
from tests.templates import open_copy_of

TODAY = dt.date(2026, 11, 22)
CENTS = Decimal("0.05")  # each line is rounded to the cent


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Workspace]:
    """The demo portfolio, read only."""
    with open_copy_of(demo_template, tmp_path_factory.mktemp("finance") / "demo.cpm") as ws:
        yield ws


@pytest.fixture(scope="module")
def demo_id(demo: Workspace) -> int:
    """The demo's staffed project."""
    found = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert found is not None
    return found


@pytest.fixture(scope="module")
def internal(demo: Workspace, demo_id: int) -> PackContent:
    """The internal pack's content."""
    return demo.run(steering_pack_content, demo_id, on=TODAY, audience=Audience.INTERNAL)


def pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext lays it out, runs of white space as one space."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian: poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    return " ".join(out.stdout.split())


def test_cost_by_phase_and_role_add_up_to_the_project(
    demo: Workspace, demo_id: int, internal: PackContent
) -> None:
    """One line per top-level summary task, the roles and other costs; both add up to the
    project's BAC and AC, and the total is the project's earned value with its EAC."""
    finance = internal.finance
    value = demo.run(earned_value_report, demo_id, detail=False).project
    assert finance.total is not None
    assert (finance.total.budget, finance.total.actual, finance.total.forecast) == (
        value.bac,
        value.ac,
        value.eac,
    )
    assert (finance.bac, finance.ac, finance.eac) == (value.bac, value.ac, value.eac)
    phases = [t.name for t in demo.run(timeline, demo_id).tasks if t.depth == 0]
    assert [line.name for line in finance.phases] == phases
    for lines in (finance.phases, finance.roles):
        assert sum(line.budget or 0 for line in lines) == pytest.approx(value.bac, abs=CENTS)
        assert sum(line.actual or 0 for line in lines) == pytest.approx(value.ac, abs=CENTS)
    roles = {line.name: line for line in finance.roles}
    assert {"Integration developer", "Project manager", "WMS consultant"} <= roles.keys()
    # A line's variance is its budget less its forecast: an overrun is negative.
    design = finance.phases[2]
    assert design.variance == (design.budget or 0) - (design.forecast or 0)


def test_the_burn_line_is_the_weeks_hours_and_invoices(
    demo: Workspace, demo_id: int, internal: PackContent
) -> None:
    """Cumulative actual cost week by week, rising to the project's actual cost by the status
    date; the utilisation is the workload service's."""
    finance = internal.finance
    burn = finance.burn
    assert len(burn) > 5
    weekly = demo.run(project_costs, demo_id).weekly_actual
    assert burn[0].actual == next(iter(weekly.values()))
    assert [b.actual for b in burn] == sorted(b.actual for b in burn)
    assert burn[-1].day == finance.status_date
    assert burn[-1].actual == finance.ac
    assert finance.burn_note == BURN_NOTE
    used = demo.run(project_utilisation, demo_id)
    assert finance.utilisation is not None
    assert finance.utilisation.percent == pytest.approx(used.percent)
    assert finance.utilisation.billable_hours == used.billable_hours


def test_only_cost_readers_get_the_utilisation_kpi_and_the_page(
    demo: Workspace, demo_id: int, internal: PackContent
) -> None:
    """The summary's utilisation line (no RAG) and the financial page are in the internal pack
    of a fixed-price project, not in the client's."""
    client = demo.run(steering_pack_content, demo_id, on=TODAY, audience=Audience.CLIENT)
    used = demo.run(project_utilisation, demo_id)
    line = next(k for k in internal.summary.kpis if k.label == UTILISATION)
    assert line.value == f"{used.percent:.0f}%"
    assert line.rag == ""
    assert "billable ÷ available hours" in line.detail
    assert UTILISATION not in {k.label for k in client.summary.kpis}
    assert "finance" in internal.sections
    assert "finance" not in client.sections


def test_the_finance_page_is_gathered_only_for_a_pack_that_prints_it(
    demo: Workspace, demo_id: int, internal: PackContent
) -> None:
    """A client pack gathers no finance; an internal one without the page only the team's
    utilisation, and its summary reads as the full pack's (the KPIs take earned value's
    totals, the same with or without the per-task values)."""
    client = demo.run(steering_pack_content, demo_id, on=TODAY, audience=Audience.CLIENT)
    assert client.finance is None
    settings = demo.run(pack_settings, demo_id)
    without = dataclasses.replace(
        settings, sections=tuple(s for s in settings.sections if s != "finance")
    )
    no_page = demo.run(
        steering_pack_content, demo_id, on=TODAY, audience=Audience.INTERNAL, settings=without
    )
    assert internal.finance is not None
    assert internal.finance.phases
    assert no_page.finance is not None
    assert (no_page.finance.phases, no_page.finance.curve, no_page.finance.bac) == ((), (), None)
    assert no_page.finance.utilisation == internal.finance.utilisation
    assert no_page.summary == internal.summary


def test_the_printed_page_names_each_phase(
    demo: Workspace, demo_id: int, internal: PackContent, tmp_path: Path
) -> None:
    """The rendered page: each phase and role, the totals, the burn chart, the utilisation."""
    path = demo.run(
        export_steering_pack,
        demo_id,
        tmp_path / "finance.pdf",
        on=TODAY,
        sections=["finance"],
        audience=Audience.INTERNAL,
    )
    assert qpdf_check(path).returncode == 0
    text = pdf_text(path)
    for line in (*internal.finance.phases, *internal.finance.roles):
        assert line.label in text, line.label
    for words in (
        "Cost by phase",
        "Cost by role",
        "Forecast (EAC)",
        "Cost burn",
        "Forecast at completion (EAC)",
        BURN_NOTE,
        "Team utilisation",
    ):
        assert words in text, words


def test_a_project_nothing_prices_says_no_cost_data(
    workspace: Workspace, project: ProjectIds, tmp_path: Path
) -> None:
    """No team, rate or cost: the page says so instead of tables, and the utilisation line
    says there is no team."""
    content = workspace.run(
        steering_pack_content, project.project_id, on=TODAY, audience=Audience.INTERNAL
    )
    assert not content.finance.has_cost_data
    assert content.finance.utilisation is None
    line = next(k for k in content.summary.kpis if k.label == UTILISATION)
    assert (line.value, line.detail) == ("–", "no team recorded yet")
    path = workspace.run(
        export_steering_pack,
        project.project_id,
        tmp_path / "bare.pdf",
        on=TODAY,
        sections=["finance"],
        audience=Audience.INTERNAL,
    )
    assert "No cost data" in pdf_text(path)
