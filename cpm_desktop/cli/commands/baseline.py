"""`cpm-desktop baseline save --db FILE --project CODE [--number N]`: keep the plan as agreed."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, UserError, project_id


def save(args: argparse.Namespace) -> int:
    """Save baseline `args.number` of the project; one saved before is kept unless --overwrite."""
    from cpm_desktop.domain.plan import baseline_name
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.plan.baselines import BaselineExistsError, save_baseline

    with open_for_use(args.db) as workspace:
        found = project_id(workspace, args.project)
        try:
            info = workspace.run(save_baseline, found, args.number, overwrite=args.overwrite)
        except BaselineExistsError as exc:
            raise UserError(f"{exc} Add --overwrite to replace it.") from None
    print(f"Saved {baseline_name(info.number)} of {args.project.upper()}: {info.task_count} tasks.")
    return EXIT_OK
