"""The workspace schema: one module per aggregate, all on one declarative base."""

from cpm_desktop.models.audit import AuditEntry
from cpm_desktop.models.base import Base
from cpm_desktop.models.baseline import MAX_BASELINE, Baseline, BaselineTask
from cpm_desktop.models.billing import BillingMilestone
from cpm_desktop.models.calendar import Calendar, Holiday
from cpm_desktop.models.change_request import ChangeRequest, ChangeTask, ChangeTransition
from cpm_desktop.models.client import Client, Contact
from cpm_desktop.models.decision import Decision
from cpm_desktop.models.dependency import Dependency
from cpm_desktop.models.enums import (
    ChangeCategory,
    ChangePriority,
    ChangeStatus,
    ConstraintType,
    FeedbackChannel,
    Influence,
    InvoiceStatus,
    LinkType,
    ProjectStatus,
    Rag,
    ResponseStrategy,
    RiskKind,
    RiskStatus,
)
from cpm_desktop.models.feedback import Feedback
from cpm_desktop.models.lesson import Lesson
from cpm_desktop.models.pack_setting import PackSetting
from cpm_desktop.models.project import Project
from cpm_desktop.models.risk import Risk, RiskHistory, RiskTask
from cpm_desktop.models.status_report import StatusReport
from cpm_desktop.models.task import Task

__all__ = [
    "AuditEntry",
    "Base",
    "Baseline",
    "BaselineTask",
    "BillingMilestone",
    "Calendar",
    "ChangeCategory",
    "ChangePriority",
    "ChangeRequest",
    "ChangeStatus",
    "ChangeTask",
    "ChangeTransition",
    "Client",
    "ConstraintType",
    "Contact",
    "Decision",
    "Dependency",
    "Feedback",
    "FeedbackChannel",
    "Holiday",
    "Influence",
    "InvoiceStatus",
    "Lesson",
    "LinkType",
    "MAX_BASELINE",
    "PackSetting",
    "Project",
    "ProjectStatus",
    "Rag",
    "ResponseStrategy",
    "Risk",
    "RiskHistory",
    "RiskKind",
    "RiskStatus",
    "RiskTask",
    "StatusReport",
    "Task",
]
