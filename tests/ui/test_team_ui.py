"""The Team tab's Resources and Rate Card pages: the rows the services give, the filters, and
adding, editing and deleting through the dialogs, each one undoable step; refusals shown."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from cpm_desktop.domain.team import Employer
from cpm_desktop.services.team.assignments import assign
from cpm_desktop.services.team.views import rates, resources, roles
from cpm_desktop.ui.team.rate_columns import margin_text
from cpm_desktop.ui.team.rate_dialogs import RateDialog, RoleDialog
from cpm_desktop.ui.team.rates_page import RatesPage
from cpm_desktop.ui.team.resource_columns import ON_PROJECT, RESOURCE_COLUMNS, VENDORS
from cpm_desktop.ui.team.resource_dialog import ResourceDialog
from cpm_desktop.ui.team.resources_page import ResourcesPage
from cpm_desktop.ui.team.team_text import units_text
from cpm_desktop.ui.undo import Editor, edit
from tests.ui import team_support as support
from tests.ui.project_records_support import ACCEPTED, REJECTED, answer_dialogs, confirm
from tests.ui.team_support import TODAY, Team, book_hours

team = support.team  # fixtures
editor = support.editor

COLUMN = {spec.title: n for n, spec in enumerate(RESOURCE_COLUMNS)}


def open_resources(qtbot: Any, editor: Editor, team: Team) -> ResourcesPage:
    """The Resources page on the project, its day fixed, at a usable size."""
    page = ResourcesPage(editor)
    page.resources.today = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show_project(team.project_id)
    page.show()
    return page


def open_rates(qtbot: Any, editor: Editor, team: Team) -> RatesPage:
    """The Rate Card page on the project, its day fixed."""
    page = RatesPage(editor)
    page.roles.today = page.rates.today = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show_project(team.project_id)
    page.show()
    return page


def cells(page: ResourcesPage, name: str) -> dict[str, str]:
    """The texts of a resource's row, by column title."""
    proxy = page.resources.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() == name:
            return {title: proxy.index(row, n).data() for title, n in COLUMN.items()}
    raise AssertionError(f"{name} is not shown")


def shown_names(page: ResourcesPage) -> list[str]:
    """The names in the table, top to bottom."""
    proxy = page.resources.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_resources_show_rates_of_the_day_and_the_project_figures(
    qtbot, qtmodeltester, editor: Editor, team: Team
) -> None:
    """Every resource, by name, with its role's rate in force and its work and cost here; the
    selected one's tasks below."""
    book_hours(editor.workspace, team.ana, team.build, 12.5)
    page = open_resources(qtbot, editor, team)
    qtmodeltester.check(page.resources.model)
    assert shown_names(page) == ["Ana Weber", "Bo Brandt", "Crane", "Cy Lis"]
    ana = cells(page, "Ana Weber")
    assert ana["Role"] == "Architect"
    assert ana["Employer"] == "Us"
    assert ana["Max units"] == units_text(1.0) == "100 %"
    assert ana["Cost rate"] == "90 EUR"  # 2026's rate: 2027's is not in force yet
    assert ana["Bill rate"] == "150 EUR"
    assert ana["Work"] == "80 h"
    assert ana["Cost"].replace(",", "").replace("\u202f", "") == "7200 EUR"
    assert ana["Actual"] == "12.5 h"
    assert cells(page, "Cy Lis")["Employer"] == "Elbe Integration"
    assert cells(page, "Bo Brandt")["Employer"] == "Client"
    assert cells(page, "Crane")["Max units"] == "—"
    assert page.resources.summary.text() == "4 resources · 1 on this project"
    page.resources.select(team.ana)
    assignments = page.assignments
    assert assignments.heading.text() == "Assignments of Ana Weber on ACME-01"
    assert assignments.proxy.rowCount() == 1
    assert assignments.proxy.index(0, 1).data() == "Build"
    assert assignments.proxy.index(0, 3).data() == "80 h"
    page.resources.select(team.bo)
    assert assignments.proxy.rowCount() == 0
    assert "has no task on ACME-01" in assignments.note.text()


def test_the_filter_narrows_to_the_project_or_an_employer(
    qtbot, editor: Editor, team: Team
) -> None:
    """On this project: who is assigned; Vendors: the vendors' staff; back to all."""
    page = open_resources(qtbot, editor, team)
    combo = page.resources.filter
    combo.setCurrentIndex(combo.findData(ON_PROJECT))
    assert shown_names(page) == ["Ana Weber"]
    combo.setCurrentIndex(combo.findData(VENDORS))
    assert shown_names(page) == ["Cy Lis"]
    combo.setCurrentIndex(0)
    assert len(shown_names(page)) == 4


def test_adding_a_vendors_person_then_undo_and_redo(
    qtbot, monkeypatch, editor: Editor, team: Team
) -> None:
    """The form adds the resource with its role, vendor and units, selects it; Undo removes it."""
    page = open_resources(qtbot, editor, team)

    def fill(dialog: ResourceDialog) -> None:
        dialog.name.setText("Dana Roth")
        dialog.role.setCurrentIndex(dialog.role.findText("Consultant"))
        dialog.employer.setCurrentIndex(dialog.employer.findData(Employer.VENDOR))
        dialog.vendor.setCurrentIndex(dialog.vendor.findText("Elbe Integration"))
        dialog.max_units.setValue(50)
        dialog.email.setText("dana@elbe.example")

    opened = answer_dialogs(monkeypatch, ResourceDialog, fill)
    page.resources.add_action.trigger()
    assert opened[0].result() == ACCEPTED
    added = next(r for r in editor.workspace.run(resources) if r.name == "Dana Roth")
    assert (added.role, added.employer, added.vendor, added.max_units, added.email) == (
        "Consultant",
        Employer.VENDOR,
        "Elbe Integration",
        0.5,
        "dana@elbe.example",
    )
    assert page.resources.current_row().id == added.id
    assert cells(page, "Dana Roth")["Max units"] == "50 %"
    editor.group.undo()
    assert "Dana Roth" not in [r.name for r in editor.workspace.run(resources)]
    assert "Dana Roth" not in shown_names(page)
    editor.group.redo()
    assert "Dana Roth" in shown_names(page)


def test_a_refused_resource_stays_in_the_form_with_the_reason(
    qtbot, monkeypatch, editor: Editor, team: Team
) -> None:
    """A name already taken: the dialog stays open and says so; nothing is written."""
    page = open_resources(qtbot, editor, team)
    before = editor.workspace.run(resources)
    opened = answer_dialogs(monkeypatch, ResourceDialog, lambda d: d.name.setText("ana weber"))
    page.resources.add_action.trigger()
    assert opened[0].result() == REJECTED
    assert "already exists" in opened[0].error.text()
    assert editor.workspace.run(resources) == before


def test_editing_a_resource_and_deleting_one_with_booked_hours(
    qtbot, monkeypatch, editor: Editor, team: Team, messages: list[str]
) -> None:
    """Edit marks Bo inactive (muted); deleting Ana, who booked hours, is refused with the
    service's reason; deleting Bo asks, then removes him; Undo brings him back."""
    book_hours(editor.workspace, team.ana, team.build, 6)
    page = open_resources(qtbot, editor, team)
    page.resources.select(team.bo)
    answer_dialogs(monkeypatch, ResourceDialog, lambda d: d.active.setChecked(False))
    page.resources.edit_action.trigger()
    assert not next(r for r in editor.workspace.run(resources) if r.id == team.bo).active
    page.resources.select(team.ana)
    asked = confirm(monkeypatch)
    page.resources.delete_action.trigger()
    assert "Ana Weber" in asked[0]
    assert "hours booked" in messages[-1]
    assert "Ana Weber" in shown_names(page)
    page.resources.select(team.bo)
    page.resources.delete_action.trigger()
    assert "Bo Brandt" not in shown_names(page)
    editor.group.undo()
    assert "Bo Brandt" in shown_names(page)


def test_rate_card_lists_roles_and_dated_rates(qtbot, qtmodeltester, editor: Editor, team: Team):
    """Roles with who holds them and today's rate; every rate with where it stands."""
    page = open_rates(qtbot, editor, team)
    qtmodeltester.check(page.rates.model)
    roles_proxy = page.roles.proxy
    rows = {
        roles_proxy.index(r, 0).data(): [roles_proxy.index(r, c).data() for c in range(4)]
        for r in range(roles_proxy.rowCount())
    }
    assert rows["Architect"] == ["Architect", "1 person", "90 EUR", "150 EUR"]
    assert rows["Consultant"] == ["Consultant", "2 people", "70 EUR", "120 EUR"]
    proxy = page.rates.proxy
    standings = [
        (proxy.index(r, 0).data(), proxy.index(r, 2).data(), proxy.index(r, 7).data())
        for r in range(proxy.rowCount())
    ]
    assert standings == [
        ("Architect", "01 Jan 2026", "In force"),
        ("Architect", "01 Jan 2027", "Scheduled"),
        ("Consultant", "01 Jan 2026", "In force"),
    ]
    assert page.rates.summary.text() == "3 rates · 2 in force · 1 scheduled"
    assert margin_text(Decimal(90), Decimal(150)) == "40 %"
    assert margin_text(Decimal(0), Decimal(0)) == "—"


def test_a_persons_own_rate_overrides_the_role_then_undo(
    qtbot, monkeypatch, editor: Editor, team: Team
) -> None:
    """Adding Cy's own rate shows on the rate card and as Cy's rate on the Resources page;
    one Undo takes it back."""
    page = open_rates(qtbot, editor, team)
    resources_page = open_resources(qtbot, editor, team)

    def fill(dialog: RateDialog) -> None:
        dialog.owner.setCurrentIndex(dialog.owner.findText("Person: Cy Lis"))
        dialog.effective_from.setDate(
            dialog.effective_from.date().fromString("2026-06-01", "yyyy-MM-dd")
        )
        dialog.cost_rate.setText("82.50")
        dialog.bill_rate.setText("118")
        dialog.cost_per_use.setText("250")

    answer_dialogs(monkeypatch, RateDialog, fill)
    page.rates.add_action.trigger()
    own = [r for r in editor.workspace.run(rates) if r.resource_id == team.cy]
    assert [(r.cost_rate, r.bill_rate, r.cost_per_use, r.currency) for r in own] == [
        (Decimal("82.50"), Decimal(118), Decimal(250), "EUR")
    ]
    assert page.rates.current_row().rate.resource == "Cy Lis"
    assert cells(resources_page, "Cy Lis")["Cost rate"] == "82.50 EUR"
    editor.group.undo()
    assert not [r for r in editor.workspace.run(rates) if r.resource_id == team.cy]
    assert cells(resources_page, "Cy Lis")["Cost rate"] == "70 EUR"


def test_a_second_rate_on_the_same_day_is_refused_and_an_edit_moves_the_date(
    qtbot, monkeypatch, editor: Editor, team: Team
) -> None:
    """Adding the Architect a rate from a day it has one is refused in the form; editing the
    2027 rate to another day moves it, as one step."""
    page = open_rates(qtbot, editor, team)

    def same_day(dialog: RateDialog) -> None:
        dialog.owner.setCurrentIndex(dialog.owner.findText("Role: Architect"))
        dialog.effective_from.setDate(
            dialog.effective_from.date().fromString("2026-01-01", "yyyy-MM-dd")
        )
        dialog.cost_rate.setText("1")
        dialog.bill_rate.setText("2")

    opened = answer_dialogs(monkeypatch, RateDialog, same_day)
    page.rates.add_action.trigger()
    assert opened[0].result() == REJECTED
    assert "already has a rate from 01 Jan 2026" in opened[0].error.text()
    later = next(r for r in editor.workspace.run(rates) if r.effective_from.year == 2027)
    page.rates.select(later.id)

    def move(dialog: RateDialog) -> None:
        dialog.effective_from.setDate(
            dialog.effective_from.date().fromString("2027-04-01", "yyyy-MM-dd")
        )

    answer_dialogs(monkeypatch, RateDialog, move)
    page.rates.edit_action.trigger()
    days = sorted(r.effective_from for r in editor.workspace.run(rates) if r.role == "Architect")
    assert days == [dt.date(2026, 1, 1), dt.date(2027, 4, 1)]
    editor.group.undo()
    days = sorted(r.effective_from for r in editor.workspace.run(rates) if r.role == "Architect")
    assert days == [dt.date(2026, 1, 1), dt.date(2027, 1, 1)]


def test_roles_added_renamed_and_a_held_one_kept(
    qtbot, monkeypatch, editor: Editor, team: Team, messages: list[str]
) -> None:
    """A new role is added; a role someone holds cannot be deleted (the reason is shown)."""
    page = open_rates(qtbot, editor, team)

    def fill(dialog: RoleDialog) -> None:
        dialog.name.setText("Tester")
        dialog.description.setPlainText("Plans and runs the tests")

    answer_dialogs(monkeypatch, RoleDialog, fill)
    page.roles.add_action.trigger()
    assert [r.name for r in editor.workspace.run(roles)] == ["Architect", "Consultant", "Tester"]
    page.roles.select(team.architect)
    confirm(monkeypatch)
    page.roles.delete_action.trigger()
    assert "held by Ana Weber" in messages[-1]
    assert "Architect" in [r.name for r in editor.workspace.run(roles)]


def test_a_hidden_page_catches_up_when_shown(qtbot, editor: Editor, team: Team) -> None:
    """An assignment made while the page is out of sight (on the Timeline) is not priced at
    once, but shows as soon as the page does."""
    page = open_resources(qtbot, editor, team)
    page.hide()
    editor.run(team.project_id, edit("Assign", assign, team.test, team.bo))
    assert cells(page, "Bo Brandt")["Work"] == "—"
    page.show()
    assert cells(page, "Bo Brandt")["Work"] == "40 h"
