"""`publish` a workspace file onto a team server and `copy` one back into a file: every
record comes across, ids kept; an occupied server or an existing file is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.support import assert_one_line_error, run_main
from tests.file_safety import rows_of
from tests.templates import copy_of

pytestmark = pytest.mark.file_only("publish and copy move a workspace file to and from a server")


def plain(url: str) -> str:
    """The address as a user writes it."""
    return url.replace("postgresql+psycopg://", "postgresql://")


def test_a_file_published_and_copied_back_comes_back_row_for_row(
    postgres_url: str, demo_template: Path, tmp_path: Path
) -> None:
    """The demo file onto a new server workspace, then the server into a new file: every
    table holds the same rows as the original, audit trail included; the server then takes
    new records after the copied ones."""
    original = copy_of(demo_template, tmp_path / "laptop.cpm")
    server = plain(postgres_url)
    assert run_main("server", "init", "--db", server).returncode == 0
    published = run_main("publish", "--db", str(original), "--to", server)
    assert published.returncode == 0, published.stderr
    assert "2 clients, 2 projects" in published.stdout
    back = tmp_path / "back.cpm"
    copied = run_main("copy", "--db", server, "--to", str(back))
    assert copied.returncode == 0, copied.stderr
    assert rows_of(back) == rows_of(original)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    added = run_main("client", "add", "--db", server, "--name", "Kessler Bau AG")
    assert added.returncode == 0, added.stderr


def test_publishing_onto_a_server_with_clients_is_refused(
    postgres_url: str, demo_template: Path, tmp_path: Path
) -> None:
    """A second publish onto the same server: refused in one line, nothing doubled."""
    original = copy_of(demo_template, tmp_path / "laptop.cpm")
    server = plain(postgres_url)
    assert run_main("server", "init", "--db", server).returncode == 0
    assert run_main("publish", "--db", str(original), "--to", server).returncode == 0
    again = run_main("publish", "--db", str(original), "--to", server)
    assert_one_line_error(again, "already holds clients")
    assert run_main("kpis", "--db", server).stdout.count("NHL-WMS") == 1


def test_a_copy_onto_an_existing_file_or_to_a_server_is_refused(
    demo_template: Path, tmp_path: Path
) -> None:
    """copy writes a new file only; publish needs a file and a server."""
    original = copy_of(demo_template, tmp_path / "laptop.cpm")
    before = original.read_bytes()
    assert_one_line_error(
        run_main("copy", "--db", str(original), "--to", str(original)), "already exists"
    )
    assert_one_line_error(
        run_main("copy", "--db", str(original), "--to", "postgresql://pm@db/cpm"), "new"
    )
    assert_one_line_error(
        run_main("publish", "--db", str(original), "--to", str(tmp_path / "x.cpm")), "team server"
    )
    assert original.read_bytes() == before
