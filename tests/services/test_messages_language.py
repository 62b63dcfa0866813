"""The services' refusals in the PM's language: German and French where the window speaks
them, the English of the command line everywhere else (cpm_desktop/texts/*/errors_plan.po)."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from cpm_desktop.errors import DependencyCycleError, NotFoundError, ValidationError
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.validate import clean_money
from cpm_desktop.texts import speak_from_now_on, speaking
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds, assert_refused

EMPTY_NAME = {
    "en_GB": "The task name cannot be empty.",
    "de_DE": "Das Feld „Vorgangsname“ darf nicht leer sein.",
    "fr_FR": "Le champ « nom de la tâche » ne peut pas être vide.",
}


@pytest.mark.parametrize("locale", sorted(EMPTY_NAME))
def test_a_refusal_names_its_field_in_the_language_spoken(
    workspace: Workspace, project: ProjectIds, locale: str
) -> None:
    """validate.py translates the sentence and the field its caller marked ("task name")."""
    with speaking(locale):
        error = assert_refused(
            workspace, lambda s: tasks.add_task(s, project.project_id, "  "), ValidationError
        )
    assert str(error) == EMPTY_NAME[locale]


def test_english_is_spoken_outside_any_language(workspace: Workspace, project: ProjectIds) -> None:
    """The command line speaks no language of its own: its messages stay the English ones."""
    error = assert_refused(
        workspace, lambda s: tasks.add_task(s, project.project_id, ""), ValidationError
    )
    assert str(error) == EMPTY_NAME["en_GB"]


def test_a_count_takes_the_plural_of_the_language(
    workspace: Workspace, chain: dict[str, int]
) -> None:
    """English writes "task(s)"; German and French write the form the count needs."""

    def refuse(s: Session) -> None:
        tasks.delete_task(s, chain["S"])  # S holds S1 and S2, and no fate is given for them

    english = assert_refused(workspace, refuse, ValidationError)
    with speaking("de_CH"):
        german = assert_refused(workspace, refuse, ValidationError)
    with speaking("fr_BE"):
        french = assert_refused(workspace, refuse, ValidationError)
    assert str(english).startswith("'S' is a summary of 2 task(s): choose whether")
    assert str(german) == (
        "'S' ist ein Sammelvorgang mit 2 Vorgängen: "
        "Wählen Sie, ob diese mitgelöscht oder behalten werden sollen."
    )
    assert str(french).startswith("'S' est une tâche récapitulative de 2 tâches : choisissez")


def test_the_errors_module_speaks_too() -> None:
    """NotFoundError and DependencyCycleError build their sentence where they are raised."""
    assert str(NotFoundError("task", 99)) == "No task with id 99 in this workspace."
    with speaking("de_AT"):
        assert str(DependencyCycleError(["A", "B"])) == (
            "Diese Verknüpfung würde einen Zirkelbezug erzeugen: A → B → A."
        )
        assert "mit der ID 99 gibt es in diesem Arbeitsbereich nicht" in str(
            NotFoundError("task", 99)
        )
    with speaking("fr_CH"):
        assert str(DependencyCycleError(["A", "B"])) == "Ce lien créerait une boucle : A → B → A."


def test_a_limit_is_written_as_the_reader_writes_numbers() -> None:
    """The largest amount keeps its English digits in English and groups them as German does."""
    too_much = Decimal("2000000000000")
    with pytest.raises(ValidationError) as english:
        clean_money(too_much, "budget")
    with speaking("de_DE"), pytest.raises(ValidationError) as german:
        clean_money(too_much, "budget")
    assert str(english.value) == "The budget must be between 0 and 1,000,000,000,000."
    assert str(german.value) == "Das Feld „Budget“ muss zwischen 0 und 1.000.000.000.000 liegen."


def test_the_window_thread_raises_in_its_language() -> None:
    """A message raised on a thread that speaks French from now on (the window's) is French;
    the thread running the tests keeps English."""
    seen: list[str] = []

    def in_the_window() -> None:
        speak_from_now_on("fr_FR")
        try:
            clean_money("lots", "budget")
        except ValidationError as error:
            seen.append(str(error))

    thread = threading.Thread(target=in_the_window)
    thread.start()
    thread.join()
    assert seen == ["'lots' dans le champ « budget » n’est pas un montant."]
    with pytest.raises(ValidationError, match="The budget 'lots' is not an amount of money"):
        clean_money("lots", "budget")
