"""The tabs behind the Timeline read a project only once they are in front, and are built
only when they first come forward: behind another tab, a project switch costs them nothing,
and they show the project selected last when they come forward."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import ChangeStatus, View
from cpm_desktop.services.deliverables.views import deliverables
from cpm_desktop.services.risks.views import risk_register
from cpm_desktop.services.team.assignments import project_assignments
from cpm_desktop.services.team.editing_ui_support import resource_lines
from cpm_desktop.ui.deliverables.columns import REF
from cpm_desktop.ui.main_window import MainWindow
from tests.ui.navigator_support import select_other_project


def record_reads(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[Callable[..., Any]]:
    """Every service call the window's workspace runs from now on, in order."""
    reads: list[Callable[..., Any]] = []
    run = window.workspace.run

    def recording(use_case: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        reads.append(use_case)
        return run(use_case, *args, **kwargs)

    monkeypatch.setattr(window.workspace, "run", recording)
    return reads


def test_a_hidden_team_tab_reads_nothing_until_it_comes_forward(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Behind the Timeline the Team tab reads no project, through a project switch too; brought
    forward, its Resources page shows the project selected last, with its assignments."""
    team = window.team.view
    resources = team.resources.resources
    assert window.tabs.currentWidget() is window.timeline.view
    assert resources.project_id is None  # the demo was selected behind the Timeline
    window.show_view(View.TEAM)
    first = window.project_id
    assert resources.project_id == first
    first_summary = resources.summary.text()
    window.show_view(View.TIMELINE)
    reads = record_reads(window, monkeypatch)
    other = select_other_project(window)
    assert window.timeline.view.model.rowCount() > 0  # the tab in front did read it
    assert resource_lines not in reads
    assert project_assignments not in reads
    assert resources.project_id == first

    window.show_view(View.TEAM)
    assert resources.project_id == other
    assert reads.count(resource_lines) == 1
    assert reads.count(project_assignments) == 1
    lines = window.workspace.run(resource_lines, other, resources.today())
    on_project = sum(line.on_project for line in lines)
    assert resources.summary.text() == f"{len(lines)} resources · {on_project} on this project"
    assert resources.summary.text() != first_summary  # the demo's team is not the other's


def test_a_hidden_governance_tab_reads_nothing_until_it_comes_forward(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Governance tab left on its Deliverables page reads nothing while behind the
    Timeline; brought forward after a project switch, the page lists that project's."""
    panel = window.governance.view.deliverables
    other = select_other_project(window)
    window.show_view(View.DELIVERABLES)
    assert panel.project_id == other
    assert panel.proxy.rowCount() == 0  # the other project has no deliverables
    window.show_view(View.TIMELINE)
    reads = record_reads(window, monkeypatch)
    assert window.select_project(DEMO_PROJECT_CODE)
    demo = window.project_id
    assert deliverables not in reads
    assert panel.project_id == other

    window.show_view(View.GOVERNANCE)
    assert panel.project_id == demo
    assert reads.count(deliverables) == 1
    refs = [row.reference for row in window.workspace.run(deliverables, demo)]
    assert refs
    shown = [panel.proxy.index(row, REF).data() for row in range(panel.proxy.rowCount())]
    assert sorted(shown) == sorted(refs)


def test_the_tab_in_front_follows_each_project_switch(window: MainWindow) -> None:
    """With the Team tab in front, switching projects shows the new one at once."""
    window.show_view(View.TEAM)
    resources = window.team.view.resources.resources
    assert resources.project_id == window.project_id
    other = select_other_project(window)
    assert resources.project_id == other


def test_a_hidden_risks_tab_reads_its_register_only_in_front(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Behind the Timeline the register is not read, neither on a project switch nor after an
    edit; brought forward, the tab shows the project selected last, its first entry selected."""
    assert window.tabs.currentWidget() is window.timeline.view
    assert window.risks.register is None  # the demo was selected behind the Timeline
    reads = record_reads(window, monkeypatch)
    other = select_other_project(window)
    assert risk_register not in reads
    window.show_view(View.RISKS)
    register = window.risks.register
    assert register is not None
    assert register.project_id == other
    assert reads.count(risk_register) == 1
    first_row = window.risks.view.proxy.index(0, 0).isValid()
    assert (window.risks.current_risk_id() is not None) == first_row
    window.show_view(View.TIMELINE)
    reads.clear()
    assert window.select_project(DEMO_PROJECT_CODE)  # back, behind the Timeline
    assert risk_register not in reads


def test_the_governance_and_team_tabs_are_built_on_first_showing(window: MainWindow) -> None:
    """Until the PM first opens them, the two tabs of many pages are empty frames (the window
    starts without building them); brought forward, each shows the project selected."""
    assert not window.governance.page.is_built()
    assert not window.team.page.is_built()
    other = select_other_project(window)
    window.show_view(View.TEAM)
    assert window.team.page.is_built()
    assert not window.governance.page.is_built()
    assert window.team.view.resources.resources.project_id == other
    window.show_view(View.DELIVERABLES)
    assert window.governance.page.is_built()
    assert window.governance.view.deliverables.project_id == other


def test_the_overview_changes_and_risks_tabs_are_built_on_first_showing(
    window: MainWindow,
) -> None:
    """The window starts with only the Timeline built; the other tabs' actions follow the
    project meanwhile, the Changes menu reads the log it enables its steps by, and each tab,
    brought forward, shows the project selected last."""
    tabs = (window.risks, window.changes, window.overview)
    assert not any(tab.is_built() for tab in tabs)
    assert window.risks.actions.new.isEnabled()  # a project is shown
    assert window.changes.change_actions.new.isEnabled()
    other = select_other_project(window)
    assert not any(tab.is_built() for tab in tabs)

    window.show_view(View.RISKS)
    assert [tab.is_built() for tab in tabs] == [True, False, False]
    register = window.risks.register
    assert register is not None
    assert register.project_id == other

    assert window.select_project(DEMO_PROJECT_CODE)
    demo = window.project_id
    changes_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Changes"
    )
    assert not window.changes.change_actions.steps[ChangeStatus.IMPLEMENTED].isEnabled()
    changes_menu.aboutToShow.emit()  # the Changes tab is still behind the Risks tab
    log = window.changes.log
    assert log is not None
    assert log.project_id == demo
    first = window.changes.current_row()
    assert first is not None
    assert first.reference == "CR-001"  # approved: it can be marked implemented
    assert window.changes.change_actions.steps[ChangeStatus.IMPLEMENTED].isEnabled()

    window.show_view(View.DECISIONS)
    assert window.overview.is_built()
    assert window.overview.view.decisions.project_id == demo
    assert window.tabs.currentWidget() is window.overview.page
