"""The sentences of "since the last report", in the language being spoken.

domain/since_last.py finds what changed since the previous status report; the sentences are
written here, once, for every place that shows them (the Overview's panel, the status cycle's
dialog, `cpm-desktop status`, the pack), in the language being spoken (`texts.speaking`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cpm_desktop.domain.since_last import SinceLast
from cpm_desktop.texts import _, ngettext

DASH = "–"


def since_last_lines(
    since: SinceLast, day: Callable[[dt.date], str] = dt.date.isoformat, most: int = 5
) -> list[str]:
    """The changes as sentences, one per kind of change; `day` writes a date, `most` bounds
    the names listed per sentence (the rest are counted: "and 23 more")."""
    if since.is_first:
        return [_("First report: nothing to compare with.")]
    if since.is_empty:
        when = day(since.previous_date) if since.previous_date else _("the last report")
        return [_("Nothing changed since the last report ({date}).").format(date=when)]
    lines = []
    if since.finish_was != since.finish_now:
        was = day(since.finish_was) if since.finish_was else _("none")
        now = day(since.finish_now) if since.finish_now else _("none")
        lines.append(_("Forecast finish moved from {was} to {now}.").format(was=was, now=now))
    if since.slipped:
        slips = [
            ngettext(
                "{name} by {count} day to {date}", "{name} by {count} days to {date}", s.days
            ).format(name=s.name, count=s.days, date=day(s.now))
            for s in since.slipped
        ]
        lines.append(
            ngettext(
                "{count} task slipped: {items}.", "{count} tasks slipped: {items}.", len(slips)
            ).format(count=len(slips), items=_listed(slips, most))
        )
    if since.milestones_reached:
        reached = [
            f"{name} ({day(finish)})" if finish else name
            for name, finish in since.milestones_reached
        ]
        lines.append(_("Milestones reached: {items}.").format(items=_listed(reached, most)))
    if since.tasks_finished:
        count = len(since.tasks_finished)
        lines.append(
            ngettext(
                "{count} task finished: {items}.", "{count} tasks finished: {items}.", count
            ).format(count=count, items=_listed(list(since.tasks_finished), most))
        )
    if since.risks_raised:
        raised = [f"{risk.reference} {risk.title}" for risk in since.risks_raised]
        lines.append(_("Register entries raised: {items}.").format(items=_listed(raised, most)))
    if since.risks_closed:
        closed = [f"{risk.reference} {risk.title}" for risk in since.risks_closed]
        lines.append(_("Register entries closed: {items}.").format(items=_listed(closed, most)))
    if since.risks_rescored:
        rescored = [
            f"{r.risk.reference} {r.risk.title} ({_score(r.was)} → {_score(r.risk.score)})"
            for r in since.risks_rescored
        ]
        lines.append(_("Rescored: {items}.").format(items=_listed(rescored, most)))
    if since.changes_decided:
        decided = [
            f"{c.reference} {c.title} ({_(c.status.label).lower()})" for c in since.changes_decided
        ]
        lines.append(_("Change requests decided: {items}.").format(items=_listed(decided, most)))
    if since.invoices:
        moved = [f"{s.invoice.name} {_(s.invoice.status.label).lower()}" for s in since.invoices]
        lines.append(_("Invoices: {items}.").format(items=_listed(moved, most)))
    return lines


def _score(score: int | None) -> str:
    return DASH if score is None else str(score)


def _listed(items: list[str], most: int) -> str:
    """The first `most` items, and how many more."""
    if len(items) <= most:
        return ", ".join(items)
    more = len(items) - most
    return ngettext("{items} and {count} more", "{items} and {count} more", more).format(
        items=", ".join(items[:most]), count=more
    )
