"""A project's overall status explained: who set it and what the KPIs give.

domain/overall_status.py decides the status and the KPIs behind it; the sentence is composed
here, once, in the language being spoken (`texts.speaking`): English on screens and the
command line today, the reader's language in an export.
"""

from __future__ import annotations

from collections.abc import Callable

from cpm_desktop.domain.overall_status import DELIVERY_KPIS, OverallStatus, StatusSource
from cpm_desktop.domain.projects import Rag
from cpm_desktop.texts import _


def status_explanation(overall: OverallStatus) -> str:
    """One sentence saying who set the overall status and what the KPIs give."""
    if overall.source == StatusSource.NONE:
        return _("Not rated by the PM, and nothing measured yet to compute a status from.")
    reason = computed_reason(overall)
    if overall.source == StatusSource.COMPUTED:
        return _("Computed from the KPIs (the PM has not rated it): {reason}.").format(
            reason=reason
        )
    assert overall.rag is not None
    said = _("Set by the PM: {rag}.").format(rag=_rag(overall.rag))
    if overall.computed is None:
        return _("{said} No KPI measured yet to compare it with.").format(said=said)
    return _("{said} The KPIs give {reason}.").format(said=said, reason=reason)


def computed_reason(overall: OverallStatus) -> str:
    """Why the computed status is what it is: "red: SPI, on-time delivery"."""
    worst, drivers = overall.computed, overall.drivers
    if worst is None:
        return _("nothing measured yet")
    if worst == Rag.GREEN:
        return _("green: every measured KPI is green")
    names = ", ".join(_(DELIVERY_KPIS[name]) for name in drivers)
    return _("{rag}: {kpis}").format(rag=_rag(worst), kpis=names)


def _rag(rag: Rag) -> str:
    """'amber', 'gelb', 'orange': the RAG word inside a sentence."""
    return _(rag.label).lower()


def badge_text(overall: OverallStatus) -> str:
    """The status as a badge says it: "AMBER", "GREEN (PM) · KPIs RED", or "NOT RATED"."""
    return _spelled(overall, _("NOT RATED"), lambda rag: _(rag.label).upper(), str.upper)


def status_words(overall: OverallStatus) -> str:
    """The status in a table cell: "Amber", "Green (PM) · KPIs red", or "Not rated"."""
    return _spelled(overall, _("Not rated"), lambda rag: _(rag.label), str.lower)


def _spelled(
    overall: OverallStatus,
    unrated: str,
    shown: Callable[[Rag], str],
    computed_word: Callable[[str], str],
) -> str:
    """The one wording of the status, in a badge's or a table's spelling."""
    if overall.rag is None:
        return unrated
    if overall.source == StatusSource.COMPUTED:
        return shown(overall.rag)
    if overall.differs and overall.computed is not None:
        return _("{rag} (PM) · KPIs {computed}").format(
            rag=shown(overall.rag), computed=computed_word(_(overall.computed.label))
        )
    return _("{rag} (PM)").format(rag=shown(overall.rag))
