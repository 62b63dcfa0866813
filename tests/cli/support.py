"""Running the command line in tests: in this process (most tests), or as a real child process
where the process itself is under test (exit status, `python -m`, the GUI, other processes)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout

from cpm_desktop.cli import main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m cpm_desktop` in a child process, as a user's shell would."""
    return subprocess.run(
        [sys.executable, "-m", "cpm_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env or os.environ.copy(),
        check=False,
    )


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    """Run `main(args)` in this process; its exit code and output, as `run_cli` gives them.

    A fraction of a second cheaper than a child process, which starts Python and imports the
    app again; use run_cli where the process is what a test is about.
    """
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse ends a usage error this way
            code = exc.code if isinstance(exc.code, int) else 1
    return subprocess.CompletedProcess(
        ["cpm-desktop", *args], code, stdout=out.getvalue(), stderr=err.getvalue()
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    """A user mistake: exit 2, a single stderr line naming the problem, no traceback."""
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert needle in lines[0]
    assert "Traceback" not in result.stderr
