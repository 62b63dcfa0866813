"""The words of domain/ as readers see them, marked for the catalogues.

domain/ imports nothing of the app, so its labels (`Labelled.label`), level names and KPI
meanings cannot mark themselves; they are listed here, and translated where they are written
(`_(status.label)`). tests/texts checks that every label of domain/ is listed.
"""

from __future__ import annotations

from cpm_desktop.texts import N_

LABELS = (
    # actions.ActionStatus
    N_("Open"),
    N_("In progress"),
    N_("Done"),
    N_("Cancelled"),
    # actions.ActionSource
    N_("Meeting"),
    N_("Decision"),
    N_("Feedback"),
    N_("Risk"),
    N_("Issue"),
    N_("Other"),
    # audience.Audience
    N_("Client"),
    N_("Internal"),
    # billing.InvoiceStatus
    N_("Not due"),
    N_("Due"),
    N_("Invoiced"),
    N_("Paid"),
    # changes.ChangeCategory
    N_("Scope"),
    N_("Schedule"),
    N_("Cost"),
    N_("Quality"),
    N_("Resource"),
    # changes.ChangePriority
    N_("Low"),
    N_("Medium"),
    N_("High"),
    N_("Critical"),
    # changes.ChangeStatus
    N_("Draft"),
    N_("Submitted"),
    N_("Under assessment"),
    N_("Approved"),
    N_("Rejected"),
    N_("Deferred"),
    N_("Implemented"),
    N_("Closed"),
    # charter.ScopeKind
    N_("In scope"),
    N_("Out of scope"),
    N_("Assumption"),
    N_("Constraint"),
    N_("Dependency"),
    # charter.ScopeEffect
    N_("Pending"),
    # charter.ObjectiveStatus
    N_("Met"),
    N_("Not met"),
    N_("Not yet measured"),
    # deliverables.DeliverableStatus
    N_("Not started"),
    N_("Accepted"),
    N_("Resubmitted"),
    # lifecycle.Stage
    N_("Initiation"),
    N_("Planning"),
    N_("Execution"),
    N_("Monitoring"),
    N_("Closure"),
    # lifecycle.ContractType
    N_("Fixed price"),
    N_("Time and materials"),
    N_("Capped time and materials"),
    # lifecycle.Cadence
    N_("Weekly"),
    N_("Fortnightly"),
    N_("Monthly"),
    # opportunities.OpportunityStage
    N_("Spotted"),
    N_("Qualified"),
    N_("Proposed"),
    N_("Won"),
    N_("Lost"),
    # projects.ProjectStatus
    N_("Active"),
    N_("On hold"),
    # projects.Rag
    N_("Green"),
    N_("Amber"),
    N_("Red"),
    # records.FeedbackChannel
    N_("Call"),
    N_("Email"),
    N_("Survey"),
    N_("Site visit"),
    # records.Influence
    # risks.RiskKind
    N_("Opportunity"),
    # risks.RiskStatus
    # risks.ResponseStrategy
    N_("Avoid"),
    N_("Reduce"),
    N_("Transfer"),
    N_("Share"),
    N_("Accept"),
    N_("Exploit"),
    N_("Enhance"),
    # service_levels.SlaPeriod
    N_("Quarterly"),
    # service_levels.SlaDirection
    N_("At least"),
    N_("At most"),
    # team.ResourceKind
    N_("Work"),
    N_("Material"),
    # team.Employer
    N_("Us"),
    N_("Vendor"),
    # team.TaskType
    N_("Fixed units"),
    N_("Fixed duration"),
    N_("Fixed work"),
    # trends.Trend
    N_("Up"),
    N_("Down"),
    N_("Steady"),
    N_("New"),
)
"""Every `Labelled` member's label."""

RISK_LEVELS = (N_("Very low"), N_("Low"), N_("Medium"), N_("High"), N_("Very high"))
"""domain.risk_scoring.LEVEL_LABELS."""

KPI_MEANINGS = (
    N_("Share of the milestones due by the status date that finished by their baseline date."),
    N_(
        "The project's forecast finish against baseline 0's finish, in working days; + is late. A milestone has its own variance: one can slip while the finish holds, where slack absorbs it."
    ),
    N_("Schedule performance index: earned value ÷ planned value; below 1.00 is behind."),
    N_("Cost performance index: earned value ÷ actual cost; below 1.00 is over cost."),
    N_(
        "Current budget minus the forecast cost at completion, as a share of the budget; − is over budget."
    ),
    N_(
        "Average client satisfaction (1–5) of the recent scored feedback; the trend compares the latest scores with the ones before."
    ),
    N_(
        "Revenue (contract value + approved billable change orders) minus the forecast cost (actual + estimate to complete), as a share of revenue."
    ),
    N_("Open risks and open issues whose score lies in the red band of the heat map."),
    N_("Change requests submitted or under assessment: the client has not decided yet."),
)
"""domain.kpi_meanings.KPI_MEANINGS."""

KPI_NAMES = (
    N_("on-time delivery"),
    N_("finish variance"),
    N_("SPI"),
    N_("CPI"),
    N_("budget variance"),
    N_("client satisfaction"),
    N_("red risks and issues"),
)
"""domain.overall_status's names of the KPIs in a computed status's reason."""
