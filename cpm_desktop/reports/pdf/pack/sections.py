"""The pack's sections in print order: a constant the pack's settings need without loading the
pack's writer (reportlab) into the window at start."""

from __future__ import annotations

# Print order. "billing" and "feedback" came with issue 11, "since_last" with issue 20,
# "actions", "charter", "deliverables" and "service_levels" with issue 21:
# services/steering_pack/sections.py gives them to workspaces whose settings were saved before.
SECTIONS = (
    "cover",
    "summary",
    "since_last",
    "actions",
    "charter",
    "milestones",
    "deliverables",
    "gantt",
    "service_levels",
    "finance",
    "billing",
    "risks",
    "changes",
    "feedback",
    "decisions",
)
