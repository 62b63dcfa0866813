"""The acceptance certificate service: the demo's deliverables, who accepted, refusals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.errors import ExportError, NotFoundError, ValidationError
from cpm_desktop.services.deliverables.certificate import (
    certificate_content,
    export_acceptance_certificate,
    find_deliverable_id,
)
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.workspace import Workspace
from tests.reports.support import page_count, page_text, qpdf_check
from tests.services.support import audit_count
from tests.templates import open_copy_of

TODAY = dt.date(2026, 11, 20)
SIGNER = "Henrik Sørensen (Nordhaven)"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Workspace]:
    """The demo portfolio, shared by this module's read-only tests."""
    with open_copy_of(demo_template, tmp_path_factory.mktemp("certs") / "demo.cpm") as ws:
        yield ws


@pytest.fixture(scope="module")
def project_id(demo: Workspace) -> int:
    """The demo warehouse project's id."""
    found = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert found is not None
    return found


def deliverable(demo: Workspace, project_id: int, reference: str) -> int:
    """The id of the demo deliverable `reference`."""
    found = demo.run(find_deliverable_id, project_id, reference)
    assert found is not None
    return found


def test_find_by_reference(demo: Workspace, project_id: int) -> None:
    """A reference is found in any case with spaces around; an unknown one is None."""
    assert demo.run(find_deliverable_id, project_id, " d-001 ") == deliverable(
        demo, project_id, "D-001"
    )
    assert demo.run(find_deliverable_id, project_id, "D-099") is None


def test_accepted_deliverable_names_who_accepted_and_their_role(
    demo: Workspace, project_id: int
) -> None:
    """D-001: accepted by the sponsor, whose role comes from the client's contacts."""
    content = demo.run(certificate_content, deliverable(demo, project_id, "D-001"), on=TODAY)
    assert content.reference == "D-001"
    assert content.name == "Project charter"
    assert content.client == "Nordhaven Logistics GmbH"
    assert content.project_code == DEMO_PROJECT_CODE
    assert content.status == "Accepted"
    assert content.accepted
    assert content.accepted_by == SIGNER
    assert content.accepted_on == dt.date(2026, 9, 11)
    assert content.acceptor_role == "Chief Operating Officer (sponsor)"
    assert all(c.met for c in content.criteria)
    assert [h.step for h in content.history] == ["Submitted", "Accepted"]
    assert content.history[0].by == ""  # the supplier's own step names no login
    assert content.generated_on == TODAY


def test_rejected_and_resubmitted_leaves_the_signature_blank(
    demo: Workspace, project_id: int
) -> None:
    """D-003: the rejection's reasons are in the history; nobody has accepted it yet."""
    content = demo.run(certificate_content, deliverable(demo, project_id, "D-003"))
    assert not content.accepted
    assert (content.accepted_by, content.acceptor_role) == ("", "")
    assert [h.step for h in content.history] == ["Submitted", "Rejected", "Resubmitted"]
    rejected = content.history[1]
    assert rejected.comment == "Night shift returns not covered."
    assert rejected.by.startswith("Miriam Albers")


def test_every_demo_deliverable_prints_on_one_valid_page(
    demo: Workspace, project_id: int, tmp_path: Path
) -> None:
    """Each of the demo's deliverables gives a one-page PDF qpdf finds sound."""
    for n in range(1, 10):
        reference = f"D-00{n}"
        path = demo.run(
            export_acceptance_certificate,
            deliverable(demo, project_id, reference),
            tmp_path / f"{reference}.pdf",
            on=TODAY,
        )
        assert page_count(path) == 1
        assert f"Acceptance certificate {reference}" in page_text(path)
    check = qpdf_check(tmp_path / "D-001.pdf")
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_pdf_text_holds_reference_name_criteria_and_acceptor(
    demo: Workspace, project_id: int, tmp_path: Path
) -> None:
    """D-002's certificate reads its reference, name, checklist and who accepted it."""
    path = demo.run(
        export_acceptance_certificate,
        deliverable(demo, project_id, "D-002"),
        tmp_path / "D-002.pdf",
        paper="letter",
    )
    text = page_text(path)
    for expected in (
        "D-002 Baselined project plan and RAID log",
        "Plan covers every phase to final acceptance",
        "RAID log reviewed with the PMO",
        f"Name {SIGNER}",
        "29 Sep 2026",
    ):
        assert expected in text, expected


def test_export_writes_nothing_to_the_workspace(
    demo: Workspace, project_id: int, tmp_path: Path
) -> None:
    """Printing a certificate adds no audit row."""
    before = audit_count(demo)
    demo.run(
        export_acceptance_certificate, deliverable(demo, project_id, "D-001"), tmp_path / "c.pdf"
    )
    assert audit_count(demo) == before


def test_refusals_write_no_file(demo: Workspace, project_id: int, tmp_path: Path) -> None:
    """Unknown id, unknown paper and a missing folder are typed errors; no file is left."""
    with pytest.raises(NotFoundError):
        demo.run(export_acceptance_certificate, 999_999, tmp_path / "a.pdf")
    known = deliverable(demo, project_id, "D-001")
    with pytest.raises(ValidationError, match="paper"):
        demo.run(export_acceptance_certificate, known, tmp_path / "b.pdf", paper="a3")
    with pytest.raises(ExportError):
        demo.run(export_acceptance_certificate, known, tmp_path / "nope" / "c.pdf")
    assert list(tmp_path.iterdir()) == []
