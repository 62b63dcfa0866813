"""Text and JSON renderings of a project's charter (`cpm-desktop charter`).

JSON fields (a contract): `format`, `project`, `objective`, `description`, `objectives` (each
with `position`, `objective`, `measure`, `target`, `actual`, `met`: true, false or null, and
`status`: met, not_met or not_measured), `objectives_met`, `objectives_not_met`,
`objectives_not_measured`, `scope_lines` (each with `kind`, `position`, `text`, `owner`,
`due_on`, `original`, `current`, `added_by` and `removed_by`: null or `reference`, `title`,
`effect`: approved, pending or rejected), `original_scope` and `current_scope` (the texts of
each kind), `deliverables` (`reference`, `name`, `status`), `sow_versions` (`version`,
`issued_on`, `signed_on`, `signed_by`, `form_received`, `note`) and `sow_signed` (the newest
signed version, or null). Dates are ISO text.
"""

from __future__ import annotations

import datetime as dt
import json

from cpm_desktop.domain.charter import ObjectiveStatus, ScopeKind
from cpm_desktop.services.charter.views import (
    ChangeMark,
    Charter,
    ObjectiveRow,
    ScopeLineRow,
    SowVersionRow,
)

JSON_FORMAT_VERSION = 1
MARKS = {"approved": "", "pending": " pending", "rejected": " rejected"}
HEADINGS = {
    ScopeKind.IN_SCOPE: "In scope",
    ScopeKind.OUT_OF_SCOPE: "Out of scope",
    ScopeKind.ASSUMPTION: "Assumptions",
    ScopeKind.CONSTRAINT: "Constraints",
    ScopeKind.DEPENDENCY: "External dependencies",
}


def charter_json(charter: Charter) -> str:
    """The whole charter: objectives, every scope line with its standing, deliverables, SOW."""
    signed = charter.latest_signed
    document = {
        "format": JSON_FORMAT_VERSION,
        "project": charter.code,
        "objective": charter.objective,
        "description": charter.description,
        "objectives": [_objective(row) for row in charter.objectives],
        "objectives_met": charter.count(ObjectiveStatus.MET),
        "objectives_not_met": charter.count(ObjectiveStatus.NOT_MET),
        "objectives_not_measured": charter.count(ObjectiveStatus.NOT_MEASURED),
        "scope_lines": [_line(line) for line in charter.lines],
        "original_scope": {k.value: [x.text for x in charter.original(k)] for k in ScopeKind},
        "current_scope": {k.value: [x.text for x in charter.current(k)] for k in ScopeKind},
        "deliverables": [
            {"reference": d.reference, "name": d.name, "status": d.status.value}
            for d in charter.deliverables
        ],
        "sow_versions": [_version(v) for v in charter.sow_versions],
        "sow_signed": _version(signed) if signed else None,
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def charter_text(charter: Charter) -> str:
    """The charter as a reader skims it: objective, SOW, objectives, then each kind of line."""
    signed = charter.latest_signed
    sow = (
        f"SOW {signed.version} signed {_date(signed.signed_on)} by {signed.signed_by or '-'}"
        + ("" if signed.form_received else " (signed form awaited)")
        if signed
        else "No signed SOW version."
    )
    text = [f"{charter.code}: {charter.objective or '(no objective recorded)'}", sow, ""]
    counts = ", ".join(f"{charter.count(s)} {s.label.lower()}" for s in ObjectiveStatus)
    text.append(f"Objectives ({counts}):")
    for row in charter.objectives:
        text.append(f"  {row.position}. {row.objective}")
        text.append(
            f"     target {row.target or '-'}; actual {row.actual or '-'}; {row.status.label}"
        )
    for kind in ScopeKind:
        lines = charter.of_kind(kind)
        if not lines:
            continue
        now, first = len(charter.current(kind)), len(charter.original(kind))
        text += ["", f"{HEADINGS[kind]} ({now} now, {first} as first signed):"]
        text += [f"  {_marked(line)}" for line in lines]
    text += ["", f"Deliverables: {len(charter.deliverables)}"]
    text += [f"  {d.reference}  {d.name} ({d.status.label})" for d in charter.deliverables]
    text += ["", f"SOW versions: {len(charter.sow_versions)}"]
    text += [
        f"  {v.version}  issued {_date(v.issued_on) or '-'}, signed {_date(v.signed_on) or '-'}"
        + (f" by {v.signed_by}" if v.signed_by else "")
        for v in charter.sow_versions
    ]
    return "\n".join(text)


def _objective(row: ObjectiveRow) -> dict[str, object]:
    return {
        "position": row.position,
        "objective": row.objective,
        "measure": row.measure,
        "target": row.target,
        "actual": row.actual,
        "met": row.met,
        "status": row.status.value,
    }


def _line(line: ScopeLineRow) -> dict[str, object]:
    return {
        "kind": line.kind.value,
        "position": line.position,
        "text": line.text,
        "owner": line.owner,
        "due_on": _date(line.due_on) or None,
        "original": line.original,
        "current": line.current,
        "added_by": _mark(line.added_by),
        "removed_by": _mark(line.removed_by),
    }


def _mark(mark: ChangeMark | None) -> dict[str, str] | None:
    if mark is None:
        return None
    return {"reference": mark.reference, "title": mark.title, "effect": mark.effect.value}


def _version(row: SowVersionRow) -> dict[str, object]:
    return {
        "version": row.version,
        "issued_on": _date(row.issued_on) or None,
        "signed_on": _date(row.signed_on) or None,
        "signed_by": row.signed_by,
        "form_received": row.form_received,
        "note": row.note,
    }


def _marked(line: ScopeLineRow) -> str:
    """'Cross-docking …  [+ CR-001]', '[- CR-006 pending]'; owner and due date when given."""
    said = line.text
    if line.owner or line.due_on:
        said += f" ({', '.join(p for p in (line.owner, _date(line.due_on)) if p)})"
    marks = [
        f"{sign} {mark.reference}{MARKS[mark.effect.value]}"
        for mark, sign in ((line.added_by, "+"), (line.removed_by, "-"))
        if mark is not None
    ]
    return said + (f"  [{'; '.join(marks)}]" if marks else "")


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""
