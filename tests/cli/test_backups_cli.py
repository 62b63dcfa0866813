"""`cpm-desktop backups` lists every backup, checked, as a table or JSON; `cpm-desktop restore`
puts the newest intact one (or backup N) back and refuses what would lose data, in one line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest

from cpm_desktop.cli import main
from cpm_desktop.workspace import backup_dir_for
from cpm_desktop.workspace.backups import write_rotating_backup, write_upgrade_backup
from cpm_desktop.workspace.migrate import head_revision
from tests.cli.support import assert_one_line_error, run_cli
from tests.file_safety import demo_master as shared_demo_master
from tests.file_safety import files_below, one_line_refusal
from tests.stores import open_store
from tests.workspace.damage import damage_table, damaged_copy

STAMP = "%Y-%m-%d_%H%M%S_%f"


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio, built once per session; each test works on its own copy."""
    return shared_demo_master(tmp_path_factory)


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Path:
    """A copy of the demo with backups: two intact (1, 2 Sept), then a damaged one (3 Sept)."""
    path = tmp_path / "plan.cpm"
    shutil.copyfile(demo_master, path)
    for day in (1, 2):
        write_rotating_backup(path, now=dt.datetime(2026, 9, day, 9, 30))
    name = f"plan_{dt.datetime(2026, 9, 3, 9, 30).strftime(STAMP)}.cpm"
    damaged_copy(path, backup_dir_for(path) / name, "risk")
    return path


# ------------------------------------------------------------------------------ backups


def test_backups_table_lists_intact_and_damaged_backups_newest_first(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table numbers the backups newest first, each with its schema and whether intact."""
    assert main(["backups", "--db", str(plan)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Backups of {plan} (in {backup_dir_for(plan)}):"
    assert lines[1].split() == ["#", "Date", "Kind", "Schema", "Intact", "File"]
    rows = lines[3:]
    assert [row.split()[0] for row in rows] == ["1", "2", "3"]
    assert rows[0].split()[1:3] == ["2026-09-03", "09:30:00"]
    assert all(head_revision() in row for row in rows)
    assert "NO: " in rows[0]
    assert rows[0].endswith("plan_2026-09-03_093000_000000.cpm")
    assert [row.split()[6] for row in rows[1:]] == ["yes", "yes"]


def test_backups_json_gives_the_documented_fields(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--json gives the documented fields for rotating and before-upgrade backups alike."""
    upgrade = write_upgrade_backup(plan, "0005")
    # A before-upgrade copy is dated by its file's time: make it the newest, on 4 September.
    taken = dt.datetime(2026, 9, 4, 8, 0).timestamp()
    os.utime(upgrade, (taken, taken))
    assert main(["backups", "--db", str(plan), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == 1
    assert document["workspace"] == str(plan)
    assert document["folder"] == str(backup_dir_for(plan))
    backups = document["backups"]
    assert [b["number"] for b in backups] == [1, 2, 3, 4]
    assert set(backups[0]) == {
        "number",
        "path",
        "date",
        "kind",
        "schema_revision",
        "intact",
        "problem",
        "size",
    }
    by_name = {Path(b["path"]).name: b for b in backups}
    damaged = by_name["plan_2026-09-03_093000_000000.cpm"]
    assert damaged["intact"] is False
    assert damaged["problem"]
    assert damaged["date"] == "2026-09-03T09:30:00"
    assert damaged["kind"] == "on open"
    good = by_name["plan_2026-09-01_093000_000000.cpm"]
    assert (good["intact"], good["problem"]) == (True, None)
    assert good["schema_revision"] == head_revision()
    assert good["size"] == Path(good["path"]).stat().st_size
    assert by_name[upgrade.name]["kind"] == "before upgrade"
    assert backups[0]["path"] == str(upgrade)
    assert backups[0]["date"] == "2026-09-04T08:00:00"


def test_backups_work_when_the_workspace_file_is_gone(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only the backup folder is read: the list comes out when the workspace is missing."""
    plan.unlink()
    assert main(["backups", "--db", str(plan), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [b["intact"] for b in document["backups"]] == [False, True, True]
    assert not plan.exists()


def test_backups_of_a_workspace_without_any(
    demo_master: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No backup folder yet: one line saying so, exit 0, and no folder made."""
    path = tmp_path / "fresh.cpm"
    shutil.copyfile(demo_master, path)
    assert main(["backups", "--db", str(path)]) == 0
    assert capsys.readouterr().out.startswith("No backups of fresh.cpm in ")
    assert not backup_dir_for(path).exists()


# ------------------------------------------------------------------------------ restore


def test_restore_puts_back_the_newest_intact_backup_and_says_so(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """restore takes the newest intact backup, says which, and keeps the damaged file aside."""
    damage_table(plan, "task")
    damaged = plan.read_bytes()
    assert main(["restore", "--db", str(plan)]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0].startswith(
        "Restored plan.cpm from backup 2, plan_2026-09-02_093000_000000.cpm (2026-09-02 09:30"
    )
    [aside] = plan.parent.glob("plan_set-aside_*.cpm")
    assert said[1] == f"The file it replaced is kept as {aside.name}."
    assert aside.read_bytes() == damaged
    assert main(["check", "--db", str(plan)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("OK")


@pytest.mark.parametrize(
    ("number", "said"),
    [("1", "is damaged too"), ("4", "There is no backup 4"), ("0", "no backup 0")],
)
def test_restore_refuses_a_damaged_or_missing_backup(
    plan: Path, number: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """--backup N of a damaged backup, or of none: exit 2, one line, no file changed."""
    before = files_below(plan.parent)
    code = main(["restore", "--db", str(plan), "--backup", number])
    one_line_refusal(code, capsys.readouterr().err, said)
    assert files_below(plan.parent) == before


def test_restore_while_open_in_another_process_names_the_holder(plan: Path) -> None:
    """With the workspace open in this process, a restore run beside it exits 2 naming us."""
    before = files_below(plan.parent)
    with open_store(plan):
        result = run_cli("restore", "--db", str(plan))
    assert_one_line_error(result, "already open in another CPM Desktop")
    assert f"process {os.getpid()}" in result.stderr
    assert files_below(plan.parent) == before
