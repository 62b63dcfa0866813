"""Import a plan file into the workspace, export a project to MS Project XML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from cpm_desktop.errors import CpmError
from cpm_desktop.files import write_atomically
from cpm_desktop.interchange.formats import read_plan_file
from cpm_desktop.interchange.mspdi_write import write_mspdi
from cpm_desktop.services.interchange.exporting import project_plan
from cpm_desktop.services.interchange.importing import ImportResult, import_plan
from cpm_desktop.ui.errors import show_error
from cpm_desktop.ui.formatting import grouping_locale
from cpm_desktop.ui.interchange.background import Report, run_with_progress
from cpm_desktop.ui.interchange.report_dialog import ImportReportDialog
from cpm_desktop.workspace import Workspace

MSPDI_FILTER = "MS Project XML (*.xml)"


def import_file(parent: QWidget, workspace: Workspace, path: Path) -> ImportResult | None:
    """Import `path` as a new project, showing progress and then the report; None if refused."""

    def job(report: Report) -> ImportResult:
        report(
            QCoreApplication.translate("PlanInterchange", "Reading {name}…").format(name=path.name)
        )
        plan = read_plan_file(path)
        # No %n plural: the English has always said "tasks", and a one-task import is rare.
        count = grouping_locale().toString(len(plan.tasks))
        report(
            QCoreApplication.translate(
                "PlanInterchange", "Creating {count} tasks and scheduling them…"
            ).format(count=count)
        )
        return workspace.run(import_plan, plan)

    try:
        result = run_with_progress(
            parent, QCoreApplication.translate("PlanInterchange", "Importing a plan"), job
        )
    except CpmError as exc:
        show_error(parent, QCoreApplication.translate("PlanInterchange", "Import"), exc)
        return None
    ImportReportDialog(result, parent).exec()
    return result


def export_mspdi(parent: QWidget, workspace: Workspace, project_id: int, path: Path) -> bool:
    """Write the project to `path` as MS Project XML, with progress; tell the user on failure."""

    def job(report: Report) -> int:
        report(QCoreApplication.translate("PlanInterchange", "Collecting the plan…"))
        plan = workspace.run(project_plan, project_id)
        report(
            QCoreApplication.translate("PlanInterchange", "Writing {name}…").format(name=path.name)
        )
        write_atomically(path, write_mspdi(plan))
        return len(plan.tasks)

    try:
        run_with_progress(
            parent,
            QCoreApplication.translate("PlanInterchange", "Exporting to MS Project XML"),
            job,
        )
    except CpmError as exc:
        show_error(parent, QCoreApplication.translate("PlanInterchange", "Export"), exc)
        return False
    return True


def ask_and_export_mspdi(
    parent: QWidget, workspace: Workspace, project_id: int, suggested: str
) -> Path | None:
    """File > Export > MS Project XML…: choose where, then write."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PlanInterchange", "Export to MS Project XML"),
        str(workspace.folder / f"{suggested}.xml"),
        MSPDI_FILTER,
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".xml") else Path(f"{name}.xml")
    return path if export_mspdi(parent, workspace, project_id, path) else None
