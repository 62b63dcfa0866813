"""Text and JSON renderings of a risk register for the command line (`cpm-desktop risks`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal

from cpm_desktop.services.risks.views import RiskRegister

JSON_FORMAT_VERSION = 1
HEADER = ("Ref", "Kind", "Title", "Owner", "P", "I", "Score", "RAG", "Trend", "Status", "Review")
RIGHT = {4, 5, 6}  # numeric columns


def risks_json(register: RiskRegister) -> str:
    """Render the register as JSON: project facts, RAG counts, heat maps and every row."""

    def plain(value: object) -> object:
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, Decimal):
            return str(value)  # exact: no binary floating point for money
        raise TypeError(type(value).__name__)

    document = {
        "format": JSON_FORMAT_VERSION,
        "project": {
            "code": register.code,
            "currency": register.currency,
            "amber_from": register.amber_from,
            "red_from": register.red_from,
            "today": register.today,
            "trend_since": register.since,
        },
        "rag_counts": register.rag_counts,
        "total_emv": register.total_emv,
        "heat_map": register.heat_map.cells,
        "residual_heat_map": register.residual_heat_map.cells,
        "risks": [dataclasses.asdict(row) for row in register.rows],
    }
    return json.dumps(document, default=plain, ensure_ascii=False, indent=2)


def risks_table(register: RiskRegister) -> str:
    """Render the register as an aligned text table, then the RAG counts; words as people
    read them ("Monitoring"), where the JSON keeps the stored values ("monitoring")."""
    lines = [HEADER]
    for row in register.rows:
        lines.append(
            (
                row.reference,
                row.kind.label,
                row.title[:48],
                row.owner[:28],
                _n(row.probability),
                _n(row.impact if row.severity is None else row.severity),
                _n(row.score),
                row.rag.label,
                row.trend.label,
                row.status.label,
                row.review_on.isoformat() if row.review_on else "",
            )
        )
    widths = [max(len(line[c]) for line in lines) for c in range(len(HEADER))]
    text = [
        "  ".join(
            cell.rjust(widths[c]) if c in RIGHT else cell.ljust(widths[c])
            for c, cell in enumerate(line)
        ).rstrip()
        for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    counts = register.rag_counts
    since = register.since.isoformat() if register.since else "-"
    text += [
        "",
        f"{register.code}: {len(register.rows)} entries; open risks and issues: "
        f"{counts['red']} red, {counts['amber']} amber, {counts['green']} green; "
        f"EMV {register.currency} {register.total_emv:,}; trends since {since}.",
    ]
    return "\n".join(text)


def _n(value: int | None) -> str:
    return "" if value is None else str(value)
