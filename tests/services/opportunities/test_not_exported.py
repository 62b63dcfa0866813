"""Opportunities are the supplier's own business: no workbook and no steering pack holds them,
for the client nor internally (every cell, hidden sheets too, and every page's text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import Audience
from cpm_desktop.services.client_workbook.export import export_client_workbook
from cpm_desktop.services.opportunities.views import project_pipeline
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.steering_pack.pack import export_steering_pack
from tests import templates
from tests.reports.pack.sample import pages_text
from tests.services.test_audiences import workbook_cells


@pytest.mark.parametrize("audience", list(Audience))
def test_no_export_holds_an_opportunity(
    demo_template: Path, tmp_path: Path, audience: Audience
) -> None:
    """The demo's opportunities, titles, needs and next steps, are in neither file."""
    with templates.open_copy_of(demo_template, tmp_path / "demo.cpm") as demo:
        pid = demo.run(find_project_id, DEMO_PROJECT_CODE)
        assert pid is not None
        rows = demo.run(project_pipeline, pid).opportunities
        workbook = demo.run(export_client_workbook, pid, tmp_path / "w.xlsx", audience=audience)
        pack = demo.run(export_steering_pack, pid, tmp_path / "p.pdf", audience=audience)
    words = [text for row in rows for text in (row.title, row.need, row.next_step)]
    assert len(words) == 6
    cells = " ".join(str(value) for value in workbook_cells(workbook))
    pages = " ".join(" ".join(pages_text(pack)).split())
    for text in words:
        assert text not in cells
        assert " ".join(text.split()) not in pages
    assert "Tom Krüger" not in cells + pages
