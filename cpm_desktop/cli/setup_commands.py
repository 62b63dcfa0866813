"""`new`, `client` and `project`: start a workspace, its clients and projects from the shell.

The same services as the window's dialogs; a refusal is one line and exit 2, nothing written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cpm_desktop.cli.arguments import Commands, json_option, project_option, workspace_option
from cpm_desktop.cli.commands import client, new, project
from cpm_desktop.domain import Cadence, ContractType, Stage


def add_setup_commands(commands: Commands) -> None:
    """Add `new`, `client add|set|list` and `project add|set|show|close|reopen`."""
    cmd = commands.add_parser("new", help="create an empty workspace")
    cmd.add_argument("file", type=Path, metavar="FILE", help="the new workspace, ending in .cpm")
    cmd.set_defaults(handler=new.run)
    _add_client_commands(commands)
    _add_project_commands(commands)


def action_group(commands: Commands, name: str, summary: str) -> Commands:
    """A command whose first word is an action: `client add`, `project set`, `task add`."""
    group = commands.add_parser(name, help=summary)
    return group.add_subparsers(
        title="actions", dest="action", metavar="ACTION", required=True, help="what to do"
    )


def _add_client_commands(commands: Commands) -> None:
    actions = action_group(commands, "client", "add, change or list the workspace's clients")
    cmd = actions.add_parser("add", help="add a client")
    workspace_option(cmd)
    cmd.add_argument("--name", required=True, metavar="TEXT", help="the client's name (unique)")
    cmd.add_argument("--industry", default="", metavar="TEXT", help="its industry (optional)")
    cmd.add_argument("--address", default="", metavar="TEXT", help="its address (optional)")
    cmd.add_argument(
        "--currency",
        default="EUR",
        metavar="C",
        help="ISO code its new projects are priced in unless told otherwise (default: EUR)",
    )
    cmd.add_argument(
        "--language",
        default="en_GB",
        metavar="L",
        help="the language and formats of its exports: en, de, fr, or a locale such as de_CH "
        "(default: en_GB)",
    )
    cmd.set_defaults(handler=client.add)

    cmd = actions.add_parser(
        "set", help="change a client's name, industry, address, currency or language"
    )
    workspace_option(cmd)
    cmd.add_argument("--client", required=True, metavar="NAME", help="the client (any case)")
    cmd.add_argument("--name", metavar="NEW", help="rename the client (unique)")
    cmd.add_argument("--industry", metavar="TEXT", help="its industry")
    cmd.add_argument("--address", metavar="TEXT", help="its address")
    cmd.add_argument(
        "--currency", metavar="C", help="ISO code of its new projects (existing ones keep theirs)"
    )
    cmd.add_argument(
        "--language",
        metavar="L",
        help="the language and formats of its exports: en, de, fr, or a locale such as de_CH",
    )
    cmd.set_defaults(handler=client.set_fields)

    cmd = actions.add_parser("list", help="list the clients and their projects")
    workspace_option(cmd)
    json_option(cmd)
    cmd.set_defaults(handler=client.list_clients)


def _add_project_commands(commands: Commands) -> None:
    actions = action_group(commands, "project", "add, change, show, close or reopen a project")
    cmd = actions.add_parser("add", help="add a project for a client")
    workspace_option(cmd)
    cmd.add_argument("--client", required=True, metavar="NAME", help="the client (any case)")
    cmd.add_argument("--code", required=True, metavar="CODE", help="the project's code (unique)")
    cmd.add_argument("--name", required=True, metavar="TEXT", help="the project's name")
    cmd.add_argument(
        "--start", required=True, type="date", metavar="DATE", help="its start (7 Sep 2026)"
    )
    cmd.add_argument("--currency", metavar="C", help="ISO code (default: the client's currency)")
    _money_options(cmd)
    cmd.add_argument("--manager", default="", metavar="NAME", help="the project manager")
    _frame_options(cmd)
    cmd.add_argument(
        "--template",
        metavar="CODE",
        help="start from this project: its outline, durations, links, risk categories and "
        "billing split (no dates, progress or history)",
    )
    cmd.set_defaults(handler=project.add)

    cmd = actions.add_parser(
        "set", help="change a project's code, name, money, status date, cadence or stage"
    )
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
    cmd.add_argument("--currency", metavar="C", help="ISO code of the project's money")
    cmd.add_argument("--manager", metavar="NAME", help="the project manager")
    _frame_options(cmd)
    cmd.add_argument(
        "--stage",
        choices=[stage.value for stage in Stage],
        help="pass the stage gate into this stage (closure: use 'project close')",
    )
    cmd.add_argument(
        "--approved-by", metavar="NAME", help="with --stage: who approved the gate (default: you)"
    )
    cmd.add_argument(
        "--gate-date",
        type="date",
        metavar="DATE",
        help="with --stage: the day the gate was passed (default: today)",
    )
    cmd.set_defaults(handler=project.set_fields)

    cmd = actions.add_parser("show", help="print a project's properties")
    workspace_option(cmd)
    project_option(cmd)
    json_option(cmd)
    cmd.set_defaults(handler=project.show)

    cmd = actions.add_parser(
        "close", help="close a project (it becomes read-only); says first what is still open"
    )
    workspace_option(cmd)
    project_option(cmd)
    cmd.add_argument(
        "--date", type="date", metavar="DATE", help="the day it closes (default: today)"
    )
    cmd.add_argument(
        "--commentary", default="", metavar="TEXT", help="the final status report's commentary"
    )
    cmd.add_argument(
        "--approved-by", default="", metavar="NAME", help="who approved the closure (default: you)"
    )
    cmd.set_defaults(handler=project.close)

    cmd = actions.add_parser("reopen", help="make a closed project editable again (audited)")
    workspace_option(cmd)
    project_option(cmd)
    cmd.add_argument("--reason", default="", metavar="TEXT", help="why it is reopened")
    cmd.set_defaults(handler=project.reopen)


def _money_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--budget", metavar="N", help="the supplier's budget (12500.00)")
    command.add_argument(
        "--contract-value", metavar="N", help="what the client pays (the fixed price)"
    )


def _frame_options(command: argparse.ArgumentParser) -> None:
    """The options `project add` and `project set` share: objective, contract, cadence."""
    command.add_argument("--objective", metavar="TEXT", help="what the project is to achieve")
    command.add_argument(
        "--contract-type",
        choices=[kind.value for kind in ContractType],
        help="how the client pays (add's default: fixed_price)",
    )
    command.add_argument(
        "--cadence",
        choices=[cadence.value for cadence in Cadence],
        help="how often status is reported; it suggests the next status date (add's default: "
        "weekly)",
    )
