"""`cpm-desktop kpis`: the demo's KPIs as a table or JSON; one-line error for a bad client."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from cpm_desktop.cli import main
from cpm_desktop.demo import DEMO_PROJECT_CODE


def test_table_lists_projects_roll_ups_and_repeat_business(demo_file: Path, capsys) -> None:
    """Projects with RAG letters, then the client roll-ups, the workspace and repeat business."""
    assert main(["kpis", "--db", str(demo_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["Project", "Client", "On", "time"]
    assert set(lines[1]) <= {"-", " "}
    project = next(line for line in lines if line.startswith(DEMO_PROJECT_CODE))
    assert any(mark in project.split() for mark in ("G", "A", "R"))
    roll_up = lines.index(next(line for line in lines if line.startswith("Roll-up")))
    assert any(line.startswith("Workspace") for line in lines[roll_up:])
    assert any(line.startswith("Repeat business: ") for line in lines)


def test_json_is_machine_readable(demo_file: Path, capsys) -> None:
    """Money as exact strings, ratios as floats or null, RAGs as strings or null."""
    assert main(["kpis", "--db", str(demo_file), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["client"] is None
    codes = [project["code"] for project in document["projects"]]
    assert DEMO_PROJECT_CODE in codes
    project = document["projects"][codes.index(DEMO_PROJECT_CODE)]
    assert isinstance(project["revenue"], str)
    assert "." in project["revenue"]
    assert project["cpi"] is None or isinstance(project["cpi"], float)
    assert set(project["rag"].values()) <= {"green", "amber", "red", None}
    total = document["total"]
    assert total["project_count"] == len(codes)
    assert total["client_count"] == len(document["clients"])


def test_client_filter_keeps_one_client(demo_file: Path, capsys) -> None:
    """--client in another case keeps that client's projects and no workspace line."""
    assert main(["kpis", "--db", str(demo_file), "--json"]) == 0
    project = json.loads(capsys.readouterr().out)["projects"][0]
    name = project["client"]
    assert main(["kpis", "--db", str(demo_file), "--client", name.upper(), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["client"] == name
    assert {row["client"] for row in document["projects"]} == {name}
    assert main(["kpis", "--db", str(demo_file), "--client", name]) == 0
    assert "Workspace" not in capsys.readouterr().out


def test_unknown_client_exits_2_with_one_line(demo_file: Path, capsys) -> None:
    """An unknown client: exit 2, one line on stderr naming it, nothing on stdout."""
    assert main(["kpis", "--db", str(demo_file), "--client", "Nobody Ltd"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().splitlines() == [
        "cpm-desktop: No client named 'Nobody Ltd' in this workspace."
    ]


def test_as_of_reads_a_typed_date_and_measures_on_that_day(demo_file: Path, capsys) -> None:
    """`--as-of "7 Sep 2026"` and `--as-of 2026-09-07` give the same report; a d/m guess exits 2."""
    assert main(["kpis", "--db", str(demo_file), "--as-of", "7 Sep 2026", "--json"]) == 0
    typed = json.loads(capsys.readouterr().out)
    assert main(["kpis", "--db", str(demo_file), "--as-of", "2026-09-07", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == typed
    assert main(["kpis", "--db", str(demo_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) != typed  # the status dates are in November
    with pytest.raises(SystemExit) as refused:
        main(["kpis", "--db", str(demo_file), "--as-of", "7/9/2026"])
    assert refused.value.code == 2
    assert "day first or month first" in capsys.readouterr().err


def test_demo_rolls_up_in_euros_and_names_the_rate(demo_file: Path, capsys) -> None:
    """The demo reports in EUR: one money line per roll-up in EUR and the CHF rate it used."""
    assert main(["kpis", "--db", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "Converted into EUR at 1 CHF = 1.065 EUR from 2026-11-02." in out
    money = out[out.index("Roll-up money") :].splitlines()
    workspace = next(line for line in money if line.startswith("Workspace"))
    assert workspace.split()[1] == "EUR"
    assert "CHF + EUR" not in out
    assert "without conversion" not in out


def test_json_says_the_reporting_currency_and_rates(demo_file: Path, capsys) -> None:
    """reporting_currency, rates_used and each CHF project's rate; roll-ups in EUR."""
    assert main(["kpis", "--db", str(demo_file), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    rate = {"currency": "CHF", "quote_currency": "EUR", "valid_from": "2026-11-02", "rate": "1.065"}
    assert document["reporting_currency"] == "EUR"
    assert document["rates_used"] == [rate]
    assert document["missing_rates"] == []
    rates = {p["code"]: p["rate"] for p in document["projects"]}
    assert rates == {"ALP-CC": rate, "NHL-WMS": None}
    total = document["total"]
    assert (total["currency"], total["by_currency"]) == ("EUR", [])
    chf = next(p for p in document["projects"] if p["currency"] == "CHF")
    eur = next(p for p in document["projects"] if p["currency"] == "EUR")
    converted = (Decimal(chf["revenue"]) * Decimal("1.065")).quantize(Decimal("0.01"))
    assert Decimal(total["revenue"]) == Decimal(eur["revenue"]) + converted


def test_without_a_rate_for_the_day_money_is_per_currency(demo_file: Path, capsys) -> None:
    """As of a day before the first CHF rate: sums per currency, never mixed, and the advice."""
    assert main(["kpis", "--db", str(demo_file), "--as-of", "2026-05-04"]) == 0
    out = capsys.readouterr().out
    assert "Roll-up money per currency (CHF, EUR), not converted." in out
    assert "No rate into EUR for CHF on or before a project's status date." in out
    assert "Edit › Exchange Rates…" in out
    assert main(["kpis", "--db", str(demo_file), "--as-of", "2026-05-04", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    total = document["total"]
    assert (total["currency"], total["revenue"], total["margin_pct"]) == (None, None, None)
    parts = {part["currency"]: part for part in total["by_currency"]}
    assert sorted(parts) == ["CHF", "EUR"]
    for code, part in parts.items():
        mine = [Decimal(p["revenue"]) for p in document["projects"] if p["currency"] == code]
        assert Decimal(part["revenue"]) == sum(mine)
    assert document["missing_rates"] == ["CHF"]
    assert document["rates_used"] == []
