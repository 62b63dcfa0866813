"""The pack's section on the charter summary: the objectives and their status, the signed SOW
version, and how far approved change requests moved the scope since it was signed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.pack.parts import (
    RAG_HEX,
    cell,
    data_table,
    dot_word,
    empty_note,
    heading,
    subheading,
)
from cpm_desktop.reports.pdf.style import MUTED_HEX, Styles
from cpm_desktop.reports.pdf.text import markup
from cpm_desktop.texts import N_, _, ngettext

TARGET_WIDTH = 96.0
ACTUAL_WIDTH = 118.0
STATUS_WIDTH = 112.0  # "● Not yet measured" on one line
REQUEST_WIDTH = 58.0
CHANGE_WIDTH = 150.0  # "Removed from out of scope"
# An objective's status as the dot beside its word shows it.
STATUS_WORDS = {"met": N_("Met"), "not_met": N_("Not met"), "not_measured": N_("Not yet measured")}
STATUS_COLOURS = {"met": RAG_HEX["green"], "not_met": RAG_HEX["red"], "not_measured": MUTED_HEX}
# What an approved request did to a line, by the line's kind (its ScopeKind label) and whether
# it added the line: whole phrases, as each language words them its own way.
CHANGE_WORDS = {
    ("In scope", True): N_("Added to in scope"),
    ("In scope", False): N_("Removed from in scope"),
    ("Out of scope", True): N_("Added to out of scope"),
    ("Out of scope", False): N_("Removed from out of scope"),
    ("Assumption", True): N_("Added assumption"),
    ("Assumption", False): N_("Removed assumption"),
    ("Constraint", True): N_("Added constraint"),
    ("Constraint", False): N_("Removed constraint"),
    ("Dependency", True): N_("Added dependency"),
    ("Dependency", False): N_("Removed dependency"),
}


@dataclass(frozen=True, slots=True)
class ObjectiveLine:
    """One objective with its success criterion, as last measured."""

    objective: str
    measure: str
    target: str
    actual: str
    status: str  # met, not_met or not_measured


@dataclass(frozen=True, slots=True)
class ScopeChangeLine:
    """A line an approved change request added to or removed from the scope."""

    reference: str  # CR-001
    kind: str  # "In scope", "Out of scope", "Assumption" …
    text: str
    added: bool  # False: removed


@dataclass(frozen=True, slots=True)
class SignedSow:
    """The newest signed version of the statement of work."""

    version: str
    signed_on: dt.date
    signed_by: str


@dataclass(frozen=True, slots=True)
class CharterSummary:
    """What the section prints: the objectives, the SOW, the scope's counts and its changes."""

    objective: str  # the project's objective, in a sentence or two
    objectives: tuple[ObjectiveLine, ...]
    sow: SignedSow | None
    in_scope: int  # lines in scope now
    out_of_scope: int
    original_in_scope: int  # as first signed
    original_out_of_scope: int
    changes: tuple[ScopeChangeLine, ...]  # by approved requests, in request order
    pending: tuple[str, ...] = ()  # requests awaiting a decision that would change the scope

    def count(self, status: str) -> int:
        """How many objectives stand at `status` (met, not_met, not_measured)."""
        return sum(line.status == status for line in self.objectives)


def charter_flowables(
    section: CharterSummary | None, styles: Styles, width: float
) -> list[Flowable]:
    """The section's flowables; nothing when there is nothing to print."""
    if section is None:
        return []
    story: list[Flowable] = [heading("charter", _("Charter and objectives"), styles)]
    if section.objective:
        story += [Paragraph(markup(section.objective), styles.value), Spacer(0, 6)]
    story += [Paragraph(_sow_text(section.sow), styles.body), Spacer(0, 14)]
    story.append(subheading(_("Objectives and success criteria"), styles))
    if section.objectives:
        story.append(_objectives(section.objectives, styles, width))
        story.append(Paragraph(markup(objective_counts(section)), styles.note))
    else:
        story.append(empty_note(_("No objectives recorded yet."), styles))
    story += [Spacer(0, 14), subheading(_("Scope"), styles), *_scope(section, styles, width)]
    return story


def objective_counts(section: CharterSummary) -> str:
    """'3 objectives: 1 met, 0 not met, 2 not yet measured.'"""
    total = len(section.objectives)
    counts = ", ".join(
        f"{section.count(status)} {_(word).lower()}" for status, word in STATUS_WORDS.items()
    )
    return ngettext("{count} objective: {counts}.", "{count} objectives: {counts}.", total).format(
        count=total, counts=counts
    )


def _sow_text(sow: SignedSow | None) -> str:
    if sow is None:
        return markup(_("Statement of work: no signed version recorded yet."))
    version = f"<b>{markup(sow.version)}</b>"
    signed_on = long_date(sow.signed_on)
    if sow.signed_by:
        return _("Statement of work: version {version}, signed {date} by {name}.").format(
            version=version, date=signed_on, name=markup(sow.signed_by)
        )
    return _("Statement of work: version {version}, signed {date}.").format(
        version=version, date=signed_on
    )


def _objectives(lines: Sequence[ObjectiveLine], styles: Styles, width: float) -> Table:
    """The objective (its measure muted under it), target, actual and status."""
    text_width = width - TARGET_WIDTH - ACTUAL_WIDTH - STATUS_WIDTH
    rows = [
        [
            _objective(line, styles),
            cell(line.target, styles.body),
            cell(line.actual, styles.body),
            _status(line.status, styles),
        ]
        for line in lines
    ]
    widths = (text_width, TARGET_WIDTH, ACTUAL_WIDTH, STATUS_WIDTH)
    header = (_("Objective"), _("Target"), _("Actual"), _("Status"))
    return data_table(header, rows, widths, styles)


def _objective(line: ObjectiveLine, styles: Styles) -> list[Flowable]:
    said: list[Flowable] = [cell(line.objective, styles.value)]
    if line.measure:
        measured = _("Measured by: {measure}").format(measure=line.measure)
        said.append(Paragraph(markup(measured), styles.label))
    return said


def _status(status: str, styles: Styles) -> Paragraph:
    """A dot in the status's colour and its word: '● Met'."""
    colour = STATUS_COLOURS.get(status, MUTED_HEX)
    word = _(STATUS_WORDS.get(status, status))
    return dot_word(colour, word, styles.body)


def _scope(section: CharterSummary, styles: Styles, width: float) -> list[Flowable]:
    """The counts now against the original, the lines approved requests changed, what waits."""
    summary = _(
        "{in_scope} in scope and {out_of_scope} out of scope now; the scope as first signed "
        "held {original_in} and {original_out}."
    ).format(
        in_scope=_lines(section.in_scope),
        out_of_scope=_lines(section.out_of_scope),
        original_in=section.original_in_scope,
        original_out=section.original_out_of_scope,
    )
    story: list[Flowable] = [Paragraph(markup(summary), styles.body), Spacer(0, 6)]
    if section.changes:
        story.append(_changes(section.changes, styles, width))
    else:
        story.append(empty_note(_("No approved change request has changed the scope."), styles))
    if section.pending:
        waiting = _(
            "Awaiting the committee's decision, {references} would change the scope further."
        ).format(references=", ".join(section.pending))
        story.append(Paragraph(markup(waiting), styles.note))
    return story


def _changes(lines: Sequence[ScopeChangeLine], styles: Styles, width: float) -> Table:
    rows = [
        [
            cell(line.reference, styles.value_bold),
            cell(_change_word(line), styles.body),
            cell(line.text, styles.body),
        ]
        for line in lines
    ]
    widths = (REQUEST_WIDTH, CHANGE_WIDTH, width - REQUEST_WIDTH - CHANGE_WIDTH)
    header = (_("Request"), _("Change"), _("Line of the statement of work"))
    return data_table(header, rows, widths, styles)


def _change_word(line: ScopeChangeLine) -> str:
    """'Added to in scope', 'Removed from out of scope', 'Added assumption'."""
    for (kind, added), phrase in CHANGE_WORDS.items():
        # The kind as the service gave it: its English label, or that label already said.
        if added == line.added and line.kind in (kind, _(kind)):
            return _(phrase)
    template = _("Added: {kind}") if line.added else _("Removed: {kind}")
    return template.format(kind=_(line.kind))


def _lines(count: int) -> str:
    return ngettext("{count} line", "{count} lines", count).format(count=count)
