"""The one entry point: the GUI, or a headless sub-command (see DESIGN.md, 'Command line').

`parser.py` declares the options and sub-commands; `commands/` holds one module per command,
each with its `run(args) -> exit code` (`gui.py` when none is given); `render/` turns read models
into the text and JSON they print; `common.py` holds the exit codes and the error handling.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from cpm_desktop.cli.commands import gui
from cpm_desktop.cli.common import Handler, run_handler
from cpm_desktop.cli.export_formats import format_first
from cpm_desktop.cli.parser import build_parser, window_options, workspace_as_option

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    given = sys.argv[1:] if argv is None else argv
    arguments = format_first(workspace_as_option(given))
    # Opening the window needs none of the sub-commands' parsers: build them only if asked.
    args = window_options(arguments)
    if args is None:
        args = build_parser().parse_args(arguments)
    handler: Handler = getattr(args, "handler", gui.run)
    return run_handler(handler, args)
