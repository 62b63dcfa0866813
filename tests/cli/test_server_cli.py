"""The command line on a team server: `--db postgresql://…` wherever a workspace is named,
`server init` to set one up, and the file-only commands refusing a server in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.support import assert_one_line_error, run_cli, run_main


def plain(url: str) -> str:
    """The address as a user writes it (no driver name)."""
    return url.replace("postgresql+psycopg://", "postgresql://")


def test_init_sets_up_a_server_the_commands_then_work_on(postgres_url: str) -> None:
    """`server init` on an empty database, again (nothing to do), then a client, a project
    and a task through the usual commands, read back as JSON."""
    db = plain(postgres_url)
    first = run_cli("server", "init", "--db", db)
    assert first.returncode == 0, first.stderr
    assert "is ready (schema" in first.stdout
    assert run_main("server", "init", "--db", db).returncode == 0
    for command in (
        ("client", "add", "--name", "Nordhaven Logistics GmbH"),
        ("project", "add", "--client", "Nordhaven Logistics GmbH", "--code", "WMS")
        + ("--name", "Warehouse system", "--start", "2026-09-07"),
        ("task", "add", "--project", "WMS", "--name", "Design", "--duration", "5"),
    ):
        result = run_main(*command, "--db", db)
        assert result.returncode == 0, result.stderr
    shown = run_main("schedule", "--db", db, "--project", "WMS", "--json")
    assert shown.returncode == 0, shown.stderr
    (task,) = json.loads(shown.stdout)["tasks"]
    assert (task["name"], task["start"], task["finish"]) == ("Design", "2026-09-07", "2026-09-11")


def test_a_server_nobody_set_up_is_refused_naming_init(postgres_url: str) -> None:
    """A reading command on an empty database says how to set it up; nothing is created."""
    result = run_main("kpis", "--db", plain(postgres_url))
    assert_one_line_error(result, "server init")


@pytest.mark.parametrize("command", [("check",), ("backups",), ("restore",)])
def test_the_file_only_commands_refuse_a_server(postgres_url: str, command: tuple[str]) -> None:
    """A file's check, backups and restore are not a server's: one line saying whose they are."""
    assert_one_line_error(run_main(*command, "--db", plain(postgres_url)), "not on a team server")


def test_init_refuses_a_file(tmp_path: Path) -> None:
    """`server init` on a .cpm path says what it takes instead."""
    result = run_main("server", "init", "--db", str(tmp_path / "work.cpm"))
    assert_one_line_error(result, "postgresql://user@host/dbname")
