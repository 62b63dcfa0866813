"""The text of a bar's tooltip: dates, duration, progress, slack, baseline and what drives it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cpm_desktop.services.plan.timeline import TimelineTask
from cpm_desktop.ui.formatting import date_text, duration_text


def tooltip_text(task: TimelineTask, driven_by: str = "") -> str:
    """Return the lines shown when hovering `task`'s bar (plain text)."""
    if task.is_summary:
        kind = QCoreApplication.translate("GanttChart", "Summary")
    elif task.is_milestone:
        kind = QCoreApplication.translate("GanttChart", "Milestone")
    else:
        kind = QCoreApplication.translate("GanttChart", "Task")
    if task.is_critical:
        kind = QCoreApplication.translate("GanttChart", "{kind} · critical").format(kind=kind)
    lines = [f"{task.wbs} {task.name}".strip(), kind]
    if task.is_milestone and not task.is_summary:
        lines.append(
            QCoreApplication.translate("GanttChart", "Date: {date}").format(
                date=date_text(task.start)
            )
        )
    else:
        lines.append(
            QCoreApplication.translate("GanttChart", "Start: {date}").format(
                date=date_text(task.start)
            )
        )
        lines.append(
            QCoreApplication.translate("GanttChart", "Finish: {date}").format(
                date=date_text(task.finish)
            )
        )
        lines.append(
            QCoreApplication.translate("GanttChart", "Duration: {duration}").format(
                duration=duration_text(task.duration)
            )
        )
    lines.append(
        QCoreApplication.translate("GanttChart", "Complete: {percent} %").format(
            percent=task.percent_complete
        )
    )
    if task.total_slack is not None:
        lines.append(
            QCoreApplication.translate("GanttChart", "Total slack: {duration}").format(
                duration=duration_text(task.total_slack)
            )
        )
    if task.baseline_finish is not None:
        day = date_text(task.baseline_finish)
        if task.finish_variance:
            baseline = QCoreApplication.translate(
                "GanttChart", "Baseline finish: {date} (variance {days} d)"
            ).format(date=day, days=f"{task.finish_variance:+d}")
        elif task.finish_variance == 0:
            baseline = QCoreApplication.translate(
                "GanttChart", "Baseline finish: {date} (on baseline)"
            ).format(date=day)
        else:
            baseline = QCoreApplication.translate("GanttChart", "Baseline finish: {date}").format(
                date=day
            )
        lines.append(baseline)
    if driven_by:
        lines.append(
            QCoreApplication.translate("GanttChart", "Driven by: {driver}").format(driver=driven_by)
        )
    return "\n".join(lines)
