"""A task's predecessors as text, the way MS Project's Predecessors column reads: `3FS+2d, 5SS-1d`.

The numbers are WBS codes; a type (FS, SS, FF, SF) and a lag in working days may follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import LinkType
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Dependency, Task
from cpm_desktop.services.plan.dependencies import (
    add_dependency,
    edit_dependency,
    remove_dependency,
)
from cpm_desktop.services.plan.outline import outline_rows
from cpm_desktop.services.validate import MAX_LAG, get_or_raise
from cpm_desktop.texts import N_, _

EXAMPLE = N_("e.g. 3FS+2d, 5SS-1d")
_SEPARATORS = re.compile(r"[,;]")
# WBS code, optional type, optional signed lag with an optional day unit; blanks anywhere
# between the parts ("3 fs + 2d").
_PIECE = re.compile(
    r"(?P<wbs>[0-9]+(?:\.[0-9]+)*)\s*(?P<type>FS|SS|FF|SF)?"
    r"\s*(?:(?P<sign>[+-])\s*(?P<days>[0-9]+)\s*(?:d|days?)?)?",
    re.IGNORECASE,
)
_QUOTED_LENGTH = 40  # a pasted paragraph is quoted by its start only


@dataclass(frozen=True, slots=True)
class PredecessorRef:
    """One predecessor as typed: its WBS code, the link type and the lag in working days."""

    wbs: str
    type: LinkType
    lag: int


def format_link(wbs: str, link_type: str, lag: int) -> str:
    """Write one link as MS Project does: '3' for plain FS, else '3FS+2d', '5SS', '5SS-1d'."""
    if link_type == LinkType.FS and lag == 0:
        return wbs
    return f"{wbs}{link_type}{lag:+d}d" if lag else f"{wbs}{link_type}"


def parse_predecessors(text: str) -> list[PredecessorRef]:
    """Read predecessors typed as text; empty text means none. Bad pieces raise ValidationError."""
    if not isinstance(text, str):
        raise ValidationError(_("Predecessors must be text, {example}.").format(example=_(EXAMPLE)))
    refs: list[PredecessorRef] = []
    seen: set[str] = set()
    for piece in _SEPARATORS.split(text):
        piece = piece.strip()
        if not piece:  # "3, 5," or an empty cell: nothing to read
            continue
        ref = _parse_piece(piece)
        if ref.wbs in seen:
            raise ValidationError(
                _(
                    "Task {wbs} is listed twice as a predecessor: give each one once, {example}."
                ).format(wbs=ref.wbs, example=_(EXAMPLE))
            )
        seen.add(ref.wbs)
        refs.append(ref)
    return refs


def set_predecessors(session: Session, task_id: int, text: str) -> None:
    """Make the task's incoming links exactly those typed in `text` (WBS codes of its project).

    Links no longer listed are removed, kept ones get the typed type and lag, new ones are added,
    each through the dependency use cases, so their checks, audit rows and rescheduling apply.
    """
    task = get_or_raise(session, Task, task_id, N_("task"))
    refs = parse_predecessors(text)
    project = task.project
    by_wbs = {wbs: row.id for row, wbs, _ in outline_rows(session, project.id)} if refs else {}
    wanted: dict[int, PredecessorRef] = {}
    for ref in refs:
        predecessor_id = by_wbs.get(ref.wbs)
        if predecessor_id is None:
            raise ValidationError(
                _(
                    "No task of {project} has the WBS code {wbs}: check the predecessors typed."
                ).format(project=project.code, wbs=ref.wbs)
            )
        wanted[predecessor_id] = ref
    current = session.scalars(select(Dependency).where(Dependency.successor_id == task.id)).all()
    linked = {link.predecessor_id for link in current}
    # Removals first, additions last: every intermediate link set is then a subset of the
    # final one, so a loop is reported only when the typed set itself makes one.
    for link in current:
        if link.predecessor_id not in wanted:
            remove_dependency(session, link.id)
    for link in current:
        typed = wanted.get(link.predecessor_id)
        if typed is not None and (link.type, link.lag) != (typed.type, typed.lag):
            edit_dependency(session, link.id, link_type=typed.type, lag=typed.lag)
    for predecessor_id, typed in wanted.items():
        if predecessor_id not in linked:
            add_dependency(session, predecessor_id, task.id, typed.type, typed.lag)


def _parse_piece(piece: str) -> PredecessorRef:
    match = _PIECE.fullmatch(piece)
    if match is None:
        raise ValidationError(
            _(
                '"{piece}" is not a predecessor: write a WBS code with an optional type '
                "and lag, {example}."
            ).format(piece=_shortened(piece), example=_(EXAMPLE))
        )
    # Leading zeros are dropped: "03" and "3" name the same task.
    wbs = ".".join(part.lstrip("0") or "0" for part in match["wbs"].split("."))
    link_type = LinkType(match["type"].upper()) if match["type"] else LinkType.FS
    lag = 0
    if match["days"] is not None:
        days = match["days"].lstrip("0") or "0"
        # Compare as text first: a long digit run is out of range, and too long for int().
        if len(days) > len(str(MAX_LAG)) or int(days) > MAX_LAG:
            raise ValidationError(
                _(
                    '"{piece}": the lag must be between -{maximum} and {maximum} '
                    "working days, {example}."
                ).format(piece=_shortened(piece), maximum=MAX_LAG, example=_(EXAMPLE))
            )
        lag = -int(days) if match["sign"] == "-" else int(days)
    return PredecessorRef(wbs, link_type, lag)


def _shortened(piece: str) -> str:
    if len(piece) > _QUOTED_LENGTH:
        piece = piece[: _QUOTED_LENGTH - 1] + "…"
    return piece
