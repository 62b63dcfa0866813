"""Change events: what one committed edit changed, told in records rather than in rows.

A `ChangeSet` is the exact row log that undo needs; views need less and in other words: which
projects, which kinds of record and which of them, and whether the plan's outline moved. The
table and column names stay here, so the UI never spells one.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from types import MappingProxyType

from cpm_desktop.workspace.row_changes import BulkUpdate, ChangeSet, RowChange


class RecordKind(enum.Enum):
    """A kind of record in the workspace: one per table (the audit trail aside)."""

    CLIENT = enum.auto()
    CONTACT = enum.auto()  # a person at a client
    PROJECT = enum.auto()
    CALENDAR = enum.auto()
    HOLIDAY = enum.auto()  # a calendar's day off
    TASK = enum.auto()
    LINK = enum.auto()  # a dependency between two tasks
    BASELINE = enum.auto()
    BASELINE_TASK = enum.auto()  # a task's dates and cost as a baseline saved them
    RISK = enum.auto()  # a risk, issue or opportunity
    RISK_HISTORY = enum.auto()  # a dated step in a risk's life
    RISK_TASK = enum.auto()  # a task a risk is linked to
    CHANGE_REQUEST = enum.auto()
    CHANGE_TRANSITION = enum.auto()  # a step of a change request through its workflow
    CHANGE_TASK = enum.auto()  # a task a change request affects
    DECISION = enum.auto()
    FEEDBACK = enum.auto()
    LESSON = enum.auto()
    BILLING = enum.auto()  # a billing milestone
    STATUS_REPORT = enum.auto()
    PACK_SETTING = enum.auto()  # a project's steering-pack settings
    EXCHANGE_RATE = enum.auto()  # a dated rate the portfolio converts money with
    WORKSPACE_SETTING = enum.auto()  # the workspace's own settings (its reporting currency)
    STAGE_GATE = enum.auto()  # a dated move of a project into a stage
    DELIVERABLE = enum.auto()
    ACCEPTANCE_CRITERION = enum.auto()  # a line of a deliverable's acceptance checklist
    DELIVERABLE_STEP = enum.auto()  # a step of a deliverable towards acceptance
    CHARTER_OBJECTIVE = enum.auto()  # an objective of the charter and its success criterion
    SCOPE_LINE = enum.auto()  # a line of the SOW: scope, assumption, constraint, dependency
    SOW_VERSION = enum.auto()  # a signed version of the statement of work
    SERVICE_LEVEL = enum.auto()  # an SLA
    SERVICE_LEVEL_MEASURE = enum.auto()  # the value an SLA measured in one period
    STEERING_MEETING = enum.auto()
    ACTION = enum.auto()  # an action of the action log
    COMMUNICATION = enum.auto()  # a line of the communication plan
    ESCALATION_LEVEL = enum.auto()  # a step of the escalation path
    OPPORTUNITY = enum.auto()  # follow-on work for a client
    ROLE = enum.auto()  # a role of the rate card
    RESOURCE = enum.auto()  # a person, material or cost resource
    CHECKOUT = enum.auto()  # a project taken offline from a team server
    RESOURCE_RATE = enum.auto()  # a dated cost and bill rate of a role or resource
    ASSIGNMENT = enum.auto()  # a resource on a task
    TIMESHEET = enum.auto()  # hours a resource booked on a task in a week
    VENDOR = enum.auto()
    PURCHASE_ORDER = enum.auto()
    PURCHASE_ORDER_ITEM = enum.auto()  # a task or deliverable a purchase order covers
    VENDOR_INVOICE = enum.auto()


KIND_OF_TABLE: Mapping[str, RecordKind] = MappingProxyType(
    {
        "checkout": RecordKind.CHECKOUT,
        "client": RecordKind.CLIENT,
        "contact": RecordKind.CONTACT,
        "project": RecordKind.PROJECT,
        "calendar": RecordKind.CALENDAR,
        "holiday": RecordKind.HOLIDAY,
        "task": RecordKind.TASK,
        "dependency": RecordKind.LINK,
        "baseline": RecordKind.BASELINE,
        "baseline_task": RecordKind.BASELINE_TASK,
        "risk": RecordKind.RISK,
        "risk_history": RecordKind.RISK_HISTORY,
        "risk_task": RecordKind.RISK_TASK,
        "change_request": RecordKind.CHANGE_REQUEST,
        "change_transition": RecordKind.CHANGE_TRANSITION,
        "change_task": RecordKind.CHANGE_TASK,
        "decision": RecordKind.DECISION,
        "feedback": RecordKind.FEEDBACK,
        "lesson": RecordKind.LESSON,
        "billing_milestone": RecordKind.BILLING,
        "status_report": RecordKind.STATUS_REPORT,
        "pack_setting": RecordKind.PACK_SETTING,
        "exchange_rate": RecordKind.EXCHANGE_RATE,
        "workspace_setting": RecordKind.WORKSPACE_SETTING,
        "stage_gate": RecordKind.STAGE_GATE,
        "deliverable": RecordKind.DELIVERABLE,
        "acceptance_criterion": RecordKind.ACCEPTANCE_CRITERION,
        "deliverable_step": RecordKind.DELIVERABLE_STEP,
        "charter_objective": RecordKind.CHARTER_OBJECTIVE,
        "scope_line": RecordKind.SCOPE_LINE,
        "sow_version": RecordKind.SOW_VERSION,
        "service_level": RecordKind.SERVICE_LEVEL,
        "service_level_measure": RecordKind.SERVICE_LEVEL_MEASURE,
        "steering_meeting": RecordKind.STEERING_MEETING,
        "action_item": RecordKind.ACTION,
        "communication_item": RecordKind.COMMUNICATION,
        "escalation_level": RecordKind.ESCALATION_LEVEL,
        "opportunity": RecordKind.OPPORTUNITY,
        "role": RecordKind.ROLE,
        "resource": RecordKind.RESOURCE,
        "resource_rate": RecordKind.RESOURCE_RATE,
        "assignment": RecordKind.ASSIGNMENT,
        "timesheet_entry": RecordKind.TIMESHEET,
        "vendor": RecordKind.VENDOR,
        "purchase_order": RecordKind.PURCHASE_ORDER,
        "purchase_order_item": RecordKind.PURCHASE_ORDER_ITEM,
        "vendor_invoice": RecordKind.VENDOR_INVOICE,
    }
)

_PROJECT_TABLE = "project"
_PROJECT_COLUMN = "project_id"
_TASK_TABLE = "task"
# A task added, removed, or moved to another parent, place or project changes the outline.
_OUTLINE_COLUMNS = frozenset({"parent_id", "position", _PROJECT_COLUMN})
_NAME_COLUMN = "name"


@dataclass(frozen=True, slots=True)
class ChangeEvent:
    """What one edit (or its undo, or its redo) changed.

    `records` maps each kind of record written to the ids of the records written (added,
    changed or removed), `written` to the columns written (all of a row added or removed;
    those an update changed). `outline_changed`: tasks were added, removed or moved in the outline
    (their WBS codes may differ); `tasks_renamed`: a task's name changed.
    """

    project_ids: frozenset[int] = frozenset()
    records: Mapping[RecordKind, frozenset[int]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    written: Mapping[RecordKind, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    outline_changed: bool = False
    tasks_renamed: bool = False

    @property
    def kinds(self) -> frozenset[RecordKind]:
        """The kinds of record written."""
        return frozenset(self.records)

    def touches(self, *kinds: RecordKind) -> bool:
        """Tell whether a record of one of `kinds` was written."""
        return any(kind in self.records for kind in kinds)

    def touches_only(self, *kinds: RecordKind) -> bool:
        """Tell whether every record written is of one of `kinds`."""
        return self.records.keys() <= set(kinds)

    def ids(self, kind: RecordKind) -> frozenset[int]:
        """The ids of the records of `kind` written."""
        return self.records.get(kind, frozenset())

    def columns(self, kind: RecordKind) -> frozenset[str]:
        """The columns written in records of `kind` (a reader that holds some values in
        memory knows whether the rest can have changed)."""
        return self.written.get(kind, frozenset())

    def concerns(self, project_id: int | None) -> bool:
        """Tell whether the edit was made in, or wrote records of, project `project_id`."""
        return project_id is not None and project_id in self.project_ids


def change_event(changes: ChangeSet, project_id: int | None = None) -> ChangeEvent:
    """Describe the committed `changes` of an edit made in project `project_id`.

    The projects are that one and any a written row names (a row added to or removed from a
    project, a project row itself, a row moved between projects).
    """
    # Gathered by table name, the kinds named at the end: a move near a plan's start writes
    # thousands of rows, and an enum member hashes in Python, a string in C.
    found: dict[str, set[int]] = {}
    # The rows' column names are shared tuples: a move writing 5,000 tasks' dates has one.
    names: dict[str, set[tuple[str, ...]]] = {}
    projects: set[int] = set() if project_id is None else {project_id}
    outline = renamed = False
    for part in changes.parts:
        if isinstance(part, BulkUpdate) and _PROJECT_COLUMN not in part.names:
            # Its ids and the columns it changed say all: no row of it is built.
            entries = [(part.table, part.rowids, "u", part.columns())] if part else []
        else:
            rows = part.rows() if isinstance(part, BulkUpdate) else (part,)
            entries = [(row.table, (row.rowid,), row.op, row.columns) for row in rows]
            projects.update(_owners(rows))
        for table, rowids, op, written in entries:
            ids = found.get(table)
            if ids is None:
                ids = found[table] = set()
                names[table] = set()
            ids.update(rowids)
            if table == _PROJECT_TABLE:
                projects.update(rowids)
            names[table].add(written)
            if table == _TASK_TABLE:
                outline = outline or op != "u" or not _OUTLINE_COLUMNS.isdisjoint(written)
                renamed = renamed or (op == "u" and _NAME_COLUMN in written)
    # A table newer than the map has no kind (tests keep the map complete).
    kinds = {table: KIND_OF_TABLE[table] for table in found if table in KIND_OF_TABLE}
    return ChangeEvent(
        project_ids=frozenset(projects),
        records=MappingProxyType({kind: frozenset(found[table]) for table, kind in kinds.items()}),
        written=MappingProxyType(
            {kind: frozenset(chain.from_iterable(names[table])) for table, kind in kinds.items()}
        ),
        outline_changed=outline,
        tasks_renamed=renamed,
    )


def _owners(rows: Sequence[RowChange]) -> Iterator[int]:
    """The projects the rows' project column names, before and after (a row added to, removed
    from or moved between projects)."""
    for row in rows:
        if _PROJECT_COLUMN in row.columns:
            for after in (False, True):
                owner = row.value(_PROJECT_COLUMN, after=after)
                if isinstance(owner, int):
                    yield owner
