"""The printed chart's colours and type sizes: the app's Gantt colours, print-sized text."""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor

from cpm_desktop.reports import palette

TEXT: Color = HexColor(palette.TEXT)
MUTED: Color = HexColor(palette.MUTED)
RULE: Color = HexColor(palette.RULE)
SHADE: Color = HexColor(palette.SHADE)
BAND: Color = HexColor(palette.ALTERNATE)  # every other row, to follow a row across the page
WHITE: Color = HexColor(palette.WHITE)

BAR: Color = HexColor(palette.GANTT_BAR)
PROGRESS: Color = HexColor(palette.GANTT_PROGRESS)
CRITICAL_BAR: Color = HexColor(palette.GANTT_CRITICAL_BAR)
CRITICAL_PROGRESS: Color = HexColor(palette.GANTT_CRITICAL_PROGRESS)
SUMMARY: Color = HexColor(palette.GANTT_SUMMARY)
MILESTONE: Color = HexColor(palette.GANTT_MILESTONE)
STATUS_DATE: Color = HexColor(palette.GANTT_STATUS_DATE)
GRID: Color = HexColor(palette.GANTT_GRID)
# Not in reports/palette.py yet: the light theme's gantt_baseline and gantt_today (ui/theme.py).
BASELINE: Color = HexColor("#9fa9b5")
TODAY: Color = HexColor("#11906a")

TITLE_SIZE = 9.5
NAME_SIZE = 7.5  # names and WBS codes: the smallest a sponsor reads without a loupe
SCALE_SIZE = 7.0  # timescale labels
SMALL_SIZE = 6.5  # milestone dates, line tags, the legend
