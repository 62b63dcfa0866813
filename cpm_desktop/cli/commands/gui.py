"""`cpm-desktop [--db FILE] [--screenshot OUT.png …]`: no sub-command starts the GUI."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    """Open the main window (or render it to a PNG) with the options of the command line."""
    # Imported here: Qt loads only when the GUI is what was asked for.
    from cpm_desktop.app import GuiOptions, run_gui

    return run_gui(
        GuiOptions(
            db=args.db,
            screenshot=args.screenshot,
            view=args.view,
            project=args.project,
            client=args.start_client,
            portfolio=args.portfolio,
            size=args.size,
            theme=args.theme,
            language=args.language,
        )
    )
