"""A new project's workbook: the client adds the first risks and change requests to empty tables.

Issue 17: a project with no risks (or no change requests) was exported without the hidden Key
column, so its returned workbook was refused and a client could not add the first entries.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from cpm_desktop.models import ChangeRequest, Risk
from cpm_desktop.services.client_workbook.edits import apply_client_edits, preview_client_edits
from cpm_desktop.services.client_workbook.export import export_client_workbook
from cpm_desktop.workspace import Workspace
from tests.services.returned_workbook import Returned
from tests.services.support import ProjectIds


def exported(workspace: Workspace, project: ProjectIds, tmp_path: Path) -> Returned:
    """The bare project's internal workbook (every editable column), open for edits."""
    path = workspace.run(
        export_client_workbook, project.project_id, tmp_path / "ACME.xlsx", audience="internal"
    )
    return Returned(path)


def test_an_untouched_workbook_of_an_empty_project_reads_back_unchanged(
    workspace: Workspace, project: ProjectIds, tmp_path: Path
) -> None:
    """No risks, no change requests, returned as sent: no difference, no row, no note."""
    result = workspace.run(preview_client_edits, exported(workspace, project, tmp_path).path)
    assert result.project_code == "ACME-01"
    assert (result.differences, result.new_rows, result.notes) == ((), (), ())


def test_first_rows_of_empty_tables_become_the_first_entries(
    workspace: Workspace, project: ProjectIds, tmp_path: Path
) -> None:
    """Rows typed under the empty Risks and Changes headers become R-001, R-002 and CR-001."""
    returned = exported(workspace, project, tmp_path)
    first = returned.add(
        "Risks",
        Title="Scanner delivery late",
        Probability="4 - High",
        Impact="3 - Medium",
        Owner="Anna Weber",
    )
    returned.add("Risks", Title="Key user leaves", Probability="2 - Low", Impact="5 - Very high")
    returned.add("Changes", Title="Second loading dock", Priority="High", Cost_impact=12500)
    path = returned.save()
    preview = workspace.run(preview_client_edits, path)
    assert [(n.id, n.problem) for n in preview.new_rows] == [
        (f"Risks:{first}", None),
        (f"Risks:{first + 1}", None),
        ("Changes:4", None),
    ]
    applied = workspace.run(apply_client_edits, path, preview.applicable())
    assert applied.created == ("R-001", "R-002", "CR-001")
    with workspace.transaction() as s:
        risks = [(r.title, r.probability, r.impact, r.owner) for r in s.scalars(select(Risk))]
        [change] = s.scalars(select(ChangeRequest))
        assert (change.title, change.priority, change.cost_impact) == (
            "Second loading dock",
            "high",
            Decimal("12500.00"),
        )
    assert risks == [("Scanner delivery late", 4, 3, "Anna Weber"), ("Key user leaves", 2, 5, "")]
