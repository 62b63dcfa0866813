"""`cpm-desktop checkout --db SERVER --project CODE --to FILE.cpm`, `checkin --db FILE.cpm --to
SERVER [--apply]` and `release --db SERVER --project CODE`: a project taken offline to a
laptop's file and brought back (services/checkout.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from cpm_desktop.cli.common import EXIT_OK, UserError


def run_checkout(args: argparse.Namespace) -> int:
    """Check the project out on the server and write the laptop's file."""
    from cpm_desktop.services.checkout import check_out_to_file
    from cpm_desktop.workspace.server import open_server_workspace

    if not isinstance(args.db, str) or not isinstance(args.to, Path):
        raise UserError(
            "checkout takes a project from a team server (--db postgresql://…) into a new "
            "file (--to FILE.cpm)."
        )
    with open_server_workspace(args.db) as server:
        record = check_out_to_file(server, args.project, args.to)
    print(
        f"Checked out {record.code} to {args.to}: read-only on {server.name} until you check "
        "it in (cpm-desktop checkin)."
    )
    return EXIT_OK


def run_checkin(args: argparse.Namespace) -> int:
    """Show what the laptop's copy changed; with --apply, write it back to the server (the
    one --to names, else the one the copy came from)."""
    from cpm_desktop.services.checkout import check_in_between, laptop_checkout
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.workspace.server import open_server_workspace

    refused = UserError(
        "checkin brings a checked-out file (--db FILE.cpm) back to its team server "
        "(--to postgresql://…)."
    )
    if isinstance(args.db, str) or isinstance(args.to, Path):
        raise refused
    with open_for_use(args.db) as laptop:
        held = laptop.run(laptop_checkout)
        server_address = args.to or (held.server if held is not None else None)
        if server_address is None:  # a copy that names no server (or no copy: said below)
            raise refused
        with open_server_workspace(server_address) as server:
            done = check_in_between(laptop, server, apply=args.apply)
    found = done.found
    print(f"{done.code}: what the laptop's copy changed")
    for title, counts in (
        ("added", found.added),
        ("changed", found.changed),
        ("removed", found.removed),
    ):
        for table, count in sorted(counts.items()):
            print(f"  {title:8s} {count:6,} {table.replace('_', ' ')}")
    if not found:
        print("  nothing")
    print(
        f"Checked {done.code} in: the server has it, writable again."
        if done.written
        else "Preview only: run again with --apply to write it back."
    )
    return EXIT_OK


def run_release(args: argparse.Namespace) -> int:
    """End a check-out left behind (the PMO's): writable again, the laptop's copy refused."""
    from cpm_desktop.services.checkout import release
    from cpm_desktop.workspace.server import open_server_workspace

    if not isinstance(args.db, str):
        raise UserError("release ends a check-out on a team server (--db postgresql://…).")
    with open_server_workspace(args.db) as server:
        record = server.run(release, args.project)
    print(f"Released {record.code}, checked out by {record.holder}: writable again.")
    return EXIT_OK
