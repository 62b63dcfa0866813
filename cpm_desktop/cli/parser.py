"""The options and sub-commands of `cpm-desktop` (argparse), and `FILE.cpm` as `--db FILE.cpm`.

`window_options` reads a command line that only opens the window without building the parsers
of the sub-commands (nor importing their modules); anything else goes to `build_parser`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from cpm_desktop import APP_NAME, __version__
from cpm_desktop.cli.arguments import CliParser, json_option, project_option, workspace_option
from cpm_desktop.cli.common import Handler
from cpm_desktop.domain import View
from cpm_desktop.workspace.addresses import workspace_location

PROG = "cpm-desktop"

COMMANDS = frozenset(
    (
        "demo",
        "new",
        "client",
        "project",
        "task",
        "status",
        "baseline",
        "change",
        "schedule",
        "risks",
        "changes",
        "deliverables",
        "charter",
        "actions",
        "slas",
        "opportunities",
        "resources",
        "workload",
        "level",
        "timesheet",
        "kpis",
        "import",
        "export",
        "import-edits",
        "check",
        "backups",
        "restore",
        "server",
        "publish",
        "copy",
        "checkout",
        "checkin",
        "release",
    )
)


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


def window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a command line that only opens the window, as `build_parser` reads them;
    None when it holds anything else (a sub-command, --help, a mistake), for `build_parser`.

    The same options without the sub-commands: where this parser reads every argument, the
    full one finds no sub-command either and reads them alike; where it cannot, the full one
    answers (help, usage error) as it always has. `--version` is answered here, the same.
    """
    parser = _WindowParser(prog=PROG, add_help=False)
    parser.add_argument("-h", "--help", nargs=0, default=argparse.SUPPRESS, action=_NotWindowOnly)
    _add_window_options(parser)
    try:
        return parser.parse_args(argv)
    except _NotWindowOnlyError:
        return None


class _NotWindowOnlyError(Exception):
    """The command line is not one that only opens the window."""


class _WindowParser(CliParser):
    """The top-level options only; a mistake is handed on, not reported."""

    def error(self, message: str) -> NoReturn:
        """Hand the command line on to the full parser, which says what is wrong."""
        raise _NotWindowOnlyError(message)


class _NotWindowOnly(argparse.Action):
    """`--help` (or its abbreviation): the full parser's help is wanted."""

    def __call__(self, *_: Any, **__: Any) -> NoReturn:
        raise _NotWindowOnlyError("help")


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    """The options of the window (no sub-command), `--version` among them."""
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        type=workspace_location,
        help="workspace file (default: your workspace), or postgresql://user@host/dbname",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="render the main window offscreen to a PNG and exit",
    )
    parser.add_argument(
        "--view",
        choices=[view.value for view in View],
        default="timeline",
        help="tab, Overview page or portfolio shown in the screenshot (default: timeline)",
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
    parser.add_argument(
        "--theme",
        choices=("light", "dark", "high-contrast"),
        help="colours of the window, this time only (default: as chosen in View › Theme)",
    )
    parser.add_argument(
        "--language",
        choices=("en", "de", "fr"),
        help="the window's language, this time only (default: as chosen in View › Language, "
        "else the system's)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The parser of every option and sub-command; each sub-command sets its `handler`."""
    # Imported here: a command line that only opens the window builds none of this.
    from cpm_desktop.cli.commands import (
        actions,
        backups,
        changes,
        charter,
        check,
        deliverables,
        demo,
        import_edits,
        import_plan,
        kpis,
        opportunities,
        restore,
        risks,
        schedule,
        slas,
    )
    from cpm_desktop.cli.cycle_commands import add_cycle_commands
    from cpm_desktop.cli.export_formats import add_export
    from cpm_desktop.cli.server_commands import add_server_commands
    from cpm_desktop.cli.setup_commands import add_setup_commands
    from cpm_desktop.cli.team_commands import add_team_commands

    parser = CliParser(
        prog=PROG,
        description=f"{APP_NAME}: clients, projects, schedules, risks and changes in one file.",
        epilog="cpm-desktop FILE.cpm opens that workspace, like --db FILE.cpm.",
    )
    _add_window_options(parser)
    commands = parser.add_subparsers(
        title="commands",
        metavar="COMMAND",
        help="without one, the window opens; cpm-desktop COMMAND --help tells more",
    )

    cmd = commands.add_parser("demo", help="create a workspace holding the demo portfolio")
    cmd.add_argument("file", type=Path, metavar="FILE", help="the new workspace, ending in .cpm")
    cmd.set_defaults(handler=demo.run)
    add_setup_commands(commands)
    add_cycle_commands(commands)
    add_team_commands(commands)

    add_server_commands(commands)

    cmd = commands.add_parser(
        "schedule", help="reschedule a project and print every task's dates, slack and driver"
    )
    _project_report(cmd, schedule.run)

    cmd = commands.add_parser("risks", help="print a project's risk register")
    _project_report(cmd, risks.run)

    cmd = commands.add_parser(
        "changes", help="print a project's change log and its budget, contract and finish"
    )
    _project_report(cmd, changes.run)

    cmd = commands.add_parser(
        "deliverables", help="print a project's deliverables and their acceptance by the client"
    )
    _project_report(cmd, deliverables.run)

    cmd = commands.add_parser(
        "charter",
        help="print a project's charter: objectives, scope as signed and now, SOW versions",
    )
    _project_report(cmd, charter.run)

    cmd = commands.add_parser(
        "actions", help="print a project's action log, overdue actions flagged, and its meetings"
    )
    _project_report(cmd, actions.run)

    cmd = commands.add_parser(
        "slas", help="print a project's service levels: each period measured, met or missed"
    )
    _project_report(cmd, slas.run)

    cmd = commands.add_parser(
        "opportunities", help="print the follow-on opportunities of a project's client"
    )
    _project_report(cmd, opportunities.run)

    cmd = commands.add_parser(
        "kpis", help="print every project's KPIs, rolled up per client and for the workspace"
    )
    workspace_option(cmd)
    cmd.add_argument("--client", metavar="NAME", help="only this client's projects")
    cmd.add_argument(
        "--as-of",
        type="date",
        metavar="DATE",
        help="measure every project as of this day (2026-11-20, 20 Nov 2026) instead of its "
        "status date",
    )
    json_option(cmd)
    cmd.set_defaults(handler=kpis.run)

    cmd = commands.add_parser(
        "import", help="import an MS Project XML, GanttProject or GNOME Planner file"
    )
    cmd.add_argument(
        "source",
        type=Path,
        metavar="SOURCE",
        help="the plan to import (.xml, .gan or .planner); it becomes a new project",
    )
    cmd.add_argument(
        "--db",
        type=workspace_location,
        required=True,
        metavar="FILE",
        help="the workspace file (.cpm), created empty if it does not exist yet; or a team server",
    )
    cmd.add_argument("--client", metavar="NAME", help="client of the new project")
    cmd.set_defaults(handler=import_plan.run)

    add_export(commands)

    cmd = commands.add_parser(
        "import-edits",
        help="preview the client's edits in a returned client workbook; --apply applies them",
    )
    cmd.add_argument(
        "workbook",
        type=Path,
        metavar="WORKBOOK",
        help="the client workbook (.xlsx) that came back from the client",
    )
    workspace_option(cmd)
    cmd.add_argument(
        "--apply", action="store_true", help="apply all but conflicts (default: only preview)"
    )
    cmd.add_argument(
        "--accept",
        action="append",
        default=[],
        metavar="ID[,ID…]",
        help="with --apply: only these (R-004.impact, CR-003, Risks:15), conflicts included",
    )
    json_option(cmd)
    cmd.set_defaults(handler=import_edits.run)

    cmd = commands.add_parser("check", help="integrity and schema report of a workspace")
    workspace_option(cmd)
    cmd.set_defaults(handler=check.run)

    cmd = commands.add_parser(
        "backups", help="list a workspace's backups: date, schema revision, intact or not"
    )
    workspace_option(cmd)
    json_option(cmd)
    cmd.set_defaults(handler=backups.run)

    cmd = commands.add_parser(
        "restore", help="put a backup in place of the workspace; the old file is kept aside"
    )
    workspace_option(cmd)
    cmd.add_argument(
        "--backup", type=int, metavar="N", help="backup N of 'backups' (default: newest intact)"
    )
    cmd.set_defaults(handler=restore.run)
    return parser


def _project_report(command: argparse.ArgumentParser, handler: Handler) -> None:
    """The options of a report on one project: `--db FILE --project CODE [--json]`."""
    workspace_option(command)
    project_option(command)
    json_option(command)
    command.set_defaults(handler=handler)


def _size(text: str) -> tuple[int, int]:
    """`--size WxH` as (width, height), within what a screen and a PNG can hold."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1600x1000") from None
    if not (320 <= width <= 10_000 and 240 <= height <= 10_000):
        raise argparse.ArgumentTypeError(f"{text!r} is outside 320x240 .. 10000x10000")
    return width, height
