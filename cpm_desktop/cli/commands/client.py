"""`cpm-desktop client add|set|list --db FILE`: the workspace's clients."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cpm_desktop.cli.common import EXIT_OK, UserError


def add(args: argparse.Namespace) -> int:
    """Add the client `args.name`; a name already used (in any case) is refused."""
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.portfolio.clients import create_client

    with open_for_use(args.db) as workspace:
        record = workspace.run(
            create_client,
            args.name,
            industry=args.industry,
            address=args.address,
            currency=args.currency,
            locale=args.language,
        )
    print(f"Added the client {record.name}.")
    return EXIT_OK


def set_fields(args: argparse.Namespace) -> int:
    """Change the fields given of the client `args.client`, as one transaction."""
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.portfolio.clients import find_client, update_client

    changes: dict[str, Any] = {
        field: value
        for field, value in (
            ("name", args.name),
            ("industry", args.industry),
            ("address", args.address),
            ("currency", args.currency),
            ("locale", args.language),
        )
        if value is not None
    }
    if not changes:
        raise UserError(
            "client set needs at least one of --name, --industry, --address, --currency, "
            "--language."
        )
    with open_for_use(args.db) as workspace:
        found = workspace.run(find_client, args.client)
        if found is None:
            raise UserError(f"No client named {args.client!r} in {workspace.name}.")
        record = workspace.run(update_client, found.id, **changes)
    print(f"Changed the client {record.name}.")
    return EXIT_OK


def list_clients(args: argparse.Namespace) -> int:
    """Print each client with its projects' codes, or one JSON document with `--json`."""
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.portfolio.clients import client_details
    from cpm_desktop.services.portfolio.views import portfolio

    with open_for_reading(args.db) as workspace:
        clients = workspace.run(portfolio)
        details = {c.id: workspace.run(client_details, c.id) for c in clients}
    if args.json:
        document = {
            "format": 1,
            "clients": [
                {
                    "name": c.name,
                    "address": details[c.id].address,
                    "currency": details[c.id].currency,
                    "locale": details[c.id].locale,
                    "projects": [p.code for p in c.projects],
                }
                for c in clients
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    for c in clients:
        codes = ", ".join(p.code for p in c.projects) or "no project yet"
        print(f"{c.name} ({details[c.id].currency}, {details[c.id].locale}): {codes}")
    return EXIT_OK
