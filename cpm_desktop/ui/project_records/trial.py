"""Trying an edit before making it, so a dialog can show the service's refusal in place."""

from __future__ import annotations

from typing import Any

from cpm_desktop.errors import CpmError
from cpm_desktop.ui.undo import Edit
from cpm_desktop.workspace import Workspace


class _RolledBack(Exception):
    """Raised after a trial ran: the workspace's transaction rolls back on any error."""


def refusal(workspace: Workspace, edit: Edit[object]) -> str | None:
    """The sentence the service refuses `edit` with, or None; nothing is ever written."""

    def attempt(session: Any) -> None:
        edit.call(session)
        raise _RolledBack

    try:
        workspace.run(attempt)
    except _RolledBack:
        return None
    except CpmError as exc:
        return str(exc)
    return None  # not reached: `attempt` always raises
