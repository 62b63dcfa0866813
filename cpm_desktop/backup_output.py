"""`cpm-desktop backups` and `cpm-desktop restore`: a workspace's backups, and putting one back."""

from __future__ import annotations

import json
from pathlib import Path

from cpm_desktop.errors import WorkspaceError
from cpm_desktop.workspace.backups import (
    BackupInfo,
    backup_dir_for,
    describe_backups,
    problem_summary,
    restore_backup,
)

JSON_FORMAT_VERSION = 1


def print_backups(db: Path, *, as_json: bool) -> int:
    """Print every backup of `db`, newest first, checked; return exit code 0.

    Works when the workspace itself is damaged or gone: only the backup folder is read.
    """
    workspace = db.expanduser().resolve()
    backups = describe_backups(workspace)
    print(backups_json(workspace, backups) if as_json else backups_table(workspace, backups))
    return 0


def backups_json(workspace: Path, backups: list[BackupInfo]) -> str:
    """Render the backups as one JSON document (times in ISO 8601, local time)."""
    document = {
        "format": JSON_FORMAT_VERSION,
        "workspace": str(workspace),
        "folder": str(backup_dir_for(workspace)),
        "backups": [
            {
                "number": backup.number,
                "path": str(backup.path),
                "date": backup.taken.isoformat(timespec="seconds"),
                "kind": backup.kind,
                "schema_revision": backup.revision,
                "intact": backup.intact,
                "problem": problem_summary(list(backup.problems)) if backup.problems else None,
                "size": backup.path.stat().st_size,
            }
            for backup in backups
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def backups_table(workspace: Path, backups: list[BackupInfo]) -> str:
    """Render the backups as a table: number, date, kind, schema, intact, file."""
    if not backups:
        return f"No backups of {workspace.name} in {backup_dir_for(workspace)}."
    rows = [("#", "Date", "Kind", "Schema", "Intact", "File")]
    rows += [
        (
            str(b.number),
            f"{b.taken:%Y-%m-%d %H:%M:%S}",
            b.kind,
            b.revision or "?",
            "yes" if b.intact else f"NO: {problem_summary(list(b.problems))}",
            b.path.name,
        )
        for b in backups
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join([f"Backups of {workspace} (in {backup_dir_for(workspace)}):", *lines])


def restore(db: Path, number: int | None) -> int:
    """Put backup `number` (default: the newest intact) in place of `db`; return exit code 0."""
    workspace = db.expanduser().resolve()
    if workspace.suffix.lower() != ".cpm":
        raise WorkspaceError(f"{db} should end in .cpm, the workspace file extension.")
    result = restore_backup(workspace, number)
    backup = result.backup
    print(
        f"Restored {workspace.name} from backup {backup.number}, {backup.path.name} "
        f"({backup.taken:%Y-%m-%d %H:%M}, schema {backup.revision}, intact)."
    )
    if result.set_aside is not None:
        print(f"The file it replaced is kept as {result.set_aside.name}.")
    return 0
