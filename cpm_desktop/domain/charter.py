"""The charter's words: the kinds of line a statement of work lists.

In and out of scope, then the A and D of RAID that frame it: assumptions, constraints and
external dependencies.
"""

from __future__ import annotations

from cpm_desktop.domain.labels import Labelled


class ScopeKind(Labelled):
    """What a line of the charter says: in scope, out of scope, or what frames the scope."""

    IN_SCOPE = "in_scope"
    OUT_OF_SCOPE = "out_of_scope"
    ASSUMPTION = "assumption"
    CONSTRAINT = "constraint"
    DEPENDENCY = "dependency"
