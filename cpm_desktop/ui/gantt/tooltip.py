"""The text of a bar's tooltip: dates, duration, progress, slack, baseline and what drives it."""

from __future__ import annotations

from cpm_desktop.services.plan.timeline import TimelineTask
from cpm_desktop.ui.formatting import date_text, duration_text


def tooltip_text(task: TimelineTask, driven_by: str = "") -> str:
    """Return the lines shown when hovering `task`'s bar (plain text)."""
    kind = "Summary" if task.is_summary else "Milestone" if task.is_milestone else "Task"
    lines = [f"{task.wbs} {task.name}".strip(), kind + (" · critical" if task.is_critical else "")]
    if task.is_milestone and not task.is_summary:
        lines.append(f"Date: {date_text(task.start)}")
    else:
        lines.append(f"Start: {date_text(task.start)}")
        lines.append(f"Finish: {date_text(task.finish)}")
        lines.append(f"Duration: {duration_text(task.duration)}")
    lines.append(f"Complete: {task.percent_complete} %")
    if task.total_slack is not None:
        lines.append(f"Total slack: {duration_text(task.total_slack)}")
    if task.baseline_finish is not None:
        baseline = f"Baseline finish: {date_text(task.baseline_finish)}"
        if task.finish_variance:
            baseline += f" (variance {task.finish_variance:+d} d)"
        elif task.finish_variance == 0:
            baseline += " (on baseline)"
        lines.append(baseline)
    if driven_by:
        lines.append(f"Driven by: {driven_by}")
    return "\n".join(lines)
