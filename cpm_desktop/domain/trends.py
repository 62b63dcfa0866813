"""How a figure moved: a risk's exposure since a date, the client's CSAT over recent scores."""

from __future__ import annotations

from cpm_desktop.domain.labels import Labelled


class Trend(Labelled):
    """Which way a figure moved; "new" when there is too little history to compare."""

    UP = "up"
    DOWN = "down"
    STEADY = "steady"
    NEW = "new"  # too little history: nothing to compare with
