"""The figures a project's outputs show, parsed back: `cpm-desktop kpis --json`, the client
workbook's cells, the steering pack's text (pdftotext -layout). The Overview's are read in
tests/ui/test_overview_consistency.py.

Each reader returns {figure: value} for the figures its output shows, the value parsed back into
a number, date or RAG (None where the output shows the figure as missing: "–", "no budget set",
"Not rated"). A key "figure@where" is a second place the same output shows the figure. The CLI
JSON, the most exact, is the reference; `disagreements` lists every figure an output shows
otherwise than it, within the precision that output prints.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from cpm_desktop.domain.overall_status import red_items_rag
from cpm_desktop.scheduling.kpis import NO_COST_DATA
from tests.cli.support import run_main

Figures = dict[str, object]
PDFTOTEXT = shutil.which("pdftotext")
MONTHS = {
    month: number
    for number, month in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
# The rated KPIs: the figure's name here, and the name of its RAG in the CLI JSON.
RATED = {
    "on_time": "on_time_rate",
    "finish_variance": "finish_variance_days",
    "spi": "spi",
    "cpi": "cpi",
    "budget_variance_pct": "budget_variance_pct",
    "csat": "csat_average",
    "margin_pct": "margin_pct",
}
# Half the last printed digit: how far a printed figure may be from the exact one.
PACK_PRECISION = {
    "on_time": 0.0005,  # 87.5%
    "spi": 0.005,
    "cpi": 0.005,
    "budget_variance_pct": 0.0005,
    "margin_pct": 0.0005,
    "csat": 0.05,
    "budget_variance": 0.005,
    "forecast_cost": 0.005,
}
OVERVIEW_PRECISION = {
    "on_time": 0.005,  # "88 %"
    "spi": 0.005,
    "cpi": 0.005,
    "budget_variance_pct": 0.0005,  # "−2.5 %"
    "margin_pct": 0.0005,
    "csat": 0.05,
    "budget_variance": 0.5,  # money without cents
    "margin": 0.5,
}


# -- the CLI's JSON: the reference ---------------------------------------------------------


def cli_project(db: Path, code: str) -> dict[str, Any]:
    """The project `code` of `cpm-desktop kpis --db DB --json`, run in this process."""
    result = run_main("kpis", "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    [project] = [p for p in document["projects"] if p["code"] == code]
    assert isinstance(project, dict)
    return project


def reference_figures(project: Mapping[str, Any]) -> Figures:
    """The shared figures of one project of the CLI JSON."""
    finish, overall, rags = project["finish"], project["overall"], project["rag"]
    red_items = project["open_red_risks"] + project["open_red_issues"]
    figures: Figures = {
        "as_of": dt.date.fromisoformat(project["as_of"]),
        "forecast_finish": _iso(finish["forecast"]),
        "baseline_finish": _iso(finish["baseline"]),
        "finish_variance": finish["variance_days"],
        "on_time": project["on_time_rate"],
        "spi": project["spi"],
        "cpi": project["cpi"],
        "budget_variance": _decimal(project["budget_variance"]),
        "budget_variance_pct": project["budget_variance_pct"],
        "forecast_cost": _decimal(project["cost"]),
        "margin": _decimal(project["margin"]),
        "margin_pct": project["margin_pct"],
        "csat": project["csat_average"],
        "red_risks": project["open_red_risks"],
        "red_issues": project["open_red_issues"],
        "red_items": red_items,
        "pending": project["pending_change_requests"],
        "overall_rag": overall["rag"],
        "overall_source": overall["source"],
        "overall_computed": overall["computed"],
        "rag.red_items": red_items_rag(red_items).value,
        "rag.pending": None,  # a count, not rated
    }
    figures.update({f"rag.{name}": rags.get(key) for name, key in RATED.items()})
    return figures


def cli_own_figures(project: Mapping[str, Any]) -> Figures:
    """Figures the JSON gives twice: the KPIs' finish variance beside the finish dates'."""
    return {"finish_variance@kpis": project["finish_variance_days"]}


# -- the client workbook ----------------------------------------------------------------


def workbook_figures(path: Path) -> Figures:
    """The shared figures of a workbook: its Summary (schedule, budget, KPI block, risks and
    changes by status) and its Risks sheet (red risks and red issues apart)."""
    book = openpyxl.load_workbook(path)
    rows = [tuple(row) for row in book["Summary"].iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(rows) if _text(r[0]).startswith("Key performance"))
    top: dict[str, tuple[Any, ...]] = {}
    for row in rows[:start]:
        top.setdefault(_text(row[0]), row)
    kpis = rows[start + 1 :]

    def kpi(label: str) -> tuple[Any, ...]:
        """The KPI row labelled `label`, or `label` and what it counts in brackets."""
        [found] = [r for r in kpis if r[0] == label or _text(r[0]).startswith(f"{label} (")]
        return found

    overall_at = next(i for i, r in enumerate(rows) if r[0] == "Overall status")
    shown = _cell(rows[overall_at][1])
    source, computed = explained(_text(rows[overall_at + 1][0]))
    figures: Figures = {
        "as_of": _long_date(_text(rows[start][0]).partition(" as of ")[2]),
        "forecast_finish": _cell(top["Forecast finish"][1]),
        "baseline_finish": _cell(top["Baseline finish"][1]),
        "finish_variance": _cell(top["Finish variance (working days, + late)"][1]),
        "finish_variance@kpi block": _cell(kpi("Finish variance")[1]),
        "on_time": _cell(kpi("On-time delivery")[1]),
        "spi": _cell(kpi("Schedule performance (SPI)")[1]),
        "cpi": _cell(kpi("Cost performance (CPI)")[1]),
        "budget_variance": _money_cell(kpi("Budget variance (budget less forecast)")[1]),
        "budget_variance@budget block": _budget_block_variance(rows),
        "budget_variance_pct": _cell(kpi("Budget variance, % of budget")[1]),
        "forecast_cost": _money_cell(kpi("Cost (forecast at completion)")[1]),
        "forecast_cost@budget block": _money_cell(top["Forecast cost at completion"][1]),
        "margin": _money_cell(kpi("Margin")[1]),
        "margin_pct": _cell(kpi("Margin, % of revenue")[1]),
        "csat": _cell(kpi("CSAT average, 1–5")[1]),
        "red_items": _cell(kpi("Red risks and issues")[1]),
        "red_items@risks by RAG": _right_half_count(rows, "Open risks and issues by RAG", "Red"),
        "pending": _cell(kpi("Pending change requests")[1]),
        "pending@changes by status": sum(
            _right_half_count(rows, "Change requests by status", status)
            for status in ("Submitted", "Under assessment")
        ),
        "overall_rag": None if shown == "Not rated" else _text(shown).lower(),
        "overall_source": source,
        "overall_computed": computed,
        "rag.red_items": _rag_cell(kpi("Red risks and issues")[2]),
        "rag.pending": _rag_cell(kpi("Pending change requests")[2]),
    }
    labels = {
        "on_time": "On-time delivery",
        "finish_variance": "Finish variance",
        "spi": "Schedule performance (SPI)",
        "cpi": "Cost performance (CPI)",
        "budget_variance_pct": "Budget variance, % of budget",
        "csat": "CSAT average, 1–5",
        "margin_pct": "Margin, % of revenue",
    }
    figures.update({f"rag.{name}": _rag_cell(kpi(label)[2]) for name, label in labels.items()})
    figures.update(_risk_sheet_counts(book["Risks"]))
    return figures


def _budget_block_variance(rows: list[tuple[Any, ...]]) -> Decimal | None:
    """ "Current budget less forecast": the formula =B(budget)-B(forecast), worked out."""
    [row] = [r for r in rows if r[0] == "Current budget less forecast"]
    formula = row[1]
    if formula is None:
        return None
    match = re.fullmatch(r"=B(\d+)-B(\d+)", _text(formula))
    assert match, formula
    budget, forecast = (rows[int(n) - 1][1] for n in match.groups())
    return _decimal(budget) - _decimal(forecast)  # type: ignore[operator]


def _right_half_count(rows: list[tuple[Any, ...]], section: str, label: str) -> int:
    """A count of the Summary's right half: `label`'s row under the section titled `section`."""
    at = next(i for i, r in enumerate(rows) if r[3] == section)
    for row in rows[at + 1 :]:
        if row[3] == label:
            return int(row[4])
        if not isinstance(row[4], int):  # the section ended without the label: none
            return 0
    return 0


def _risk_sheet_counts(sheet: Any) -> Figures:
    """Open red risks and open red issues, counted in the Risks sheet's rows."""
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    header = list(rows[0])
    kind, rag, status = (header.index(h) for h in ("Type", "RAG", "Status"))
    red = {"Risk": 0, "Issue": 0}
    for row in rows[1:]:
        if row[0] is None:
            break
        if row[rag] == "Red" and row[status] != "Closed" and row[kind] in red:
            red[row[kind]] += 1
    return {"red_risks": red["Risk"], "red_issues": red["Issue"]}


# -- the steering pack --------------------------------------------------------------------

PACK_KPIS = (
    "On-time delivery",
    "Finish variance",
    "Cost performance (CPI)",
    "Schedule performance (SPI)",
    "Budget variance",
    "Client satisfaction (CSAT)",
    "Margin",
    "Red risks and issues",
    "Pending change requests",
)
DATE = r"(\d{1,2} [A-Z][a-z]{2} \d{4}|–)"
MONEY = r"([-−]?(?:€|\$|£|[A-Z]{3} )?[-−]?[\d,]+\.\d\d|–)"
RAG_DOT = r"(?:● (Green|Amber|Red)|–)"


def pdf_text(path: Path) -> str:
    """The PDF's text as `pdftotext -layout` lays it out."""
    assert PDFTOTEXT is not None
    result = subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def pack_figures(text: str) -> Figures:
    """The shared figures of a pack's executive summary, from its text."""
    flat = " ".join(text.split())
    overall = _search(r"Overall status: (RED|AMBER|GREEN|NOT RATED) (.*?) Area Status Basis", flat)
    source, computed = explained(overall[1])
    key = _between(flat, "Key figures", "Key performance indicators")
    risks = _search(
        r"Open risks and issues (\d+) risks? \((\d+) red\), (\d+) issues? \((\d+) red\)", key
    )
    figures: Figures = {
        "overall_rag": None if overall[0] == "NOT RATED" else overall[0].lower(),
        "overall_source": source,
        "overall_computed": computed,
        "forecast_finish": _long_date(_search(f"Forecast finish {DATE}", key)[0]),
        "baseline_finish": _long_date(
            _search(f"Baseline finish (?:{DATE}|no baseline saved)", key)[0] or "–"
        ),
        "forecast_cost@key figures": _money(_search(f"Estimate at completion {MONEY}", key)[0]),
        "red_risks@key figures": int(risks[1]),
        "red_issues@key figures": int(risks[3]),
        "pending@key figures": int(_search(r"Pending changes (\d+) \(", key)[0]),
    }
    rows = _pack_kpi_rows(flat)
    figures.update({f"rag.{_PACK_NAMES[label]}": rag for label, (_, rag, _) in rows.items()})
    on_time, finish, cpi, spi = (rows[label][0] for label in PACK_KPIS[:4])
    budget_value, _, budget_chunk = rows["Budget variance"]
    red = _search(r"(\d+) red risks?, (\d+) red issues?", rows["Red risks and issues"][2])
    figures.update(
        {
            "on_time": _share(on_time),
            "finish_variance": None if finish == "–" else int(_minus(finish).removesuffix(" d")),
            "cpi": _number(cpi),
            "spi": _number(spi),
            "budget_variance": _money(_search(MONEY, budget_value)[0]),
            "budget_variance_pct": _share(
                next(iter(re.findall(r"\((−?-?[\d.]+%)\)", budget_chunk)), "–")
            ),
            "csat": _number(rows["Client satisfaction (CSAT)"][0].removesuffix(" of 5")),
            "margin_pct": _share(rows["Margin"][0]),
            "red_items": int(rows["Red risks and issues"][0]),
            "red_risks": int(red[0]),
            "red_issues": int(red[1]),
            "pending": int(rows["Pending change requests"][0]),
        }
    )
    return figures


_PACK_NAMES = {
    "On-time delivery": "on_time",
    "Finish variance": "finish_variance",
    "Cost performance (CPI)": "cpi",
    "Schedule performance (SPI)": "spi",
    "Budget variance": "budget_variance_pct",
    "Client satisfaction (CSAT)": "csat",
    "Margin": "margin_pct",
    "Red risks and issues": "red_items",
    "Pending change requests": "pending",
}


def _pack_kpi_rows(flat: str) -> dict[str, tuple[str, str | None, str]]:
    """Each KPI row of the pack's table: (value, RAG or None, the row's whole text)."""
    table = flat[flat.index("Indicator Value RAG Measured on") :]
    starts = []
    at = 0
    for label in PACK_KPIS:
        at = table.index(f" {label} ", at)
        starts.append((label, at))
        at += len(label)
    rows: dict[str, tuple[str, str | None, str]] = {}
    for n, (label, begin) in enumerate(starts):
        end = starts[n + 1][1] if n + 1 < len(starts) else len(table)
        chunk = table[begin + len(label) + 2 : end].strip()
        match = re.match(rf"(.+?) {RAG_DOT}(?: |$)", chunk)
        assert match, (label, chunk)
        rows[label] = (match[1], match[2].lower() if match[2] else None, chunk)
    return rows


# -- parsing helpers ----------------------------------------------------------------------


def explained(note: str) -> tuple[str, str | None]:
    """(who set the overall status, the computed RAG) from the sentence that explains it."""
    if note.startswith("Not rated by the PM"):
        return "none", None
    computed = re.match(r"Computed from the KPIs \(the PM has not rated it\): (\w+):", note)
    if computed:
        return "computed", computed[1]
    assert note.startswith("Set by the PM:"), note
    if "No KPI measured yet" in note:
        return "pm", None
    return "pm", _search(r"The KPIs give (\w+)", note)[0]


def disagreements(
    reference: Figures, shown: Figures, output: str, precision: Mapping[str, float] | None = None
) -> list[str]:
    """Each figure `output` shows otherwise than the reference, within its printed precision."""
    found = []
    for key, value in shown.items():
        name = key.partition("@")[0]
        expected = reference[name]
        if not _same(expected, value, (precision or {}).get(name, 0.0)):
            where = f"{output} ({key.partition('@')[2]})" if "@" in key else output
            found.append(f"{name}: {where} shows {value!r}, the CLI JSON {expected!r}")
    return found


def _same(expected: object, shown: object, precision: float) -> bool:
    if expected is None or shown is None:
        return expected is None and shown is None
    numbers = (int, float, Decimal)
    if isinstance(expected, numbers) and isinstance(shown, numbers):
        return abs(Decimal(str(expected)) - Decimal(str(shown))) <= Decimal(str(precision)) + (
            Decimal("1e-9")
        )
    return expected == shown


def _search(pattern: str, text: str) -> tuple[str, ...]:
    match = re.search(pattern, text)
    assert match, f"{pattern!r} not in {text!r}"
    return match.groups()


def _between(text: str, first: str, last: str) -> str:
    return text[text.index(first) + len(first) : text.index(last)]


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _cell(value: object) -> object:
    """A cell as a figure: "–" (or "no cost data") is missing, a date-time a date."""
    if value in ("–", NO_COST_DATA):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _money_cell(value: object) -> Decimal | None:
    value = _cell(value)
    return None if value is None else _decimal(value)


def _rag_cell(value: object) -> str | None:
    return None if value is None else _text(value).lower()


def _iso(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _long_date(text: str) -> dt.date | None:
    """'6 Oct 2026' (reports/formatting.long_date) as a date; '–' is none."""
    if text == "–":
        return None
    day, month, year = text.split()
    return dt.date(int(year), MONTHS[month], int(day))


def _minus(text: str) -> str:
    return text.replace("−", "-")


def _number(text: str) -> float | None:
    return None if text == "–" else float(_minus(text))


def _share(text: str) -> float | None:
    """'87.5%' or '−6.2%' as a fraction; '–' is none."""
    return None if text == "–" else float(_minus(text).removesuffix("%")) / 100


def _money(text: str) -> Decimal | None:
    """'€12,500.00', '−CHF 4,000.00' as a Decimal; '–' is none."""
    if text == "–":
        return None
    negative = "-" in text or "−" in text
    digits = re.search(r"[\d,]+\.\d\d", text)
    assert digits, text
    amount = Decimal(digits[0].replace(",", ""))
    return -amount if negative else amount
