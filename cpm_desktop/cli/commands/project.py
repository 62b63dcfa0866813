"""`cpm-desktop project add|set|show --db FILE`: a project's frame from the shell."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cpm_desktop.cli.common import EXIT_OK, UserError, project_id


def add(args: argparse.Namespace) -> int:
    """Add a project for an existing client; say its code."""
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.portfolio.clients import find_client
    from cpm_desktop.services.portfolio.projects import NewProject, create_project

    with open_for_use(args.db) as workspace:
        client = workspace.run(find_client, args.client)
        if client is None:
            raise UserError(f"No client named {args.client!r}; add it with 'client add'.")
        new = NewProject(
            client_id=client.id,
            code=args.code,
            name=args.name,
            start_date=args.start,
            currency=args.currency,
            budget=args.budget or 0,
            contract_value=args.contract_value or 0,
            manager=args.manager,
        )
        record = workspace.run(create_project, new)
    print(f"Added the project {record.code} for {client.name}.")
    return EXIT_OK


def set_fields(args: argparse.Namespace) -> int:
    """Change the fields given, as one transaction: a refusal changes nothing."""
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.portfolio.projects import update_project

    changes: dict[str, Any] = {
        field: value
        for field, value in (
            ("code", args.new_code),
            ("name", args.name),
            ("budget", args.budget),
            ("contract_value", args.contract_value),
            ("manager", args.manager),
            ("status_date", args.status_date),
        )
        if value is not None
    }
    if not changes:
        raise UserError(
            "project set needs at least one of --code, --name, --status-date, "
            "--budget, --contract-value, --manager."
        )
    with open_for_use(args.db) as workspace:
        found = project_id(workspace, args.project)
        record = workspace.run(update_project, found, **changes)
    print(f"Changed the project {record.code}.")
    return EXIT_OK


def show(args: argparse.Namespace) -> int:
    """Print the project's properties, or one JSON document with `--json`."""
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.portfolio.views import project_summary

    with open_for_reading(args.db) as workspace:
        summary = workspace.run(project_summary, project_id(workspace, args.project))
    fields = {
        "code": summary.code,
        "name": summary.name,
        "client": summary.client,
        "manager": summary.manager,
        "sponsor": summary.sponsor,
        "start_date": summary.start_date.isoformat(),
        "status_date": summary.status_date.isoformat() if summary.status_date else None,
        "finish_date": summary.finish_date.isoformat() if summary.finish_date else None,
        "currency": summary.currency,
        "budget": str(summary.budget),
        "contract_value": str(summary.contract_value),
        "status": str(summary.status),
        "open_book": summary.open_book,
        "tasks": summary.task_count,
    }
    if args.json:
        print(json.dumps({"format": 1, **fields}, ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max(len(name) for name in fields)
    for name, value in fields.items():
        shown = "-" if value is None or value == "" else value
        print(f"{name.replace('_', ' ').capitalize():<{width}}  {shown}")
    return EXIT_OK
