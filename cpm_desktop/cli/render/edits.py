"""Text and JSON of `cpm-desktop import-edits`: the preview, and what was (or would be) applied."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

from cpm_desktop.services.client_workbook.edits import AppliedEdits, Difference, EditPreview

JSON_FORMAT_VERSION = 1
SHOWN = 32  # characters of a value in the table


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


def edits_outcome(
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
        entries = [
            _count(applied.risks_changed, "risk"),
            _count(applied.changes_changed, "change request"),
        ]
        entries += [
            _count(n, kind)
            for n, kind in (
                (applied.deliverables_changed, "deliverable"),
                (applied.actions_changed, "action"),
            )
            if n
        ]
        lines.append(
            f"Applied {_count(applied.fields, 'changed cell')} to "
            f"{', '.join(entries[:-1])} and {entries[-1]}{overridden}{created}."
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
