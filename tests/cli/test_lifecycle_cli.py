"""The whole life of a small project through the command line alone: a new workspace, a
client, a project, its plan and baseline, three status cycles, an approved change, closure,
the pack and the workbook, and a reopening; every refusal on the way is one line, exit 2, and
leaves the file as it was."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.support import assert_one_line_error, run_main
from tests.templates import copy_of

CODE = "SHOP"


def cli(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `cpm-desktop COMMAND [ACTION] --db PATH --project SHOP OPTIONS…`; the command and
    its action are the words before the first option."""
    words = [arg for arg in args[:2] if not arg.startswith("-")]
    return run_main(*words, "--db", str(path), "--project", CODE, *args[len(words) :])


def ok(result: subprocess.CompletedProcess[str]) -> str:
    """The output of a command that must succeed."""
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def shown(path: Path) -> dict[str, object]:
    """`project show --json` of the project."""
    document: dict[str, object] = json.loads(ok(cli(path, "project", "show", "--json")))
    return document


def planned(folder: Path) -> Path:
    """A workspace holding the client, the project and its five tasks, made by the CLI."""
    path = folder / "w.cpm"
    ok(run_main("new", str(path)))
    ok(run_main("client", "add", "--db", str(path), "--name", "Acme Retail", "--currency", "EUR"))
    ok(
        run_main(
            *("project", "add", "--db", str(path), "--client", "acme retail", "--code", "shop"),
            *("--name", "Web shop", "--start", "7 Sep 2026", "--budget", "50000"),
            *("--contract-value", "60000", "--cadence", "weekly"),
        )
    )
    added = [
        ok(cli(path, "task", "add", "--name", "Design", "--duration", "5")),
        ok(cli(path, "task", "add", "--name", "Build", "--duration", "1")),
        ok(cli(path, "task", "add", "--name", "Backend", "--duration", "10", *under("2", "1"))),
        ok(cli(path, "task", "add", "--name", "Frontend", "--duration", "5", *under("2", "2.1"))),
        ok(cli(path, "task", "add", "--name", "Go-live", "--duration", "0", "--after", "2")),
    ]
    assert added == [
        "Added 1 Design: Mon 2026-09-07 to Fri 2026-09-11, 5 working days.\n",
        "Added 2 Build: Mon 2026-09-07 to Mon 2026-09-07, 1 working day.\n",
        "Added 2.1 Backend: Mon 2026-09-14 to Fri 2026-09-25, 10 working days.\n",
        "Added 2.2 Frontend: Mon 2026-09-28 to Fri 2026-10-02, 5 working days.\n",
        "Added 3 Go-live: milestone on Fri 2026-10-02.\n",
    ]
    return path


def under(parent: str, after: str) -> tuple[str, ...]:
    """`--parent PARENT --after AFTER`."""
    return ("--parent", parent, "--after", after)


@pytest.fixture(scope="module")
def plan_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The planned workspace, made once for the module's tests."""
    return planned(tmp_path_factory.mktemp("lifecycle"))


@pytest.fixture
def plan_file(plan_template: Path, tmp_path: Path) -> Path:
    """A copy of the planned workspace, for a test to change."""
    return copy_of(plan_template, tmp_path / "w.cpm")


def test_a_project_lives_from_set_up_to_closure_through_the_cli(
    plan_file: Path, tmp_path: Path
) -> None:
    """Baseline, a stage gate, three status cycles (the third shows a slip), an approved change,
    closure; then the pack and the workbook; `show` says closed; reopen works."""
    path = plan_file
    assert ok(cli(path, "baseline", "save")) == "Saved Baseline of SHOP: 5 tasks.\n"
    gate = ok(cli(path, "project", "set", "--stage", "execution", "--gate-date", "2026-09-07"))
    assert "entered execution on 2026-09-07" in gate

    ok(cli(path, "task", "set", "--task", "1", "--percent", "60", "--actual-start", "2026-09-07"))
    first = ok(cli(path, "status", "--date", "2026-09-09", "--commentary", "Design under way."))
    assert first.splitlines() == [
        "Wrote the status report of SHOP as of 2026-09-09.",
        "First report: nothing to compare with.",
    ]

    ok(
        cli(
            path, "task", "set", "--task", "1", "--percent", "100", "--actual-finish", "11 Sep 2026"
        )
    )
    progress = ok(cli(path, "task", "set", "--task", "2.1", "--percent", "50"))
    assert progress.startswith("Changed 2.1 Backend: 50 % complete")
    second = ok(cli(path, "status", "--date", "2026-09-18"))
    assert "Since the last report (2026-09-09):" in second
    assert "1 task finished: Design." in second

    late = ok(cli(path, "task", "set", "--task", "2.1", "--percent", "60", "--remaining", "8"))
    assert "14 working days" in late  # six done and eight to go
    third = ok(cli(path, "status", "--date", "2026-09-25", "--commentary", "Backend is late."))
    assert "Backend by 8 days" in third
    assert "Forecast finish moved from 2026-10-02 to 2026-10-14." in third

    raised = ok(
        cli(path, "change", "add", "--title", "Gift cards", "--cost", "2500", "--days", "3")
    )
    assert raised == "Raised CR-001 Gift cards (Draft).\n"
    decided = ok(cli(path, "change", "decide", "--change", "cr-001", "--approve", "--by", "Ann"))
    assert decided == "CR-001 Gift cards: approved by Ann.\n"
    log = json.loads(ok(cli(path, "changes", "--json")))
    assert [(c["reference"], c["status"]) for c in log["changes"]] == [("CR-001", "approved")]

    closed = ok(cli(path, "project", "close", "--date", "2026-11-20", "--commentary", "Done."))
    assert closed.splitlines() == [
        "Warning: 3 tasks not complete.",
        "Closed the project SHOP; it is read-only until 'project reopen'.",
    ]
    for fmt, suffix in (("pdf", ".pdf"), ("xlsx", ".xlsx")):
        out = tmp_path / f"shop{suffix}"
        ok(cli(path, "export", fmt, "-o", str(out)))
        assert out.stat().st_size > 1_000
    frame = shown(path)
    assert (frame["status"], frame["stage"], frame["closed_on"]) == (
        "closed",
        "closure",
        "2026-11-20",
    )
    assert frame["status_date"] == "2026-09-25"

    before = path.read_bytes()
    assert_one_line_error(
        cli(path, "task", "set", "--task", "2.1", "--percent", "70"), "closed"
    )  # read-only until reopened
    assert path.read_bytes() == before
    assert ok(cli(path, "project", "reopen", "--reason", "Warranty fix.")) == (
        "Reopened the project SHOP.\n"
    )
    assert shown(path)["status"] == "active"
    ok(cli(path, "task", "set", "--task", "2.1", "--percent", "70"))


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("task", "set", "--task", "1", "--actual-start", "2026-02-31"), "February 2026 has no"),
        (("task", "set", "--task", "1", "--actual-start", "7/9/2026"), "day first or month"),
        (("status", "--date", "next friday"), "is not a date"),
        (("status", "--date", "2020-01-03"), "before the project start"),
        (("task", "set", "--task", "9.9", "--percent", "10"), "No task '9.9' in SHOP"),
        (("task", "add", "--name", "X", "--duration", "2", "--after", "4"), "No task '4'"),
        (("task", "add", "--name", "X", "--duration", "2", "--parent", "7"), "No task '7'"),
        (("task", "set", "--task", "2.1", "--percent", "150"), "% complete"),
        (("task", "set", "--task", "2.1", "--percent", "ten"), "invalid int value"),
        (("task", "set", "--task", "2", "--percent", "50"), "summary task"),
        (("task", "set", "--task", "2.1", "--name", "B2", "--percent", "150"), "% complete"),
        (("task", "set", "--task", "2.1"), "needs at least one"),
        (("task", "add", "--name", "X", "--duration", "-1"), "duration"),
        (("project", "set", "--stage", "warranty"), "invalid choice: 'warranty'"),
        (("project", "set", "--stage", "closure"), "project close"),
        (("change", "decide", "--change", "CR-009", "--approve"), "No change request 'CR-009'"),
        (("change", "decide", "--change", "CR-001"), "--approve"),
        (("project", "reopen"), "not closed"),
        (("baseline", "save", "--number", "11"), "baseline number"),
    ],
)
def test_a_refusal_is_one_line_and_writes_nothing(
    plan_file: Path, args: tuple[str, ...], needle: str
) -> None:
    """Bad dates, an unknown WBS code, 150 %, a summary's progress, an unknown stage, an unknown
    change request: exit 2, one line on stderr, the workspace byte for byte as it was."""
    before = plan_file.read_bytes()
    assert_one_line_error(cli(plan_file, *args), needle)
    assert plan_file.read_bytes() == before


def test_a_baseline_is_kept_unless_overwritten(plan_file: Path) -> None:
    """Saving baseline 0 twice is refused with the way out; --overwrite replaces it."""
    ok(cli(plan_file, "baseline", "save"))
    before = plan_file.read_bytes()
    assert_one_line_error(cli(plan_file, "baseline", "save"), "Add --overwrite")
    assert plan_file.read_bytes() == before
    assert "5 tasks" in ok(cli(plan_file, "baseline", "save", "--overwrite"))


def test_a_decided_change_cannot_be_decided_again(plan_file: Path) -> None:
    """A rejected request cannot then be approved: one line naming its status."""
    ok(cli(plan_file, "change", "add", "--title", "Loyalty points"))
    rejected = ok(cli(plan_file, "change", "decide", "--change", "CR-001", "--reject"))
    assert "rejected by" in rejected
    before = plan_file.read_bytes()
    again = cli(plan_file, "change", "decide", "--change", "CR-001", "--approve")
    assert_one_line_error(again, "CR-001 is Rejected: it can no longer be approved.")
    assert plan_file.read_bytes() == before
