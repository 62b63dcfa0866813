"""`task`, `status`, `baseline` and `change`: plan a project and run its status cycle from the
shell, with the services the window's dialogs use; a refusal is one line and exit 2.
"""

from __future__ import annotations

from cpm_desktop.cli.arguments import Commands, project_option, workspace_option
from cpm_desktop.cli.commands import baseline, change, status, task
from cpm_desktop.cli.setup_commands import action_group


def add_cycle_commands(commands: Commands) -> None:
    """Add `task add|set`, `status`, `baseline save` and `change add|decide`."""
    _add_task_commands(commands)

    cmd = commands.add_parser(
        "status",
        help="write the status report for a date and print what changed since the previous one",
    )
    workspace_option(cmd)
    project_option(cmd)
    cmd.add_argument(
        "--date",
        required=True,
        type="date",
        metavar="DATE",
        help="the status date the report is as of; the plan reschedules as of it",
    )
    cmd.add_argument("--commentary", metavar="TEXT", help="the report's commentary")
    cmd.set_defaults(handler=status.run)

    actions = action_group(commands, "baseline", "save a project's baseline")
    cmd = actions.add_parser(
        "save", help="keep every task's start, finish, duration and cost as a baseline"
    )
    workspace_option(cmd)
    project_option(cmd)
    cmd.add_argument(
        "--number",
        type=int,
        default=0,
        metavar="N",
        help="which baseline, 0 to 10 (default: 0, the one variances are measured against)",
    )
    cmd.add_argument(
        "--overwrite", action="store_true", help="replace that baseline if it was saved before"
    )
    cmd.set_defaults(handler=baseline.save)

    _add_change_commands(commands)


def _add_task_commands(commands: Commands) -> None:
    actions = action_group(commands, "task", "add a task to a project's plan or change one")
    cmd = actions.add_parser("add", help="add a task; prints its WBS code and dates")
    workspace_option(cmd)
    project_option(cmd)
    cmd.add_argument("--name", required=True, metavar="TEXT", help="the task's name")
    cmd.add_argument(
        "--duration",
        required=True,
        type=int,
        metavar="DAYS",
        help="how long it takes, in working days (0: a milestone)",
    )
    cmd.add_argument(
        "--parent", metavar="WBS", help="the summary task it goes under (default: the top level)"
    )
    cmd.add_argument(
        "--after",
        metavar="WBS",
        help="the new task starts after this task finishes: a finish-to-start link from it",
    )
    cmd.set_defaults(handler=task.add)

    cmd = actions.add_parser("set", help="record a task's progress or change its name or duration")
    workspace_option(cmd)
    project_option(cmd)
    cmd.add_argument("--task", required=True, metavar="WBS", help="the task's WBS code (1.2)")
    cmd.add_argument(
        "--percent", type=int, metavar="N", help="%% complete, 0 to 100 (100: finished)"
    )
    cmd.add_argument(
        "--actual-start", type="date", metavar="DATE", help="the day work on it started"
    )
    cmd.add_argument(
        "--actual-finish", type="date", metavar="DATE", help="the day it finished (100 %%)"
    )
    cmd.add_argument(
        "--remaining",
        type=int,
        metavar="DAYS",
        help="working days of work left from the status date",
    )
    cmd.add_argument("--duration", type=int, metavar="DAYS", help="its new planned duration")
    cmd.add_argument("--name", metavar="TEXT", help="its new name")
    cmd.set_defaults(handler=task.set_fields)


def _add_change_commands(commands: Commands) -> None:
    actions = action_group(commands, "change", "raise a change request or record its decision")
    cmd = actions.add_parser("add", help="raise a change request (Draft); prints its reference")
    workspace_option(cmd)
    project_option(cmd)
    cmd.add_argument("--title", required=True, metavar="TEXT", help="what the change is")
    cmd.add_argument(
        "--cost", metavar="N", help="its cost impact in the project's currency (1500.00)"
    )
    cmd.add_argument("--days", type=int, metavar="N", help="its schedule impact in working days")
    cmd.add_argument(
        "--date", type="date", metavar="DATE", help="the day it was raised (default: today)"
    )
    cmd.set_defaults(handler=change.add)

    cmd = actions.add_parser(
        "decide",
        help="approve or reject a change request; it is submitted and assessed first if need be",
    )
    workspace_option(cmd)
    project_option(cmd)
    cmd.add_argument("--change", required=True, metavar="CR-001", help="the request's reference")
    verdict = cmd.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--approve", action="store_true", help="the client approves it")
    verdict.add_argument("--reject", action="store_true", help="the client rejects it")
    cmd.add_argument("--by", metavar="NAME", help="who decided (default: you)")
    cmd.add_argument(
        "--date", type="date", metavar="DATE", help="the day of the decision (default: today)"
    )
    cmd.add_argument("--notes", metavar="TEXT", help="why (default: 'Approved.' or 'Rejected.')")
    cmd.set_defaults(handler=change.decide)
