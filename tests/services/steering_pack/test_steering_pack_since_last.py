"""The pack's "Since the last report": the demo's kept reports, for each audience."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.demo.portfolio import RETAIL_PROJECT_CODE
from cpm_desktop.demo.risks import INTERNAL_RISK
from cpm_desktop.domain import Audience
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.services.status_cycle.cycle import record_status
from cpm_desktop.services.steering_pack.pack import export_steering_pack, steering_pack_content
from cpm_desktop.workspace import Workspace
from tests.reports.pack.sample import outline_titles, pages_text
from tests.templates import demo_template, open_copy_of

# Its tests copy the session's demo template themselves (on either store).
pytestmark = pytest.mark.on_both_stores

NEXT_WEEK = dt.date(2026, 11, 27)
INTERNAL_TITLE = "Our own bench is thin for the cut-over weekend"
CLIENT_TITLE = "Carrier label stock runs short"


@pytest.fixture(scope="module")
def week_later(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The demo, one weekly cycle on: an internal and a client risk raised."""
    path = tmp_path_factory.mktemp("since") / "demo.cpm"
    with open_copy_of(demo_template(tmp_path_factory), path) as ws:
        project_id = _id(ws, DEMO_PROJECT_CODE)
        with ws.transaction() as s:
            add_risk(
                s, project_id, INTERNAL_TITLE, on=NEXT_WEEK, probability=2, impact=3, internal=True
            )
            add_risk(s, project_id, CLIENT_TITLE, on=NEXT_WEEK, probability=3, impact=2)
            record_status(s, project_id, NEXT_WEEK, commentary="Week 48.")
        yield ws


def _id(ws: Workspace, code: str) -> int:
    project_id = ws.run(find_project_id, code)
    assert project_id is not None
    return project_id


def test_the_demo_pack_compares_with_last_weeks_report(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The demo keeps its 13 and 20 Nov reports: the pack says what moved since 13 Nov."""
    path = tmp_path_factory.mktemp("demo") / "demo.cpm"
    with open_copy_of(demo_template(tmp_path_factory), path) as ws:
        content = ws.run(steering_pack_content, _id(ws, DEMO_PROJECT_CODE))
    since = content.since_last
    assert since is not None
    assert (since.previous_date, since.status_date) == (
        dt.date(2026, 11, 13),
        dt.date(2026, 11, 20),
    )
    assert not since.is_empty
    assert "since_last" in content.sections


def test_the_demo_pack_tells_the_week_from_the_records_of_13_november(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The week of 13–20 Nov as the demo tells it: the label printer issue raised on 18 Nov,
    four risks rescored at the 20 Nov review and one issue's severity lowered, the internal
    risk of 16 Nov in the internal pack only; no invoice moved, no change request decided."""
    path = tmp_path_factory.mktemp("week") / "demo.cpm"
    with open_copy_of(demo_template(tmp_path_factory), path) as ws:
        project_id = _id(ws, DEMO_PROJECT_CODE)
        with ws.transaction() as s:
            client = steering_pack_content(s, project_id, audience=Audience.CLIENT).since_last
            internal = steering_pack_content(s, project_id, audience=Audience.INTERNAL).since_last
        texts = {
            audience: _pack_text(ws, project_id, path.with_name(f"{audience}.pdf"), audience)
            for audience in Audience
        }
    assert client is not None
    assert internal is not None
    assert [r.reference for r in client.risks_raised] == ["R-018"]
    assert [r.title for r in internal.risks_raised] == [client.risks_raised[0].title, INTERNAL_RISK]
    rescored = {r.risk.reference: (r.was, r.risk.score) for r in client.risks_rescored}
    assert rescored == {
        "R-001": (16, 12),
        "R-004": (12, 16),
        "R-005": (15, 20),
        "R-015": (9, 12),
        "R-017": (3, 2),  # an issue: its severity
    }
    assert (client.risks_closed, client.changes_decided, client.invoices) == ((), (), ())
    assert (
        "Register entries raised: R-018 Label printers' firmware rejects" in texts[Audience.CLIENT]
    )
    assert "Rescored: R-001 RF scanner delivery delay" in texts[Audience.CLIENT]
    assert INTERNAL_RISK not in texts[Audience.CLIENT]
    assert f"R-019 {INTERNAL_RISK}" in texts[Audience.INTERNAL]


def _pack_text(ws: Workspace, project_id: int, out: Path, audience: Audience) -> str:
    """The pack's text for `audience`, its whitespace (line breaks too) made single spaces."""
    written = ws.run(export_steering_pack, project_id, out, audience=audience)
    return " ".join(" ".join(pages_text(written)).split())


def test_a_project_without_reports_prints_no_section(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The retail pilot has a status date but no report kept: nothing to compare, no section."""
    path = tmp_path_factory.mktemp("retail") / "demo.cpm"
    with open_copy_of(demo_template(tmp_path_factory), path) as ws:
        content = ws.run(steering_pack_content, _id(ws, RETAIL_PROJECT_CODE))
        out = ws.run(export_steering_pack, _id(ws, RETAIL_PROJECT_CODE), path.with_suffix(".pdf"))
    assert content.since_last is None
    assert "Since the last report" not in " ".join(pages_text(out))


def test_without_an_earlier_report_the_plan_s_facts_are_not_read(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing to compare with: the pack does not read every task's facts to say nothing."""

    def refused(*_args: object) -> None:
        raise AssertionError("read the plan's facts")

    monkeypatch.setattr("cpm_desktop.services.status_cycle.since_last.current_facts", refused)
    path = tmp_path_factory.mktemp("first") / "demo.cpm"
    with open_copy_of(demo_template(tmp_path_factory), path) as ws:
        content = ws.run(steering_pack_content, _id(ws, RETAIL_PROJECT_CODE))
    assert content.since_last is None


def test_the_internal_pack_names_internal_entries_the_client_pack_never(
    week_later: Workspace, tmp_path: Path
) -> None:
    """Both packs print the section; the internal risk raised is only in the internal one."""
    project_id = _id(week_later, DEMO_PROJECT_CODE)
    texts = {}
    for audience in Audience:
        out = week_later.run(
            export_steering_pack, project_id, tmp_path / f"{audience}.pdf", audience=audience
        )
        text = " ".join(" ".join(pages_text(out)).split())
        assert "Since the last report (20 Nov 2026)" in text
        assert "Since the last report (20 Nov 2026)" in outline_titles(out)
        texts[audience] = text
    assert CLIENT_TITLE in texts[Audience.CLIENT]
    assert INTERNAL_TITLE not in texts[Audience.CLIENT]
    assert INTERNAL_TITLE in texts[Audience.INTERNAL]


def test_the_client_content_drops_internal_entries_from_every_list(week_later: Workspace) -> None:
    """Raised, closed and rescored: no internal entry in the client's copy, all in the other."""
    project_id = _id(week_later, DEMO_PROJECT_CODE)
    with week_later.transaction() as s:
        internal = steering_pack_content(s, project_id, audience=Audience.INTERNAL).since_last
        client = steering_pack_content(s, project_id, audience=Audience.CLIENT).since_last
    assert internal is not None
    assert client is not None
    assert any(r.internal for r in internal.risks_raised)
    for entries in (client.risks_raised, client.risks_closed):
        assert not any(r.internal for r in entries)
    assert not any(r.risk.internal for r in client.risks_rescored)
    assert client == internal.without_internal()
