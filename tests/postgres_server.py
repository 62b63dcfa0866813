"""A throwaway PostgreSQL server for the tests: a cluster made by initdb in a temporary folder,
started by pg_ctl on a free local port, stopped and deleted at the end.

`make test` runs the whole suite inside one (`python -m tests.postgres_server -- pytest ...`,
which hands its address to the tests in CPM_TEST_POSTGRES); a test run without it starts its own
(tests/conftest.py). PostgreSQL refuses to run as root, so as root the cluster belongs to the
`postgres` user that Debian's package creates.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

ADDRESS = "CPM_TEST_POSTGRES"  # the environment variable naming a running server's URL
USER = "cpm"  # the cluster's superuser, trusted on the loopback address only
_DEBIAN_BIN = Path("/usr/lib/postgresql")


def server_programs() -> tuple[str, str] | None:
    """Paths of initdb and pg_ctl (on PATH, else Debian's newest), or None when not installed."""
    found = shutil.which("initdb"), shutil.which("pg_ctl")
    if all(found):
        return found[0] or "", found[1] or ""
    versions = sorted(_DEBIAN_BIN.glob("*/bin"), key=lambda p: int(p.parent.name), reverse=True)
    for folder in versions if _DEBIAN_BIN.is_dir() else []:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return str(folder / "initdb"), str(folder / "pg_ctl")
    return None


@contextmanager
def throwaway_server() -> Iterator[str]:
    """Start a fresh PostgreSQL cluster; yield its SQLAlchemy URL (database `postgres`)."""
    programs = server_programs()
    if programs is None:
        raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    initdb, pg_ctl = programs
    folder = Path(tempfile.mkdtemp(prefix="cpm-postgres-"))
    as_owner: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]
    data, port = folder / "data", _free_port()
    # Durability off: a test server's data dies with it anyway, and fsyncs cost seconds.
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    try:
        _run(
            [*as_owner, initdb, "-D", str(data), "-U", USER, "-A", "trust", "-E", "UTF8"]
            + ["--locale=C", "--no-sync"]
        )
        _run(
            [*as_owner, pg_ctl, "-D", str(data), "-l", str(folder / "log"), "-w", "-o", options]
            + ["start"]
        )
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {exc.stderr.decode()}") from exc
    try:
        yield f"postgresql+psycopg://{USER}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*as_owner, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def administering(url: str) -> Iterator[psycopg.Connection[tuple[object, ...]]]:
    """A connection to the server of `url` in autocommit (CREATE and DROP DATABASE)."""
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as connection:
        yield connection


def _run(command: list[str]) -> None:
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def main(argv: list[str]) -> int:
    """Run the command after `--` with a throwaway server's URL in CPM_TEST_POSTGRES; its exit
    status. Without PostgreSQL installed the command runs alone (its tests skip, saying why)."""
    command = argv[argv.index("--") + 1 :] if "--" in argv else argv
    if server_programs() is None:
        print("PostgreSQL is not installed: the tests on it are skipped", file=sys.stderr)
        return subprocess.call(command)
    with throwaway_server() as url:
        return subprocess.call(command, env={**os.environ, ADDRESS: url})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
