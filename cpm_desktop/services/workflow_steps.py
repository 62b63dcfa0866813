"""The one sentence every workflow (change requests, deliverables, invoices) refuses a step with."""

from __future__ import annotations

from collections.abc import Sequence

from cpm_desktop.texts import _


def refused_step(reference: str, current: str, target: str, steps: Sequence[str]) -> str:
    """Why `reference` cannot move from the status `current` to `target`, naming the `steps`
    it can take (English labels, translated here into the language being spoken)."""
    status, wanted = _(current), _(target)
    if not steps:
        return _("{reference} is {status}: it cannot move to {target}; it is final.").format(
            reference=reference, status=status, target=wanted
        )
    return _("{reference} is {status}: it cannot move to {target}; it can move to {steps}.").format(
        reference=reference, status=status, target=wanted, steps=_(" or ").join(map(_, steps))
    )
