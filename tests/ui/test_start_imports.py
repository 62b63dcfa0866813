"""What the window's start does not load: modules only a later command or page needs."""

from __future__ import annotations

import subprocess
import sys

# Imported on first use, each by the command or page that needs it: the task dialog and its
# Resources tab (Timeline › Edit Task), Babel (a message naming a limit or a date), the record
# tables of the Risks and Changes tabs (their views, built when the tab first comes forward).
NOT_AT_START = (
    "babel",
    "cpm_desktop.reports.locale_format",
    "cpm_desktop.ui.timeline.assignments_panel",
    "cpm_desktop.ui.timeline.task_dialog",
    "cpm_desktop.ui.records.selection",
    "cpm_desktop.ui.risks.risk_model",
)


def test_the_window_s_modules_leave_later_ones_unloaded() -> None:
    """Importing what the start imports (app, main window) loads none of NOT_AT_START."""
    script = (
        "import sys\n"
        "import cpm_desktop.app, cpm_desktop.ui.main_window\n"
        f"print(sorted(m for m in {NOT_AT_START!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
