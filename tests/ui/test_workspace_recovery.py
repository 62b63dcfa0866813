"""A damaged workspace is offered its newest good backup; read-only media open with a banner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.services.opening import open_for_reading
from cpm_desktop.services.portfolio import clients
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.undo import REFUSED, edit
from cpm_desktop.ui.workspace_recovery import open_or_recover
from cpm_desktop.workspace import backup_dir_for, check_workspace, open_workspace
from tests.read_only_media import read_only_folder
from tests.workspace.damage import damage_table


@pytest.fixture
def damaged(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo with one good backup, then damaged in its audit trail.

    The audit trail is not read to show a project, so a read-only look shows the whole plan.
    """
    path = tmp_path / "plan.cpm"
    shutil.copyfile(demo_template, path)
    open_workspace(path).close()  # writes the good backup
    damage_table(path, "audit_entry")
    return path


def answer_with(monkeypatch: pytest.MonkeyPatch, label: str) -> list[dict[str, object]]:
    """Make each recovery question click the button labelled `label`; record what was asked."""
    asked: list[dict[str, object]] = []

    def click(box: QMessageBox) -> int:
        buttons = {button.text().replace("&", ""): button for button in box.buttons()}
        asked.append({"text": box.text(), "info": box.informativeText(), "buttons": [*buttons]})
        buttons[label].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    return asked


def test_restoring_opens_the_newest_good_backup(damaged: Path, monkeypatch, qtbot) -> None:
    """Restore Backup puts the backup in place, keeps the damaged file aside and opens it."""
    asked = answer_with(monkeypatch, "Restore Backup")
    damaged_bytes = damaged.read_bytes()
    workspace = open_or_recover(None, damaged)
    assert workspace is not None
    with workspace:
        assert not workspace.read_only
    [question] = asked
    assert question["text"] == "plan.cpm is damaged and cannot be opened safely."
    assert "newest good backup was taken" in str(question["info"])
    assert check_workspace(damaged).ok
    [aside] = damaged.parent.glob("plan_set-aside_*.cpm")
    assert aside.read_bytes() == damaged_bytes


def test_opening_read_only_shows_the_banner_and_refuses_edits(
    damaged: Path, monkeypatch, qtbot, settings: AppSettings, messages: list[str]
) -> None:
    """Open Read-Only shows what can be read, under a Read-only strip; an edit is refused."""
    answer_with(monkeypatch, "Open Read-Only")
    before = damaged.read_bytes()
    workspace = open_or_recover(None, damaged)
    assert workspace is not None
    assert workspace.read_only
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.start(DEMO_PROJECT_CODE)
    assert window.read_only_banner.isVisibleTo(window)
    assert "(read-only)" in window.windowTitle()
    assert window.editor.run(1, edit("Add a client", clients.create_client, "Globex")) is REFUSED
    assert "open read-only" in messages[-1]
    window.close()
    assert damaged.read_bytes() == before


def test_cancel_leaves_everything_as_it_was(damaged: Path, monkeypatch) -> None:
    """Cancel opens nothing and changes no file."""
    answer_with(monkeypatch, "Cancel")
    before = sorted((p.name, p.read_bytes()) for p in damaged.parent.rglob("*") if p.is_file())
    assert open_or_recover(None, damaged) is None
    after = sorted((p.name, p.read_bytes()) for p in damaged.parent.rglob("*") if p.is_file())
    assert after == before


def test_without_a_good_backup_no_restore_is_offered(damaged: Path, monkeypatch) -> None:
    """With no intact backup the question offers only a read-only look or cancel."""
    shutil.rmtree(backup_dir_for(damaged))
    asked = answer_with(monkeypatch, "Cancel")
    assert open_or_recover(None, damaged) is None
    offered = set(asked[0]["buttons"])  # type: ignore[call-overload]
    assert "Open Read-Only" in offered
    assert "Restore Backup" not in offered
    assert "No intact backup" in str(asked[0]["info"])


def test_the_window_opening_a_damaged_file_keeps_its_workspace_on_cancel(
    window: MainWindow, damaged: Path, monkeypatch
) -> None:
    """File › Open on a damaged file, cancelled, leaves the window on the workspace it had."""
    answer_with(monkeypatch, "Cancel")
    shown = window.workspace.path
    assert not window.files.open_path(damaged)
    assert window.workspace.path == shown


def test_read_only_media_open_with_the_banner(
    demo_template: Path, tmp_path: Path, qtbot, settings: AppSettings, messages: list[str]
) -> None:
    """A workspace on read-only media opens read-only: banner, title, edits refused."""
    folder = tmp_path / "stick"
    folder.mkdir()
    shutil.copyfile(demo_template, folder / "plan.cpm")
    with read_only_folder(folder):
        workspace = open_for_reading(folder / "plan.cpm")
        window = MainWindow(workspace, settings)
        qtbot.addWidget(window)
        window.start(DEMO_PROJECT_CODE)
        assert window.read_only_banner.isVisibleTo(window)
        assert "read-only drive" in window.read_only_banner.text.text()
        assert (
            window.editor.run(1, edit("Add a client", clients.create_client, "Globex")) is REFUSED
        )
        assert "open read-only" in messages[-1]
        window.close()
    assert sorted(p.name for p in folder.iterdir()) == ["plan.cpm"]


def test_a_writable_workspace_shows_no_banner(window: MainWindow) -> None:
    """The usual case: no read-only strip."""
    assert not window.read_only_banner.isVisibleTo(window)
