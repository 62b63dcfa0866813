"""texts/vocabulary.py lists every word of domain/ that reaches a reader."""

from __future__ import annotations

import importlib
import pkgutil

import cpm_desktop.domain
from cpm_desktop.domain.kpi_meanings import KPI_MEANINGS
from cpm_desktop.domain.labels import Labelled
from cpm_desktop.domain.risk_scoring import LEVEL_LABELS
from cpm_desktop.texts import vocabulary


def domain_labels() -> set[str]:
    """The label of each member of each Labelled enumeration in domain/."""
    labels: set[str] = set()
    for info in pkgutil.iter_modules(cpm_desktop.domain.__path__):
        module = importlib.import_module(f"cpm_desktop.domain.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Labelled) and value is not Labelled:
                labels.update(member.label for member in value)
    return labels


def test_every_label_of_the_domain_is_marked() -> None:
    """A new enumeration or member of domain/ must be added to the vocabulary."""
    assert domain_labels()  # the scan found the enumerations
    assert domain_labels() <= set(vocabulary.LABELS)


def test_levels_and_kpi_meanings_are_marked() -> None:
    """The risk levels and what each KPI measures are marked as domain/ writes them."""
    assert set(LEVEL_LABELS.values()) == set(vocabulary.RISK_LEVELS)
    assert set(KPI_MEANINGS.values()) == set(vocabulary.KPI_MEANINGS)
