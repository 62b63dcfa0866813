"""`cpm-desktop client add|list --db FILE`: the workspace's clients."""

from __future__ import annotations

import argparse
import json

from cpm_desktop.cli.common import EXIT_OK


def add(args: argparse.Namespace) -> int:
    """Add the client `args.name`; a name already used (in any case) is refused."""
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.portfolio.clients import create_client

    with open_for_use(args.db) as workspace:
        record = workspace.run(create_client, args.name, industry=args.industry)
    print(f"Added the client {record.name}.")
    return EXIT_OK


def list_clients(args: argparse.Namespace) -> int:
    """Print each client with its projects' codes, or one JSON document with `--json`."""
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.portfolio.views import portfolio

    with open_for_reading(args.db) as workspace:
        clients = workspace.run(portfolio)
    if args.json:
        document = {
            "format": 1,
            "clients": [
                {"name": c.name, "projects": [p.code for p in c.projects]} for c in clients
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    for c in clients:
        codes = ", ".join(p.code for p in c.projects) or "no project yet"
        print(f"{c.name}: {codes}")
    return EXIT_OK
