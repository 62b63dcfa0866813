"""`cpm-desktop actions --db FILE --project CODE [--json]`."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Print them as a table, or as JSON with `--json`."""
    return EXIT_OK
