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

TARGET_WIDTH = 96.0
ACTUAL_WIDTH = 118.0
STATUS_WIDTH = 112.0  # "● Not yet measured" on one line
REQUEST_WIDTH = 58.0
CHANGE_WIDTH = 150.0  # "Removed from out of scope"
# An objective's status as the dot beside its word shows it.
STATUS_WORDS = {"met": "Met", "not_met": "Not met", "not_measured": "Not yet measured"}
STATUS_COLOURS = {"met": RAG_HEX["green"], "not_met": RAG_HEX["red"], "not_measured": MUTED_HEX}


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
    story: list[Flowable] = [heading("charter", "Charter and objectives", styles)]
    if section.objective:
        story += [Paragraph(markup(section.objective), styles.value), Spacer(0, 6)]
    story += [Paragraph(_sow_text(section.sow), styles.body), Spacer(0, 14)]
    story.append(subheading("Objectives and success criteria", styles))
    if section.objectives:
        story.append(_objectives(section.objectives, styles, width))
        counts = ", ".join(
            f"{section.count(status)} {word.lower()}" for status, word in STATUS_WORDS.items()
        )
        story.append(Paragraph(f"{len(section.objectives)} objectives: {counts}.", styles.note))
    else:
        story.append(empty_note("No objectives recorded yet.", styles))
    story += [Spacer(0, 14), subheading("Scope", styles), *_scope(section, styles, width)]
    return story


def _sow_text(sow: SignedSow | None) -> str:
    if sow is None:
        return "Statement of work: no signed version recorded yet."
    who = f" by {markup(sow.signed_by)}" if sow.signed_by else ""
    return (
        f"Statement of work: version <b>{markup(sow.version)}</b>, signed "
        f"{long_date(sow.signed_on)}{who}."
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
    return data_table(("Objective", "Target", "Actual", "Status"), rows, widths, styles)


def _objective(line: ObjectiveLine, styles: Styles) -> list[Flowable]:
    said: list[Flowable] = [cell(line.objective, styles.value)]
    if line.measure:
        said.append(Paragraph(f"Measured by: {markup(line.measure)}", styles.label))
    return said


def _status(status: str, styles: Styles) -> Paragraph:
    """A dot in the status's colour and its word: '● Met'."""
    colour = STATUS_COLOURS.get(status, MUTED_HEX)
    word = STATUS_WORDS.get(status, status)
    return dot_word(colour, word, styles.body)


def _scope(section: CharterSummary, styles: Styles, width: float) -> list[Flowable]:
    """The counts now against the original, the lines approved requests changed, what waits."""
    summary = (
        f"{_lines(section.in_scope)} in scope and {_lines(section.out_of_scope)} out of scope "
        f"now; the scope as first signed held {section.original_in_scope} and "
        f"{section.original_out_of_scope}."
    )
    story: list[Flowable] = [Paragraph(summary, styles.body), Spacer(0, 6)]
    if section.changes:
        story.append(_changes(section.changes, styles, width))
    else:
        story.append(empty_note("No approved change request has changed the scope.", styles))
    if section.pending:
        refs = ", ".join(section.pending)
        story.append(
            Paragraph(
                f"Awaiting the committee's decision, {refs} would change the scope further.",
                styles.note,
            )
        )
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
    header = ("Request", "Change", "Line of the statement of work")
    return data_table(header, rows, widths, styles)


def _change_word(line: ScopeChangeLine) -> str:
    """'Added to in scope', 'Removed from out of scope', 'Added assumption'."""
    kind = line.kind.lower()
    if kind in ("in scope", "out of scope"):
        return f"{'Added to' if line.added else 'Removed from'} {kind}"
    return f"{'Added' if line.added else 'Removed'} {kind}"


def _lines(count: int) -> str:
    return f"{count} line{'s' if count != 1 else ''}"
