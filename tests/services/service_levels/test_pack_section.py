"""The pack's service levels: the demo's SLAs with their last periods, RAG and trend, the same
figures the read model rates; one page; nothing for a project without SLAs."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain import Audience
from cpm_desktop.domain.audience import visibility
from cpm_desktop.domain.service_levels import SlaPeriod
from cpm_desktop.reports.pdf.pack.content import PackContent
from cpm_desktop.reports.pdf.pack.render import write_pack
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.records.pack_settings import pack_settings
from cpm_desktop.services.service_levels.views import service_levels
from cpm_desktop.services.steering_pack.pack import steering_pack_content
from cpm_desktop.services.steering_pack.service_levels import pack_service_levels
from cpm_desktop.texts import speaking
from cpm_desktop.workspace import Workspace
from tests.reports.pack.sample import pages_text
from tests.services.support import ProjectIds
from tests.templates import open_copy_of

NEEDLES = (
    "Service levels",
    "SLA-03 Priority-2 defect resolution",
    "3.1 days",
    "✗ 16 Nov",
    "Red",
    "↑ worse",
    "2 of 4 periods met",
    "How each is measured",
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Workspace]:
    """The demo portfolio, read only."""
    with open_copy_of(demo_template, tmp_path_factory.mktemp("slas") / "demo.cpm") as ws:
        yield ws


def test_the_client_pack_prints_each_sla_as_the_read_model_rates_it(
    demo: Workspace, tmp_path: Path
) -> None:
    """Three SLAs, the last periods' values with ✓/✗, RAG and trend, on one page."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert project_id is not None
    rows = demo.run(service_levels, project_id)
    content: PackContent = demo.run(steering_pack_content, project_id, audience=Audience.CLIENT)
    section = content.service_levels
    assert section is not None
    assert [line.reference for line in section.lines] == ["SLA-01", "SLA-02", "SLA-03"]
    assert [line.rag for line in section.lines] == [
        row.rag.value if row.rag else "" for row in rows
    ]
    assert {line.rag for line in section.lines} == {"green", "amber", "red"}
    worst = section.lines[2]
    assert (worst.target, worst.trend) == ("≤ 2 days", "↑ worse")
    assert [(v.value, v.met) for v in worst.values] == [
        (m.value_text, m.met) for m in rows[2].measures
    ]
    only = dataclasses.replace(content, sections=("service_levels",))
    pages = pages_text(write_pack(only, tmp_path / "slas.pdf"))
    assert len(pages) == 1
    for needle in NEEDLES:
        assert needle in pages[0]


def test_no_section_without_slas(workspace: Workspace, project: ProjectIds) -> None:
    """A project that keeps no SLA prints no section, for any audience."""
    for audience in Audience:
        view = visibility(audience, open_book=False)
        assert workspace.run(pack_service_levels, project.project_id, view) is None
    assert "service_levels" in workspace.run(pack_settings, project.project_id).sections


def test_the_read_model_speaks_the_language_spoken(demo: Workspace) -> None:
    """The rows a German window reads name periods, figures, trend and attainment in German,
    as the German pack prints them; in English they are the domain's own words."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert project_id is not None
    english = demo.run(service_levels, project_id)
    with speaking("de_DE"):
        german = demo.run(service_levels, project_id)
    weekly = next(row for row in german if row.period is SlaPeriod.WEEKLY)
    assert weekly.measures[-1].period_label.startswith("Woche vom ")
    assert any("," in m.value_text for row in german for m in row.measures)
    assert any(row.attainment_text.endswith("erfüllt") for row in german)
    assert not any(row.attainment_text.endswith("met") for row in german)
    assert [row.reference for row in german] == [row.reference for row in english]
    assert english[0].attainment_text.endswith("met")
