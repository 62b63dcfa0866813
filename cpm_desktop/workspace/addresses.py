"""Where a workspace is: a `.cpm` file, or a database on a team server (a PostgreSQL URL).

Loads no SQLAlchemy: the command line reads `--db` with it before it knows what it will run.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeAlias

WorkspaceLocation: TypeAlias = Path | str
"""A workspace file's path, or a team server's address (`postgresql://user@host/dbname`)."""

SERVER_SCHEMES = ("postgresql:", "postgres:", "postgresql+psycopg:")


def is_server_address(text: str) -> bool:
    """True when `text` names a workspace on a server (a PostgreSQL URL), not a file."""
    return text.startswith(SERVER_SCHEMES)


def workspace_location(text: str) -> WorkspaceLocation:
    """What `--db` names: the server address as written, or the file's path."""
    return text if is_server_address(text) else Path(text)
