"""`cpm-desktop project add|set|show|close|reopen --db FILE`: a project's frame from the shell."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cpm_desktop.cli.common import EXIT_OK, UserError, project_id
from cpm_desktop.domain import Stage


def add(args: argparse.Namespace) -> int:
    """Add a project for an existing client, blank or from a template project; say its code."""
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.portfolio.clients import find_client
    from cpm_desktop.services.portfolio.projects import NewProject, create_project

    with open_for_use(args.db) as workspace:
        client = workspace.run(find_client, args.client)
        if client is None:
            raise UserError(f"No client named {args.client!r}; add it with 'client add'.")
        template = None if args.template is None else project_id(workspace, args.template)
        chosen: dict[str, Any] = {
            field: value
            for field, value in (
                ("objective", args.objective),
                ("contract_type", args.contract_type),
                ("cadence", args.cadence),
            )
            if value is not None
        }
        new = NewProject(
            client_id=client.id,
            code=args.code,
            name=args.name,
            start_date=args.start,
            currency=args.currency,
            budget=args.budget or 0,
            contract_value=args.contract_value or 0,
            manager=args.manager,
            **chosen,
        )
        if template is None:
            record = workspace.run(create_project, new)
        else:
            from cpm_desktop.services.portfolio.templates import create_from_template

            record = workspace.run(create_from_template, new, template)
    source = "" if args.template is None else f" from {args.template.upper()}"
    print(f"Added the project {record.code} for {client.name}{source}.")
    return EXIT_OK


def set_fields(args: argparse.Namespace) -> int:
    """Change the fields given and pass the stage gate asked for, as one transaction: a
    refusal of any of them changes nothing."""
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.portfolio.lifecycle import move_to_stage
    from cpm_desktop.services.portfolio.projects import update_project
    from cpm_desktop.services.portfolio.views import project_summary

    changes = _changes(args)
    if args.stage is None and (args.approved_by is not None or args.gate_date is not None):
        raise UserError("--approved-by and --gate-date go with --stage.")
    if args.stage == Stage.CLOSURE:
        raise UserError("A project enters closure when it is closed: use 'project close'.")
    if not changes and args.stage is None:
        raise UserError(
            "project set needs at least one of --code, --name, --status-date, --budget, "
            "--contract-value, --currency, --manager, --objective, --contract-type, --cadence, "
            "--stage."
        )
    with open_for_use(args.db) as workspace:
        found = project_id(workspace, args.project)
        with workspace.transaction() as session:
            if changes:
                update_project(session, found, **changes)
            gate = None
            if args.stage is not None:
                gate = move_to_stage(
                    session,
                    found,
                    args.stage,
                    passed_on=args.gate_date,
                    approved_by=args.approved_by or "",
                )
        summary = workspace.run(project_summary, found)
    print(f"Changed the project {summary.code}.")
    if gate is not None:
        print(
            f"{summary.code} entered {gate.stage.label.lower()} on {gate.passed_on.isoformat()}"
            f", approved by {gate.approved_by}."
        )
    return EXIT_OK


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    """The `update_project` fields the options give (an option left out changes nothing)."""
    return {
        field: value
        for field, value in (
            ("code", args.new_code),
            ("name", args.name),
            ("budget", args.budget),
            ("contract_value", args.contract_value),
            ("currency", args.currency),
            ("manager", args.manager),
            ("objective", args.objective),
            ("contract_type", args.contract_type),
            ("cadence", args.cadence),
            ("status_date", args.status_date),
        )
        if value is not None
    }


def show(args: argparse.Namespace) -> int:
    """Print the project's properties, or one JSON document with `--json`."""
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.portfolio.views import project_summary

    with open_for_reading(args.db) as workspace:
        summary = workspace.run(project_summary, project_id(workspace, args.project))

    def day(value: Any) -> str | None:
        return None if value is None else str(value.isoformat())

    fields: dict[str, Any] = {
        "code": summary.code,
        "name": summary.name,
        "client": summary.client,
        "manager": summary.manager,
        "sponsor": summary.sponsor,
        "start_date": day(summary.start_date),
        "status_date": day(summary.status_date),
        "finish_date": day(summary.finish_date),
        "currency": summary.currency,
        "budget": str(summary.budget),
        "contract_value": str(summary.contract_value),
        "status": str(summary.status),
        "open_book": summary.open_book,
        "tasks": summary.task_count,
        "stage": summary.stage.value,
        "contract_type": summary.contract_type.value,
        "cadence": summary.cadence.value,
        "objective": summary.objective,
        "next_status_date": None if summary.is_closed else day(summary.next_status_date),
        "closed_on": day(summary.closed_on),
    }
    if args.json:
        print(json.dumps({"format": 1, **fields}, ensure_ascii=False, indent=2))
        return EXIT_OK
    # The text shows the words people read ("Time and materials"); JSON keeps the values.
    fields.update(
        stage=summary.stage.label,
        contract_type=summary.contract_type.label,
        cadence=summary.cadence.label,
    )
    width = max(len(name) for name in fields)
    for name, value in fields.items():
        shown = "-" if value is None or value == "" else value
        print(f"{name.replace('_', ' ').capitalize():<{width}}  {shown}")
    return EXIT_OK


def close(args: argparse.Namespace) -> int:
    """Say what is still open, then close the project: it becomes read-only."""
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.portfolio.lifecycle import Closing, close_project, closure_warnings

    with open_for_use(args.db) as workspace:
        found = project_id(workspace, args.project)
        for warning in workspace.run(closure_warnings, found):
            print(f"Warning: {warning}")
        closing = Closing(
            closed_on=args.date, commentary=args.commentary, approved_by=args.approved_by
        )
        record = workspace.run(close_project, found, closing)
    print(f"Closed the project {record.code}; it is read-only until 'project reopen'.")
    return EXIT_OK


def reopen(args: argparse.Namespace) -> int:
    """Make a closed project editable again, with the reason in the audit trail."""
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.portfolio.lifecycle import reopen_project

    with open_for_use(args.db) as workspace:
        record = workspace.run(
            reopen_project, project_id(workspace, args.project), reason=args.reason
        )
    print(f"Reopened the project {record.code}.")
    return EXIT_OK
