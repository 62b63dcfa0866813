"""The team and money commands' parsers: `resources`, `workload`, `level` and `timesheet
import`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cpm_desktop.cli.arguments import json_option, project_option, workspace_option
from cpm_desktop.cli.commands import level, resources, timesheet, workload
from cpm_desktop.cli.setup_commands import action_group


def add_team_commands(commands: argparse._SubParsersAction[Any]) -> None:
    """Register the team and money commands."""
    cmd = commands.add_parser(
        "resources",
        help="print a project's team: role, employer, rates, work, cost and actual hours",
    )
    _project_report(cmd)
    cmd.set_defaults(handler=resources.run)

    cmd = commands.add_parser(
        "workload", help="print each person's hours and load per week, over-allocations flagged"
    )
    _project_report(cmd)
    cmd.add_argument(
        "--weeks", type=int, default=8, metavar="N", help="how many weeks from the status date"
    )
    cmd.set_defaults(handler=workload.run)

    cmd = commands.add_parser(
        "level",
        help="preview the delays that resolve a project's over-allocations; --apply makes them",
    )
    _project_report(cmd)
    cmd.add_argument(
        "--apply", action="store_true", help="delay the tasks as previewed (default: preview)"
    )
    cmd.set_defaults(handler=level.run)

    actions = action_group(commands, "timesheet", "import a timesheet of actual hours")
    cmd = actions.add_parser(
        "import", help="preview a timesheet (CSV or xlsx) of hours per person; --apply books them"
    )
    cmd.add_argument("file", type=Path, metavar="FILE", help="the timesheet (.csv or .xlsx)")
    _project_report(cmd)
    cmd.add_argument(
        "--apply", action="store_true", help="book the hours as previewed (default: preview)"
    )
    cmd.set_defaults(handler=timesheet.run)


def _project_report(command: argparse.ArgumentParser) -> None:
    workspace_option(command)
    project_option(command)
    json_option(command)
