"""`cpm-desktop export xlsx|pdf|mspdi|change-form|acceptance --db FILE --project CODE -o OUT
[--audience client|internal] [--lang LANG]`.

xlsx: the client workbook; pdf: the steering-committee pack; mspdi: MS Project XML;
change-form: one change request's client sign-off PDF (`--change REF`); acceptance: one
deliverable's acceptance certificate PDF (`--deliverable REF`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cpm_desktop.cli.common import EXIT_OK, UserError, project_id


def run(args: argparse.Namespace) -> int:
    """Write the project in `args.format` to `args.output`; name the file written."""
    if args.format == "change-form":
        return _export_change_form(args)
    if args.format == "acceptance":
        return _export_acceptance(args)
    if args.format == "pdf":
        return _export_pack(args)
    if args.format == "xlsx" and args.change is None and args.paper is None:
        return _export_xlsx(args)
    if args.change is not None or args.paper is not None:
        raise UserError(
            f"--change and --paper belong to 'export change-form' (--paper to 'export pdf' "
            f"too), not to {args.format}."
        )
    if args.lang is not None:
        raise UserError(
            "--lang belongs to 'export xlsx', 'export pdf', 'export change-form' and "
            "'export acceptance', not to mspdi: a plan for planners, in no reader's language."
        )
    if args.audience is not None:
        raise UserError(
            "--audience belongs to 'export xlsx', 'export pdf' and "
            "'export change-form', not to mspdi: a plan for planners."
        )
    return _export_mspdi(args)


def _export_xlsx(args: argparse.Namespace) -> int:
    from cpm_desktop.services.client_workbook.export import export_client_workbook
    from cpm_desktop.services.opening import open_for_reading

    output: Path = args.output
    if output.suffix.lower() != ".xlsx":
        raise UserError(f"{output} should end in .xlsx, the Excel workbook extension.")
    with open_for_reading(args.db) as workspace:
        found = project_id(workspace, args.project)
        path = workspace.run(
            export_client_workbook, found, output, audience=_audience(args), locale=args.lang
        )
    whose = "internal" if _audience(args) == "internal" else "client"
    print(f"Wrote the {whose} workbook of {args.project.strip().upper()} to {path}.")
    return EXIT_OK


def _export_pack(args: argparse.Namespace) -> int:
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.steering_pack.pack import export_steering_pack

    output: Path = args.output
    if args.change is not None:
        raise UserError("--change belongs to 'export change-form', not to pdf.")
    if output.suffix.lower() != ".pdf":
        raise UserError(f"{output} should end in .pdf.")
    with open_for_reading(args.db) as workspace:
        found = project_id(workspace, args.project)
        path = workspace.run(
            export_steering_pack,
            found,
            output,
            paper=args.paper,
            audience=_audience(args),
            locale=args.lang,
        )
    print(
        f"Wrote the {_internal(args)}steering-committee pack of "
        f"{args.project.strip().upper()} to {path}."
    )
    return EXIT_OK


def _export_change_form(args: argparse.Namespace) -> int:
    from cpm_desktop.services.changes.forms import export_change_form, find_change_request_id
    from cpm_desktop.services.opening import open_for_reading

    if not args.change:
        raise UserError("export change-form needs --change REF, the request to print (CR-003).")
    with open_for_reading(args.db) as workspace:
        found = project_id(workspace, args.project)
        cr_id = workspace.run(find_change_request_id, found, args.change)
        if cr_id is None:
            raise UserError(f"No change request {args.change!r} in project {args.project}.")
        path = workspace.run(
            export_change_form,
            cr_id,
            args.output,
            paper=args.paper or "a4",
            audience=_audience(args),
            locale=args.lang,
        )
    print(f"Wrote the {_internal(args)}sign-off form of {args.change.strip().upper()} to {path}.")
    return EXIT_OK


def _export_acceptance(args: argparse.Namespace) -> int:
    from cpm_desktop.services.deliverables.certificate import (
        export_acceptance_certificate,
        find_deliverable_id,
    )
    from cpm_desktop.services.opening import open_for_reading

    if not args.deliverable:
        raise UserError("export acceptance needs --deliverable REF, the one to certify (D-001).")
    with open_for_reading(args.db) as workspace:
        found = project_id(workspace, args.project)
        deliverable_id = workspace.run(find_deliverable_id, found, args.deliverable)
        if deliverable_id is None:
            raise UserError(f"No deliverable {args.deliverable!r} in project {args.project}.")
        path = workspace.run(
            export_acceptance_certificate,
            deliverable_id,
            args.output,
            paper=args.paper or "a4",
            locale=args.lang,
        )
    reference = args.deliverable.strip().upper()
    print(f"Wrote the acceptance certificate of {reference} to {path}.")
    return EXIT_OK


def _export_mspdi(args: argparse.Namespace) -> int:
    from cpm_desktop.files import write_atomically
    from cpm_desktop.interchange.mspdi_write import write_mspdi
    from cpm_desktop.services.interchange.exporting import project_plan
    from cpm_desktop.services.opening import open_for_reading

    output: Path = args.output
    if not output.parent.resolve().is_dir():
        raise UserError(f"The folder {output.parent} does not exist.")
    with open_for_reading(args.db) as workspace:
        found = project_id(workspace, args.project)
        plan = workspace.run(project_plan, found)
    write_atomically(output, write_mspdi(plan))
    print(f"Wrote {len(plan.tasks)} tasks and {len(plan.links)} links to {output}.")
    return EXIT_OK


def _audience(args: argparse.Namespace) -> str:
    """The audience asked for; the client when none was."""
    return str(args.audience or "client")


def _internal(args: argparse.Namespace) -> str:
    """'internal ' before the file's name in the confirmation line of an internal export."""
    return "internal " if _audience(args) == "internal" else ""
