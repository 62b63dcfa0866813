"""`cpm-desktop server init --db postgresql://user@host/dbname`: a team server's workspace.

`init` sets the workspace up on an empty database, or upgrades one an older version set up
(once every user has this version), and installs what undo needs there; run it as the
database's owner.
"""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, UserError


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
