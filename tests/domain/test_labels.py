"""The domain's words as people read them: one `label` per member, the value left as stored."""

from __future__ import annotations

import pytest

from cpm_desktop.domain import (
    ChangeStatus,
    FeedbackChannel,
    InvoiceStatus,
    ProjectStatus,
    Rag,
    RiskKind,
    Trend,
)
from cpm_desktop.domain.billing import status_label
from cpm_desktop.domain.change_workflow import label
from cpm_desktop.domain.labels import Labelled

LABELLED = Labelled.__subclasses__()  # all: the package imports every enum module


@pytest.mark.parametrize(
    ("member", "text"),
    [
        (ChangeStatus.UNDER_ASSESSMENT, "Under assessment"),
        (ProjectStatus.ON_HOLD, "On hold"),
        (InvoiceStatus.NOT_DUE, "Not due"),
        (FeedbackChannel.SITE_VISIT, "Site visit"),
        (Rag.AMBER, "Amber"),
        (RiskKind.OPPORTUNITY, "Opportunity"),
        (Trend.STEADY, "Steady"),
    ],
)
def test_label_reads_as_people_write_it(member: Labelled, text: str) -> None:
    """Underscores become spaces and only the first letter is a capital."""
    assert member.label == text


def test_the_value_stays_the_stored_code() -> None:
    """A label changes nothing of the value: the member still equals its stored text."""
    assert ChangeStatus.UNDER_ASSESSMENT == "under_assessment"
    assert str(ChangeStatus.UNDER_ASSESSMENT) == "under_assessment"


@pytest.mark.parametrize("kind", LABELLED, ids=lambda kind: kind.__name__)
def test_every_label_is_a_readable_name_of_one_member(kind: type[Labelled]) -> None:
    """No code left in a label (no underscore, a capital first), and no two members alike."""
    labels = [member.label for member in kind]
    assert all("_" not in text and text[:1].isupper() for text in labels), labels
    assert len(set(labels)) == len(labels)


def test_the_vocabulary_enums_are_labelled() -> None:
    """The statuses, kinds and ratings shown to people all carry the one definition."""
    names = {kind.__name__ for kind in LABELLED}
    assert {"ChangeStatus", "RiskStatus", "RiskKind", "ProjectStatus", "Rag", "Trend"} <= names
    assert {"InvoiceStatus", "ChangeCategory", "ChangePriority", "ResponseStrategy"} <= names


def test_the_workflow_texts_use_the_same_labels() -> None:
    """The change workflow's and the invoice flow's wording is each member's label."""
    assert all(label(status) == status.label for status in ChangeStatus)
    assert all(label(status.value) == status.label for status in ChangeStatus)
    assert all(status_label(status) == status.label for status in InvoiceStatus)
