"""The preview of a returned client workbook: what differs, what conflicts, what cannot apply.

Three values are compared per cell, as text in the state sheet's canonical form: the value the
export wrote (kept in the workbook's hidden state sheet), the value the client returned, and the
value the workspace holds now. A cell differs when the client changed it; its row conflicts
when the workspace changed any of the row's fields since the export. With `trial`, each row's
differences are tried through the services in a savepoint that is always rolled back, so a
problem the services would refuse shows in the preview.

A workbook written in German or French is read in its language (read_back/language.py): the
client's list values become the English labels the services' tables know, and a problem or a
column's label names it as the workbook does ("Wahrscheinlichkeit"), so both can find it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from cpm_desktop.domain.change_workflow import NEEDS_DECISION
from cpm_desktop.errors import ReturnedWorkbookError, ValidationError
from cpm_desktop.models import Project
from cpm_desktop.reports.excel.content import Column, Kind, canonical_text
from cpm_desktop.reports.excel.read_back import (
    CellProblem,
    Reading,
    ReturnedRow,
    ReturnedWorkbook,
    cell_value,
    read_returned,
)
from cpm_desktop.services.client_workbook.edit_rows import (
    DECISION_FIELDS,
    Entity,
    current_texts,
    existing_titles,
    find_entity,
    service_value,
)
from cpm_desktop.services.client_workbook.edit_trials import try_new, try_row
from cpm_desktop.services.client_workbook.governance_rows import VERDICT, VERDICT_PARTS
from cpm_desktop.services.client_workbook.governance_tables import DELIVERABLES
from cpm_desktop.services.client_workbook.key import key_stamp, project_key
from cpm_desktop.services.client_workbook.tables import CHANGES, READ_BACK_LAYOUTS, UPDATE_ONLY
from cpm_desktop.texts import _


@dataclass(frozen=True, slots=True)
class Difference:
    """One cell the client changed; `id` names it for `apply_client_edits` ("R-007.impact")."""

    id: str
    sheet: str
    reference: str  # "R-007", "CR-003"
    row: int  # the row number Excel shows
    field: str
    label: str  # the column header
    exported: str  # as exported, as returned, and as the workspace has it now (shown text)
    returned: str
    current: str
    conflict: bool  # the row changed in the workspace since the export
    problem: str | None = None  # why it cannot be applied
    part_of: str | None = None  # a decision field: the status step it is applied with


@dataclass(frozen=True, slots=True)
class NewRow:
    """A row the client added: it becomes a new risk or change request if accepted."""

    id: str  # "Risks:14"
    sheet: str
    row: int
    values: tuple[tuple[str, str], ...]  # (column header, shown text) of the non-empty cells
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class EditPreview:
    """Everything a returned workbook would change; nothing of it has been written."""

    path: Path
    project_id: int
    project_code: str
    exported_at: dt.datetime | None
    differences: tuple[Difference, ...]
    new_rows: tuple[NewRow, ...]
    notes: tuple[str, ...]

    def applicable(self, *, conflicts: bool = False) -> tuple[str, ...]:
        """Ids without a problem (and, unless `conflicts`, not in conflict): 'accept all'."""
        found = [
            d.id for d in self.differences if d.problem is None and (conflicts or not d.conflict)
        ]
        return (*found, *(n.id for n in self.new_rows if n.problem is None))


@dataclass(slots=True)
class Row:
    """A returned row matched to its entry, with the client's values as the services take them."""

    entity: Entity
    source: ReturnedRow
    values: dict[str, object] = field(default_factory=dict)  # field → service value
    differences: list[Difference] = field(default_factory=list)
    already: list[str] = field(default_factory=list)  # headers of edits already in the workspace


@dataclass(slots=True)
class EditPlan:
    """A preview with what applying it needs: the matched rows and the new rows' values."""

    preview: EditPreview
    rows: list[Row]
    new: dict[str, tuple[ReturnedRow, dict[str, object]]]  # NewRow.id → row, service values


# -- the preview ----------------------------------------------------------------------------


def plan_edits(session: Session, path: Path, *, trial: bool) -> EditPlan:
    """Read `path` and compare it with the workspace; with `trial`, try each row's edits."""
    layouts = READ_BACK_LAYOUTS
    book = read_returned(path, layouts, optional=UPDATE_ONLY)
    project = _project(session, book, path)
    notes = list(book.notes)
    rows: list[Row] = []
    new: dict[str, tuple[ReturnedRow, dict[str, object]]] = {}
    new_rows: list[NewRow] = []
    for sheet, columns in layouts.items():
        if sheet not in book.sheets:  # an update-only sheet this export wrote no rows of
            continue
        by_field = {c.field: c for c in columns if c.field}
        tab = book.sheets[sheet].tab or sheet
        seen: set[str] = set()
        titles = {} if sheet in UPDATE_ONLY else existing_titles(session, project.id, sheet)
        for returned in book.sheets[sheet].rows:
            if not returned.key and sheet in UPDATE_ONLY:
                notes.append(
                    _(
                        "Row {row} of {tab} has no key: entries are added to {tab} in CPM "
                        "Desktop, not in the workbook; it is left out."
                    ).format(row=returned.row, tab=tab)
                )
                continue
            if not returned.key:
                values, shown, problem = _typed(returned, by_field, book.reading)
                problem = problem or _imported_before(titles, values.get("title"))
                ident = f"{sheet}:{returned.row}"
                new[ident] = (returned, values)
                new_rows.append(NewRow(ident, sheet, returned.row, shown, problem))
                continue
            seen.add(returned.key)
            entity = find_entity(session, project.id, sheet, returned.key)
            if entity is None:
                notes.append(
                    _(
                        "Row {row} of {tab}: its entry was deleted from the workspace since the "
                        "export; it is left out."
                    ).format(row=returned.row, tab=tab)
                )
                continue
            exported = book.exported[sheet, returned.key]
            row = _compare(entity, returned, exported, by_field, book.reading)
            if row.differences:
                rows.append(row)
            if row.already:
                notes.append(
                    _(
                        "{reference}: {fields} already as the client has it in the workspace; "
                        "nothing to apply."
                    ).format(reference=entity.reference, fields=", ".join(row.already))
                )
        notes.extend(_deleted_by_client(session, project.id, sheet, tab, book, seen))
    if trial:
        source = f"From the client workbook {path.name}"
        for row in rows:
            notes.extend(try_row(session, row.entity, row.differences, row.values, source))
        new_rows = [try_new(session, project.id, n, new[n.id][1], source) for n in new_rows]
    preview = EditPreview(
        path=path,
        project_id=project.id,
        project_code=project.code,
        exported_at=book.marker.exported_at,
        differences=tuple(d for row in rows for d in row.differences),
        new_rows=tuple(new_rows),
        notes=tuple(notes),
    )
    return EditPlan(preview, rows, new)


def _project(session: Session, book: ReturnedWorkbook, path: Path) -> Project:
    """The project the workbook was exported from, if this workspace still holds it."""
    marker = book.marker
    # By id and creation stamp, not code: a project renamed since the export is the same one.
    number = marker.project_key.partition(":")[0]
    project = session.get(Project, int(number)) if number.isdigit() else None
    if project is None or key_stamp(project_key(session, project)) != key_stamp(marker.project_key):
        raise ReturnedWorkbookError(
            _(
                "{file} was exported from another workspace or its project ({code}) was removed; "
                "open the workspace it came from."
            ).format(file=path.name, code=marker.project_code or _("no code"))
        )
    return project


def _compare(
    entity: Entity,
    returned: ReturnedRow,
    exported: Mapping[str, str],
    columns: Mapping[str, Column],
    reading: Reading,
) -> Row:
    """The row's differences (client vs export) and whether the workspace moved on too.

    A cell the workspace already holds as the client has it (applied before, or the PM made
    the same change) is no difference; a field the workspace changed otherwise is a conflict.
    """
    now = current_texts(entity, {name: columns[name] for name in exported if name in columns})
    row = Row(entity, returned)
    theirs: dict[str, tuple[str, str | None]] = {}  # field → (client's text, problem)
    for name, raw in returned.values.items():
        column = columns.get(name)
        if column is None or name not in exported:
            continue
        try:
            cell = cell_value(raw, column, reading)
            row.values[name] = service_value(returned.sheet, column, cell)
            theirs[name] = (canonical_text(cell), None)
        except (CellProblem, ValidationError) as exc:
            theirs[name] = (_raw_text(raw), str(exc))
    conflict = any(
        text not in (exported[name], theirs.get(name, (exported[name],))[0])
        for name, text in now.items()
    )
    for name, (text, problem) in theirs.items():
        column = columns[name]
        if problem is None and text == exported[name]:
            continue
        if problem is None and text == now[name]:
            row.already.append(reading.text(column.header))
            continue
        row.differences.append(
            Difference(
                id=f"{entity.reference}.{name}",
                sheet=returned.sheet,
                reference=entity.reference,
                row=returned.row,
                field=name,
                label=reading.text(column.header),
                exported=_shown(exported[name], column),
                returned=_shown(text, column),
                current=_shown(now[name], column),
                conflict=conflict,
                problem=problem,
            )
        )
    _tie_decisions(row, reading)
    return row


def _typed(
    returned: ReturnedRow, columns: Mapping[str, Column], reading: Reading
) -> tuple[dict[str, object], tuple[tuple[str, str], ...], str | None]:
    """A new row's service values, its non-empty cells as shown, and its first problem."""
    values: dict[str, object] = {}
    shown: list[tuple[str, str]] = []
    problems: list[str] = []
    for name, raw in returned.values.items():
        column = columns[name]
        header = reading.text(column.header)
        try:
            cell = cell_value(raw, column, reading)
            values[name] = service_value(returned.sheet, column, cell)
        except (CellProblem, ValidationError) as exc:
            problems.append(str(exc))
            shown.append((header, _raw_text(raw)))
            continue
        if cell not in (None, ""):
            shown.append((header, _shown(canonical_text(cell), column)))
    return values, tuple(shown), problems[0] if problems else None


def _imported_before(titles: Mapping[str, str], title: object) -> str | None:
    """A new row whose title an entry already has was most likely imported before."""
    reference = titles.get(" ".join(str(title or "").split()).casefold())
    if reference is None:
        return None
    return _(
        "{reference} already has this title (imported before?); change the title in the "
        "workbook to add it as another entry."
    ).format(reference=reference)


def _deleted_by_client(
    session: Session,
    project_id: int,
    sheet: str,
    tab: str,
    book: ReturnedWorkbook,
    seen: set[str],
) -> Iterator[str]:
    """A note for each exported row the client deleted: deleting a row changes nothing."""
    for exported_sheet, key in book.exported:
        if exported_sheet != sheet or key in seen:
            continue
        entity = find_entity(session, project_id, sheet, key)
        if entity is not None:
            yield _(
                "{reference} is no longer in the {tab} sheet; it is left unchanged (delete it "
                "in CPM Desktop if that was meant)."
            ).format(reference=entity.reference, tab=tab)


def _tie_decisions(row: Row, reading: Reading) -> None:
    """Give each changed decision field its status step, or the problem of having none."""
    if row.source.sheet == DELIVERABLES:
        _tie_verdict(row, reading)
    if row.source.sheet != CHANGES:
        return
    step = next((d for d in row.differences if d.field == "status"), None)
    target = row.values.get("status")
    decides = step is not None and step.problem is None and target in NEEDS_DECISION
    for at, difference in enumerate(row.differences):
        if difference.field not in DECISION_FIELDS or difference.problem:
            continue
        if decides:
            assert step is not None
            row.differences[at] = dataclasses.replace(difference, part_of=step.id)
        else:
            row.differences[at] = dataclasses.replace(
                difference,
                problem=_(
                    "{field} changes only with a status step to {approved} or {rejected}, which "
                    "records the decision."
                ).format(
                    field=difference.label,
                    approved=reading.choice("Approved"),
                    rejected=reading.choice("Rejected"),
                ),
            )


def _tie_verdict(row: Row, reading: Reading) -> None:
    """Tie who decided, when and why to the deliverable's verdict, which records them.

    A verdict whose other cells cannot be read is refused too: recorded without them, it
    would be dated today or lack its reasons.
    """
    at_verdict = next((i for i, d in enumerate(row.differences) if d.field == VERDICT), None)
    verdict = row.differences[at_verdict] if at_verdict is not None else None
    unreadable = [d for d in row.differences if d.field in VERDICT_PARTS and d.problem]
    if verdict is not None and verdict.problem is None and unreadable:
        first = unreadable[0]
        verdict = dataclasses.replace(
            verdict,
            problem=_("{field} goes with it and cannot be read: {problem}").format(
                field=first.label, problem=first.problem
            ),
        )
        assert at_verdict is not None
        row.differences[at_verdict] = verdict
    for at, difference in enumerate(row.differences):
        if difference.field not in VERDICT_PARTS or difference.problem:
            continue
        if verdict is not None and verdict.problem is None:
            row.differences[at] = dataclasses.replace(difference, part_of=verdict.id)
        else:
            row.differences[at] = dataclasses.replace(
                difference,
                problem=_(
                    "{field} changes only with a {verdict} ({accepted} or {rejected}), which "
                    "records it."
                ).format(
                    field=difference.label,
                    verdict=reading.text("Client verdict"),
                    accepted=reading.choice("Accepted"),
                    rejected=reading.choice("Rejected"),
                ),
            )


def _raw_text(raw: object) -> str:
    if isinstance(raw, dt.datetime):
        return raw.isoformat(sep=" ")
    return "" if raw is None else str(raw).strip()


def _shown(text: str, column: Column) -> str:
    """Canonical text as a person reads it: yes/no as Yes/No, the rest as it is."""
    if column.kind == Kind.YES_NO and text in ("yes", "no"):
        return text.capitalize()
    return text
