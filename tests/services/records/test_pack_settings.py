"""Pack settings: defaults, saving, section order, paper, logo checks, audit, undo."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.models import PackSetting
from cpm_desktop.services import history
from cpm_desktop.services.records.pack_settings import (
    MAX_LOGO_BYTES,
    SECTIONS,
    PackSettings,
    pack_settings,
    save_pack_inputs,
    save_pack_settings,
)
from cpm_desktop.services.records.status_reports import status_report
from cpm_desktop.services.steering_pack.sections import BEFORE_ISSUE_11
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds, assert_refused, audit_count, audit_since, snapshot

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 40
MEETING = dt.date(2026, 9, 23)


def _settings(workspace: Workspace, project_id: int) -> PackSettings:
    with workspace.transaction() as s:
        return pack_settings(s, project_id)


def test_defaults_when_nothing_is_saved(workspace: Workspace, project: ProjectIds) -> None:
    """Every section, A4, summary Gantt, 'Confidential', no meeting date, no logo."""
    assert _settings(workspace, project.project_id) == PackSettings(
        SECTIONS, "a4", "summary", "Confidential", None, None, ""
    )
    with workspace.transaction() as s:
        assert pack_settings(s, project.project_id, default_paper="letter").paper == "letter"


def test_saved_settings_come_back(workspace: Workspace, project: ProjectIds) -> None:
    """Sections come back in SECTIONS order whatever order they were given in."""
    with workspace.transaction() as s:
        save_pack_settings(
            s,
            project.project_id,
            sections=["risks", "COVER", "gantt"],
            paper="Letter",
            gantt_detail="full",
            confidentiality="  Client\nonly ",
            meeting_date=MEETING,
            logo=PNG,
            logo_name="acme.png",
        )
    assert _settings(workspace, project.project_id) == PackSettings(
        ("cover", "gantt", "risks"), "letter", "full", "Client only", MEETING, PNG, "acme.png"
    )


def test_partial_save_keeps_the_rest_and_removing_the_logo_drops_its_name(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Only the fields given change; logo=None removes the logo and its name."""
    with workspace.transaction() as s:
        save_pack_settings(s, project.project_id, paper="letter", logo=JPEG, logo_name="a.jpg")
        save_pack_settings(s, project.project_id, logo=None)
    settings = _settings(workspace, project.project_id)
    assert (settings.paper, settings.logo, settings.logo_name) == ("letter", None, "")
    assert settings.sections == SECTIONS


def test_changes_are_audited_without_copying_the_logo(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Each changed setting is an audit entry; the logo is named with its size, not its bytes."""
    start = audit_count(workspace)
    with workspace.transaction() as s:
        save_pack_settings(s, project.project_id, paper="letter", logo=PNG, logo_name="x.png")
    entries = audit_since(workspace, start)
    assert [(e.action, e.field) for e in entries] == [
        ("create", ""),
        ("update", "paper"),
        ("update", "logo"),
        ("update", "logo_name"),
    ]
    assert entries[2].new_value == "x.png (1 kB)"


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"sections": ["cover", "appendix"]}, "Unknown pack section 'appendix'"),
        ({"sections": []}, "at least one section"),
        ({"sections": "cover"}, "list of section names"),
        ({"paper": "a3"}, "Unknown paper size"),
        ({"gantt_detail": "weekly"}, "Unknown Gantt detail"),
        ({"confidentiality": "x" * 201}, "longer than 200"),
        ({"meeting_date": "tomorrow"}, "must be a date"),
        ({"logo": b"GIF89a" + b"\x00" * 20}, "PNG or JPEG"),
        ({"logo": PNG + b"\x00" * MAX_LOGO_BYTES}, "at most 2 MB"),
        ({"logo": "logo.png"}, "contents of an image"),
        ({"colour": "blue"}, "Unknown pack setting"),
    ],
)
def test_bad_settings_are_refused_and_change_nothing(
    workspace: Workspace, project: ProjectIds, fields: dict, match: str
) -> None:
    """Unknown sections, papers, details, bad logos and long labels raise ValidationError."""
    assert_refused(
        workspace,
        lambda s: save_pack_settings(s, project.project_id, **{"gantt_detail": "full", **fields}),
        ValidationError,
        match,
    )


def test_unknown_project_is_not_found(workspace: Workspace) -> None:
    """An id naming no project raises NotFoundError."""
    with pytest.raises(NotFoundError), workspace.transaction() as s:
        pack_settings(s, 999)


def test_dialog_save_is_one_edit_undone_and_redone_exactly(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Settings and report saved together are one recorded edit that undo puts back exactly."""

    def without_audit(rows: dict) -> dict:
        return {name: content for name, content in rows.items() if name != "audit_entry"}

    before = without_audit(snapshot(workspace))
    _, changes = workspace.run_recorded(
        save_pack_inputs,
        project.project_id,
        settings={"paper": "letter", "logo": PNG, "logo_name": "x.png"},
        report={"commentary": "Amber: migration late.", "risk_rag": "amber"},
    )
    after = without_audit(snapshot(workspace))
    assert changes.tables() == {"pack_setting", "status_report"}
    workspace.run(history.undo_edit, changes, project.project_id, "Steering pack settings")
    assert without_audit(snapshot(workspace)) == before
    assert _settings(workspace, project.project_id).paper == "a4"
    workspace.run(history.redo_edit, changes, project.project_id, "Steering pack settings")
    assert without_audit(snapshot(workspace)) == after
    with workspace.transaction() as s:
        assert pack_settings(s, project.project_id).logo == PNG
        assert status_report(s, project.project_id).commentary == "Amber: migration late."


def test_dialog_save_refuses_unknown_report_fields(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A report field the status report does not have is refused before anything is written."""
    assert_refused(
        workspace,
        lambda s: save_pack_inputs(
            s, project.project_id, settings={"paper": "letter"}, report={"mood": "calm"}
        ),
        ValidationError,
        "Unknown status report field",
    )


def _store_sections_as_before_issue_11(workspace: Workspace, project_id: int, text: str) -> None:
    """Write the sections column as an older app did: the chosen names only."""
    with workspace.transaction() as s:
        save_pack_settings(s, project_id, paper="a4")
        s.get_one(PackSetting, project_id).sections = text


def test_whole_pack_saved_before_issue_11_prints_the_new_sections(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A saved list of every pre-issue-11 section reads as every section, billing and CSAT too."""
    _store_sections_as_before_issue_11(workspace, project.project_id, ",".join(BEFORE_ISSUE_11))
    assert _settings(workspace, project.project_id).sections == SECTIONS
    assert {"billing", "feedback"} <= set(SECTIONS)


def test_trimmed_pack_saved_before_issue_11_stays_trimmed(
    workspace: Workspace, project: ProjectIds
) -> None:
    """An old choice of some sections gets no new ones."""
    _store_sections_as_before_issue_11(workspace, project.project_id, "summary,risks")
    assert _settings(workspace, project.project_id).sections == ("summary", "risks")


def test_leaving_out_only_the_new_sections_is_remembered(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The eight old sections chosen now, billing and CSAT unticked, stay that way."""
    with workspace.transaction() as s:
        save_pack_settings(s, project.project_id, sections=BEFORE_ISSUE_11)
    assert _settings(workspace, project.project_id).sections == BEFORE_ISSUE_11
