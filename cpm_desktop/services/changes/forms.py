"""The client sign-off form of a change request, as a one-page PDF the PM prints or e-mails.

Reading only: the export writes the PDF file and nothing to the workspace (no audit row).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from cpm_desktop.domain import Audience, ChangeStatus, PaperSize
from cpm_desktop.domain.audience import visibility
from cpm_desktop.domain.change_workflow import OPEN_FOR_IMPACT, label
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import ChangeRequest, Project
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.services.changes.views import (
    ZERO,
    ChangeRow,
    ChangeSummary,
    change_log,
    change_summary,
)
from cpm_desktop.services.export_language import export_locale
from cpm_desktop.services.plan.schedule import work_calendar
from cpm_desktop.services.portfolio.views import project_summary, task_rows
from cpm_desktop.services.validate import clean_enum, get_or_raise
from cpm_desktop.texts import N_, _, speaking

# domain.audience's INTERNAL_FOOTER, marked here: domain/ cannot mark its own texts.
INTERNAL_NOTE = N_("Internal — not for the client")

if TYPE_CHECKING:  # reportlab loads with the form's writer, on first export
    from cpm_desktop.reports.pdf.change_form import ChangeFormContent


def find_change_request_id(session: Session, project_id: int, reference: str) -> int | None:
    """The id of the project's request with `reference` ("CR-003", any case), or None."""
    wanted = reference.strip().upper()
    rows = change_log(session, project_id).rows
    return next((row.id for row in rows if row.reference.upper() == wanted), None)


def change_form_content(
    session: Session,
    cr_id: int,
    *,
    on: dt.date | None = None,
    audience: Audience = Audience.CLIENT,
) -> ChangeFormContent:
    """Everything the sign-off form of request `cr_id` shows `audience`, generated `on`, its
    words in the language being spoken."""
    cr = get_or_raise(session, ChangeRequest, cr_id, N_("change request"))
    project = get_or_raise(session, Project, cr.project_id, N_("project"))
    view = visibility(audience, open_book=project.open_book)
    header = project_summary(session, project.id)
    row = next(r for r in change_log(session, project.id).rows if r.id == cr.id)
    summary = change_summary(session, project.id)
    names = {t.wbs: t.name for t in task_rows(session, project.id)}
    before, after = _finishes(project, summary, row)
    # The roll-up already counts an approved request: "without" takes it out again.
    own_cost = row.cost_impact
    own_price = row.change_order_value if row.billable else ZERO
    budget_without = summary.current_budget - (own_cost if row.approved else ZERO)
    contract_without = summary.current_contract_value - (own_price if row.approved else ZERO)
    from cpm_desktop.reports.pdf.change_form import ChangeFormContent  # noqa: PLC0415

    return ChangeFormContent(
        client=header.client,
        project_code=header.code,
        project_name=header.name,
        currency=header.currency,
        manager=header.manager,
        reference=row.reference,
        title=row.title,
        description=row.description,
        reason=row.reason,
        requested_by=row.requested_by,
        raised_on=row.raised_on,
        category=_(row.category.label),
        priority=_(row.priority.label),
        status=_(label(row.status)),
        schedule_days=row.schedule_days,
        cost_impact=row.cost_impact if view.cost else None,
        effort_days=row.effort_days,
        scope_impact=row.scope_impact,
        billable=row.billable,
        change_order_value=row.change_order_value,
        affected_tasks=tuple(f"{wbs} {names.get(wbs, '')}".rstrip() for wbs in row.task_wbs),
        generated_on=on or dt.date.today(),
        finish_without=before,
        finish_with=after,
        # The supplier's cost and budget are not in a client's form unless open-book.
        budget_without=budget_without if view.cost else None,
        budget_with=budget_without + own_cost if view.cost else None,
        contract_without=contract_without,
        contract_with=contract_without + own_price,
        recorded_decision=_recorded_decision(row),
        cost_shown=view.cost,
        audience_note=_(INTERNAL_NOTE) if view.footer_note else "",
    )


def export_change_form(
    session: Session,
    cr_id: int,
    path: Path,
    *,
    paper: PaperSize | str = PaperSize.A4,
    on: dt.date | None = None,
    audience: Audience | str = Audience.CLIENT,
    locale: str | None = None,
) -> Path:
    """Write the sign-off form of request `cr_id` to `path` as a one-page PDF; return the path.

    It is written in `locale` ("de", "fr_CH"), by default the client's.

    Raises NotFoundError for an unknown id and ExportError when `path` cannot be written;
    a failed write leaves no file behind.
    """
    if paper not in tuple(PaperSize):
        sizes = _(" or ").join(PaperSize)
        raise ValidationError(
            _("The paper size must be {sizes}, not {paper!r}.").format(sizes=sizes, paper=paper)
        )
    reader = clean_enum(Audience, audience, N_("audience"))
    project_id = get_or_raise(session, ChangeRequest, cr_id, N_("change request")).project_id
    with speaking(export_locale(session, project_id, locale)):
        content = change_form_content(session, cr_id, on=on, audience=reader)
        from cpm_desktop.reports.pdf.change_form import write_change_form  # noqa: PLC0415

        return write_change_form(content, Path(path), paper=paper)


def _finishes(
    project: Project, summary: ChangeSummary, row: ChangeRow
) -> tuple[dt.date | None, dt.date | None]:
    """The plan's forecast finish without and with this request's schedule days.

    The forecast is the one every screen shows; an approved request is taken to be in the plan
    already (the PM plans it in on approval), so "without" moves it back by its days.
    """
    forecast = summary.forecast_finish
    days = row.schedule_days
    if forecast is None or not days:
        return forecast, forecast
    calendar = work_calendar(project.calendar)
    if row.approved:
        return calendar.add_working_days(forecast, -days), forecast
    return forecast, calendar.add_working_days(forecast, days)


def _recorded_decision(row: ChangeRow) -> str:
    """The decision the log holds (approved, rejected or deferred) as the reader's sentence,
    e.g. 'Approved on 13 Oct 2026 by Henrik Sørensen: change order CO-02.'; "" while undecided."""
    if row.status in OPEN_FOR_IMPACT:  # a deferral is history once the request is resubmitted
        return ""
    decided = [
        t
        for t in row.transitions
        if t.to_status in (ChangeStatus.APPROVED, ChangeStatus.REJECTED, ChangeStatus.DEFERRED)
    ]
    if not decided:
        return ""
    last = decided[-1]
    if last.to_status == ChangeStatus.DEFERRED:
        text = _("Deferred on {date}").format(date=long_date(last.changed_on))
        return _with_notes(text, last.comment)
    on = long_date(row.decided_on or last.changed_on)
    if last.to_status == ChangeStatus.APPROVED:
        text = _("Approved on {date}").format(date=on)
    else:
        text = _("Rejected on {date}").format(date=on)
    if row.decided_by:
        text = _("{decision} by {name}").format(decision=text, name=row.decided_by)
    return _with_notes(text, row.decision_notes)


def _with_notes(decision: str, notes: str) -> str:
    """A decision, then its notes after a colon, or a full stop."""
    if notes:
        return _("{decision}: {notes}").format(decision=decision, notes=notes)
    return f"{decision}."  # a full stop is the same in every language we write
