"""The workspace schema: one module per aggregate, all on one declarative base."""

from cpm_desktop.models.audit import AuditEntry
from cpm_desktop.models.base import Base
from cpm_desktop.models.baseline import MAX_BASELINE, Baseline, BaselineTask
from cpm_desktop.models.billing import BillingMilestone
from cpm_desktop.models.calendar import Calendar, Holiday
from cpm_desktop.models.change_request import ChangeRequest, ChangeTask, ChangeTransition
from cpm_desktop.models.client import Client, Contact
from cpm_desktop.models.decision import Decision
from cpm_desktop.models.deliverable import AcceptanceCriterion, Deliverable, DeliverableStep
from cpm_desktop.models.dependency import Dependency
from cpm_desktop.models.exchange_rate import ExchangeRate, WorkspaceSetting
from cpm_desktop.models.feedback import Feedback
from cpm_desktop.models.lesson import Lesson
from cpm_desktop.models.pack_setting import PackSetting
from cpm_desktop.models.project import Project, StageGate
from cpm_desktop.models.risk import Risk, RiskHistory, RiskTask
from cpm_desktop.models.status_report import StatusReport
from cpm_desktop.models.task import Task

__all__ = [
    "AcceptanceCriterion",
    "AuditEntry",
    "Base",
    "Baseline",
    "BaselineTask",
    "BillingMilestone",
    "Calendar",
    "ChangeRequest",
    "ChangeTask",
    "ChangeTransition",
    "Client",
    "Contact",
    "Decision",
    "Deliverable",
    "DeliverableStep",
    "Dependency",
    "ExchangeRate",
    "Feedback",
    "Holiday",
    "Lesson",
    "MAX_BASELINE",
    "PackSetting",
    "Project",
    "Risk",
    "RiskHistory",
    "RiskTask",
    "StageGate",
    "StatusReport",
    "Task",
    "WorkspaceSetting",
]
