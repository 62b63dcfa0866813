"""validate.fold: how searches and name orders compare text."""

from __future__ import annotations

import pytest

from cpm_desktop.services.validate import fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Zürich Café", "zurich cafe"),  # accents that decompose
        ("Henrik Sørensen", "henrik sorensen"),  # letters that do not
        ("Æbeltoft Łódź", "aebeltoft lodz"),
        ("Straße", "strasse"),
        ("PMO lead", "pmo lead"),
    ],
)
def test_fold_reads_text_as_a_keyboard_without_accents_types_it(text: str, folded: str) -> None:
    assert fold(text) == folded
