"""The acceptance certificate of one deliverable: one printed page for the client to sign.

`AcceptanceContent` holds plain values only (the service fills it from the workspace); this
module lays them out on exactly one A4 or Letter page, trimming long texts and long checklists
(acceptance_certificate_story.py) rather than spilling onto a second page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cpm_desktop.domain import PaperSize
from cpm_desktop.files import write_atomically
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.acceptance_certificate_story import story_for_page
from cpm_desktop.reports.pdf.one_page_form import FormHead, render_one_page_form
from cpm_desktop.reports.pdf.style import styles
from cpm_desktop.texts import _


@dataclass(frozen=True, slots=True)
class CriterionLine:
    """One line of the acceptance checklist and whether the client found it met."""

    text: str
    met: bool


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One step of the deliverable towards acceptance, as the client may read it.

    `step` is a label in the reader's language ("Submitted", "Rejected"); `by` names the
    client's signatory of a verdict ("" for the supplier's own steps); `comment` holds a
    rejection's reasons.
    """

    on: dt.date
    step: str
    by: str = ""
    comment: str = ""


@dataclass(frozen=True, slots=True)
class AcceptanceContent:
    """Everything printed on the certificate, as display-ready plain values.

    No cost and no internal records: a certificate always goes to the client. `accepted_by`
    and `accepted_on` are filled once the client has accepted; they print on the client's
    signature lines, which stay blank otherwise.
    """

    client: str
    project_code: str
    project_name: str
    manager: str
    reference: str  # D-001
    name: str
    description: str
    milestone: str  # "" when the deliverable has a date of its own
    due: dt.date | None
    owner: str
    status: str  # a label in the reader's language: "Accepted", "Abgenommen"
    criteria: tuple[CriterionLine, ...]
    history: tuple[HistoryLine, ...]
    generated_on: dt.date
    accepted_by: str = ""
    accepted_on: dt.date | None = None
    acceptor_role: str = ""  # the signatory's role at the client, when the contacts know it

    @property
    def accepted(self) -> bool:
        """The client has accepted the deliverable (its verdict is on record)."""
        return self.accepted_on is not None


def render_acceptance_certificate(
    content: AcceptanceContent, *, paper: str = PaperSize.A4
) -> bytes:
    """The certificate as PDF bytes on one `paper` page (a PaperSize), fonts embedded, in the
    language being spoken."""
    title = _("Acceptance certificate {reference}").format(reference=content.reference)
    head = FormHead(
        title=title,
        purpose=_("For the client's acceptance and signature"),
        client=content.client,
        project=f"{content.project_code} · {content.project_name}",
        footer=(
            content.reference,
            content.project_code,
            _("generated on {date}").format(date=long_date(content.generated_on)),
        ),
        document_title=f"{title} {content.name}",
        author=content.manager,
        subject=_("Acceptance certificate for {client}, project {code} {name}").format(
            client=content.client, code=content.project_code, name=content.project_name
        ),
    )
    return render_one_page_form(
        head,
        lambda width, height: story_for_page(content, styles(), width, height),
        paper,
        f"the certificate of {content.reference}",
    )


def write_acceptance_certificate(
    content: AcceptanceContent, path: Path, *, paper: str = PaperSize.A4
) -> Path:
    """Write the certificate to `path` in one step (never half a file); return the path."""
    return write_atomically(path, render_acceptance_certificate(content, paper=paper))
