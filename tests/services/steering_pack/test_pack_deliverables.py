"""The pack's Deliverables section: one line per deliverable with where it stands with the
client, the client's verdict, and the counts; the same for every audience."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import DeliverableStatus as S
from cpm_desktop.domain.audience import Audience, visibility
from cpm_desktop.reports.pdf.pack.deliverables import counts_text, deliverable_flowables
from cpm_desktop.reports.pdf.style import MARGIN
from cpm_desktop.reports.pdf.style import styles as pack_styles
from cpm_desktop.services.deliverables.register import add_deliverable, step_deliverable
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.steering_pack.deliverables import pack_deliverables
from cpm_desktop.workspace import Workspace
from tests.services.support import make_project

CLIENT = visibility(Audience.CLIENT, open_book=False)
INTERNAL = visibility(Audience.INTERNAL, open_book=True)
REASONS = "The pallet labels fail the carrier's scan test. " * 12  # far more than four lines


def test_the_demo_section_lists_every_deliverable_with_its_verdict(demo: Workspace) -> None:
    """As of the status date: two accepted (who and when), D-003 resubmitted after the key
    user's rejection (the reasons shown), D-004 with the client; client and internal alike."""
    pid = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert pid is not None
    section = demo.run(pack_deliverables, pid, CLIENT)
    assert section is not None
    assert section == demo.run(pack_deliverables, pid, INTERNAL)  # nothing internal to hide
    assert section.as_of == dt.date(2026, 11, 20)
    lines = {line.reference: line for line in section.lines}
    assert list(lines) == [f"D-00{n}" for n in range(1, 10)]
    charter = lines["D-001"]
    assert (charter.status, charter.decided_on) == (S.ACCEPTED, dt.date(2026, 9, 11))
    assert charter.decided_by == "Henrik Sørensen (Nordhaven)"
    assert (charter.criteria_met, charter.criteria) == (2, 2)
    report = lines["D-003"]
    assert report.status is S.RESUBMITTED
    assert (report.decided_by, report.decided_on) == (
        "Miriam Albers (Nordhaven)",
        dt.date(2026, 9, 25),
    )
    assert report.reasons == "Night shift returns not covered."
    assert lines["D-004"].decided_on is None
    assert not any(line.overdue for line in section.lines)  # design sign-off is 15 Dec
    assert counts_text(section) == (
        "9 deliverables as of 20 Nov 2026: 2 accepted, 2 with the client for acceptance, "
        "0 rejected, 0 overdue."
    )


def test_a_rejected_overdue_deliverable_prints_shortened_reasons(
    workspace: Workspace, tmp_path: Path
) -> None:
    """No deliverables: no section. A rejected one past its date is marked overdue, and its
    long reasons end in an ellipsis; the page lays out."""
    project = make_project(workspace)
    pid = project.project_id
    assert workspace.run(pack_deliverables, pid, CLIENT) is None
    with workspace.transaction() as s:
        row = add_deliverable(s, pid, "Label layouts", due_on=dt.date(2026, 9, 30))
        step_deliverable(s, row.id, S.SUBMITTED, on=dt.date(2026, 9, 28))
        step_deliverable(
            s, row.id, S.REJECTED, on=dt.date(2026, 10, 2), by="Mia Jansen", reasons=REASONS
        )
    section = workspace.run(pack_deliverables, pid, CLIENT, today=dt.date(2026, 10, 5))
    assert section is not None
    assert [line.overdue for line in section.lines] == [True]
    assert counts_text(section).endswith(
        "0 accepted, 0 with the client for acceptance, 1 rejected, 1 overdue."
    )
    path = tmp_path / "section.pdf"
    styles = pack_styles()
    story = deliverable_flowables(section, styles, A4[0] - 2 * MARGIN)
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN).build(story)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Deliverables and acceptance" in text
    assert "D-001 Label layouts 30 Sep 2026 overdue Rejected" in text
    assert "Mia Jansen, 2 Oct 2026: The pallet labels fail" in text
    assert "…" in text  # shortened
    assert text.count("scan test") < 12
    assert deliverable_flowables(None, styles, 400) == []
