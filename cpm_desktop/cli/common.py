"""What every command shares: exit codes, `UserError`, and errors turned into exit codes."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cpm_desktop import APP_NAME, __version__
from cpm_desktop.errors import CpmError, PasswordNeededError

if TYPE_CHECKING:
    from cpm_desktop.workspace import Workspace

EXIT_OK, EXIT_INTERNAL, EXIT_USER = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


class UserError(CpmError):
    """A mistake on the command line that argparse cannot see."""


def run_handler(handler: Handler, args: argparse.Namespace) -> int:
    """Run one command; a `CpmError` becomes one line and exit 2, anything else exit 1. A
    team server that asks for a password not found in ~/.pgpass or PGPASSWORD gets it asked
    for, at a terminal, and the command runs again."""
    try:
        try:
            code = handler(args)
        except PasswordNeededError as exc:
            if not sys.stdin.isatty() or os.environ.get("PGPASSWORD"):
                raise
            # libpq reads it from the environment, for this process's connections only.
            os.environ["PGPASSWORD"] = getpass.getpass(f"{exc} Password: ")
            code = handler(args)
        sys.stdout.flush()  # here, so that a closed pipe is caught below
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except CpmError as exc:
        print(f"cpm-desktop: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        return EXIT_INTERNAL
    except Exception:  # an internal error: a bug, reported as such
        traceback.print_exc()
        print(
            f"cpm-desktop: internal error; please report it ({APP_NAME} {__version__}).",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _reader_went_away() -> int:
    """The reader of our output stopped (`| head`): stop quietly, as Unix tools do."""
    # Point stdout at nothing, so that flushing it at exit raises no second error.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_OK


def workspace_file(location: Path | str, command: str) -> Path:
    """The workspace file `--db` names; a UserError for a team server's address, on which
    `command` (a file's backups, its check) does not work."""
    if isinstance(location, str):
        raise UserError(
            f"{command} works on a workspace file (.cpm), not on a team server; the server's "
            "administrator keeps its backups and checks it with PostgreSQL's own tools."
        )
    return location


def project_id(workspace: Workspace, code: str) -> int:
    """The id of the project with `code`, or a UserError naming the code and the file."""
    from cpm_desktop.services.portfolio.views import find_project_id

    found = workspace.run(find_project_id, code)
    if found is None:
        raise UserError(f"No project with code {code!r} in {workspace.name}.")
    return found
