"""`cpm-desktop publish --db FILE --to postgresql://…` and `cpm-desktop copy --db … --to
FILE`: a whole workspace onto a team server, or out of one into a new file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cpm_desktop.cli.common import EXIT_OK, UserError

if TYPE_CHECKING:  # the command's modules load SQLAlchemy; the parser is built without it
    from cpm_desktop.workspace.transfer import Transfer


def run_publish(args: argparse.Namespace) -> int:
    """Copy a laptop's workspace file onto an empty team server workspace."""
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.workspace.server import open_server_workspace
    from cpm_desktop.workspace.transfer import publish

    if isinstance(args.db, str) or not isinstance(args.to, str):
        raise UserError(
            "publish copies a workspace file (--db FILE.cpm) onto a team server "
            "(--to postgresql://user@host/dbname)."
        )
    with open_for_reading(args.db) as source, open_server_workspace(args.to) as target:
        moved = publish(source, target)
        print(f"Published {source.name} to {target.name}: {_summary(moved)}.")
    return EXIT_OK


def run_copy(args: argparse.Namespace) -> int:
    """Copy a workspace (a team server's, or a file) into a new workspace file."""
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.workspace.transfer import copy_to_file

    if not isinstance(args.to, Path):
        raise UserError("copy writes a new workspace file: --to FILE.cpm.")
    if args.to.suffix.lower() != ".cpm":
        raise UserError(f"{args.to} should end in .cpm, the workspace file extension.")
    with open_for_reading(args.db) as source:
        moved = copy_to_file(source, args.to)
        print(f"Copied {source.name} to {args.to}: {_summary(moved)}.")
    return EXIT_OK


def _summary(moved: Transfer) -> str:
    rows = moved.rows
    return (
        f"{moved.total:,} records ({rows.get('client', 0)} clients, {rows.get('project', 0)} "
        f"projects, {rows.get('task', 0):,} tasks, {rows.get('audit_entry', 0):,} audit entries)"
    )
