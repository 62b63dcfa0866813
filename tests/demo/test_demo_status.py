"""The demo's status report and pack settings for NHL-WMS at its 20 Nov 2026 status date."""

from __future__ import annotations

import datetime as dt

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.demo.portfolio import RETAIL_PROJECT_CODE
from cpm_desktop.services.portfolio import views
from cpm_desktop.services.records.pack_settings import SECTIONS, pack_settings
from cpm_desktop.services.records.status_reports import status_report
from cpm_desktop.workspace import Workspace


def _project_id(demo: Workspace, code: str) -> int:
    with demo.transaction() as s:
        project_id = views.find_project_id(s, code)
    assert project_id is not None
    return project_id


def test_the_pm_reports_amber_for_the_status_date(demo: Workspace) -> None:
    """NHL-WMS has a report for 2026-11-20: commentary of 3–5 sentences, RAGs, lists."""
    project_id = _project_id(demo, DEMO_PROJECT_CODE)
    with demo.transaction() as s:
        report = status_report(s, project_id)
    assert report.status_date == dt.date(2026, 11, 20)
    assert 3 <= report.commentary.count(". ") + 1 <= 5
    assert "migration" in report.commentary
    rags = (report.schedule_rag, report.budget_rag, report.scope_rag, report.risk_rag)
    assert rags == ("amber", "green", "amber", "amber")
    assert 2 <= len(report.decisions_required.splitlines()) <= 3
    assert 3 <= len(report.next_steps.splitlines()) <= 4


def test_the_pack_is_set_for_the_steering_committee(demo: Workspace) -> None:
    """Meeting on 25 November, confidential to the client and supplier, every section."""
    with demo.transaction() as s:
        settings = pack_settings(s, _project_id(demo, DEMO_PROJECT_CODE))
    assert settings.meeting_date == dt.date(2026, 11, 25)
    assert settings.confidentiality == "Confidential — Nordhaven Logistics and supplier only"
    assert settings.sections == SECTIONS


def test_the_other_project_has_no_report(demo: Workspace) -> None:
    """The retail pilot shows the empty defaults: nothing saved for it."""
    with demo.transaction() as s:
        report = status_report(s, _project_id(demo, RETAIL_PROJECT_CODE))
    assert (report.commentary, report.schedule_rag) == ("", "")
