"""`cpm-desktop FILE.cpm`: what a file manager runs for a double-clicked workspace."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from cpm_desktop.cli.parser import COMMANDS, build_parser, workspace_as_option
from tests.cli.support import assert_one_line_error, run_cli
from tests.templates import copy_of


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["plan.cpm"], ["--db", "plan.cpm"]),
        (["PLAN.CPM", "--view", "risks"], ["--db", "PLAN.CPM", "--view", "risks"]),
        (["demo", "plan.cpm"], ["demo", "plan.cpm"]),
        (["check", "--db", "plan.cpm"], ["check", "--db", "plan.cpm"]),
        (["--db", "plan.cpm"], ["--db", "plan.cpm"]),
        (["plan.cpm", "--db", "other.cpm"], ["plan.cpm", "--db", "other.cpm"]),
        (["nothing-here"], ["nothing-here"]),
        ([], []),
    ],
)
def test_a_leading_workspace_becomes_the_db_option(argv: list[str], expected: list[str]) -> None:
    """A first argument ending in .cpm maps to --db; sub-commands and options stay as they are."""
    assert workspace_as_option(argv) == expected


def test_an_existing_file_of_another_name_is_taken_as_the_workspace(tmp_path: Path) -> None:
    """A renamed workspace (no .cpm) passed by a file manager still goes to --db."""
    path = tmp_path / "plan.backup"
    path.write_bytes(b"")
    assert workspace_as_option([str(path)]) == ["--db", str(path)]


def test_commands_lists_every_sub_command() -> None:
    """COMMANDS, which keeps sub-commands from being read as files, matches the parser."""
    parser = build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == COMMANDS


@pytest.mark.file_only("a file's path as the first argument")
def test_file_as_first_argument_opens_that_workspace(demo_template: Path, tmp_path: Path) -> None:
    """`cpm-desktop FILE.cpm --screenshot OUT.png` renders the window on that workspace."""
    workspace = copy_of(demo_template, tmp_path / "opened.cpm")
    out = tmp_path / "window.png"
    result = run_cli(str(workspace), "--screenshot", str(out), "--project", "NHL-WMS")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_missing_file_as_first_argument_is_one_clear_line(tmp_path: Path) -> None:
    """A .cpm that is not there: exit 2 and a single line naming it."""
    missing = tmp_path / "gone.cpm"
    result = run_cli(str(missing), "--screenshot", str(tmp_path / "never.png"))
    assert_one_line_error(result, f"There is no workspace file at {missing}")
    assert not (tmp_path / "never.png").exists()
