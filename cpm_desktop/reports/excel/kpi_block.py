"""The Summary's KPI block: each KPI's label, value and RAG badge, one row each.

The figures and their RAGs come from the services (scheduling.kpi_rag holds the thresholds);
this lays them out. A KPI with no RAG (a count, the CSAT trend) or no value gets no badge.
"""

from __future__ import annotations

import datetime as dt

from cpm_desktop.reports.excel.cells import SheetCells
from cpm_desktop.reports.excel.content import Figure
from cpm_desktop.reports.excel.figures import put_value, rag_badge, rag_text
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.texts import _


def write_kpi_block(
    cells: SheetCells, top: int, left: int, kpis: tuple[Figure, ...], as_of: dt.date | None
) -> int:
    """The block from (top, left): a section title, then a row per KPI; returns the row below."""
    styles = cells.styles
    title = _("Key performance indicators")
    if as_of is not None:
        title = _("Key performance indicators as of {date}").format(date=long_date(as_of))
    section = styles["section"]
    cells.text(top, left, title, section)
    for column in (left + 1, left + 2):
        cells.put(top, column, None, section)
    label = styles["label"]
    row = top + 1
    for figure in kpis:
        cells.text(row, left, figure.label, label)
        put_value(cells, row, left + 1, figure)
        if figure.rag is not None and figure.value is not None:
            cells.text(row, left + 2, rag_text(figure.rag), rag_badge(cells, figure.rag))
        else:
            cells.put(row, left + 2, None, label)
        row += 1
    return row
