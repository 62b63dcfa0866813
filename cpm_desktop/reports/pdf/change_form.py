"""The client sign-off form of one change request: one printed page to tick, note and sign.

`ChangeFormContent` holds plain values only (the service fills it from the workspace); this
module lays them out on exactly one A4 or Letter page, shortening long free text rather than
spilling onto a second page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from cpm_desktop.domain import PaperSize
from cpm_desktop.files import write_atomically
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.change_form_story import story_for_page
from cpm_desktop.reports.pdf.one_page_form import FormHead, render_one_page_form
from cpm_desktop.reports.pdf.style import styles
from cpm_desktop.texts import N_, _

TITLE = N_("Change request sign-off")


@dataclass(frozen=True, slots=True)
class ChangeFormContent:
    """Everything printed on the form, as display-ready plain values (no database objects).

    Category, priority and status are labels as users read them ("Under assessment"), and
    like every composed text here already in the reader's language.
    The before/after figures are the project's without and with this change; None when
    unknown (no plan yet). `recorded_decision` describes a decision already in the log.
    """

    client: str
    project_code: str
    project_name: str
    currency: str
    manager: str
    reference: str
    title: str
    description: str
    reason: str
    requested_by: str
    raised_on: dt.date
    category: str
    priority: str
    status: str
    schedule_days: int
    cost_impact: Decimal | None  # None: not shown to this audience
    effort_days: int
    scope_impact: str
    billable: bool
    change_order_value: Decimal
    affected_tasks: tuple[str, ...]
    generated_on: dt.date
    finish_without: dt.date | None = None
    finish_with: dt.date | None = None
    budget_without: Decimal | None = None
    budget_with: Decimal | None = None
    contract_without: Decimal | None = None
    contract_with: Decimal | None = None
    recorded_decision: str = ""
    cost_shown: bool = True  # False for a client without an open-book contract: no cost, budget
    audience_note: str = ""  # "Internal — not for the client" in the footer of an internal form


def render_change_form(content: ChangeFormContent, *, paper: str = PaperSize.A4) -> bytes:
    """The form as PDF bytes on one `paper` page (a PaperSize), fonts embedded, in the
    language being spoken."""
    head = FormHead(
        title=_(TITLE),
        purpose=_("For the client's decision and signature"),
        client=content.client,
        project=f"{content.project_code} · {content.project_name}",
        footer=(
            content.audience_note,
            content.reference,
            content.project_code,
            _("generated on {date}").format(date=long_date(content.generated_on)),
        ),
        document_title=f"{content.reference} {content.title}",
        author=content.manager,
        subject=_("Change request sign-off for {client}, project {code} {name}").format(
            client=content.client, code=content.project_code, name=content.project_name
        ),
    )
    return render_one_page_form(
        head,
        lambda width, height: story_for_page(content, styles(), width, height),
        paper,
        f"the sign-off form of {content.reference}",
    )


def write_change_form(content: ChangeFormContent, path: Path, *, paper: str = PaperSize.A4) -> Path:
    """Write the form to `path` in one step (never half a file); return the path."""
    return write_atomically(path, render_change_form(content, paper=paper))
