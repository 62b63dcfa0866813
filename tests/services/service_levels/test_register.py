"""Service levels: add, edit, delete; values recorded, cleared and pasted into their periods;
every refusal leaves the workspace as it was."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpm_desktop.domain import Rag, Trend
from cpm_desktop.domain.service_levels import SlaDirection, SlaPeriod
from cpm_desktop.errors import ClosedProjectError, NotFoundError, ValidationError
from cpm_desktop.services.portfolio import lifecycle
from cpm_desktop.services.service_levels import register
from cpm_desktop.services.service_levels.views import service_level_row, service_levels
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds, assert_refused, audit_count, audit_since, snapshot

D = dt.date


def _add(workspace: Workspace, project: ProjectIds, name: str = "Availability", **fields) -> int:
    fields = {"target": 99.5, "unit": "%", "period": "weekly", "tolerance": 0.3} | fields
    with workspace.transaction() as s:
        return register.add_service_level(s, project.project_id, name, **fields).id


def test_slas_get_references_and_default_to_monthly_at_least(
    workspace: Workspace, project: ProjectIds
) -> None:
    """SLA-01, SLA-02; a bare target is an 'at least', monthly target without tolerance."""
    first = _add(workspace, project)
    with workspace.transaction() as s:
        second = register.add_service_level(s, project.project_id, "  Tickets  ", target=2)
        rows = service_levels(s, project.project_id)
    assert [r.reference for r in rows] == ["SLA-01", "SLA-02"]
    assert rows[0].id == first
    assert (second.name, second.direction, second.period, second.tolerance) == (
        "Tickets",
        SlaDirection.AT_LEAST,
        SlaPeriod.MONTHLY,
        0.0,
    )
    assert (rows[0].target_text, rows[0].rag, rows[0].met, rows[0].last) == (
        "≥ 99.5 %",
        None,
        None,
        None,
    )
    assert rows[0].attainment_text == "Not measured yet"


def test_values_fall_in_their_period_and_rate_the_sla(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A day is recorded as its week; a second value of the week replaces the first; the row
    says the last period's RAG, the trend and the attainment; all audited."""
    sla_id = _add(workspace, project)
    mark = audit_count(workspace)
    with workspace.transaction() as s:
        register.record_value(s, sla_id, D(2026, 11, 4), 99.8)
        register.record_value(s, sla_id, D(2026, 11, 11), 99.0, "patch")
        row = register.record_value(s, sla_id, D(2026, 11, 13), 99.3, "patch overran")
    assert [(m.period_start, m.value, m.note) for m in row.measures] == [
        (D(2026, 11, 2), 99.8, ""),
        (D(2026, 11, 9), 99.3, "patch overran"),
    ]
    assert (row.rag, row.met, row.trend, row.trend_text) == (
        Rag.AMBER,
        False,
        Trend.DOWN,
        "↓ worse",
    )
    assert (row.periods_met, row.periods_measured) == (1, 2)
    assert row.last is not None
    assert row.last.period_label == "Week of 9 Nov 2026"
    assert row.last.value_text == "99.3 %"
    fields = [(e.field, e.old_value, e.new_value) for e in audit_since(workspace, mark)]
    assert ("value 2026-11-09", "99", "99.3") in fields
    assert ("note 2026-11-09", "patch", "patch overran") in fields
    with workspace.transaction() as s:
        row = register.clear_value(s, sla_id, D(2026, 11, 12))
    assert [m.period_start for m in row.measures] == [D(2026, 11, 2)]
    assert row.trend is Trend.NEW


def test_a_paste_records_every_line_in_one_go(workspace: Workspace, project: ProjectIds) -> None:
    """Pasted lines become values of their weeks, replacing one already recorded."""
    sla_id = _add(workspace, project, "P1 response", target=4, unit="h", direction="at_most")
    with workspace.transaction() as s:
        register.record_value(s, sla_id, D(2026, 11, 2), 9.0)
        row = register.paste_values(
            s, sla_id, "Week\tHours\n2026-W45\t3,5 h\tgate 4\n2026-11-09;5\n2026-11-16 4.8"
        )
    assert [(m.period_start, m.value, m.note, m.rag) for m in row.measures] == [
        (D(2026, 11, 2), 3.5, "gate 4", Rag.GREEN),
        (D(2026, 11, 9), 5.0, "", Rag.RED),
        (D(2026, 11, 16), 4.8, "", Rag.RED),
    ]
    assert row.trend_text == "↓ better"


def test_edit_and_delete(workspace: Workspace, project: ProjectIds) -> None:
    """Fields change and are audited; deleting takes the values with it."""
    sla_id = _add(workspace, project)
    mark = audit_count(workspace)
    with workspace.transaction() as s:
        register.record_value(s, sla_id, D(2026, 11, 2), 99.0)
        row = register.edit_service_level(s, sla_id, name="Uptime", tolerance=0.5)
        assert (row.name, row.rag) == ("Uptime", Rag.AMBER)
        register.delete_service_level(s, sla_id)
        assert service_levels(s, project.project_id) == ()
    actions = [(e.action, e.field) for e in audit_since(workspace, mark)]
    assert ("update", "tolerance") in actions
    assert actions[-1] == ("delete", "")


@pytest.mark.parametrize(
    ("action", "match"),
    [
        (lambda s, p, i: register.add_service_level(s, p, " ", target=1), "cannot be empty"),
        (lambda s, p, i: register.add_service_level(s, p, "X"), "needs a target"),
        (lambda s, p, i: register.add_service_level(s, p, "X", target=math.nan), "a number"),
        (lambda s, p, i: register.add_service_level(s, p, "X", target=True), "must be a number"),
        (lambda s, p, i: register.add_service_level(s, p, "X", target=10**400), "within"),
        (
            lambda s, p, i: register.add_service_level(s, p, "X", target=1, tolerance=-1),
            "cannot be negative",
        ),
        (
            lambda s, p, i: register.add_service_level(s, p, "X", target=1, direction="up"),
            "Unknown direction",
        ),
        (lambda s, p, i: register.edit_service_level(s, i, period="monthly"), "clear them"),
        (lambda s, p, i: register.edit_service_level(s, i, colour="red"), "Unknown service"),
        (lambda s, p, i: register.record_value(s, i, D(2026, 11, 2), math.inf), "a number"),
        (lambda s, p, i: register.record_value(s, i, D(2026, 11, 2), "99"), "a number"),
        (lambda s, p, i: register.record_value(s, i, D(2300, 1, 1), 1.0), "outside"),
        (lambda s, p, i: register.record_value(s, i, D(2026, 11, 2), 1.0, "x" * 501), "longer"),
        (lambda s, p, i: register.clear_value(s, i, D(2027, 1, 4)), "no value for Week of 4 Jan"),
        (lambda s, p, i: register.paste_values(s, i, "2026-11-23 1\nbad 2"), "Line 2: 'bad'"),
        (lambda s, p, i: register.paste_values(s, i, ""), "Nothing to record"),
        (lambda s, p, i: register.paste_values(s, i, None), "must be text"),
    ],
)
def test_refusals_write_nothing(
    workspace: Workspace, project: ProjectIds, action, match: str
) -> None:
    """Each bad input is a sentence, and the workspace is as it was."""
    sla_id = _add(workspace, project)
    with workspace.transaction() as s:
        register.record_value(s, sla_id, D(2026, 11, 2), 99.0)
    assert_refused(
        workspace, lambda s: action(s, project.project_id, sla_id), ValidationError, match
    )


def test_unknown_sla_and_closed_project(workspace: Workspace, project: ProjectIds) -> None:
    """An SLA that is not there is not found; a closed project's SLAs are read-only."""
    sla_id = _add(workspace, project)
    assert_refused(workspace, lambda s: service_level_row(s, 999), NotFoundError)
    with workspace.transaction() as s:
        lifecycle.close_project(s, project.project_id, lifecycle.Closing(closed_on=D(2026, 12, 4)))
    assert_refused(
        workspace,
        lambda s: register.record_value(s, sla_id, D(2026, 11, 2), 99.0),
        ClosedProjectError,
    )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.text(max_size=200))
def test_a_hostile_paste_with_a_bad_line_writes_nothing(
    workspace: Workspace, project: ProjectIds, text: str
) -> None:
    """Whatever else is pasted, one line that cannot be read refuses the paste whole."""
    sla_ids = workspace.run(service_levels, project.project_id)
    sla_id = sla_ids[0].id if sla_ids else _add(workspace, project)
    before = snapshot(workspace)
    with pytest.raises(ValidationError), workspace.transaction() as s:
        register.paste_values(s, sla_id, f"{text}\nnot a period 4\n")
    assert snapshot(workspace) == before
