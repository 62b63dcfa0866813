"""The GUI's start (`app.run_gui`), run in a process of its own: it sets the theme, the language
and the excepthook for the whole process."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

from cpm_desktop.workspace.backups import list_backups, write_rotating_backup
from tests.imports import loaded_with
from tests.workspace.damage import damage_table

# Records whether the cyclic collector runs while the window shows its first project, then
# renders the window to a PNG as `cpm-desktop --screenshot` does.
PROBE = """
import gc, sys
from pathlib import Path
from cpm_desktop.app import GuiOptions, run_gui
from cpm_desktop.ui.main_window import MainWindow

seen = []
start = MainWindow.start
MainWindow.start = lambda window, code=None: (seen.append(gc.isenabled()), start(window, code))[1]
code = run_gui(GuiOptions(db=Path(sys.argv[1]), screenshot=Path(sys.argv[2]), size=(900, 600)))
print(code, seen, gc.isenabled())
"""


def test_the_collector_is_paused_while_the_window_is_built(
    demo_template: Path, tmp_path: Path
) -> None:
    """Python's cyclic collector is off while the window is built and shows its project (the
    start makes lasting objects, not garbage), and on again once the window is done."""
    workspace = shutil.copy(demo_template, tmp_path / "w.cpm")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(workspace), str(tmp_path / "shot.png")],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert result.stdout.splitlines()[-1] == "0 [False] True"
    assert (tmp_path / "shot.png").stat().st_size > 0


def test_importing_the_app_loads_neither_qt_nor_the_orm() -> None:
    """`cpm_desktop.app` loads Qt and SQLAlchemy inside `run_gui`, after the collector's pause
    begins: most of the objects a start makes are theirs."""
    assert loaded_with("cpm_desktop.app", ("PySide6", "sqlalchemy")) == []


def test_a_damaged_workspace_at_start_is_refused_before_the_window_shows(
    demo_template: Path, tmp_path: Path
) -> None:
    """The backup on open, written while the window is built, still finds a damaged file:
    the start ends with one line naming the newest good backup, and nothing is rendered."""
    workspace = Path(shutil.copy(demo_template, tmp_path / "w.cpm"))
    good = write_rotating_backup(workspace, now=dt.datetime(2026, 9, 1, 9, 30))
    damage_table(workspace, "task")
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "cpm_desktop", "--db", str(workspace), "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")},
        check=False,
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "w.cpm is damaged" in lines[0]
    assert good.name in lines[0]
    assert not shot.exists()
    assert list_backups(workspace) == [good]
