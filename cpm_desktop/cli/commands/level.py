"""`cpm-desktop level --db FILE --project CODE [--apply] [--json]`."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Run the command (filled as the feature lands)."""
    return EXIT_OK
