"""The workspace schema: one module per aggregate, all on one declarative base.

Its modules do without `from __future__ import annotations`: SQLAlchemy would evaluate every
`Mapped[...]` string when it maps the classes, about a sixth of their import at each start.
Only a relationship's class, defined elsewhere or later, is written as a string.
"""

from cpm_desktop.models.action import ActionItem, SteeringMeeting
from cpm_desktop.models.audit import AuditEntry
from cpm_desktop.models.base import Base
from cpm_desktop.models.baseline import MAX_BASELINE, Baseline, BaselineTask
from cpm_desktop.models.billing import BillingMilestone
from cpm_desktop.models.calendar import Calendar, Holiday
from cpm_desktop.models.change_request import ChangeRequest, ChangeTask, ChangeTransition
from cpm_desktop.models.charter import CharterObjective, ScopeLine, SowVersion
from cpm_desktop.models.checkout import Checkout
from cpm_desktop.models.client import Client, Contact
from cpm_desktop.models.communication import CommunicationItem, EscalationLevel
from cpm_desktop.models.decision import Decision
from cpm_desktop.models.deliverable import AcceptanceCriterion, Deliverable, DeliverableStep
from cpm_desktop.models.dependency import Dependency
from cpm_desktop.models.exchange_rate import ExchangeRate, WorkspaceSetting
from cpm_desktop.models.feedback import Feedback
from cpm_desktop.models.lesson import Lesson
from cpm_desktop.models.opportunity import Opportunity
from cpm_desktop.models.pack_setting import PackSetting
from cpm_desktop.models.project import Project, StageGate
from cpm_desktop.models.risk import Risk, RiskHistory, RiskTask
from cpm_desktop.models.service_level import ServiceLevel, ServiceLevelMeasure
from cpm_desktop.models.standings import ProjectRevision, StoredStanding
from cpm_desktop.models.status_report import StatusReport
from cpm_desktop.models.task import Task
from cpm_desktop.models.team import Assignment, Resource, ResourceRate, Role, TimesheetEntry
from cpm_desktop.models.vendor import PurchaseOrder, PurchaseOrderItem, Vendor, VendorInvoice

__all__ = [
    "AcceptanceCriterion",
    "ActionItem",
    "Assignment",
    "AuditEntry",
    "Base",
    "Baseline",
    "BaselineTask",
    "BillingMilestone",
    "Calendar",
    "ChangeRequest",
    "ChangeTask",
    "ChangeTransition",
    "CharterObjective",
    "Checkout",
    "Client",
    "CommunicationItem",
    "Contact",
    "Decision",
    "Deliverable",
    "DeliverableStep",
    "Dependency",
    "EscalationLevel",
    "ExchangeRate",
    "Feedback",
    "Holiday",
    "Lesson",
    "MAX_BASELINE",
    "Opportunity",
    "PackSetting",
    "Project",
    "ProjectRevision",
    "PurchaseOrder",
    "PurchaseOrderItem",
    "Resource",
    "ResourceRate",
    "Risk",
    "RiskHistory",
    "RiskTask",
    "Role",
    "ScopeLine",
    "ServiceLevel",
    "ServiceLevelMeasure",
    "SowVersion",
    "StageGate",
    "StatusReport",
    "SteeringMeeting",
    "StoredStanding",
    "Task",
    "TimesheetEntry",
    "Vendor",
    "VendorInvoice",
    "WorkspaceSetting",
]
