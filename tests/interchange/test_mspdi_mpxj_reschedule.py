"""The demo's MS Project XML, recalculated by MPXJ's scheduler, keeps the dates of our schedule.

MPXJ's scheduler (../shared/tools/mpxj_dump.py --reschedule) stands in for MS Project opening
the file. The comparison, per project: every non-summary task of the plan (milestones included;
summaries and the project summary left out) gives two pairs, our start against the start MPXJ
computes and our finish against its finish, each compared as a calendar day (a finish MPXJ puts
at or before 08:00 is the end of the working day before, as MS Project shows it). The share is
matching pairs over all pairs; a task MPXJ does not return counts as two misses
(mpxj_schedule.agreement).

Skipped where Java, ../shared/tools/mpxj_dump.py or PyPI (for the throwaway venv outside the
clone, built once and reused) is missing. The demo's exports go through MPXJ in one JVM run of a
few seconds, shared by the module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from cpm_desktop.interchange.model import Plan
from cpm_desktop.interchange.mspdi_write import write_mspdi
from cpm_desktop.models import Project, Task
from cpm_desktop.services.interchange.exporting import project_plan
from cpm_desktop.services.portfolio.views import find_project_id
from tests import templates
from tests.interchange.mpxj_schedule import (
    MpxjUnavailable,
    agreement,
    mpxj_python,
    reschedule,
)

DEMO_PROJECTS = ("NHL-WMS", "ALP-CC")
REQUIRED = 0.98


@pytest.fixture(scope="module")
def rescheduled(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Plan, dict[str, Any]]]:
    """Per export name: the plan we wrote and MPXJ's rescheduling of the file.

    The demo's two projects in progress as the demo has them ("NHL-WMS", "ALP-CC"), and the
    same projects with their progress and status date cleared ("... without progress").
    """
    try:
        python = mpxj_python()
    except MpxjUnavailable as why:
        pytest.skip(f"MPXJ cannot run here: {why}")
    folder = tmp_path_factory.mktemp("mpxj")
    plans = _demo_plans(demo_template, folder / "demo.cpm", "")
    plans |= _demo_plans(demo_template, folder / "bare.cpm", " without progress", clear=True)
    files = []
    for name, plan in plans.items():
        path = folder / f"{name}.xml"
        path.write_bytes(write_mspdi(plan))
        files.append(path)
    dumps = reschedule(python, files, folder / "mpxj")
    return {name: (plans[name], dumps[f"{name}.xml"]) for name in plans}


def _demo_plans(template: Path, path: Path, suffix: str, *, clear: bool = False) -> dict[str, Plan]:
    """The demo's projects as the MSPDI export takes them; `clear` removes all progress first."""
    with templates.open_copy_of(template, path) as workspace:
        if clear:
            with workspace.transaction() as session:
                session.execute(
                    update(Task).values(percent_complete=0, actual_start=None, actual_finish=None)
                )
                session.execute(update(Project).values(status_date=None))
        plans = {}
        for code in DEMO_PROJECTS:
            found = workspace.run(find_project_id, code)
            assert found is not None, code
            plans[code + suffix] = workspace.run(project_plan, found)
    return plans


@pytest.mark.parametrize("code", DEMO_PROJECTS)
def test_demo_in_progress_keeps_our_dates_when_mpxj_reschedules_it(
    code: str, rescheduled: dict[str, tuple[Plan, dict[str, Any]]]
) -> None:
    """At least 98 % of the start/finish days of the demo's non-summary tasks survive MPXJ."""
    plan, dump = rescheduled[code]
    assert plan.status_date is not None
    assert any(t.actual_start and not t.actual_finish for t in plan.tasks)  # in progress
    result = agreement(plan, dump)
    assert result.compared >= 2 * 10
    assert result.share >= REQUIRED, result.report()


@pytest.mark.parametrize("code", DEMO_PROJECTS)
def test_demo_without_progress_keeps_every_date_when_mpxj_reschedules_it(
    code: str, rescheduled: dict[str, tuple[Plan, dict[str, Any]]]
) -> None:
    """Without progress or status date MPXJ reproduced every date before this change; still so."""
    plan, dump = rescheduled[f"{code} without progress"]
    assert plan.status_date is None
    result = agreement(plan, dump)
    assert result.share == 1.0, result.report()
