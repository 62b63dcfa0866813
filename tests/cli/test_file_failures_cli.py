"""When the file or the disk fails, every command says so in one line (exit 2) and loses
nothing: damaged and truncated workspaces, full disks, read-only media, files that are not
ours, and a reader that stops reading (`| head`).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from cpm_desktop.cli import main
from cpm_desktop.interchange.model import Plan, PlanLink, PlanTask
from cpm_desktop.interchange.mspdi_write import write_mspdi
from cpm_desktop.services import opening
from cpm_desktop.workspace import Workspace, backup_dir_for, open_workspace
from cpm_desktop.workspace.backups import write_rotating_backup
from tests.cli.support import assert_one_line_error, run_cli, run_main
from tests.disk_full import file_size_limit
from tests.file_safety import demo_master as shared_demo_master
from tests.file_safety import files_below, one_line_refusal
from tests.read_only_media import read_only_file, read_only_folder
from tests.services.support import snapshot
from tests.workspace.damage import damage_table, truncate

PROJECT = "NHL-WMS"


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio, built once per session; each test works on its own copy."""
    return shared_demo_master(tmp_path_factory)


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Path:
    """A closed copy of the demo workspace, alone in its folder."""
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "plan.cpm"
    shutil.copyfile(demo_master, path)
    return path


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty, writable folder for exports."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def plan_file(path: Path, tasks: int, notes: int = 0) -> Path:
    """Write an MS Project XML plan of `tasks` chained tasks, each with `notes` characters."""
    plan = Plan(
        name="Cross-dock extension",
        start_date=dt.date(2026, 9, 7),
        tasks=[
            PlanTask(key=str(n), name=f"Bay {n}", duration=2, notes="n" * notes)
            for n in range(tasks)
        ],
        links=[PlanLink(str(n), str(n + 1)) for n in range(tasks - 1)],
    )
    path.write_bytes(write_mspdi(plan))
    return path


def rows_of(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of a workspace file, opened read-only."""
    with open_workspace(path, read_only=True) as workspace:
        return snapshot(workspace)


# ------------------------------------------------------------------------------ damaged


@pytest.fixture
def damaged(plan: Path) -> tuple[Path, Path]:
    """The workspace with one good backup, then damaged in its task table: (file, backup)."""
    good = write_rotating_backup(plan, now=dt.datetime(2026, 9, 1, 9, 30))
    damage_table(plan, "task")
    return plan, good


@pytest.mark.parametrize(
    "command",
    [
        ["schedule", "--project", PROJECT],
        ["risks", "--project", PROJECT],
        ["changes", "--project", PROJECT],
        ["kpis"],
        ["export", "mspdi", "--project", PROJECT, "-o", "{out}/plan.xml"],
        ["import", "{out}/small.xml"],
    ],
    ids=lambda command: command[0],
)
def test_every_command_on_a_damaged_workspace_names_its_newest_good_backup(
    damaged: tuple[Path, Path], out: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Reading, exporting or importing: exit 2, one line naming the backup; nothing changes."""
    path, good = damaged
    plan_file(out / "small.xml", tasks=3)
    before = files_below(path.parent)
    argv = [part.format(out=out) for part in command] + ["--db", str(path)]
    line = one_line_refusal(main(argv), capsys.readouterr().err, "plan.cpm is damaged")
    assert good.name in line
    assert files_below(path.parent) == before
    assert sorted(p.name for p in out.iterdir()) == ["small.xml"]


def test_a_damaged_workspace_is_one_line_from_a_real_process(damaged: tuple[Path, Path]) -> None:
    """Run as a user runs it: exit 2, one stderr line naming the backup file, no traceback."""
    path, good = damaged
    result = run_cli("schedule", "--db", str(path), "--project", PROJECT)
    assert_one_line_error(result, good.name)
    assert "cpm-desktop restore" in result.stderr
    assert result.stdout == ""


def test_check_of_a_damaged_workspace_names_the_unreadable_table(
    damaged: tuple[Path, Path],
) -> None:
    """check prints its report naming the table it cannot read, then exits 2 in one line."""
    path, good = damaged
    result = run_main("check", "--db", str(path))
    assert_one_line_error(result, "has problems")
    lines = result.stdout.splitlines()
    assert any(line.split()[:4] == ["task", "cannot", "be", "read:"] for line in lines)
    assert any(line.startswith("backups:") and good.name in line for line in lines)
    assert lines[-1] == "result:       PROBLEMS FOUND"


def test_check_of_a_truncated_workspace_reports_it(plan: Path) -> None:
    """A file cut in half: check reports the schema unreadable and exits 2, no traceback."""
    truncate(plan)
    result = run_main("check", "--db", str(plan))
    assert_one_line_error(result, "has problems")
    assert "schema:       cannot be read" in result.stdout
    assert result.stdout.rstrip().endswith("PROBLEMS FOUND")


# ------------------------------------------------------------------------------ full disk


def test_import_onto_a_full_disk_is_one_line_and_keeps_every_row(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The disk fills while a big plan is imported: exit 2, one line; every row is as it was."""
    source = plan_file(tmp_path / "big.xml", tasks=300, notes=2000)  # ~600 kB of notes
    before = rows_of(plan)
    # Room for the workspace and its backup on open, not for the plan in its WAL.
    with file_size_limit(plan.stat().st_size + 8192):
        code = main(["import", str(source), "--db", str(plan)])
    one_line_refusal(code, capsys.readouterr().err, "This change was not saved")
    assert main(["check", "--db", str(plan)]) == 0
    assert rows_of(plan) == before
    # With room again, the very same import goes through.
    assert main(["import", str(source), "--db", str(plan)]) == 0


@contextmanager
def disk_full_after_open(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """From the moment a reading command has opened its workspace, no file may grow past 4 kB.

    A first read makes the workspace's -shm (32 kB) before that, so that what meets the full
    disk is the export, not the workspace.
    """
    with ExitStack() as stack:
        original = opening.open_for_reading

        def open_then_fill_the_disk(path: Path) -> Workspace:
            workspace = original(path)
            workspace.schema_revision()
            stack.enter_context(file_size_limit(4096))
            return workspace

        monkeypatch.setattr(opening, "open_for_reading", open_then_fill_the_disk)
        yield


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("xlsx", "plan.xlsx"),
        ("pdf", "plan.pdf"),
        ("mspdi", "plan.xml"),
    ],
)
def test_export_onto_a_full_disk_keeps_the_good_file(
    plan: Path,
    out: Path,
    kind: str,
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Exit 2 in one line; the good file at the output path is untouched; no debris."""
    target = out / name
    target.write_bytes(b"the good export of last week")
    with disk_full_after_open(monkeypatch):
        code = main(["export", kind, "--db", str(plan), "--project", PROJECT, "-o", str(target)])
    one_line_refusal(code, capsys.readouterr().err, "the disk is full")
    assert target.read_bytes() == b"the good export of last week"
    assert [p.name for p in out.iterdir()] == [name]


# ------------------------------------------------------------------------------ read-only media


@pytest.fixture(scope="module")
def on_read_only_media(
    demo_master: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """A copy of the demo workspace in a folder mounted read-only (a write-protected stick)."""
    folder = tmp_path_factory.mktemp("stick")
    path = folder / "plan.cpm"
    shutil.copyfile(demo_master, path)
    with read_only_folder(folder):
        yield path


READING_COMMANDS = [
    ["check"],
    ["schedule", "--project", PROJECT],
    ["risks", "--project", PROJECT, "--json"],
    ["changes", "--project", PROJECT],
    ["kpis"],
    ["export", "xlsx", "--project", PROJECT, "-o", "{out}/plan.xlsx"],
    ["export", "pdf", "--project", PROJECT, "-o", "{out}/plan.pdf"],
    ["export", "mspdi", "--project", PROJECT, "-o", "{out}/plan.xml"],
]


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: "-".join(c[:2]))
def test_reading_commands_work_on_read_only_media_and_leave_nothing(
    on_read_only_media: Path,
    demo_master: Path,
    out: Path,
    command: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each reading command works there and adds nothing beside it: no lock, WAL or backups."""
    argv = [part.format(out=out) for part in command] + ["--db", str(on_read_only_media)]
    assert main(argv) == 0, capsys.readouterr().err
    assert capsys.readouterr().out
    assert [p.name for p in on_read_only_media.parent.iterdir()] == ["plan.cpm"]
    assert on_read_only_media.read_bytes() == demo_master.read_bytes()
    if command[0] == "export":
        [export] = out.iterdir()
        assert export.stat().st_size > 0


def test_import_into_read_only_media_is_one_clear_line(
    on_read_only_media: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An import there exits 2 with one line saying the drive is read-only; nothing is written."""
    source = plan_file(out / "small.xml", tasks=3)
    code = main(["import", str(source), "--db", str(on_read_only_media)])
    one_line_refusal(code, capsys.readouterr().err, "read-only drive")
    assert [p.name for p in on_read_only_media.parent.iterdir()] == ["plan.cpm"]


def test_a_read_only_file_is_read_in_place_and_refuses_edits(
    plan: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only file in a writable folder is read leaving nothing; an import exits 2."""
    before = plan.read_bytes()
    source = plan_file(out / "small.xml", tasks=3)
    export = ["export", "mspdi", "--project", PROJECT, "-o", str(out / "plan.xml")]
    with read_only_file(plan):
        assert main(["schedule", "--db", str(plan), "--project", PROJECT]) == 0
        assert main([*export, "--db", str(plan)]) == 0
        capsys.readouterr()
        code = main(["import", str(source), "--db", str(plan)])
        one_line_refusal(code, capsys.readouterr().err, "the file is read-only")
        assert [p.name for p in plan.parent.iterdir()] == ["plan.cpm"]
    assert plan.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["plan.xml", "small.xml"]


# ------------------------------------------------------------------------------ refused files


def stamp_future_schema(path: Path) -> None:
    """Stamp a schema revision no released CPM Desktop has (a file from a newer version)."""
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.commit()
    connection.close()


def replace_with_another_apps_database(path: Path) -> None:
    """Put another application's SQLite file (in WAL mode, like ours) at `path`."""
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO notes (body) VALUES ('keep me')")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("spoil", "said"),
    [
        (truncate, "is damaged"),
        (stamp_future_schema, "newer CPM Desktop"),
        (replace_with_another_apps_database, "another application"),
    ],
    ids=["truncated", "future-schema", "another-app"],
)
def test_refused_files_are_left_exactly_as_they_were(
    plan: Path,
    out: Path,
    spoil: Callable[[Path], None],
    said: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every command refuses it in one line; its bytes stay, nothing (WAL, lock) is left."""
    spoil(plan)
    before = files_below(plan.parent)
    assert list(before) == ["plan.cpm"]
    source = plan_file(out / "small.xml", tasks=3)
    for command in (
        ["schedule", "--project", PROJECT],
        ["kpis"],
        ["export", "pdf", "--project", PROJECT, "-o", str(out / "plan.pdf")],
        ["import", str(source)],
        ["restore"],
    ):
        code = main([*command, "--db", str(plan)])
        err = capsys.readouterr().err
        if command[0] != "restore":  # restore says there is no backup to restore
            one_line_refusal(code, err, said)
        else:
            one_line_refusal(code, err, "no backup")
        assert files_below(plan.parent) == before, command
    assert main(["check", "--db", str(plan)]) == 2
    capsys.readouterr()
    assert files_below(plan.parent) == before
    assert not backup_dir_for(plan).exists()


# ------------------------------------------------------------------------------ closed pipe


def test_a_reader_that_stops_after_one_line_ends_the_command_quietly(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`schedule … | head -1`: once the reader is gone, exit 0 with nothing on stderr."""
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_SETPIPE_SZ"):
        pytest.skip("needs Linux, where a pipe's size can be set")
    pipe_size = 4096
    assert main(["schedule", "--db", str(plan), "--project", PROJECT]) == 0
    # The output must not fit in the pipe, or the command would finish before the reader left.
    assert len(capsys.readouterr().out.encode()) > 2 * pipe_size
    read_end, write_end = os.pipe()
    fcntl.fcntl(read_end, fcntl.F_SETPIPE_SZ, pipe_size)
    command = [sys.executable, "-m", "cpm_desktop", "schedule", "--db", str(plan)]
    child = subprocess.Popen(
        [*command, "--project", PROJECT], stdout=write_end, stderr=subprocess.PIPE
    )
    os.close(write_end)
    with open(read_end, "rb", buffering=0) as reader:
        first = reader.readline()
    try:
        _, err = child.communicate(timeout=120)
    finally:
        child.kill()
    assert first.split()[:3] == [b"ID", b"WBS", b"Task"]
    assert child.returncode == 0
    assert err == b""
