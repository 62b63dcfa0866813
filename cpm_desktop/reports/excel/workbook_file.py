"""Write the client workbook: the sheets in order, the file atomically (see the package's
docstring for what they hold)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from cpm_desktop.errors import ExportError
from cpm_desktop.files import os_error_text, write_atomically
from cpm_desktop.reports.excel.content import ClientWorkbook
from cpm_desktop.reports.excel.context import SheetContext
from cpm_desktop.reports.excel.cost_sheet import write_cost_sheet
from cpm_desktop.reports.excel.page_setup import PrintText
from cpm_desktop.reports.excel.schedule_sheet import write_schedule_sheet
from cpm_desktop.reports.excel.sheet_xml import save_bytes
from cpm_desktop.reports.excel.state_sheet import write_state_sheet
from cpm_desktop.reports.excel.styles import CellStyles
from cpm_desktop.reports.excel.summary_sheet import write_summary_sheet
from cpm_desktop.reports.excel.table_sheet import write_table_sheet
from cpm_desktop.reports.excel.workload_sheet import write_workload_sheet
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.texts import _

Progress = Callable[[str], None]


def write_workbook(book: ClientWorkbook, path: Path, *, report: Progress | None = None) -> Path:
    """Write `book` to `path` as an .xlsx all at once; return the path.

    `report` hears a short line per step ("Writing the Schedule sheet…", then "Saving
    NAME.xlsx…", the longest step). Raises ExportError naming the path when it cannot be
    written; no partial file is left.
    """
    path = Path(path)
    try:
        data = workbook_bytes(book, report=report, name=path.name)
    except OSError as exc:  # openpyxl spools each sheet to a temporary file first
        raise ExportError(
            _("Cannot write {path}: {reason}.").format(path=path, reason=os_error_text(exc))
        ) from exc
    return write_atomically(path, data)


def workbook_bytes(
    book: ClientWorkbook, *, report: Progress | None = None, name: str = "the workbook"
) -> bytes:
    """The .xlsx file of `book` as bytes; `name` is what the "Saving" step calls it."""
    # A 10,000-task workbook is some 300,000 cells that live until the file is written: the
    # cyclic collector would rescan them all again and again (a third of the writing).
    with collector_paused():
        return _workbook_bytes(book, report or (lambda _: None), name)


def _workbook_bytes(book: ClientWorkbook, tell: Progress, name: str) -> bytes:
    workbook = Workbook()
    _properties(workbook, book)
    styles = CellStyles(workbook, book.currency)
    context = SheetContext(
        styles=styles,
        print_text=PrintText(
            project=f"{book.project_code} · {book.summary.project_name}",
            exported=_("Exported {date}").format(date=long_date(book.exported_at.date())),
            paper=book.paper,
            audience=book.audience_note or None,
        ),
        subtitle=_subtitle(book),
        currency=book.currency,
    )
    tell("Writing the Summary sheet…")
    write_summary_sheet(workbook, book, context)
    tell("Writing the Schedule sheet…")
    write_schedule_sheet(workbook, book, context)
    for table in book.tables:
        tell(f"Writing the {table.name} sheet…")
        write_table_sheet(workbook, table, context)
    if book.workload is not None:
        tell("Writing the Workload sheet…")
        write_workload_sheet(workbook, book.workload, context)
    if book.costs is not None:
        tell("Writing the Costs sheet…")
        write_cost_sheet(workbook, book.costs, context)
    write_state_sheet(workbook, book, styles)
    tell(f"Saving {name}…")  # the longest step of a big workbook
    return save_bytes(workbook)


def _properties(workbook: Workbook, book: ClientWorkbook) -> None:
    """Title, author and dates as File > Properties shows them."""
    props = workbook.properties
    props.title = book.title
    props.creator = book.author
    props.lastModifiedBy = book.author
    props.subject = f"{book.summary.client}: {book.summary.project_name}"
    props.description = _("Exported from CPM Desktop.")
    props.keywords = book.project_code
    props.created = props.modified = book.exported_at.replace(tzinfo=None, microsecond=0)


def _subtitle(book: ClientWorkbook) -> str:
    figures = book.summary
    parts = [figures.client, f"{figures.project_code} {figures.project_name}"]
    if book.status_date is not None:
        parts.append(_("status date {date}").format(date=long_date(book.status_date)))
    return " · ".join(parts)


__all__ = ["ClientWorkbook", "write_workbook", "workbook_bytes"]
