"""The demo PM's status report for NHL-WMS at the 20 Nov 2026 status date, and pack settings.

What Laura Becker would write for the steering committee of 25 November: amber, because data
migration preparation slips behind the late SAP specifications and squeezes the cut-over; and,
for her own team only, a note on the margin. Last week's report is recorded through the status
cycle on the records as they stood on 13 Nov, this week's once the week's events are in, so
each keeps its own facts and the pack shows what happened "Since the last report".
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from cpm_desktop.services.records.pack_settings import save_pack_settings
from cpm_desktop.services.records.status_reports import save_status_report
from cpm_desktop.services.status_cycle.cycle import record_status

MEETING_DATE = dt.date(2026, 11, 25)
LAST_WEEK = dt.date(2026, 11, 13)  # the previous weekly report, the one "since" compares with
LAST_WEEK_COMMENTARY = (
    "Overall amber. Outbound design and the SAP integration design run about two weeks late; "
    "the SAP IDoc specifications are still outstanding. Go-live on 12 April 2027 holds."
)
CONFIDENTIALITY = "Confidential — Nordhaven Logistics and supplier only"

COMMENTARY = (
    "Overall amber. Data migration preparation is slipping: the field mapping waits on the "
    "SAP IDoc specifications, and item-master cleansing by the key users cannot start before "
    "peak season ends. Without a decision this month, the trial migration moves into "
    "February and the dress rehearsal leaves no slack before the April cut-over. The "
    "budget is on track: CR-001 is paid by Nordhaven as a change order, and the smaller "
    "approved changes fit the contingency. Go-live on 12 April 2027 still holds if the "
    "decisions below are taken on 25 November."
)
DECISIONS_REQUIRED = (
    "Release two key users from peak-season duty for item-master cleansing from 4 January\n"
    "Approve CR-007, a second SIT cycle for the SAP IDoc interfaces (EUR 9,600, 4 days)\n"
    "Confirm the cut-over window of 8–11 April 2027 and the legacy WMS freeze"
)
NEXT_STEPS = (
    "Nordhaven SAP team delivers the remaining IDoc specifications by 27 November\n"
    "Field mapping workshop with the data lead and key users in week 49\n"
    "Vendor estimate for CR-006 (yard management interface) by 4 December\n"
    "Outbound design sign-off at the key-user review on 9 December"
)
# For the supplier's team: printed in the internal pack only.
INTERNAL_NOTES = "Margin at risk if the second wave slips; discuss rate card with account lead."


def add_demo_status(session: Session, project_id: int) -> None:
    """Save the demo project's status report for its status date and its pack settings."""
    save_status_report(
        session,
        project_id,
        commentary=COMMENTARY,
        schedule_rag="amber",
        budget_rag="green",
        scope_rag="amber",
        risk_rag="amber",
        decisions_required=DECISIONS_REQUIRED,
        next_steps=NEXT_STEPS,
        internal_notes=INTERNAL_NOTES,
    )
    save_pack_settings(
        session, project_id, meeting_date=MEETING_DATE, confidentiality=CONFIDENTIALITY
    )


def record_last_week(session: Session, project_id: int) -> None:
    """Record last week's report (13 Nov) through the status cycle, on the records as they
    stood that day; the status date moves to 13 Nov until this week's report moves it on."""
    record_status(
        session,
        project_id,
        LAST_WEEK,
        commentary=LAST_WEEK_COMMENTARY,
        schedule_rag="amber",
        budget_rag="green",
        scope_rag="green",
        risk_rag="amber",
    )


def record_this_week(session: Session, project_id: int, status_date: dt.date) -> None:
    """Record this week's report at `status_date` through the status cycle: the report saved
    by `add_demo_status` keeps its fields and gains the facts of that day."""
    record_status(session, project_id, status_date)
