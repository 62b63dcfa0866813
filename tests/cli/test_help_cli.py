"""The command line explains itself: every option has a help text, `export FORMAT --help`
describes that file, and a usage mistake is one line."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpm_desktop.cli.export_formats import FORMATS, format_first
from cpm_desktop.cli.parser import build_parser
from cpm_desktop.demo import DEMO_PROJECT_CODE
from tests.cli.support import assert_one_line_error, run_main

# Options a format accepts only to refuse them with a pointer to the format they belong to.
REFUSED = {
    "xlsx": {"--change", "--paper"},
    "mspdi": {"--change", "--paper", "--audience", "--lang"},
    "pdf": {"--change"},
}


def parsers(
    parser: argparse.ArgumentParser,
) -> Iterator[tuple[argparse.ArgumentParser, argparse.Action]]:
    """Every (parser, action) pair of `parser` and of its sub-commands, all the way down."""
    for action in parser._actions:
        yield parser, action
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from parsers(sub)


def _hidden_on_purpose(parser: argparse.ArgumentParser, action: argparse.Action) -> bool:
    fmt = parser.prog.removeprefix("cpm-desktop export ")
    return set(action.option_strings) <= REFUSED.get(fmt, set())


def test_every_option_and_argument_has_a_help_text() -> None:
    """No option, positional or sub-command of any command is left without a help text."""
    missing = []
    for parser, action in parsers(build_parser()):
        if isinstance(action, argparse._HelpAction):
            continue
        if action.help == argparse.SUPPRESS and _hidden_on_purpose(parser, action):
            continue
        if not (action.help and action.help.strip()) or action.help == argparse.SUPPRESS:
            missing.append(f"{parser.prog} {'/'.join(action.option_strings) or action.dest}")
        if isinstance(action, argparse._SubParsersAction):
            missing += [
                f"{parser.prog} {choice.dest}"
                for choice in action._choices_actions
                if not (choice.help and choice.help.strip())
            ]
    assert missing == []


def test_the_walk_sees_every_command_and_format() -> None:
    """The help test above walks all the sub-commands, the export formats included."""
    progs = {parser.prog for parser, _ in parsers(build_parser())}
    assert {f"cpm-desktop export {fmt}" for fmt in FORMATS} <= progs
    assert {"cpm-desktop risks", "cpm-desktop import-edits", "cpm-desktop restore"} <= progs


@pytest.mark.parametrize(
    ("fmt", "says", "options", "not_listed"),
    [
        (
            "xlsx",
            "for the client's team",
            ("--db", "--project", "--output", "--audience"),
            ("--paper",),
        ),
        (
            "pdf",
            "steering committee",
            ("--db", "--project", "--output", "--paper", "--audience"),
            (),
        ),
        ("mspdi", "MS Project", ("--db", "--project", "--output"), ("--paper", "--audience")),
        ("change-form", "sign", ("--change", "--paper", "--output", "--audience"), ()),
    ],
)
def test_export_format_help_describes_that_format(
    fmt: str, says: str, options: tuple[str, ...], not_listed: tuple[str, ...]
) -> None:
    """`export FORMAT --help`: what the file is and who it is for, and the options it takes."""
    result = run_main("export", fmt, "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert says in text
    assert all(option in result.stdout for option in options)
    assert all(option not in result.stdout for option in not_listed)
    assert "--change" not in result.stdout or fmt == "change-form"


def test_export_help_lists_the_formats() -> None:
    """`export --help` names every format with a line about it."""
    result = run_main("export", "--help")
    assert result.returncode == 0
    assert all(f"    {fmt}" in result.stdout for fmt in FORMATS)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["export", "xlsx", "--db", "w"], ["export", "xlsx", "--db", "w"]),
        (["export", "--db", "w", "-o", "o", "pdf"], ["export", "pdf", "--db", "w", "-o", "o"]),
        (["export", "--db", "w", "mspdi", "-o", "o"], ["export", "mspdi", "--db", "w", "-o", "o"]),
        (
            ["export", "--project", "pdf", "--db=w", "xlsx"],
            ["export", "xlsx", "--project", "pdf", "--db=w"],
        ),
        (["export", "--help"], ["export", "--help"]),
        (["risks", "--project", "pdf"], ["risks", "--project", "pdf"]),
    ],
)
def test_format_moves_before_the_options(argv: list[str], expected: list[str]) -> None:
    """FORMAT may stand among export's options, as before; an option's value stays put."""
    assert format_first(argv) == expected


def test_export_with_the_format_last_still_works(demo_file: Path, tmp_path: Path) -> None:
    """`export --db F --project P -o OUT mspdi`, as the old usage line wrote it, still exports."""
    out = tmp_path / "plan.xml"
    args = ["--db", str(demo_file), "--project", DEMO_PROJECT_CODE, "-o", str(out)]
    result = run_main("export", *args, "mspdi")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"<?xml")


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (("frobnicate",), "invalid choice: 'frobnicate'"),
        (("export",), "FORMAT"),
        (("export", "docx"), "invalid choice: 'docx'"),
        (("export", "xlsx", "--db", "w.cpm"), "--project"),
        (("export", "pdf", "--paper", "a5"), "invalid choice: 'a5'"),
        (("risks", "--db", "w.cpm", "--project", "P", "--frob"), "--frob"),
    ],
)
def test_a_usage_mistake_is_one_line(argv: tuple[str, ...], needle: str) -> None:
    """argparse's own errors: exit 2, one line naming the problem and where help is."""
    result = run_main(*argv)
    assert_one_line_error(result, needle)
    assert "--help" in result.stderr
