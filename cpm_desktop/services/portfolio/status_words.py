"""A project's overall status explained in the reader's language.

domain/overall_status.py says in English who set the status and what the KPIs give (domain/
names no catalogue); an export writes the same sentence in the language being spoken
(`texts.speaking`), composed here from the domain's parts, word for word the same in English.
"""

from __future__ import annotations

from cpm_desktop.domain.overall_status import DELIVERY_KPIS, StatusSource, status_drivers
from cpm_desktop.domain.projects import Rag
from cpm_desktop.services.portfolio.standing import ProjectStanding
from cpm_desktop.texts import _


def status_explanation(standing: ProjectStanding) -> str:
    """One sentence saying who set the overall status and what the KPIs give (the words of
    `domain.overall_status.explanation`, translated)."""
    overall = standing.overall
    if overall.source == StatusSource.NONE:
        return _("Not rated by the PM, and nothing measured yet to compute a status from.")
    reason = computed_reason(standing)
    if overall.source == StatusSource.COMPUTED:
        return _("Computed from the KPIs (the PM has not rated it): {reason}.").format(
            reason=reason
        )
    assert overall.rag is not None
    said = _("Set by the PM: {rag}.").format(rag=_rag(overall.rag))
    if overall.computed is None:
        return _("{said} No KPI measured yet to compare it with.").format(said=said)
    return _("{said} The KPIs give {reason}.").format(said=said, reason=reason)


def computed_reason(standing: ProjectStanding) -> str:
    """Why the computed status is what it is: "red: SPI, on-time delivery"."""
    worst, drivers = status_drivers(standing.delivery_rags)
    if worst is None:
        return _("nothing measured yet")
    if worst == Rag.GREEN:
        return _("green: every measured KPI is green")
    names = ", ".join(_(DELIVERY_KPIS[name]) for name in drivers)
    return _("{rag}: {kpis}").format(rag=_rag(worst), kpis=names)


def _rag(rag: Rag) -> str:
    """'amber', 'gelb', 'orange': the RAG word inside a sentence."""
    return _(rag.label).lower()
