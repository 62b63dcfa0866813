"""Per-file agreement of our schedule with MS Project's stored dates (read by MPXJ).

Prints one row per real MSPDI file in ../shared/testdata/interchange and the differences.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.interchange.oracle import TESTDATA, compare_file, mspdi_files  # noqa: E402


def main() -> int:
    if not TESTDATA.is_dir():
        print(f"No shared test files at {TESTDATA}; nothing to compare.")
        return 0
    comparisons = [compare_file(path) for path in mspdi_files()]
    width = max(len(c.name) for c in comparisons)
    print(f"{'file':<{width}}  {'dates':>6}  {'agree':>6}  {'share':>7}")
    for c in comparisons:
        note = "" if c.counted else "  (saved without recalculation: not counted)"
        print(f"{c.name:<{width}}  {c.compared:>6}  {c.matched:>6}  {c.share:>7.1%}{note}")
    counted = [c for c in comparisons if c.counted]
    compared = sum(c.compared for c in counted)
    matched = sum(c.matched for c in counted)
    print(f"{'all counted files':<{width}}  {compared:>6}  {matched:>6}  "
          f"{matched / compared if compared else 1:>7.1%}")  # fmt: skip
    for c in comparisons:
        for d in c.differences:
            print(f"  {c.name} UID {d.uid} {d.name!r} {d.field}: ours {d.ours}, file {d.theirs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
