"""Other users' changes on a team server, as they commit: PostgreSQL's LISTEN/NOTIFY.

Every row written on the server notifies the channel (from the versions' trigger) with the
window that wrote it, its table and its project where the row names one; the server sends
each distinct notice of a transaction once, when it commits, and none when it rolls back. A
window listens on a connection of its own (`listen`) and turns what others committed into
the change events its views already follow (`ui/server_changes.py`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy.engine import URL

CHANNEL = "cpm_changes"
# What the versions' trigger sends for each row written (`server_versions._FUNCTION`).
# (`project`: the row's project, as text, which the trigger works out.)
NOTIFY = (
    f"PERFORM pg_notify('{CHANNEL}', json_build_object("
    "'w', coalesce(current_setting('cpm.session', true), ''), 't', TG_TABLE_NAME, "
    "'p', project)::text);"
)


@dataclass(frozen=True, slots=True)
class Notice:
    """A committed write of another window: its table, and its project where known."""

    window: str
    table: str
    project_id: int | None


def listen(url: URL, stopped: Callable[[], bool], *, wait: float = 0.5) -> Iterator[list[Notice]]:
    """Yield the notices committed transactions on the server at `url` (a workspace's
    engine's) send, a batch at a time (what arrived within `wait` seconds of the first),
    until `stopped()` says so, checked every `wait` seconds. The connection is the
    listener's own, closed at the end."""
    import psycopg  # noqa: PLC0415 - a server's only: a file's window never loads the driver

    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f"LISTEN {CHANNEL}")
        while not stopped():
            batch = [
                _notice(note.payload) for note in connection.notifies(timeout=wait, stop_after=1)
            ]
            if not batch:
                continue
            batch += [_notice(note.payload) for note in connection.notifies(timeout=wait)]
            yield batch


def _notice(payload: str) -> Notice:
    said = json.loads(payload)
    project = said.get("p")
    return Notice(said["w"], said["t"], int(project) if project is not None else None)
