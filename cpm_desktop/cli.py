"""The one entry point: the GUI, or a headless sub-command (see DESIGN.md, 'Command line')."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cpm_desktop import APP_NAME, __version__
from cpm_desktop.errors import CpmError

if TYPE_CHECKING:
    from cpm_desktop.workspace import Workspace

EXIT_OK, EXIT_INTERNAL, EXIT_USER = 0, 1, 2
VIEWS = ("timeline", "risks", "changes", "overview")
COMMANDS = frozenset(
    (
        "demo",
        "schedule",
        "risks",
        "changes",
        "kpis",
        "import",
        "export",
        "import-edits",
        "check",
        "backups",
        "restore",
    )
)


class UserError(CpmError):
    """A mistake on the command line that argparse cannot see."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    parser = _parser()
    args = parser.parse_args(workspace_as_option(sys.argv[1:] if argv is None else argv))
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _gui)
    try:
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


def workspace_as_option(argv: Sequence[str]) -> list[str]:
    """Turn `FILE.cpm [options]` into `--db FILE.cpm [options]`.

    File managers open a document by passing its path as the first argument (the .desktop
    file's `%f`, the Windows association's `"%1"`); argparse's sub-commands leave no room for
    a bare positional, so it is rewritten before parsing. A first argument counts as a
    workspace when it ends in .cpm or names an existing file, and is not a sub-command.
    """
    args = list(argv)
    if not args or args[0].startswith("-") or args[0] in COMMANDS:
        return args
    first = Path(args[0])
    if first.suffix.lower() != ".cpm" and not first.is_file():
        return args
    if any(arg == "--db" or arg.startswith("--db=") for arg in args[1:]):
        return args  # argparse then reports the stray FILE, naming the problem
    return ["--db", args[0], *args[1:]]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cpm-desktop",
        description=f"{APP_NAME}: clients, projects, schedules, risks and changes in one file.",
        epilog="cpm-desktop FILE.cpm opens that workspace, like --db FILE.cpm.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, help="workspace file (default: your workspace)")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="render the main window offscreen to a PNG and exit",
    )
    parser.add_argument(
        "--view",
        choices=VIEWS,
        default="timeline",
        help="tab shown in the screenshot (default: timeline)",
    )
    parser.add_argument("--project", metavar="CODE", help="project selected at start")
    start_on = parser.add_mutually_exclusive_group()
    start_on.add_argument(
        "--client",
        dest="start_client",  # not `client`: the kpis and import commands have their own
        metavar="NAME",
        help="start on this client's portfolio: its projects' KPIs",
    )
    start_on.add_argument(
        "--portfolio", action="store_true", help="start on every client's portfolio"
    )
    parser.add_argument(
        "--size",
        type=_size,
        default=(1600, 1000),
        metavar="WxH",
        help="window size for the screenshot (default: 1600x1000)",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = commands.add_parser("demo", help="create a workspace holding the demo portfolio")
    demo.add_argument("file", type=Path, metavar="FILE")
    demo.set_defaults(handler=_demo)

    schedule = commands.add_parser(
        "schedule", help="reschedule a project and print every task's dates, slack and driver"
    )
    schedule.add_argument("--db", type=Path, required=True, metavar="FILE")
    schedule.add_argument("--project", required=True, metavar="CODE")
    schedule.add_argument("--json", action="store_true", help="machine-readable output")
    schedule.set_defaults(handler=_schedule)

    register = commands.add_parser("risks", help="print a project's risk register")
    register.add_argument("--db", type=Path, required=True, metavar="FILE")
    register.add_argument("--project", required=True, metavar="CODE")
    register.add_argument("--json", action="store_true", help="machine-readable output")
    register.set_defaults(handler=_risks)

    changes = commands.add_parser(
        "changes", help="print a project's change log and its budget, contract and finish"
    )
    changes.add_argument("--db", type=Path, required=True, metavar="FILE")
    changes.add_argument("--project", required=True, metavar="CODE")
    changes.add_argument("--json", action="store_true", help="machine-readable output")
    changes.set_defaults(handler=_changes)

    kpis = commands.add_parser(
        "kpis", help="print every project's KPIs, rolled up per client and for the workspace"
    )
    kpis.add_argument("--db", type=Path, required=True, metavar="FILE")
    kpis.add_argument("--client", metavar="NAME", help="only this client's projects")
    kpis.add_argument("--json", action="store_true", help="machine-readable output")
    kpis.set_defaults(handler=_kpis)

    source = commands.add_parser(
        "import", help="import an MS Project XML, GanttProject or GNOME Planner file"
    )
    source.add_argument("source", type=Path, metavar="SOURCE")
    source.add_argument("--db", type=Path, required=True, metavar="FILE")
    source.add_argument("--client", metavar="NAME", help="client of the new project")
    source.set_defaults(handler=_import)

    export = commands.add_parser(
        "export", help="write a project to another format, or a change request's sign-off form"
    )
    export.add_argument(
        "format",
        choices=("xlsx", "pdf", "mspdi", "change-form"),
        help="xlsx: the client workbook (Excel); pdf: the steering-committee pack; "
        "mspdi: MS Project XML; change-form: one change request's client sign-off PDF",
    )
    export.add_argument("--db", type=Path, required=True, metavar="FILE")
    export.add_argument("--project", required=True, metavar="CODE")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    export.add_argument("--change", metavar="REF", help="change-form: the request, e.g. CR-003")
    export.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help="pdf and change-form: paper size (default: pdf, the pack's saved one; a4)",
    )
    export.set_defaults(handler=_export)

    edits = commands.add_parser(
        "import-edits",
        help="preview the client's edits in a returned client workbook; --apply applies them",
    )
    edits.add_argument("workbook", type=Path, metavar="WORKBOOK")
    edits.add_argument("--db", type=Path, required=True, metavar="FILE")
    edits.add_argument(
        "--apply", action="store_true", help="apply all but conflicts (default: only preview)"
    )
    edits.add_argument(
        "--accept",
        action="append",
        default=[],
        metavar="ID[,ID…]",
        help="with --apply: only these (R-004.impact, CR-003, Risks:15), conflicts included",
    )
    edits.add_argument("--json", action="store_true", help="machine-readable output")
    edits.set_defaults(handler=_import_edits)

    check = commands.add_parser("check", help="integrity and schema report of a workspace")
    check.add_argument("--db", type=Path, required=True, metavar="FILE")
    check.set_defaults(handler=_check)

    backups = commands.add_parser(
        "backups", help="list a workspace's backups: date, schema revision, intact or not"
    )
    backups.add_argument("--db", type=Path, required=True, metavar="FILE")
    backups.add_argument("--json", action="store_true", help="machine-readable output")
    backups.set_defaults(handler=_backups)

    restore = commands.add_parser(
        "restore", help="put a backup in place of the workspace; the old file is kept aside"
    )
    restore.add_argument("--db", type=Path, required=True, metavar="FILE")
    restore.add_argument(
        "--backup", type=int, metavar="N", help="backup N of 'backups' (default: newest intact)"
    )
    restore.set_defaults(handler=_restore)
    return parser


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1600x1000") from None
    if not (320 <= width <= 10_000 and 240 <= height <= 10_000):
        raise argparse.ArgumentTypeError(f"{text!r} is outside 320x240 .. 10000x10000")
    return width, height


def _demo(args: argparse.Namespace) -> int:
    from cpm_desktop.demo.create import create_demo_workspace
    from cpm_desktop.services.portfolio.views import portfolio

    path: Path = args.file
    if path.suffix.lower() != ".cpm":
        raise UserError(f"{path} should end in .cpm, the workspace file extension.")
    with create_demo_workspace(path) as workspace, workspace.transaction() as session:
        clients = portfolio(session)
    projects = sum(len(c.projects) for c in clients)
    print(
        f"Wrote the demo portfolio to {workspace.path}: "
        f"{len(clients)} clients, {projects} projects."
    )
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from cpm_desktop.workspace import check_workspace

    report = check_workspace(args.db)
    print("\n".join(report.lines()))
    if not report.ok:
        print(f"cpm-desktop: {args.db} has problems; see the report above.", file=sys.stderr)
        return EXIT_USER
    return EXIT_OK


def _backups(args: argparse.Namespace) -> int:
    from cpm_desktop.backup_output import print_backups

    return print_backups(args.db, as_json=args.json)


def _restore(args: argparse.Namespace) -> int:
    from cpm_desktop.backup_output import restore

    return restore(args.db, args.backup)


def _project_id(workspace: Workspace, code: str) -> int:
    """The id of the project with `code`, or a UserError naming the code and the file."""
    from cpm_desktop.services.portfolio.views import find_project_id

    project_id = workspace.run(find_project_id, code)
    if project_id is None:
        raise UserError(f"No project with code {code!r} in {workspace.path.name}.")
    return project_id


def _schedule(args: argparse.Namespace) -> int:
    from cpm_desktop.schedule_output import schedule_json, schedule_table
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.plan.schedule_report import schedule_report

    with open_for_reading(args.db) as workspace:
        project_id = _project_id(workspace, args.project)
        report = workspace.run(schedule_report, project_id)
    print(schedule_json(report) if args.json else schedule_table(report))
    return EXIT_OK


def _risks(args: argparse.Namespace) -> int:
    from cpm_desktop.risk_output import risks_json, risks_table
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.risks.views import risk_register

    with open_for_reading(args.db) as workspace:
        project_id = _project_id(workspace, args.project)
        register = workspace.run(risk_register, project_id)
    print(risks_json(register) if args.json else risks_table(register))
    return EXIT_OK


def _changes(args: argparse.Namespace) -> int:
    from cpm_desktop.change_output import changes_json, changes_table
    from cpm_desktop.services.changes.views import change_log, change_summary
    from cpm_desktop.services.opening import open_for_reading

    with open_for_reading(args.db) as workspace:
        project_id = _project_id(workspace, args.project)
        log = workspace.run(change_log, project_id)
        summary = workspace.run(change_summary, project_id)
    print(changes_json(log, summary) if args.json else changes_table(log, summary))
    return EXIT_OK


def _kpis(args: argparse.Namespace) -> int:
    from cpm_desktop.kpi_output import print_kpis

    return print_kpis(args.db, client=args.client, as_json=args.json)


def _import(args: argparse.Namespace) -> int:
    from cpm_desktop.interchange.formats import read_plan_file
    from cpm_desktop.services.interchange.importing import import_plan
    from cpm_desktop.services.opening import open_for_use

    plan = read_plan_file(args.source)  # read before opening: a bad file never locks anything
    with open_for_use(args.db) as workspace:
        result = workspace.run(import_plan, plan, client_name=args.client)
    print("\n".join(result.lines()))
    return EXIT_OK


def _import_edits(args: argparse.Namespace) -> int:
    from cpm_desktop.edits_output import import_edits

    return import_edits(
        args.workbook, args.db, apply=args.apply, accept=args.accept, as_json=args.json
    )


def _export(args: argparse.Namespace) -> int:
    if args.format == "change-form":
        return _export_change_form(args)
    if args.format == "pdf":
        return _export_pack(args)
    if args.change is not None or args.paper is not None:
        raise UserError(
            f"--change and --paper belong to 'export change-form' (--paper to 'export pdf' "
            f"too), not to {args.format}."
        )
    if args.format == "xlsx":
        return _export_xlsx(args)
    return _export_mspdi(args)


def _export_xlsx(args: argparse.Namespace) -> int:
    from cpm_desktop.services.client_workbook.export import export_client_workbook
    from cpm_desktop.services.opening import open_for_reading

    output: Path = args.output
    if output.suffix.lower() != ".xlsx":
        raise UserError(f"{output} should end in .xlsx, the Excel workbook extension.")
    with open_for_reading(args.db) as workspace:
        project_id = _project_id(workspace, args.project)
        path = workspace.run(export_client_workbook, project_id, output)
    print(f"Wrote the client workbook of {args.project.strip().upper()} to {path}.")
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
        project_id = _project_id(workspace, args.project)
        path = workspace.run(export_steering_pack, project_id, output, paper=args.paper)
    print(f"Wrote the steering-committee pack of {args.project.strip().upper()} to {path}.")
    return EXIT_OK


def _export_change_form(args: argparse.Namespace) -> int:
    from cpm_desktop.services.changes.forms import export_change_form, find_change_request_id
    from cpm_desktop.services.opening import open_for_reading

    if not args.change:
        raise UserError("export change-form needs --change REF, the request to print (CR-003).")
    with open_for_reading(args.db) as workspace:
        project_id = _project_id(workspace, args.project)
        cr_id = workspace.run(find_change_request_id, project_id, args.change)
        if cr_id is None:
            raise UserError(f"No change request {args.change!r} in project {args.project}.")
        path = workspace.run(export_change_form, cr_id, args.output, paper=args.paper or "a4")
    print(f"Wrote the sign-off form of {args.change.strip().upper()} to {path}.")
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
        project_id = _project_id(workspace, args.project)
        plan = workspace.run(project_plan, project_id)
    write_atomically(output, write_mspdi(plan))
    print(f"Wrote {len(plan.tasks)} tasks and {len(plan.links)} links to {output}.")
    return EXIT_OK


def _gui(args: argparse.Namespace) -> int:
    from cpm_desktop.app import GuiOptions, run_gui

    return run_gui(
        GuiOptions(
            db=args.db,
            screenshot=args.screenshot,
            view=args.view,
            project=args.project,
            client=args.start_client,
            portfolio=args.portfolio,
            size=args.size,
        )
    )
