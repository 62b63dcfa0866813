"""The record services' refusals and import notes in the PM's language: German and French where
the window speaks them, the English of the command line everywhere else
(cpm_desktop/texts/*/errors_records.po)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.interchange.model import ImportNotes
from cpm_desktop.services.deliverables import register as deliverables
from cpm_desktop.services.interchange.importing import ImportResult
from cpm_desktop.services.records import billing
from cpm_desktop.services.risks import register as risks
from cpm_desktop.texts import speaking
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds, add_tasks, assert_refused

SEPT = dt.date(2026, 9, 10)

ALREADY_CLOSED = {
    "en_GB": "R-001 is already closed (since 2026-09-10).",
    "de_DE": "R-001 ist bereits geschlossen (seit 2026-09-10).",
    "fr_FR": "R-001 a déjà le statut « Clôturé » (depuis le 2026-09-10).",
}


def _closed_risk(workspace: Workspace, project_id: int) -> int:
    with workspace.transaction() as s:
        risk = risks.add_risk(s, project_id, "Scanner delay", probability=3, impact=4, on=SEPT)
        risks.close_risk(s, risk.id, on=SEPT)
        return risk.id


@pytest.mark.parametrize("locale", sorted(ALREADY_CLOSED))
def test_a_refusal_is_in_the_language_spoken(
    workspace: Workspace, project: ProjectIds, locale: str
) -> None:
    """The sentence is translated where it is raised; the reference and date go in as they are."""
    risk_id = _closed_risk(workspace, project.project_id)
    with speaking(locale):
        error = assert_refused(
            workspace, lambda s: risks.close_risk(s, risk_id, on=SEPT), ValidationError
        )
    assert str(error) == ALREADY_CLOSED[locale]


def test_the_command_line_keeps_its_english(workspace: Workspace, project: ProjectIds) -> None:
    """Outside any `speaking` (the CLI, the tests) a refusal is the English it always was."""
    risk_id = _closed_risk(workspace, project.project_id)
    error = assert_refused(
        workspace, lambda s: risks.close_risk(s, risk_id, on=SEPT), ValidationError
    )
    assert str(error) == ALREADY_CLOSED["en_GB"]


def test_a_workflow_refusal_names_the_statuses_in_the_language(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The statuses a step may not and may take are the domain's labels, translated too."""
    with workspace.transaction() as s:
        deliverable_id = deliverables.add_deliverable(s, project.project_id, "Site survey").id

    def accept(s: Session) -> None:
        deliverables.step_deliverable(s, deliverable_id, "accepted", by="Client")

    english = assert_refused(workspace, accept, ValidationError)
    with speaking("de_CH"):
        german = assert_refused(workspace, accept, ValidationError)
    with speaking("fr_CH"):
        french = assert_refused(workspace, accept, ValidationError)
    assert str(english) == (
        "D-001 is Not started: it cannot move to Accepted; it can move to In progress or Submitted."
    )
    assert str(german).startswith(
        "D-001 hat den Status „Nicht begonnen“ und kann nicht zu „Abgenommen“ wechseln; "
    )
    assert " oder " in str(german)
    assert str(french).startswith("D-001 est au statut « Non commencé » et ne peut pas passer")


def test_a_field_marked_here_is_named_in_the_language(
    workspace: Workspace, project: ProjectIds
) -> None:
    """validate.py's sentence names the field this package marked ("billing amount")."""
    [task_id] = add_tasks(workspace, project.project_id, "Go-live").values()

    def bill(s: Session) -> None:
        billing.set_billing(s, task_id, "a lot")

    english = assert_refused(workspace, bill, ValidationError)
    with speaking("de_DE"):
        german = assert_refused(workspace, bill, ValidationError)
    with speaking("fr_FR"):
        french = assert_refused(workspace, bill, ValidationError)
    assert str(english) == "The billing amount 'a lot' is not an amount of money."
    assert "„Abrechnungsbetrag“" in str(german)
    assert "« montant facturé »" in str(french)


@pytest.mark.parametrize(
    ("locale", "counts"),
    [
        ("en_GB", "Imported: 2 tasks, 1 link, 0 holidays."),
        ("de_DE", "Importiert: 2 Vorgänge, 1 Verknüpfung, 0 Feiertage."),
        ("fr_FR", "Importé : 2 tâches, 1 lien, 0 jour férié."),
    ],
)
def test_the_import_report_counts_in_the_language(locale: str, counts: str) -> None:
    """Each count takes the form its language gives the number (French: 0 is singular)."""
    notes = ImportNotes(counts={"tasks": 2, "links": 1, "holidays": 0})
    result = ImportResult(1, "PLAN", "Plan", "Acme", "MSPDI", dt.date(2026, 9, 11), notes)
    with speaking(locale):
        lines = result.lines()
    assert lines[1] == counts
