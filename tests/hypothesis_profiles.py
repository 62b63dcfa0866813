"""Hypothesis profiles: a quick "dev" run at the desk, the full "ci" run in .ci/run.

HYPOTHESIS_PROFILE picks the profile (default "dev"). "ci" is Hypothesis's own defaults, the
settings the property and fuzz tests were written against. "dev" tries a quarter of the
examples: the same properties, met with fresh random cases on every run, at a quarter of the
cost; .ci/run and `HYPOTHESIS_PROFILE=ci make test` search the full width.

Most of these tests name their own count (`@settings(max_examples=120)`: the fuzz suites, the
scheduler's properties), which a profile cannot change. Under "dev" such a count is divided in
the same proportion (at least DEV_FLOOR examples) as the decorator is applied, so the ratios the
tests chose between themselves still hold.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from typing import Any

from hypothesis import settings

PROFILE_VARIABLE = "HYPOTHESIS_PROFILE"
CI_EXAMPLES = settings.get_profile("default").max_examples  # 100
DEV_EXAMPLES = CI_EXAMPLES // 4
DEV_FLOOR = 5

settings.register_profile("ci", settings.get_profile("default"))
settings.register_profile("dev", max_examples=DEV_EXAMPLES)


def load_profile() -> str:
    """Load the profile HYPOTHESIS_PROFILE names ("dev" when unset); return its name."""
    name = os.environ.get(PROFILE_VARIABLE, "dev")
    settings.load_profile(name)
    if name == "dev":
        _scale_explicit_counts()
    return name


def dev_examples(explicit: int) -> int:
    """The count a test asking for `explicit` examples gets under "dev"."""
    return max(min(DEV_FLOOR, explicit), math.ceil(explicit * DEV_EXAMPLES / CI_EXAMPLES))


def _scale_explicit_counts() -> None:
    """Make `@settings(max_examples=N)` apply dev_examples(N) while "dev" is loaded.

    Hypothesis has no setting for this, so the decorator itself is wrapped: a count that
    differs from the profile's was named by the test, and is scaled before the test gets it.
    Decorators applied inside a test body (the reader fuzz builds its @given there) go through
    it too.
    """
    apply: Callable[[settings, Any], Any] = settings.__call__
    if getattr(apply, "scales_for_dev", False):
        return

    def scaled(self: settings, test: Any) -> Any:
        if settings.default is settings.get_profile("dev") and self.max_examples != DEV_EXAMPLES:
            self = settings(self, max_examples=dev_examples(self.max_examples))
        return apply(self, test)

    scaled.scales_for_dev = True  # type: ignore[attr-defined]
    settings.__call__ = scaled  # type: ignore[method-assign]
