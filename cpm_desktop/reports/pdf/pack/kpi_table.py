"""The executive summary's KPI table: each KPI's value, its RAG dot and what it is measured on."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Table

from cpm_desktop.reports.pdf.pack.content import Kpi
from cpm_desktop.reports.pdf.pack.parts import cell, data_table, rag_dot, right
from cpm_desktop.reports.pdf.style import Styles
from cpm_desktop.texts import _

LABEL_WIDTH = 146.0
VALUE_WIDTH = 128.0
RAG_WIDTH = 62.0


def kpi_table(kpis: Sequence[Kpi], styles: Styles, width: float) -> Table:
    """One row a KPI; an unknown value is "–" with no dot (never a 0 or a green)."""
    rows = [
        [
            cell(kpi.label, styles.body),
            cell(kpi.value, right(styles.value_bold)),
            rag_dot(kpi.rag, styles.body),
            cell(kpi.detail, styles.label),
        ]
        for kpi in kpis
    ]
    widths = (LABEL_WIDTH, VALUE_WIDTH, RAG_WIDTH, width - LABEL_WIDTH - VALUE_WIDTH - RAG_WIDTH)
    return data_table(
        (_("Indicator"), _("Value"), _("RAG"), _("Measured on")),
        rows,
        widths,
        styles,
        numeric=(1,),
    )
