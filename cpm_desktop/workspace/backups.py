"""Consistent, checked copies of a workspace: rotating backups on open, 'Save a copy', restore.

A copy is made with SQLite's online backup API and then checked (`PRAGMA quick_check`) before
it takes the place of anything: a damaged workspace never pushes a good backup out of the
rotation, and a restore never puts a damaged file in place of the workspace.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from cpm_desktop.errors import DamagedWorkspaceError, WorkspaceError
from cpm_desktop.files import atomic_target
from cpm_desktop.texts import _, ngettext
from cpm_desktop.workspace.lock import WorkspaceLock
from cpm_desktop.workspace.sqlite_files import (
    integrity_problems,
    read_only_connection,
    set_aside,
    stamped_revision,
)

KEEP_BACKUPS = 5
ON_OPEN, BEFORE_UPGRADE = "on open", "before upgrade"
_STAMP = "%Y-%m-%d_%H%M%S_%f"


class DamagedCopyError(WorkspaceError):
    """The copy just made does not pass SQLite's check: its source is damaged."""

    def __init__(self, destination: Path, problems: list[str]) -> None:
        super().__init__(
            _("The copy {name} is damaged: {problems}.").format(
                name=destination.name, problems=problem_summary(problems)
            )
        )
        self.problems = problems


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup of a workspace as `cpm-desktop backups` lists it."""

    number: int  # 1 is the newest: what `restore --backup N` takes
    path: Path
    taken: dt.datetime
    kind: str  # ON_OPEN or BEFORE_UPGRADE
    revision: str | None
    problems: tuple[str, ...]

    @property
    def intact(self) -> bool:
        """True when SQLite finds nothing wrong in the file."""
        return not self.problems


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What `restore` did: which backup took the workspace's place, where the old file went."""

    workspace: Path
    backup: BackupInfo
    set_aside: Path | None  # None when there was no workspace file to keep


def backup_dir_for(workspace: Path) -> Path:
    """Return the folder beside the workspace that holds its backups."""
    return workspace.with_name(f"{workspace.stem}-backups")


def copy_database(source: Path | sqlite3.Connection, destination: Path) -> None:
    """Write a consistent, checked copy of a SQLite database to `destination`, all or nothing.

    Unlike a file copy, this includes what is still in the WAL and never catches a half-written
    page. Raises DamagedCopyError (leaving nothing) when the copy does not pass the check.
    """
    with atomic_target(destination, error=WorkspaceError) as temporary:
        try:
            src = source if isinstance(source, sqlite3.Connection) else sqlite3.connect(source)
            try:
                dst = sqlite3.connect(temporary)
                try:
                    src.backup(dst)
                    # A copy is a standalone file: no WAL beside it.
                    dst.execute("PRAGMA journal_mode=DELETE")
                    problems = integrity_problems(dst)
                finally:
                    dst.close()
            finally:
                if src is not source:
                    src.close()
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        if problems:
            raise DamagedCopyError(destination, problems)


def write_rotating_backup(workspace: Path, now: dt.datetime | None = None) -> Path:
    """Copy `workspace` into its backup folder and keep only the newest KEEP_BACKUPS.

    Raises DamagedWorkspaceError, naming the newest good backup, when the workspace is
    damaged; the backups are then left exactly as they were.
    """
    folder = backup_dir_for(workspace)
    created = not folder.is_dir()
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(
            _("Cannot create the backup folder {folder}: {reason}.").format(
                folder=folder, reason=exc.strerror
            )
        ) from exc
    target = folder / f"{workspace.stem}_{(now or dt.datetime.now()).strftime(_STAMP)}.cpm"
    try:
        copy_database(workspace, target)
    except DamagedCopyError as exc:
        if created:  # a refused file leaves nothing beside it, not even an empty folder
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise damaged_workspace_error(workspace, exc.problems) from None
    # The copy just made is the newest good backup whatever the clock says: never drop it.
    for old in [p for p in list_backups(workspace) if p != target][KEEP_BACKUPS - 1 :]:
        old.unlink(missing_ok=True)
    return target


class BackupApart:
    """A rotating backup written on a thread of its own while the opener goes on reading.

    The copy reads the file through a connection of its own (SQLite's backup API and the
    check release the GIL), so the window's modules load meanwhile; the opener waits for it
    before it reads or writes the file, and hears of a damaged file then.
    """

    def __init__(self, workspace: Path) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._write, args=(workspace,), name="rotating backup"
        )
        self._thread.start()

    def _write(self, workspace: Path) -> None:
        try:
            write_rotating_backup(workspace)
        except BaseException as exc:  # handed to the opener by wait()
            self._error = exc

    def finished(self) -> BaseException | None:
        """Wait until the copy is written or refused; what writing it raised, else None."""
        self._thread.join()
        return self._error

    def wait(self) -> None:
        """Wait until the copy is written; raise what writing it raised (a damaged workspace:
        DamagedWorkspaceError, naming its newest good backup)."""
        error = self.finished()
        if error is not None:
            raise error


def write_upgrade_backup(workspace: Path, from_revision: str) -> Path:
    """Keep a copy of `workspace` as it was before a schema upgrade; never rotated away."""
    folder = backup_dir_for(workspace)
    folder.mkdir(exist_ok=True)
    target = folder / f"{workspace.stem}_before-upgrade-from-{from_revision}.cpm"
    try:
        copy_database(workspace, target)
    except DamagedCopyError as exc:
        raise damaged_workspace_error(workspace, exc.problems) from None
    return target


def list_backups(workspace: Path) -> list[Path]:
    """Return the rotating backups of `workspace`, newest first."""
    folder = backup_dir_for(workspace)
    if not folder.is_dir():
        return []
    stamped = [p for p in folder.glob(f"{workspace.stem}_*.cpm") if _taken_from_name(p)]
    return sorted(stamped, key=lambda p: p.name, reverse=True)


def describe_backups(workspace: Path) -> list[BackupInfo]:
    """Return every backup of `workspace` (rotating and before-upgrade), newest first, checked."""
    return [_inspect(number, *found) for number, found in enumerate(_found(workspace), 1)]


def newest_good_backup(workspace: Path) -> BackupInfo | None:
    """Return the newest backup that passes SQLite's check, or None; checks no more than needed."""
    for number, found in enumerate(_found(workspace), 1):
        info = _inspect(number, *found)
        if info.intact:
            return info
    return None


def damaged_workspace_error(workspace: Path, problems: list[str]) -> DamagedWorkspaceError:
    """Build the error that says `workspace` is damaged and names its newest good backup."""
    backup = newest_good_backup(workspace)
    if backup is None:
        advice = _(
            "No intact backup of it was found. `cpm-desktop check --db FILE` lists what is wrong."
        )
    else:
        advice = _(
            "Its newest good backup is backup {number}, {name} ({taken}); to restore it, open "
            "the workspace again in CPM Desktop or run `cpm-desktop restore --db {workspace}`."
        ).format(
            number=backup.number,
            name=backup.path.name,
            taken=f"{backup.taken:%d %b %Y %H:%M}",
            workspace=workspace,
        )
    return DamagedWorkspaceError(
        _("{name} is damaged ({problems}). {advice}").format(
            name=workspace.name, problems=problem_summary(problems), advice=advice
        ),
        path=workspace,
        good_backup=backup.path if backup else None,
    )


def problem_summary(problems: list[str]) -> str:
    """Say in one line what SQLite found wrong: the first problem and how many more."""
    lines = [
        line.strip()
        for entry in problems
        for line in entry.splitlines()
        if line.strip() and not line.startswith("*** in database")
    ] or ["damaged"]
    more = len(lines) - 1
    if not more:
        return lines[0]
    return ngettext(
        "{problem}, and {count} more problem", "{problem}, and {count} more problems", more
    ).format(problem=lines[0], count=more)


def restore_backup(workspace: Path, number: int | None = None) -> RestoreResult:
    """Put backup `number` (default: the newest intact one) in place of `workspace`.

    The file it replaces is renamed beside it (`<name>_set-aside_<time>.cpm`), never deleted.
    Refuses a damaged backup, and a workspace open in a CPM Desktop (its lock is taken).
    """
    backups = describe_backups(workspace)
    chosen = _choose(workspace, backups, number)
    lock = WorkspaceLock(workspace)
    lock.acquire()
    aside: Path | None = None
    try:
        with atomic_target(workspace, error=WorkspaceError) as temporary:
            copy_database(chosen.path, temporary)
            if workspace.exists():
                stamp = dt.datetime.now().strftime(_STAMP)
                aside = set_aside(
                    workspace, f"{workspace.stem}_set-aside_{stamp}{workspace.suffix}"
                )
    finally:
        lock.release()
    return RestoreResult(workspace=workspace, backup=chosen, set_aside=aside)


def _choose(workspace: Path, backups: list[BackupInfo], number: int | None) -> BackupInfo:
    folder = backup_dir_for(workspace)
    if not backups:
        raise WorkspaceError(
            _("There is no backup of {name} in {folder}.").format(
                name=workspace.name, folder=folder
            )
        )
    if number is None:
        for backup in backups:
            if backup.intact:
                return backup
        raise WorkspaceError(
            _("None of the {count} backups in {folder} is intact.").format(
                count=len(backups), folder=folder
            )
        )
    if not 1 <= number <= len(backups):
        raise WorkspaceError(
            _(
                "There is no backup {number} of {name}; `cpm-desktop backups --db FILE` lists 1 "
                "to {count}."
            ).format(number=number, name=workspace.name, count=len(backups))
        )
    chosen = backups[number - 1]
    if not chosen.intact:
        raise WorkspaceError(
            _("Backup {number} ({name}) is damaged too ({problems}); choose an intact one.").format(
                number=number,
                name=chosen.path.name,
                problems=problem_summary(list(chosen.problems)),
            )
        )
    return chosen


def _found(workspace: Path) -> list[tuple[Path, dt.datetime, str]]:
    """Every backup file of `workspace` with when it was taken and its kind, newest first."""
    folder = backup_dir_for(workspace)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{workspace.stem}_*.cpm"):
        taken = _taken_from_name(path)
        if taken is not None:
            found.append((path, taken, ON_OPEN))
        elif path.name.startswith(f"{workspace.stem}_before-upgrade-from-"):
            found.append((path, dt.datetime.fromtimestamp(path.stat().st_mtime), BEFORE_UPGRADE))
    return sorted(found, key=lambda item: (item[1], item[0].name), reverse=True)


def _taken_from_name(path: Path) -> dt.datetime | None:
    """The time in a rotating backup's name (`plan_2026-12-05_083108_491387`), or None."""
    try:
        return dt.datetime.strptime("_".join(path.stem.split("_")[-3:]), _STAMP)
    except ValueError:
        return None


def _inspect(number: int, path: Path, taken: dt.datetime, kind: str) -> BackupInfo:
    try:
        connection = read_only_connection(path)
    except sqlite3.Error as exc:
        return BackupInfo(number, path, taken, kind, None, (str(exc),))
    try:
        problems = integrity_problems(connection)
        try:
            revision = stamped_revision(connection)
        except sqlite3.DatabaseError as exc:
            revision, problems = None, problems or [str(exc)]
    finally:
        connection.close()
    return BackupInfo(number, path, taken, kind, revision, tuple(problems))
