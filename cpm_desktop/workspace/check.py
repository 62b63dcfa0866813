"""Health report of a workspace file: SQLite integrity, foreign keys, schema revision, counts.

The report never fails on a damaged file: each part that cannot be read says so, and the
tables that cannot be read are named, so the user learns what is wrong and what to restore.
It is gathered through plain sqlite3: on the file as it lies when nothing is open or left
beside it (`plain_read.py`: no SQLAlchemy loaded, no lock taken), else on the connection of
the full read-only open, which takes the lock, reads beside a writer and names the errors.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from cpm_desktop.errors import DamagedWorkspaceError
from cpm_desktop.workspace.plain_read import read_steadily
from cpm_desktop.workspace.revisions import head_revision
from cpm_desktop.workspace.sqlite_files import stamped_revision

if TYPE_CHECKING:
    from cpm_desktop.workspace.backups import BackupInfo


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What `check` found; `ok` is true when nothing is wrong."""

    path: Path
    integrity: list[str]
    foreign_key_problems: list[str]
    revision: str | None
    head_revision: str
    counts: dict[str, int] = field(default_factory=dict)
    unreadable: dict[str, str] = field(default_factory=dict)  # table → what SQLite said
    good_backup: BackupInfo | None = None  # looked up only when something is wrong

    @property
    def ok(self) -> bool:
        """True when integrity is 'ok', no foreign key is broken and the schema is current."""
        return (
            self.integrity == ["ok"]
            and not self.foreign_key_problems
            and not self.unreadable
            and self.revision == self.head_revision
        )

    def lines(self) -> list[str]:
        """Render the report as the lines `cpm-desktop check` prints."""
        out = [
            f"workspace:    {self.path}",
            *_listed("integrity:    ", self.integrity),
            "foreign keys: "
            + ("ok" if not self.foreign_key_problems else "; ".join(self.foreign_key_problems)),
            f"schema:       {self._schema()}",
            "rows:",
        ]
        width = max((len(name) for name in [*self.counts, *self.unreadable]), default=0)
        out += [f"  {name:<{width}}  {count:>7}" for name, count in self.counts.items()]
        out += [
            f"  {name:<{width}}  cannot be read: {why}" for name, why in self.unreadable.items()
        ]
        if not self.ok:
            out.append(f"backups:      {self._backup_advice()}")
        out.append("result:       " + ("OK" if self.ok else "PROBLEMS FOUND"))
        return out

    def _schema(self) -> str:
        if {"alembic_version", "(schema)"} & self.unreadable.keys():
            return "cannot be read"
        if self.revision == self.head_revision:
            return f"revision {self.revision} (current)"
        return f"revision {self.revision} (this app expects {self.head_revision})"

    def _backup_advice(self) -> str:
        if self.good_backup is None:
            return "no intact backup found"
        return (
            f"newest good one is backup {self.good_backup.number}, {self.good_backup.path.name} "
            f"({self.good_backup.taken:%d %b %Y %H:%M}); "
            f"`cpm-desktop restore --db {self.path}` puts it back"
        )


def _listed(label: str, lines: list[str], most: int = 10) -> list[str]:
    """`label` and the first line, the next ones indented below it; a long list is cut."""
    every = [line for entry in lines for line in entry.splitlines()] or [""]
    shown = every[:most] + ([f"… and {len(every) - most} more"] if len(every) > most else [])
    return [label + shown[0], *(" " * len(label) + line for line in shown[1:])]


def check_workspace(path: Path) -> CheckReport:
    """Report on the health of `path` without changing it (read-only: no lock file left, no
    backup, no upgrade); a file that is not a workspace at all raises a WorkspaceError.
    """
    resolved = path.expanduser().resolve()
    found = read_steadily(resolved, partial(_gathered, resolved), current=False, intact=False)
    return _with_advice(found) if found is not None else _check_opened(path)


def _check_opened(path: Path) -> CheckReport:
    """The report through the full read-only open: for a file in use, left unclean by a
    crash, damaged, or not ours (whose errors it raises)."""
    from cpm_desktop.workspace.file import open_workspace  # noqa: PLC0415 - SQLAlchemy

    try:
        workspace = open_workspace(path, read_only=True, upgrade=False)
    except DamagedWorkspaceError as exc:
        # Not even the schema stamp can be read: the report is that one fact.
        said = str(exc.__cause__ or exc)
        return _with_advice(
            _report(exc.path, [said], ["not checked"], None, {}, {"(schema)": said})
        )
    with workspace:
        raw = workspace.engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert isinstance(connection, sqlite3.Connection)
            connection.execute("BEGIN")  # one snapshot, beside a writer too
            return _with_advice(_gathered(path, connection))
        finally:
            raw.close()


def _gathered(path: Path, connection: sqlite3.Connection) -> CheckReport:
    """What the checks find in the open file (without the backup advice)."""
    integrity = _rows(connection, "PRAGMA integrity_check")
    problems = _foreign_key_problems(connection)
    counts, unreadable = _count_rows(connection)
    try:
        revision = stamped_revision(connection)
    except sqlite3.Error as exc:
        revision, unreadable["alembic_version"] = None, str(exc)
    return _report(path, integrity, problems, revision, counts, unreadable)


def _report(
    path: Path,
    integrity: list[str],
    problems: list[str],
    revision: str | None,
    counts: dict[str, int],
    unreadable: dict[str, str],
) -> CheckReport:
    return CheckReport(
        path=path,
        integrity=integrity,
        foreign_key_problems=problems,
        revision=revision,
        head_revision=head_revision(),
        counts=counts,
        unreadable=unreadable,
    )


def _with_advice(report: CheckReport) -> CheckReport:
    """The report with the newest good backup named when something is wrong."""
    if report.ok:
        return report
    from cpm_desktop.workspace.backups import newest_good_backup  # noqa: PLC0415

    return replace(report, good_backup=newest_good_backup(report.path))


def _rows(connection: sqlite3.Connection, pragma: str) -> list[str]:
    """The first column of a PRAGMA's rows; what SQLite said, when it cannot even run it."""
    try:
        return [str(row[0]) for row in connection.execute(pragma)]
    except sqlite3.Error as exc:
        return [str(exc)]


def _foreign_key_problems(connection: sqlite3.Connection) -> list[str]:
    """Each broken reference; one line saying so when the file is too damaged to check."""
    try:
        rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.Error as exc:
        return [f"cannot be checked ({exc})"]
    return [f"{row[0]} row {row[1]} → {row[2]}" for row in rows]


def _count_rows(connection: sqlite3.Connection) -> tuple[dict[str, int], dict[str, str]]:
    """Count each table's rows; name the tables whose pages cannot be read."""
    counts: dict[str, int] = {}
    unreadable: dict[str, str] = {}
    try:
        names = sorted(
            name for (name,) in connection.execute(_TABLE_NAMES) if name != "alembic_version"
        )
    except sqlite3.Error as exc:
        return counts, {"(schema)": str(exc)}
    for name in names:
        try:
            # count(*) may read a small index only; reading every row walks the table's pages.
            counts[name] = sum(1 for _ in connection.execute(f"SELECT * FROM {_quoted(name)}"))
        except sqlite3.Error as exc:
            unreadable[name] = str(exc)
    return counts, unreadable


# The tables as SQLAlchemy's inspector lists them (the report's order was its, then sorted).
_TABLE_NAMES = (
    "SELECT name FROM main.sqlite_master WHERE type='table' "
    "AND name NOT LIKE 'sqlite~_%' ESCAPE '~' ORDER BY name"
)


def _quoted(name: str) -> str:
    """`name` as an SQL identifier (a damaged file may hold any table name)."""
    escaped = name.replace('"', '""')
    return f'"{escaped}"'
