"""The parser class of every command, and the options many commands share.

`CliParser` keeps the command line's promise for argparse's own errors too: a mistake is one
line on stderr and exit 2. It also registers the value types options name by text, so that
every date option reads dates the same way: `add_argument("--on", type="date")`.
"""

from __future__ import annotations

import argparse
from typing import Any, NoReturn, TypeAlias

from cpm_desktop.cli.common import EXIT_USER
from cpm_desktop.cli.dates import date_argument
from cpm_desktop.workspace.addresses import workspace_location


class CliParser(argparse.ArgumentParser):
    """argparse's parser, with one-line usage errors and the `date` type (`cli/dates.py`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.register("type", "date", date_argument)

    def error(self, message: str) -> NoReturn:
        """Say what is wrong in one line and where to read more; exit 2."""
        self.exit(EXIT_USER, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


# The sub-commands of a CliParser (typeshed's generic; no subscript at run time).
Commands: TypeAlias = "argparse._SubParsersAction[CliParser]"


def workspace_option(command: argparse.ArgumentParser) -> None:
    """`--db FILE`, required: the workspace a command works on (a file, or a team server)."""
    command.add_argument(
        "--db",
        type=workspace_location,
        required=True,
        metavar="FILE",
        help="the workspace file (.cpm), or a team server: postgresql://user@host/dbname",
    )


def project_option(command: argparse.ArgumentParser) -> None:
    """`--project CODE`, required: the project a command works on."""
    command.add_argument(
        "--project", required=True, metavar="CODE", help="the project's code (any case)"
    )


def json_option(command: argparse.ArgumentParser) -> None:
    """`--json`: print one JSON document instead of text."""
    command.add_argument(
        "--json", action="store_true", help="print one JSON document instead of the text"
    )
