"""The acceptance certificate of a deliverable, as a one-page PDF the PM prints or e-mails.

Reading only: the export writes the PDF file and nothing to the workspace (no audit row).
A certificate always goes to the client: it holds no cost and no internal record.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from cpm_desktop.domain import DeliverableStatus, PaperSize
from cpm_desktop.domain.deliverables import VERDICTS
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import Deliverable
from cpm_desktop.reports.pdf.acceptance_certificate import (
    AcceptanceContent,
    CriterionLine,
    HistoryLine,
    write_acceptance_certificate,
)
from cpm_desktop.services.deliverables.views import DeliverableRow, deliverable_row, deliverables
from cpm_desktop.services.export_language import export_locale
from cpm_desktop.services.portfolio.clients import contacts_of
from cpm_desktop.services.portfolio.views import project_summary
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_, _, pgettext, speaking


def find_deliverable_id(session: Session, project_id: int, reference: str) -> int | None:
    """The id of the project's deliverable with `reference` ("D-001", any case), or None."""
    wanted = reference.strip().upper()
    return next((d.id for d in deliverables(session, project_id) if d.reference == wanted), None)


def certificate_content(
    session: Session, deliverable_id: int, *, on: dt.date | None = None
) -> AcceptanceContent:
    """Everything the certificate of deliverable `deliverable_id` shows, generated `on`, its
    words in the language being spoken."""
    row = deliverable_row(session, deliverable_id)
    header = project_summary(session, row.project_id)
    accepted = row.status is DeliverableStatus.ACCEPTED
    return AcceptanceContent(
        client=header.client,
        project_code=header.code,
        project_name=header.name,
        manager=header.manager,
        reference=row.reference,
        name=row.name,
        description=row.description,
        milestone=row.milestone,
        due=row.due,
        owner=row.owner,
        status=_status_word(row.status),
        criteria=tuple(CriterionLine(c.text, c.met) for c in row.criteria),
        history=_history(row),
        generated_on=on or dt.date.today(),
        accepted_by=row.decided_by if accepted else "",
        accepted_on=row.decided_on if accepted else None,
        acceptor_role=_role(session, header.client_id, row.decided_by) if accepted else "",
    )


def export_acceptance_certificate(
    session: Session,
    deliverable_id: int,
    path: Path,
    *,
    paper: PaperSize | str = PaperSize.A4,
    on: dt.date | None = None,
    locale: str | None = None,
) -> Path:
    """Write the certificate of deliverable `deliverable_id` to `path` as a one-page PDF, in
    `locale` ("de", "fr_CH"; by default the client's).

    Raises NotFoundError for an unknown id and ExportError when `path` cannot be written;
    a failed write leaves no file behind.
    """
    if paper not in tuple(PaperSize):
        sizes = _(" or ").join(PaperSize)
        raise ValidationError(
            _("The paper size must be {sizes}, not {paper!r}.").format(sizes=sizes, paper=paper)
        )
    project_id = get_or_raise(session, Deliverable, deliverable_id, N_("deliverable")).project_id
    with speaking(export_locale(session, project_id, locale)):
        content = certificate_content(session, deliverable_id, on=on)
        return write_acceptance_certificate(content, Path(path), paper=paper)


def _history(row: DeliverableRow) -> tuple[HistoryLine, ...]:
    """Each step as the client reads it: the verdicts name who gave them, and why."""
    return tuple(
        HistoryLine(
            on=step.changed_on,
            step=_status_word(step.to_status),
            # The supplier's own steps carry the login of whoever clicked: not for the client.
            by=step.changed_by if step.to_status in VERDICTS else "",
            comment=step.comment,
        )
        for step in row.steps
    )


def _status_word(status: DeliverableStatus) -> str:
    """A deliverable's status as its reader says it.

    A change request's "Submitted" and "Rejected" are the same English words, but French
    agrees them with "la demande"; a deliverable ("le livrable") takes its own forms.
    """
    if status is DeliverableStatus.SUBMITTED:
        return pgettext("deliverable", "Submitted")
    if status is DeliverableStatus.REJECTED:
        return pgettext("deliverable", "Rejected")
    return _(status.label)


def _role(session: Session, client_id: int, who: str) -> str:
    """The role of the client's contact who accepted, if `who` names one ("Name (Company)")."""
    wanted = " ".join(who.split()).casefold()
    for contact in contacts_of(session, client_id):
        name = " ".join(contact.name.split()).casefold()
        if name and (wanted == name or wanted.startswith(f"{name} ")):
            return contact.role
    return ""
