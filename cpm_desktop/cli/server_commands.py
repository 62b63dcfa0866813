"""The team server commands' parsers: `server init|add-user|grant`, `publish`, `copy`,
`checkout`, `checkin` and `release`."""

from __future__ import annotations

from cpm_desktop.cli.arguments import CliParser, Commands, project_option, workspace_option
from cpm_desktop.cli.commands import checkout, server, transfer
from cpm_desktop.cli.setup_commands import action_group
from cpm_desktop.workspace.addresses import workspace_location

_SERVER = "the team server: postgresql://user@host/dbname"


def add_server_commands(commands: Commands) -> None:
    """Register the team server commands."""
    actions = action_group(commands, "server", "set up a team server's workspace (PostgreSQL)")
    cmd = actions.add_parser(
        "init", help="set up the workspace on an empty database, or upgrade an older one"
    )
    workspace_option(cmd)
    cmd.set_defaults(handler=server.run_init)
    cmd = _user_command(
        actions, "add-user", "make a login role a team user: a PM, the PMO or an account manager"
    )
    cmd.add_argument(
        "--role",
        choices=["pm", "pmo", "account"],
        required=True,
        help="pm: sees and edits their projects; pmo: reads everything; account: reads their "
        "clients",
    )
    cmd.add_argument(
        "--password", action="store_true", help="ask for the user's password (else: set none)"
    )
    cmd.set_defaults(handler=server.run_add_user)
    cmd = _user_command(
        actions, "grant", "make a user a member of a project or a client (who sees what)"
    )
    member_of = cmd.add_mutually_exclusive_group(required=True)
    member_of.add_argument("--project", metavar="CODE", help="a project the user works on")
    member_of.add_argument("--client", metavar="NAME", help="a client the user looks after")
    cmd.set_defaults(handler=server.run_grant)

    cmd = commands.add_parser(
        "publish", help="copy a workspace file onto an empty team server workspace"
    )
    _to(cmd, "SERVER", f"{_SERVER}, set up empty for it")
    cmd.set_defaults(handler=transfer.run_publish)
    cmd = commands.add_parser(
        "copy", help="copy a workspace (a team server's or a file) into a new workspace file"
    )
    _to(cmd, "FILE", "the new file (.cpm)")
    cmd.set_defaults(handler=transfer.run_copy)
    cmd = commands.add_parser(
        "checkout", help="take a project from a team server into a file, to work offline"
    )
    project_option(cmd)
    _to(cmd, "FILE", "the new file (.cpm)")
    cmd.set_defaults(handler=checkout.run_checkout)
    cmd = commands.add_parser(
        "checkin", help="show what a checked-out file changed; --apply writes it back"
    )
    _to(cmd, "SERVER", f"{_SERVER} it came from (default: the one the file names)", needed=False)
    cmd.add_argument(
        "--apply", action="store_true", help="write the changes back (default: preview)"
    )
    cmd.set_defaults(handler=checkout.run_checkin)
    cmd = commands.add_parser(
        "release", help="end a check-out left behind (the PMO's): the project is writable again"
    )
    workspace_option(cmd)
    project_option(cmd)
    cmd.set_defaults(handler=checkout.run_release)


def _user_command(actions: Commands, name: str, summary: str) -> CliParser:
    cmd = actions.add_parser(name, help=summary)
    cmd.add_argument("name", metavar="NAME", help="the user's login name on the server")
    workspace_option(cmd)
    return cmd


def _to(cmd: CliParser, metavar: str, text: str, *, needed: bool = True) -> None:
    """`--db` and `--to`: where a whole workspace or a project comes from and goes."""
    workspace_option(cmd)
    cmd.add_argument("--to", type=workspace_location, required=needed, metavar=metavar, help=text)
