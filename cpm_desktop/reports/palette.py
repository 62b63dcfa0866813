"""The app's light theme (cpm_desktop/ui/theme.py) as hex constants, for every report.

Reports may not import Qt, so the colours are copied here once; the PDF styles and the Excel
styles both take them from this module, so a printed page matches the screen.
"""

from __future__ import annotations

TEXT = "#1f2a37"  # dark grey, softer than black
MUTED = "#5d6b7a"  # labels, notes, footers
RULE = "#cfd6de"  # theme border: table rules
SHADE = "#f3f5f8"  # theme window: panels and figure backgrounds
ALTERNATE = "#f6f8fb"  # theme alternate base: every other row
ACCENT = "#2f7dd1"  # theme highlight: the one accent colour
INK = "#3b4a5c"  # slate: write-in lines, headers, summary bars
WHITE = "#ffffff"

RAG_GREEN = "#2e9d5b"
RAG_AMBER = "#e0a100"
RAG_RED = "#d0453a"

# The Gantt: blue for work, vermillion for the critical path (apart for the common
# colour-vision deficiencies); a pale bar with a strong progress fill.
GANTT_BAR = "#a9c8e8"
GANTT_PROGRESS = "#2f6fb2"
GANTT_CRITICAL_BAR = "#f3b497"
GANTT_CRITICAL_PROGRESS = "#c4501b"
GANTT_SUMMARY = "#3b4a5c"
GANTT_MILESTONE = "#2b3440"
GANTT_STATUS_DATE = "#8a55c4"
GANTT_GRID = "#e4e8ed"
