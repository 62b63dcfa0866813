"""`window_options`: a command line that only opens the window, read without the sub-commands'
parsers, exactly as the full parser reads it; anything else is left to the full parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cpm_desktop.cli.parser import build_parser, window_options

WINDOW_ONLY = [
    [],
    ["--db", "plan.cpm"],
    ["--db=plan.cpm", "--view", "risks", "--project", "P-1"],
    ["--screenshot", "out.png", "--size", "1280x800", "--view", "overview"],
    ["--portfolio", "--theme", "dark", "--language", "de"],
    ["--client", "Acme", "--db", "plan.cpm"],
    ["--scr", "out.png", "--proj", "P-1", "--lang", "fr"],  # abbreviations
    ["--db", "plan.cpm", "--db", "other.cpm"],  # the last one wins in both
    ["--project", "schedule"],  # a command's name as an option's value
    ["--db=", "--project", "-1"],
]

NOT_WINDOW_ONLY = [
    ["-h"],
    ["--help"],
    ["--he"],
    ["--db", "plan.cpm", "--help"],
    ["schedule", "--db", "plan.cpm", "--project", "P-1"],
    ["--db", "plan.cpm", "check"],
    ["bogus"],
    ["--v"],  # ambiguous: --version or --view
    ["--p", "X"],  # ambiguous: --project or --portfolio
    ["--size", "10x10"],
    ["--view", "nowhere"],
    ["--client", "Acme", "--portfolio"],
    ["--db"],
    ["--unknown"],
    ["--"],
    ["--", "--db"],
    ["-"],
    ["--db", "-x"],
]


@pytest.mark.parametrize("argv", WINDOW_ONLY)
def test_window_options_read_as_the_full_parser_reads(argv: list[str]) -> None:
    """Every option of a window-only command line comes out as the full parser gives it."""
    options = window_options(argv)
    assert options is not None
    assert options == build_parser().parse_args(argv)


@pytest.mark.parametrize("argv", NOT_WINDOW_ONLY)
def test_anything_else_is_left_to_the_full_parser(argv: list[str]) -> None:
    """Help, a sub-command or a mistake gives None: the full parser answers as always."""
    assert window_options(argv) is None


def test_version_is_answered_alike(capsys: pytest.CaptureFixture[str]) -> None:
    """`--version` prints the same line and exits 0 from either parser."""
    printed = []
    for parse in (window_options, build_parser().parse_args):
        with pytest.raises(SystemExit) as exited:
            parse(["--version"])
        assert exited.value.code == 0
        printed.append(capsys.readouterr().out)
    assert printed[0] == printed[1]
    assert printed[0].startswith("cpm-desktop ")


def test_opening_the_window_builds_no_sub_command() -> None:
    """Running a window-only command line imports none of the modules that declare or run
    the sub-commands (but `gui`, and `export`, whose formats `format_first` knows)."""
    script = (
        "import sys\n"
        "from cpm_desktop.cli import main, parser\n"
        "parser.build_parser = None  # called, it would fail\n"
        "from cpm_desktop.cli.commands import gui\n"
        "gui.run = lambda args: 0\n"
        "assert main(['--db', 'plan.cpm', '--view', 'risks']) == 0\n"
        "loaded = {m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('cpm_desktop.cli.')}\n"
        "print(sorted(loaded & {'commands', *parser.COMMANDS, 'setup_commands', 'cycle_commands',"
        " 'team_commands', 'schedule', 'check', 'import_plan', 'gui'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "['commands', 'export', 'gui']"
