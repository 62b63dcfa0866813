"""Hypothesis profiles: a quick "dev" run at the desk, the "ci" run in .ci/run, a "full" search.

HYPOTHESIS_PROFILE picks the profile (default "dev"). "full" is Hypothesis's own defaults, the
settings the property and fuzz tests were written against. "ci" tries a third of those
examples and "dev" a quarter: the same properties, met with fresh random cases on every run, so
repeated runs keep widening the search; `HYPOTHESIS_PROFILE=full make test` searches the whole
width before a release. A third is what keeps the whole suite inside CI's four minutes on two
cores.

Most of these tests name their own count (`@settings(max_examples=120)`: the fuzz suites, the
scheduler's properties), which a profile cannot change. Under "ci" and "dev" such a count is
divided in the same proportion (at least FLOOR examples) as the decorator is applied, so the
ratios the tests chose between themselves still hold.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from typing import Any

from hypothesis import settings

PROFILE_VARIABLE = "HYPOTHESIS_PROFILE"
FULL_EXAMPLES = settings.get_profile("default").max_examples  # 100
SHARES = {"ci": 3, "dev": 4}  # each profile tries 1/share of the full search
FLOOR = 5

settings.register_profile("full", settings.get_profile("default"))
for _name, _share in SHARES.items():
    settings.register_profile(_name, max_examples=FULL_EXAMPLES // _share)


def load_profile() -> str:
    """Load the profile HYPOTHESIS_PROFILE names ("dev" when unset); return its name."""
    name = os.environ.get(PROFILE_VARIABLE, "dev")
    settings.load_profile(name)
    _scale_explicit_counts()
    return name


def scaled_examples(explicit: int, share: int) -> int:
    """The count a test asking for `explicit` examples gets under a profile of 1/`share`."""
    return max(min(FLOOR, explicit), math.ceil(explicit / share))


def _scale_explicit_counts() -> None:
    """Make `@settings(max_examples=N)` apply scaled_examples(N) while "ci" or "dev" is loaded.

    Hypothesis has no setting for this, so the decorator itself is wrapped: a count that
    differs from the profile's was named by the test, and is scaled before the test gets it.
    Decorators applied inside a test body (the reader fuzz builds its @given there) go through
    it too.
    """
    apply: Callable[[settings, Any], Any] = settings.__call__
    if getattr(apply, "scales_counts", False):
        return

    def scaled(self: settings, test: Any) -> Any:
        for name, share in SHARES.items():
            profile = settings.get_profile(name)
            if settings.default is profile and self.max_examples != profile.max_examples:
                self = settings(self, max_examples=scaled_examples(self.max_examples, share))
        return apply(self, test)

    scaled.scales_counts = True  # type: ignore[attr-defined]
    settings.__call__ = scaled  # type: ignore[method-assign]
