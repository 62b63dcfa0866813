"""Text and JSON of `cpm-desktop backups`: a workspace's backups, newest first, checked."""

from __future__ import annotations

import json
from pathlib import Path

from cpm_desktop.workspace.backups import BackupInfo, backup_dir_for, problem_summary

JSON_FORMAT_VERSION = 1


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
