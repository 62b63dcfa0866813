"""What a PM reads about a check-out: who has the project and since when, what a laptop's
copy is, and the kinds of record a check-in counts ("tasks", "risks")."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from cpm_desktop.services.checkout import CheckoutRecord
from cpm_desktop.ui.formatting import short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.workspace.change_events import KIND_OF_TABLE, RecordKind

# The kinds of record a project holds, as the preview of a check-in names them.
KIND_WORDS: dict[RecordKind, str] = {
    RecordKind.PROJECT: QT_TRANSLATE_NOOP("CheckoutWords", "project properties"),
    RecordKind.CALENDAR: QT_TRANSLATE_NOOP("CheckoutWords", "calendars"),
    RecordKind.HOLIDAY: QT_TRANSLATE_NOOP("CheckoutWords", "calendar days off"),
    RecordKind.TASK: QT_TRANSLATE_NOOP("CheckoutWords", "tasks"),
    RecordKind.LINK: QT_TRANSLATE_NOOP("CheckoutWords", "task links"),
    RecordKind.BASELINE: QT_TRANSLATE_NOOP("CheckoutWords", "baselines"),
    RecordKind.BASELINE_TASK: QT_TRANSLATE_NOOP("CheckoutWords", "baselined task dates"),
    RecordKind.RISK: QT_TRANSLATE_NOOP("CheckoutWords", "risks and issues"),
    RecordKind.RISK_HISTORY: QT_TRANSLATE_NOOP("CheckoutWords", "risk history entries"),
    RecordKind.RISK_TASK: QT_TRANSLATE_NOOP("CheckoutWords", "tasks linked to risks"),
    RecordKind.CHANGE_REQUEST: QT_TRANSLATE_NOOP("CheckoutWords", "change requests"),
    RecordKind.CHANGE_TRANSITION: QT_TRANSLATE_NOOP("CheckoutWords", "change request steps"),
    RecordKind.CHANGE_TASK: QT_TRANSLATE_NOOP("CheckoutWords", "tasks of change requests"),
    RecordKind.DECISION: QT_TRANSLATE_NOOP("CheckoutWords", "decisions"),
    RecordKind.FEEDBACK: QT_TRANSLATE_NOOP("CheckoutWords", "client feedback"),
    RecordKind.LESSON: QT_TRANSLATE_NOOP("CheckoutWords", "lessons learned"),
    RecordKind.BILLING: QT_TRANSLATE_NOOP("CheckoutWords", "billing milestones"),
    RecordKind.STATUS_REPORT: QT_TRANSLATE_NOOP("CheckoutWords", "status reports"),
    RecordKind.PACK_SETTING: QT_TRANSLATE_NOOP("CheckoutWords", "steering pack settings"),
    RecordKind.STAGE_GATE: QT_TRANSLATE_NOOP("CheckoutWords", "stage gates"),
    RecordKind.DELIVERABLE: QT_TRANSLATE_NOOP("CheckoutWords", "deliverables"),
    RecordKind.ACCEPTANCE_CRITERION: QT_TRANSLATE_NOOP("CheckoutWords", "acceptance criteria"),
    RecordKind.DELIVERABLE_STEP: QT_TRANSLATE_NOOP("CheckoutWords", "acceptance steps"),
    RecordKind.CHARTER_OBJECTIVE: QT_TRANSLATE_NOOP("CheckoutWords", "charter objectives"),
    RecordKind.SCOPE_LINE: QT_TRANSLATE_NOOP("CheckoutWords", "scope lines"),
    RecordKind.SOW_VERSION: QT_TRANSLATE_NOOP("CheckoutWords", "SOW versions"),
    RecordKind.SERVICE_LEVEL: QT_TRANSLATE_NOOP("CheckoutWords", "service levels"),
    RecordKind.SERVICE_LEVEL_MEASURE: QT_TRANSLATE_NOOP(
        "CheckoutWords", "service level measurements"
    ),
    RecordKind.STEERING_MEETING: QT_TRANSLATE_NOOP("CheckoutWords", "steering meetings"),
    RecordKind.ACTION: QT_TRANSLATE_NOOP("CheckoutWords", "actions"),
    RecordKind.COMMUNICATION: QT_TRANSLATE_NOOP("CheckoutWords", "communication plan lines"),
    RecordKind.ESCALATION_LEVEL: QT_TRANSLATE_NOOP("CheckoutWords", "escalation levels"),
    RecordKind.OPPORTUNITY: QT_TRANSLATE_NOOP("CheckoutWords", "opportunities"),
    RecordKind.ROLE: QT_TRANSLATE_NOOP("CheckoutWords", "roles"),
    RecordKind.RESOURCE: QT_TRANSLATE_NOOP("CheckoutWords", "resources"),
    RecordKind.RESOURCE_RATE: QT_TRANSLATE_NOOP("CheckoutWords", "rates"),
    RecordKind.ASSIGNMENT: QT_TRANSLATE_NOOP("CheckoutWords", "resource assignments"),
    RecordKind.TIMESHEET: QT_TRANSLATE_NOOP("CheckoutWords", "timesheet hours"),
    RecordKind.VENDOR: QT_TRANSLATE_NOOP("CheckoutWords", "vendors"),
    RecordKind.PURCHASE_ORDER: QT_TRANSLATE_NOOP("CheckoutWords", "purchase orders"),
    RecordKind.PURCHASE_ORDER_ITEM: QT_TRANSLATE_NOOP("CheckoutWords", "purchase order lines"),
    RecordKind.VENDOR_INVOICE: QT_TRANSLATE_NOOP("CheckoutWords", "vendor invoices"),
}
# The audit trail is the one kind of record without a RecordKind (change_events.py).
AUDIT_WORDS = QT_TRANSLATE_NOOP("CheckoutWords", "audit trail entries")
OTHER_WORDS = QT_TRANSLATE_NOOP("CheckoutWords", "other records")


def kind_words(table: str) -> str:
    """The words a PM reads for the records of one of the check-in's tables."""
    kind = KIND_OF_TABLE.get(table)
    words = AUDIT_WORDS if kind is None else KIND_WORDS.get(kind, OTHER_WORDS)
    return QCoreApplication.translate("CheckoutWords", words)


def since_text(since: dt.datetime) -> str:
    """When a check-out began (kept in UTC), in the user's time zone: '07 Dec 2026 14:02'."""
    local = since.replace(tzinfo=dt.UTC).astimezone()
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{short_date_text(local.date())} {time}"


def read_only_notice(record: CheckoutRecord) -> str:
    """The header's notice on a team server for a project checked out to a laptop."""
    return QCoreApplication.translate(
        "CheckoutWords",
        "Checked out by {who} since {since} — read-only here until it is checked in",
    ).format(who=record.holder, since=since_text(record.since))


def laptop_copy_notice(record: CheckoutRecord) -> str:
    """The banner of a laptop's checked-out copy (rich text)."""
    return QCoreApplication.translate(
        "CheckoutWords",
        "<b>Checked-out copy</b> of {code}, taken from the team server on {since}: work on it "
        "here, then use File › Check In to Team Server… to bring your changes back.",
    ).format(code=escape(record.code), since=escape(since_text(record.since)))
