"""The demo's supplier-only records, so client and internal exports of NHL-WMS differ."""

from __future__ import annotations

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.demo.portfolio import RETAIL_PROJECT_CODE
from cpm_desktop.demo.portfolio_records import INTERNAL_DECISION, INTERNAL_LESSON
from cpm_desktop.demo.risks import INTERNAL_RISK
from cpm_desktop.demo.status import INTERNAL_NOTES
from cpm_desktop.services.portfolio import views
from cpm_desktop.services.records.decisions import decision_log
from cpm_desktop.services.records.lessons import lessons
from cpm_desktop.services.records.status_reports import status_report
from cpm_desktop.services.risks.views import risk_register
from cpm_desktop.workspace import Workspace


def _project_id(demo: Workspace, code: str = DEMO_PROJECT_CODE) -> int:
    project_id = demo.run(views.find_project_id, code)
    assert project_id is not None
    return project_id


def test_one_risk_one_decision_and_one_lesson_are_internal(demo: Workspace) -> None:
    """Exactly the named entries are the supplier's own; everything else is client-visible."""
    project_id = _project_id(demo)
    with demo.transaction() as s:
        risks = risk_register(s, project_id).rows
        decisions = decision_log(s, project_id)
        found = lessons(s)
    assert [r.title for r in risks if r.internal] == [INTERNAL_RISK]
    assert [d.title for d in decisions if d.internal] == [INTERNAL_DECISION[0]]
    assert [(r.project_code, r.title) for r in found if r.internal] == [
        (DEMO_PROJECT_CODE, INTERNAL_LESSON[0])
    ]


def test_the_status_report_has_an_internal_note(demo: Workspace) -> None:
    """The note names the margin, which only the internal pack may print."""
    with demo.transaction() as s:
        report = status_report(s, _project_id(demo))
    assert report.internal_notes == INTERNAL_NOTES
    assert "margin" in report.internal_notes.lower()
    assert "margin" not in report.commentary.lower()


def test_both_demo_contracts_are_fixed_price(demo: Workspace) -> None:
    """Not open-book: a client export shows what the client pays, never the cost."""
    with demo.transaction() as s:
        for code in (DEMO_PROJECT_CODE, RETAIL_PROJECT_CODE):
            assert not views.project_summary(s, _project_id(demo, code)).open_book
