"""The pack's "Charter and objectives" section: objectives, the signed SOW, the scope's moves."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain.audience import Audience, visibility
from cpm_desktop.reports.pdf.pack.charter import charter_flowables
from cpm_desktop.reports.pdf.style import styles as pack_styles
from cpm_desktop.services.charter.objectives import add_objective
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.steering_pack.charter import pack_charter
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds

CLIENT = visibility(Audience.CLIENT, open_book=False)
INTERNAL = visibility(Audience.INTERNAL, open_book=False)


def test_the_demo_section_shows_objectives_sow_and_the_approved_scope_changes(
    demo: Workspace, tmp_path: Path
) -> None:
    """Two met, one not met, two to measure; SOW 1.1; CR-001 and CR-002 moved the scope,
    CR-006 waits; the client reads what the supplier reads."""
    pid = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert pid is not None
    section = demo.run(pack_charter, pid, CLIENT)
    assert section is not None
    assert section == demo.run(pack_charter, pid, INTERNAL)
    assert [section.count(s) for s in ("met", "not_met", "not_measured")] == [2, 1, 2]
    assert section.sow is not None
    assert (section.sow.version, section.sow.signed_on) == ("1.1", dt.date(2026, 10, 21))
    assert (section.original_in_scope, section.in_scope) == (8, 10)
    assert (section.original_out_of_scope, section.out_of_scope) == (4, 3)
    assert [(c.reference, c.added) for c in section.changes] == [
        ("CR-001", True),
        ("CR-001", False),
        ("CR-002", True),
    ]
    assert section.pending == ("CR-006",)
    story = charter_flowables(section, pack_styles(), A4[0] - 90)
    SimpleDocTemplate(str(tmp_path / "charter.pdf"), pagesize=A4).build(story)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "charter.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for said in (
        "Charter and objectives",
        "version 1.1, signed 21 Oct 2026 by Henrik Sørensen",
        "5 objectives: 2 met, 1 not met, 2 not yet measured.",
        "Removed from out of scope",
        "CR-006 would change the scope further",
    ):
        assert said in text


def test_a_project_without_a_charter_prints_nothing_and_a_bare_one_says_so(
    workspace: Workspace, project: ProjectIds
) -> None:
    pid = project.project_id
    assert workspace.run(pack_charter, pid, CLIENT) is None
    with workspace.transaction() as s:
        add_objective(s, pid, "Go live")
    section = workspace.run(pack_charter, pid, CLIENT)
    assert section is not None
    assert (section.sow, section.changes, section.in_scope) == (None, (), 0)
    story = charter_flowables(section, pack_styles(), 400)
    texts = " ".join(getattr(f, "text", "") for f in story)
    assert "no signed version recorded yet" in texts
    assert "No approved change request has changed the scope." in texts
    assert charter_flowables(None, pack_styles(), 400) == []
