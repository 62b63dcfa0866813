"""`cpm-desktop server init|add-user|grant --db postgresql://user@host/dbname`: a team
server's workspace and who may see what in it.

`init` sets the workspace up on an empty database, or upgrades one an older version set up
(once every user has this version), and installs what undo, versions and row-level security
need there; `add-user` makes a login role a PM, PMO or account manager; `grant` makes a user
a member of a project or a client. Run them as the database's owner.
"""

from __future__ import annotations

import argparse
import getpass
from typing import TYPE_CHECKING

from cpm_desktop.cli.common import EXIT_OK, UserError

if TYPE_CHECKING:
    from cpm_desktop.workspace import Workspace


def run_init(args: argparse.Namespace) -> int:
    """Set up or upgrade the workspace on the server; say at which schema it now is."""
    from cpm_desktop.workspace.server import init_server

    if not isinstance(args.db, str):
        raise UserError(
            f"server init sets up a team server; {args.db} is a file "
            "(write the server as postgresql://user@host/dbname)."
        )
    with init_server(args.db) as workspace:
        print(
            f"The team workspace {workspace.name} is ready (schema {workspace.schema_revision()})."
        )
    return EXIT_OK


def run_add_user(args: argparse.Namespace) -> int:
    """Create (or re-role) a team user; a password is asked for with --password."""
    from cpm_desktop.services.team_server import add_team_user

    password = _new_password(args.name) if args.password else None
    with _opened(args) as workspace:
        workspace.run(add_team_user, args.name, args.role, password)
    print(f"{args.name} is a team user ({args.role}).")
    return EXIT_OK


def run_grant(args: argparse.Namespace) -> int:
    """Make a user a member of a project (by code) or a client (by name)."""
    from cpm_desktop.services.team_server import grant_membership

    with _opened(args) as workspace:
        what = workspace.run(
            grant_membership, args.name, project_code=args.project, client=args.client
        )
    print(f"{args.name} is a member of {what}.")
    return EXIT_OK


def _opened(args: argparse.Namespace) -> Workspace:
    """The server's workspace, opened by its owner."""
    from cpm_desktop.workspace.server import open_server_workspace

    if not isinstance(args.db, str):
        raise UserError(f"{args.db} is a file; write the server as postgresql://user@host/dbname.")
    return open_server_workspace(args.db)


def _new_password(name: str) -> str:
    first = getpass.getpass(f"Password for {name}: ")
    if not first or getpass.getpass("Again: ") != first:
        raise UserError("The passwords differ (or are empty); nothing was changed.")
    return first
