"""Opportunities: follow-on work spotted during delivery, and how far each has gone."""

from __future__ import annotations

from cpm_desktop.domain.labels import Labelled


class OpportunityStage(Labelled):
    """How far an opportunity has gone towards new business."""

    SPOTTED = "spotted"
    QUALIFIED = "qualified"
    PROPOSED = "proposed"
    WON = "won"
    LOST = "lost"
