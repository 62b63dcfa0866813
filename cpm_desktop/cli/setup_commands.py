"""`new`, `client` and `project`: start a workspace, its clients and projects from the shell.

The same services as the window's dialogs; a refusal is one line and exit 2, nothing written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cpm_desktop.cli.arguments import Commands, json_option, project_option, workspace_option
from cpm_desktop.cli.commands import client, new, project


def add_setup_commands(commands: Commands) -> None:
    """Add `new`, `client add|list` and `project add|set|show` to the sub-commands."""
    cmd = commands.add_parser("new", help="create an empty workspace")
    cmd.add_argument("file", type=Path, metavar="FILE", help="the new workspace, ending in .cpm")
    cmd.set_defaults(handler=new.run)

    actions = _actions(commands, "client", "add or list the workspace's clients")
    cmd = actions.add_parser("add", help="add a client")
    workspace_option(cmd)
    cmd.add_argument("--name", required=True, metavar="TEXT", help="the client's name (unique)")
    cmd.add_argument("--industry", default="", metavar="TEXT", help="its industry (optional)")
    cmd.set_defaults(handler=client.add)
    cmd = actions.add_parser("list", help="list the clients and their projects")
    workspace_option(cmd)
    json_option(cmd)
    cmd.set_defaults(handler=client.list_clients)

    actions = _actions(commands, "project", "add a project, change it or show it")
    cmd = actions.add_parser("add", help="add a project for a client")
    workspace_option(cmd)
    cmd.add_argument("--client", required=True, metavar="NAME", help="the client (any case)")
    cmd.add_argument("--code", required=True, metavar="CODE", help="the project's code (unique)")
    cmd.add_argument("--name", required=True, metavar="TEXT", help="the project's name")
    cmd.add_argument(
        "--start", required=True, type="date", metavar="DATE", help="its start (7 Sep 2026)"
    )
    cmd.add_argument("--currency", default="EUR", metavar="C", help="ISO code (default: EUR)")
    _money_options(cmd)
    cmd.add_argument("--manager", default="", metavar="NAME", help="the project manager")
    cmd.set_defaults(handler=project.add)

    cmd = actions.add_parser("set", help="change a project's code, name, money or status date")
    workspace_option(cmd)
    project_option(cmd)
    cmd.add_argument("--code", dest="new_code", metavar="NEW", help="rename the project's code")
    cmd.add_argument("--name", metavar="TEXT", help="the project's new name")
    cmd.add_argument(
        "--status-date",
        type="date",
        metavar="DATE",
        help="move the date progress is reported as of; the plan reschedules",
    )
    _money_options(cmd)
    cmd.add_argument("--manager", metavar="NAME", help="the project manager")
    cmd.set_defaults(handler=project.set_fields)

    cmd = actions.add_parser("show", help="print a project's properties")
    workspace_option(cmd)
    project_option(cmd)
    json_option(cmd)
    cmd.set_defaults(handler=project.show)


def _actions(commands: Commands, name: str, summary: str) -> Commands:
    """A command whose first word is an action: `client add`, `project set`."""
    group = commands.add_parser(name, help=summary)
    return group.add_subparsers(
        title="actions", dest="action", metavar="ACTION", required=True, help="what to do"
    )


def _money_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--budget", metavar="N", help="the supplier's budget (12500.00)")
    command.add_argument(
        "--contract-value", metavar="N", help="what the client pays (the fixed price)"
    )
