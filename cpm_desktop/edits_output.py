"""`cpm-desktop import-edits`: preview a returned client workbook, and apply it with --apply.

Without --apply nothing is written. With it, every difference and new row without a problem is
applied, except conflicts (rows the workspace changed since the export): those only when named
with --accept. --accept takes ids (R-004.probability, Risks:15) or a reference (CR-003) for all
of that entry's differences.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path

from cpm_desktop.errors import ValidationError
from cpm_desktop.services.client_workbook.edits import (
    AppliedEdits,
    Difference,
    EditPreview,
    apply_client_edits,
    preview_client_edits,
)
from cpm_desktop.services.opening import open_for_reading, open_for_use

JSON_FORMAT_VERSION = 1
SHOWN = 32  # characters of a value in the table


def import_edits(
    workbook: Path, db: Path, *, apply: bool, accept: Sequence[str], as_json: bool
) -> int:
    """Preview (and with `apply`, apply) the client's edits in `workbook`; print what happened."""
    if accept and not apply:
        raise ValidationError("--accept chooses what --apply applies; add --apply.")
    # A preview only reads: it works on a workspace on read-only media too.
    with (open_for_use if apply else open_for_reading)(db) as workspace:
        preview = workspace.run(preview_client_edits, workbook)
        chosen = _chosen(preview, accept) if apply else ()
        applied = workspace.run(apply_client_edits, workbook, chosen) if chosen else None
    if as_json:
        print(edits_json(preview, applied if apply else None, chosen))
    else:
        print(edits_table(preview))
        print(_outcome(preview, apply, chosen, applied))
    return 0


def edits_table(preview: EditPreview) -> str:
    """The preview as aligned text: one line per difference, then new rows and notes."""
    when = f" (exported {preview.exported_at:%Y-%m-%d %H:%M})" if preview.exported_at else ""
    lines = [f"Client edits in {preview.path.name} for {preview.project_code}{when}", ""]
    rows = [("Id", "Row", "Field", "Exported → returned", "Note")]
    for d in preview.differences:
        rows.append(
            (
                d.id,
                str(d.row),
                d.label,
                f"{_cut(d.exported)} → {_cut(d.returned)}",
                "; ".join(_marks(d)),
            )
        )
    if len(rows) > 1:
        widths = [max(len(r[c]) for r in rows) for c in range(4)]
        for at, row in enumerate(rows):
            cells = [
                row[0].ljust(widths[0]),
                row[1].rjust(widths[1]),
                row[2].ljust(widths[2]),
                row[3].ljust(widths[3]),
                row[4],
            ]
            lines.append("  ".join(cells).rstrip())
            if at == 0:
                lines.append("  ".join("-" * w for w in (*widths, 4)))
    else:
        lines.append("No cell of the exported rows was changed.")
    if preview.new_rows:
        lines += ["", "New rows:"]
        for new in preview.new_rows:
            values = "; ".join(f"{label}: {_cut(text)}" for label, text in new.values)
            lines.append(f"  {new.id}  {values}")
            if new.problem:
                lines.append(f"    PROBLEM: {new.problem}")
    if preview.notes:
        lines += ["", "Notes:", *(f"  {note}" for note in preview.notes)]
    return "\n".join(lines)


def _marks(difference: Difference) -> list[str]:
    marks = []
    if difference.conflict:
        if difference.current != difference.exported:
            marks.append(f"CONFLICT: now {_cut(difference.current)} in the workspace")
        else:
            marks.append("CONFLICT: the row changed in the workspace")
    if difference.problem:
        marks.append(f"PROBLEM: {difference.problem}")
    if difference.part_of:
        marks.append(f"with {difference.part_of}")
    return marks


def edits_json(preview: EditPreview, applied: AppliedEdits | None, chosen: Sequence[str]) -> str:
    """The preview (and what was applied) as JSON for scripts."""
    document = {
        "format": JSON_FORMAT_VERSION,
        "workbook": str(preview.path),
        "project": preview.project_code,
        "exported_at": preview.exported_at.isoformat() if preview.exported_at else None,
        "differences": [dataclasses.asdict(d) for d in preview.differences],
        "new_rows": [
            {
                "id": n.id,
                "sheet": n.sheet,
                "row": n.row,
                "values": dict(n.values),
                "problem": n.problem,
            }
            for n in preview.new_rows
        ],
        "notes": list(preview.notes),
        "accepted": list(chosen),
        "applied": dataclasses.asdict(applied) if applied is not None else None,
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _chosen(preview: EditPreview, accept: Sequence[str]) -> tuple[str, ...]:
    """The ids to apply: those named (a reference names all its differences), or all ready."""
    if not accept:
        return preview.applicable(conflicts=False)
    names = [part.strip() for item in accept for part in item.split(",") if part.strip()]
    chosen: list[str] = []
    for name in names:
        matches = [
            d.id
            for d in preview.differences
            if d.reference.casefold() == name.casefold() and d.problem is None
        ]
        chosen.extend(matches or [name])
    return tuple(dict.fromkeys(chosen))


def _outcome(
    preview: EditPreview, apply: bool, chosen: Sequence[str], applied: AppliedEdits | None
) -> str:
    """The closing lines: what was (or would be) applied, and what was left and why."""
    conflicts = [d.id for d in preview.differences if d.conflict and d.id not in chosen]
    problems = sum(d.problem is not None for d in preview.differences) + sum(
        n.problem is not None for n in preview.new_rows
    )
    if not apply:
        if not (preview.differences or preview.new_rows):
            return "\nNothing to import; nothing was written."
        return (
            f"\n{_count(len(preview.differences), 'changed cell')} and "
            f"{_count(len(preview.new_rows), 'new row')} ({len(conflicts)} in conflict, "
            f"{problems} with a problem). Nothing was written; add --apply to apply them."
        )
    lines = [""]
    if applied is None:
        lines.append("Nothing was applied.")
    elif not applied.fields:
        lines.append(f"Created {', '.join(applied.created)}.")
    else:
        created = f"; created {', '.join(applied.created)}" if applied.created else ""
        overridden = (
            f" ({applied.conflicts_overridden} over a change made in the workspace)"
            if applied.conflicts_overridden
            else ""
        )
        lines.append(
            f"Applied {_count(applied.fields, 'changed cell')} to "
            f"{_count(applied.risks_changed, 'risk')} and "
            f"{_count(applied.changes_changed, 'change request')}{overridden}{created}."
        )
    if conflicts:
        lines.append(
            f"Not applied, in conflict with the workspace: {', '.join(conflicts)}. "
            "Name them with --accept to apply them anyway."
        )
    if problems:
        lines.append(f"Not applied: {_count(problems, 'edit')} with a problem (see above).")
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _cut(text: str) -> str:
    text = " ".join(text.split()) or "(empty)"
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
