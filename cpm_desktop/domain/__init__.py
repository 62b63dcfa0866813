"""The domain's vocabulary and the rules on it; imports nothing of the app.

Enumerations are `StrEnum`s, stored by value (`models.enums.text_enum`) and equal to their
value, so a DTO field typed with one compares equal to the text that came from a file.
"""

from cpm_desktop.domain.audience import Audience
from cpm_desktop.domain.billing import InvoiceStatus
from cpm_desktop.domain.changes import ChangeCategory, ChangePriority, ChangeStatus
from cpm_desktop.domain.deliverables import DeliverableStatus
from cpm_desktop.domain.lifecycle import Cadence, ContractType, Stage
from cpm_desktop.domain.milestones import MilestoneStanding
from cpm_desktop.domain.paper import PaperSize
from cpm_desktop.domain.plan import ConstraintType, LinkType
from cpm_desktop.domain.projects import ProjectStatus, Rag
from cpm_desktop.domain.records import FeedbackChannel, Influence
from cpm_desktop.domain.risks import ResponseStrategy, RiskKind, RiskStatus
from cpm_desktop.domain.trends import Trend
from cpm_desktop.domain.views import View

__all__ = [
    "Audience",
    "Cadence",
    "ChangeCategory",
    "ChangePriority",
    "ChangeStatus",
    "ConstraintType",
    "ContractType",
    "DeliverableStatus",
    "FeedbackChannel",
    "Influence",
    "InvoiceStatus",
    "LinkType",
    "MilestoneStanding",
    "PaperSize",
    "ProjectStatus",
    "Rag",
    "ResponseStrategy",
    "RiskKind",
    "RiskStatus",
    "Stage",
    "Trend",
    "View",
]
