"""Text and JSON renderings of a client's pipeline (`cpm-desktop opportunities`)."""

from __future__ import annotations

import json
from decimal import Decimal

from cpm_desktop.services.opportunities.views import OpportunityRow, Pipeline

JSON_FORMAT_VERSION = 1
HEADER = ("Ref", "Opportunity", "Stage", "Value", "Handed to", "Spotted", "Project")
VALUE = 3  # right-aligned
HERE = "*"  # marks an opportunity spotted on the project asked for


def opportunities_json(code: str, pipeline: Pipeline) -> str:
    """The client's opportunities (money as exact strings, stages as values, dates ISO), each
    saying whether it was spotted on project `code`, and the open value per currency."""
    document = {
        "format": JSON_FORMAT_VERSION,
        "project": code,
        "client": pipeline.client,
        "open_count": pipeline.open_count,
        "open_value": [
            {"currency": currency, "amount": str(amount)}
            for currency, amount in pipeline.open_value
        ],
        "opportunities": [_json_row(code, row) for row in pipeline.opportunities],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def opportunities_table(code: str, pipeline: Pipeline) -> str:
    """An aligned table (stages as people read them; '*' marks those spotted on `code`), then
    the count and the open value; the need and next step are in the JSON."""
    lines = [HEADER]
    for row in pipeline.opportunities:
        project = row.project_code or "-"
        lines.append(
            (
                row.reference,
                _cut(row.title, 48),
                row.stage.label,
                _money(row.estimated_value, row.currency),
                _cut(row.handed_to, 32),
                row.spotted_on.isoformat(),
                f"{project} {HERE}" if row.project_code == code else project,
            )
        )
    widths = [max(len(line[c]) for line in lines) for c in range(len(HEADER))]
    text = [
        "  ".join(
            cell.rjust(widths[c]) if c == VALUE else cell.ljust(widths[c])
            for c, cell in enumerate(line)
        ).rstrip()
        for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    count = len(pipeline.opportunities)
    value = " + ".join(_money(amount, currency) for currency, amount in pipeline.open_value)
    summary = (
        f"{pipeline.client}: {count} opportunit{'y' if count == 1 else 'ies'}, "
        f"{pipeline.open_count} open, {value or 'nothing'} in the pipeline."
    )
    marked = sum(row.project_code == code for row in pipeline.opportunities)
    text += ["", summary]
    if marked:
        text.append(f"{HERE} spotted on {code}.")
    return "\n".join(text)


def _json_row(code: str, row: OpportunityRow) -> dict[str, object]:
    value = row.estimated_value
    return {
        "reference": row.reference,
        "title": row.title,
        "need": row.need,
        "estimated_value": None if value is None else str(value),
        "currency": row.currency,
        "stage": row.stage.value,
        "open": row.is_open,
        "next_step": row.next_step,
        "handed_to": row.handed_to,
        "spotted_on": row.spotted_on.isoformat(),
        "project": row.project_code,
        "spotted_on_this_project": row.project_code == code,
    }


def _money(amount: Decimal | None, currency: str) -> str:
    return "-" if amount is None else f"{amount:,.2f} {currency}"


def _cut(text: str, most: int) -> str:
    """One line of at most `most` characters, '…' where it was cut."""
    line = " ".join(text.split())
    return line if len(line) <= most else line[: most - 1] + "…"
