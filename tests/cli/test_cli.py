"""The command-line contract of DESIGN.md: exit codes, one-line errors, the sub-commands.

Most commands run in this process (`main`, `run_main`); a real child process (`run_cli`) is
used where the process is the subject: its exit status, `python -m`, the GUI and screenshots
(Qt), a workspace held by another process.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from cpm_desktop.cli import main
from cpm_desktop.workspace.migrate import head_revision
from tests.cli.support import assert_one_line_error, run_cli, run_main
from tests.stores import open_store


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo workspace written once by the CLI for the read-only tests of this module."""
    path = tmp_path_factory.mktemp("cli") / "demo.cpm"
    assert main(["demo", str(path)]) == 0
    return path


def test_demo_then_check_reports_integrity_revision_and_counts(demo_file: Path, capsys) -> None:
    """`check` on a fresh demo says integrity ok, the current revision and per-table counts."""
    assert main(["check", "--db", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "integrity:    ok" in out
    assert f"revision {head_revision()} (current)" in out
    counts = {
        line.split()[0]: int(line.split()[1]) for line in out.splitlines() if line.startswith("  ")
    }
    assert counts["client"] == 2
    assert counts["task"] >= 50
    assert counts["dependency"] > 0
    assert counts["audit_entry"] > 0
    assert out.rstrip().endswith("OK")


def test_check_of_missing_folder_is_one_clear_line(tmp_path: Path) -> None:
    """A path in a folder that does not exist: exit 2, one line naming the folder."""
    result = run_main("check", "--db", str(tmp_path / "no/such/dir/x.cpm"))
    assert_one_line_error(result, "does not exist")


def test_check_of_text_file_is_not_a_workspace(tmp_path: Path) -> None:
    """A text file renamed to .cpm: exit 2, one line saying it is not a workspace."""
    fake = tmp_path / "notes.cpm"
    fake.write_text("Meeting notes, not a database\n", encoding="utf-8")
    result = run_main("check", "--db", str(fake))
    assert_one_line_error(result, "not a CPM Desktop workspace")
    assert fake.read_text(encoding="utf-8") == "Meeting notes, not a database\n"


def test_check_reads_beside_a_workspace_open_elsewhere(demo_file: Path) -> None:
    """Checking a workspace another process has open reads it beside that writer."""
    with open_store(demo_file):
        result = run_cli("check", "--db", str(demo_file))
        assert result.returncode == 0, result.stderr
        assert "result:       OK" in result.stdout


def test_demo_refuses_to_overwrite(demo_file: Path, capsys) -> None:
    """`demo` onto an existing file exits 2 and leaves the file as it was."""
    before = demo_file.read_bytes()
    assert main(["demo", str(demo_file)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert demo_file.read_bytes() == before


def test_demo_into_missing_folder_fails_cleanly(tmp_path: Path, capsys) -> None:
    """`demo` into a folder that does not exist exits 2 and creates nothing."""
    assert main(["demo", str(tmp_path / "missing" / "w.cpm")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "missing").exists()


def test_demo_needs_the_cpm_extension(tmp_path: Path, capsys) -> None:
    """A workspace file must end in .cpm, so file dialogs and the OS recognise it."""
    assert main(["demo", str(tmp_path / "w.sqlite")]) == 2
    assert ".cpm" in capsys.readouterr().err
    assert not (tmp_path / "w.sqlite").exists()


def test_unknown_command_is_a_usage_error() -> None:
    """argparse's own errors also exit 2."""
    result = run_cli("frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_version_via_python_m() -> None:
    """`python -m cpm_desktop` is the same program as `cpm-desktop`."""
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("cpm-desktop ")


def test_screenshot_renders_requested_size(demo_file: Path, tmp_path: Path) -> None:
    """--screenshot writes a PNG of the main window at --size, offscreen, and exits 0."""
    out = tmp_path / "shot.png"
    result = run_cli(
        "--db",
        str(demo_file),
        "--screenshot",
        str(out),
        "--size",
        "1200x800",
        "--view",
        "overview",
    )
    assert result.returncode == 0, result.stderr
    header = out.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    assert (width, height) == (1200, 800)


def test_screenshot_of_unknown_project_is_a_user_error(demo_file: Path, tmp_path: Path) -> None:
    """--project naming no project exits 2 with one line, and writes no PNG."""
    out = tmp_path / "shot.png"
    result = run_cli("--db", str(demo_file), "--screenshot", str(out), "--project", "NOPE")
    assert_one_line_error(result, "NOPE")
    assert not out.exists()


def test_first_start_creates_default_workspace_with_demo(tmp_path: Path) -> None:
    """With no --db and no workspace yet, the default workspace is created holding the demo."""
    env = os.environ.copy()
    env["CPM_DESKTOP_DATA_DIR"] = str(tmp_path / "data")
    result = run_cli("--screenshot", str(tmp_path / "first.png"), env=env)
    assert result.returncode == 0, result.stderr
    created = tmp_path / "data" / "workspace.cpm"
    assert main(["check", "--db", str(created)]) == 0


def test_gui_without_display_says_so(tmp_path: Path, demo_file: Path) -> None:
    """On Linux with no display and no --screenshot, the user is told what to do."""
    if sys.platform in ("win32", "darwin"):
        pytest.skip("only X11/Wayland systems can lack a display")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run_cli("--db", str(demo_file), env=env)
    assert_one_line_error(result, "No display found")


def test_schedule_json_lists_every_task_with_dates_slack_and_driver(
    demo_file: Path, capsys
) -> None:
    """`schedule --json` gives the project finish and, per task, the documented fields."""
    assert main(["schedule", "--db", str(demo_file), "--project", "nhl-wms", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == 1
    project = document["project"]
    assert project["code"] == "NHL-WMS"
    assert project["finish"] == max(t["finish"] for t in document["tasks"])
    assert project["critical_count"] == sum(
        1 for t in document["tasks"] if t["critical"] and not t["is_summary"]
    )
    first = document["tasks"][0]
    assert set(first) == {
        "id",
        "wbs",
        "name",
        "is_summary",
        "is_milestone",
        "start",
        "finish",
        "early_start",
        "early_finish",
        "late_start",
        "late_finish",
        "total_slack",
        "free_slack",
        "critical",
        "driver",
        "work_hours",
        "cost",
        "assignments",
    }
    linked = [t for t in document["tasks"] if t["driver"]["kind"] == "link"]
    assert linked
    wbs = {t["id"]: t["wbs"] for t in document["tasks"]}
    assert all(wbs[t["driver"]["predecessor_id"]] == t["driver"]["predecessor_wbs"] for t in linked)


def test_schedule_table_ends_with_the_project_finish(demo_file: Path, capsys) -> None:
    """The text form prints one row per task and a closing line with the finish date."""
    assert main(["schedule", "--db", str(demo_file), "--project", "NHL-WMS"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["ID", "WBS", "Task"]
    assert lines[-1].startswith("NHL-WMS Warehouse management system rollout: start")
    assert "critical task(s)" in lines[-1]


def test_schedule_of_unknown_project_is_a_user_error(demo_file: Path) -> None:
    """An unknown --project code exits 2 with one line naming it."""
    result = run_main("schedule", "--db", str(demo_file), "--project", "NOPE")
    assert_one_line_error(result, "NOPE")


def test_screenshot_of_the_portfolio_and_of_an_unknown_client(
    demo_file: Path, tmp_path: Path
) -> None:
    """--portfolio renders every client's overview; --client naming nobody exits 2, no PNG."""
    out = tmp_path / "portfolio.png"
    result = run_cli("--db", str(demo_file), "--screenshot", str(out), "--portfolio")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    missing = tmp_path / "missing.png"
    result = run_cli("--db", str(demo_file), "--screenshot", str(missing), "--client", "Nobody")
    assert_one_line_error(result, "Nobody")
    assert not missing.exists()
