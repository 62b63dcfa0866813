"""Use cases for the lines of the statement of work (in and out of scope, assumptions,
constraints, dependencies) and for the lines a change request adds or removes.

Each is validated and audited; a refusal writes nothing. A line a request adds belongs to the
current scope once the request is approved; a line it removes leaves the scope then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypedDict, Unpack

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpm_desktop.domain import ChangeStatus
from cpm_desktop.domain.charter import ScopeEffect, ScopeKind
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import ChangeRequest, Project, ScopeLine
from cpm_desktop.services import audit
from cpm_desktop.services.charter import rows
from cpm_desktop.services.charter.views import (
    KIND_ORDER,
    ScopeLineRow,
    change_marks,
    line_row,
)
from cpm_desktop.services.validate import (
    clean_enum,
    clean_name,
    clean_optional_date,
    clean_text,
    get_or_raise,
)
from cpm_desktop.texts import N_, _

TEXT_LIMIT = 1_000
OWNER_LIMIT = 200
MOST_LINES = 500  # per project: a statement of work, not a requirements catalogue
MOST_PER_CHANGE = 50  # lines one change request adds, or removes


class ScopeLineDetails(TypedDict, total=False):
    """Who answers for a line and by when (assumptions and dependencies mostly)."""

    owner: str
    due_on: dt.date | None


class ScopeLineFields(ScopeLineDetails, total=False):
    """Every editable field of a scope line, for `edit_scope_line`."""

    kind: ScopeKind | str
    text: str


@dataclass(frozen=True, slots=True)
class ChangeScope:
    """The lines a change request adds and the lines it removes, after `set_change_scope`."""

    change_request_id: int
    reference: str
    added: tuple[ScopeLineRow, ...]
    removed: tuple[ScopeLineRow, ...]


def add_scope_line(
    session: Session,
    project_id: int,
    kind: ScopeKind | str,
    text: str,
    **details: Unpack[ScopeLineDetails],
) -> ScopeLineRow:
    """Add a line of `kind` at the end of its list, in the charter from the start."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    _check_room(session, project.id, 1)
    fields = ScopeLineFields(kind=kind, text=text)
    fields.update(details)
    cleaned = _cleaned(fields)
    line = _new_line(session, project.id, ScopeKind(str(cleaned.pop("kind"))), str(cleaned["text"]))
    for name, value in cleaned.items():
        setattr(line, name, value)
    session.flush()
    audit.record_created(session, rows.subject(line))
    return _plain(session, line)


def edit_scope_line(
    session: Session, line_id: int, **fields: Unpack[ScopeLineFields]
) -> ScopeLineRow:
    """Change the fields given, each audited; a new kind puts the line at the end of that list."""
    line = get_or_raise(session, ScopeLine, line_id, N_("scope line"))
    cleaned = _cleaned(fields)
    kind = cleaned.get("kind", line.kind)
    if kind != line.kind:
        old_list = [s for s in _siblings(session, line.project_id, line.kind) if s.id != line.id]
        cleaned["position"] = len(_siblings(session, line.project_id, ScopeKind(str(kind)))) + 1
        rows.set_fields(session, line, cleaned)
        rows.renumber(old_list)
    else:
        rows.set_fields(session, line, cleaned)
    session.flush()
    return _plain(session, line)


def delete_scope_line(session: Session, line_id: int) -> None:
    """Remove a line from the charter (as if never written); the others close up; audited."""
    line = get_or_raise(session, ScopeLine, line_id, N_("scope line"))
    audit.record_deleted(session, rows.subject(line))
    rest = [s for s in _siblings(session, line.project_id, line.kind) if s.id != line.id]
    session.delete(line)
    session.flush()
    rows.renumber(rest)
    session.flush()


def move_scope_line(session: Session, line_id: int, offset: int) -> ScopeLineRow:
    """Move a line `offset` places up (negative) or down its list; audited."""
    line = get_or_raise(session, ScopeLine, line_id, N_("scope line"))
    rows.move(session, _siblings(session, line.project_id, line.kind), line, offset)
    return _plain(session, line)


def set_change_scope(
    session: Session,
    change_request_id: int,
    *,
    adds: Sequence[tuple[ScopeKind | str, str]],
    removes: Sequence[int],
) -> ChangeScope:
    """Make `adds` (kind, text) exactly the lines the request adds and `removes` (line ids)
    exactly the lines it removes.

    Lines it already adds with the same kind and text are kept (owner, due date and all);
    the others it added are deleted. A request cannot remove a line it adds itself, nor one
    another request already removes (unless that one was rejected).
    """
    cr = get_or_raise(session, ChangeRequest, change_request_id, N_("change request"))
    ref = cr.reference
    if cr.status is ChangeStatus.CLOSED:
        raise ValidationError(
            _("{reference} is closed: the scope lines it names are final.").format(reference=ref)
        )
    wanted = _wanted_adds(ref, adds)
    current = list(
        session.scalars(
            select(ScopeLine).where(ScopeLine.added_by_change_id == cr.id).order_by(ScopeLine.id)
        )
    )
    kept = {(line.kind, line.text): line for line in current}
    dropped = [line for key, line in kept.items() if key not in wanted]
    fresh = [key for key in wanted if key not in kept]
    _check_room(session, cr.project_id, len(fresh) - len(dropped))
    removed = _lines_to_remove(session, cr, removes, dropped)
    for line in dropped:
        audit.record_deleted(session, rows.subject(line))
        rest = [s for s in _siblings(session, line.project_id, line.kind) if s is not line]
        session.delete(line)
        session.flush()
        rows.renumber(rest)
    for kind, text in fresh:
        line = _new_line(session, cr.project_id, kind, text)
        line.added_by_change_id = cr.id
        session.flush()
        audit.record_created(session, rows.subject(line))
        audit.record_field(session, rows.subject(line), "added_by", None, ref)
    _set_removals(session, cr, removed)
    session.flush()
    return change_scope(session, cr.id)


def change_scope(session: Session, change_request_id: int) -> ChangeScope:
    """The lines a change request adds and removes, in charter order."""
    cr = get_or_raise(session, ChangeRequest, change_request_id, N_("change request"))
    added = session.scalars(select(ScopeLine).where(ScopeLine.added_by_change_id == cr.id))
    removed = session.scalars(select(ScopeLine).where(ScopeLine.removed_by_change_id == cr.id))
    return ChangeScope(
        change_request_id=cr.id,
        reference=cr.reference,
        added=tuple(_plain(session, line) for line in _in_order(added)),
        removed=tuple(_plain(session, line) for line in _in_order(removed)),
    )


# -- checks --------------------------------------------------------------------------------


def _wanted_adds(
    reference: str, adds: Sequence[tuple[ScopeKind | str, str]]
) -> list[tuple[ScopeKind, str]]:
    if isinstance(adds, str) or len(adds) > MOST_PER_CHANGE:
        raise ValidationError(
            _("A change request adds at most {count} scope lines.").format(count=MOST_PER_CHANGE)
        )
    wanted: list[tuple[ScopeKind, str]] = []
    for pair in adds:
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise ValidationError(_("Each line a change request adds is a kind and a text."))
        kind = clean_enum(ScopeKind, pair[0], N_("kind of scope line"))
        key = (kind, clean_name(pair[1], N_("scope line"), TEXT_LIMIT))
        if key in wanted:
            raise ValidationError(
                _("{reference} adds {text!r} twice.").format(reference=reference, text=key[1])
            )
        wanted.append(key)
    return wanted


def _lines_to_remove(
    session: Session, cr: ChangeRequest, removes: Sequence[int], dropped: list[ScopeLine]
) -> list[ScopeLine]:
    if isinstance(removes, str) or len(removes) > MOST_PER_CHANGE:
        raise ValidationError(
            _("A change request removes at most {count} scope lines.").format(count=MOST_PER_CHANGE)
        )
    if len(set(removes)) != len(removes):
        raise ValidationError(
            _("{reference} names a line to remove twice.").format(reference=cr.reference)
        )
    lines = [get_or_raise(session, ScopeLine, ident, N_("scope line")) for ident in removes]
    others = {line.removed_by_change_id for line in lines} - {None, cr.id}
    marks = change_marks(session, {i for i in others if i is not None})
    for line in lines:
        quoted = rows.quoted(line.text)
        if line.project_id != cr.project_id:
            raise ValidationError(
                _(
                    "{line} is a scope line of another project: {reference} cannot remove it."
                ).format(line=quoted, reference=cr.reference)
            )
        if line.added_by_change_id == cr.id or line in dropped:
            raise ValidationError(
                _("{reference} adds {line} itself: take it off the lines it adds instead.").format(
                    reference=cr.reference, line=quoted
                )
            )
        other = marks.get(line.removed_by_change_id or 0)
        if other is not None and other.effect is not ScopeEffect.REJECTED:
            raise ValidationError(
                _("{line} is already removed by {reference}.").format(
                    line=quoted, reference=other.reference
                )
            )
    return lines


def _set_removals(session: Session, cr: ChangeRequest, lines: list[ScopeLine]) -> None:
    wanted = {line.id for line in lines}
    before = session.scalars(select(ScopeLine).where(ScopeLine.removed_by_change_id == cr.id))
    for line in before:
        if line.id not in wanted:
            audit.record_field(session, rows.subject(line), "removed_by", cr.reference, None)
            line.removed_by_change_id = None
    for line in lines:
        if line.removed_by_change_id != cr.id:
            old = session.get(ChangeRequest, line.removed_by_change_id or 0)
            old_ref = old.reference if old else None
            audit.record_field(session, rows.subject(line), "removed_by", old_ref, cr.reference)
            line.removed_by_change_id = cr.id


def _check_room(session: Session, project_id: int, more: int) -> None:
    count = session.scalar(
        select(func.count(ScopeLine.id)).where(ScopeLine.project_id == project_id)
    )
    if more > 0 and (count or 0) + more > MOST_LINES:
        raise ValidationError(
            _("A charter holds at most {count} scope lines.").format(count=MOST_LINES)
        )


def _cleaned(fields: ScopeLineFields) -> dict[str, object]:
    cleaned: dict[str, object] = {}
    for name, value in fields.items():
        if name == "kind":
            cleaned[name] = clean_enum(ScopeKind, value, N_("kind of scope line"))
        elif name == "text":
            cleaned[name] = clean_name(value, N_("scope line"), TEXT_LIMIT)
        elif name == "owner":
            cleaned[name] = " ".join(clean_text(value, N_("owner"), OWNER_LIMIT).split())
        elif name == "due_on":
            cleaned[name] = clean_optional_date(value, N_("due date"))
        else:
            raise ValidationError(f"A scope line has no field {name!r}.")
    return cleaned


# -- rows ----------------------------------------------------------------------------------


def _new_line(session: Session, project_id: int, kind: ScopeKind, text: str) -> ScopeLine:
    """A line at the end of its kind's list, added to the session."""
    line = ScopeLine(
        project_id=project_id,
        kind=kind,
        position=len(_siblings(session, project_id, kind)) + 1,
        text=text,
        owner="",
        due_on=None,
    )
    session.add(line)
    return line


def _siblings(session: Session, project_id: int, kind: ScopeKind) -> list[ScopeLine]:
    return list(
        session.scalars(
            select(ScopeLine)
            .where(ScopeLine.project_id == project_id, ScopeLine.kind == kind)
            .order_by(ScopeLine.position, ScopeLine.id)
        )
    )


def _in_order(lines: Iterable[ScopeLine]) -> list[ScopeLine]:
    return sorted(lines, key=lambda s: (KIND_ORDER[s.kind], s.position, s.id))


def _plain(session: Session, line: ScopeLine) -> ScopeLineRow:
    ids = {i for i in (line.added_by_change_id, line.removed_by_change_id) if i}
    return line_row(line, change_marks(session, ids))
