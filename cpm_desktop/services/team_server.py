"""A team server's users and who sees what (`server add-user`, `server grant`), as the
workspace's owner sets them up; enforced by the server itself (`workspace/server_access.py`)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.services.portfolio.clients import find_client
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.texts import _
from cpm_desktop.workspace import server_access


def add_team_user(session: Session, login: str, role: str, password: str | None) -> None:
    """Make the login role `login` a PM, the PMO or an account manager (`role`: pm, pmo or
    account), created if new, with `password` if given."""
    server_access.add_user(session.connection(), login, role, password)


def grant_membership(
    session: Session, login: str, *, project_code: str | None = None, client: str | None = None
) -> str:
    """Make `login` a member of the project `project_code` or of the client named `client`;
    say which, as the user reads it."""
    if project_code is not None:
        project_id = find_project_id(session, project_code)
        if project_id is None:
            raise ValidationError(
                _("No project with code {code} on the server.").format(code=project_code)
            )
        server_access.grant(session.connection(), login, project_id=project_id)
        return _("project {code}").format(code=project_code.upper())
    found = find_client(session, client or "")
    if found is None:
        raise ValidationError(_("No client named {name} on the server.").format(name=client))
    server_access.grant(session.connection(), login, client_id=found.id)
    return _("client {name}").format(name=found.name)
