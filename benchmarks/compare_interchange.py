"""Per-file agreement of our schedule with the other tool's stored dates.

Prints one row per real MSPDI file in ../shared/testdata/interchange (against MS Project's dates
as MPXJ read them), then one per GanttProject file (against the dates the file stores), and the
differences.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.interchange.oracle import (  # noqa: E402
    TESTDATA,
    FileComparison,
    compare_file,
    compare_gan_file,
    gan_files,
    mspdi_files,
)


def main() -> int:
    if not TESTDATA.is_dir():
        print(f"No shared test files at {TESTDATA}; nothing to compare.")
        return 0
    print("MS Project XML: non-summary starts and finishes against MS Project's (MPXJ)")
    _table([compare_file(path) for path in mspdi_files()], "all counted files")
    print()
    print("GanttProject: work task and milestone starts and finishes against the file's")
    _table([compare_gan_file(path) for path in gan_files()], "all .gan files")
    print()
    print("GanttProject: summary starts and finishes against the file's")
    _table([compare_gan_file(path, summaries=True) for path in gan_files()], "all .gan files")
    return 0


def _table(comparisons: list[FileComparison], total: str) -> None:
    """One row per file, a total over the counted ones, then every difference."""
    width = max(len(c.name) for c in comparisons)
    print(f"{'file':<{width}}  {'dates':>6}  {'agree':>6}  {'share':>7}")
    for c in comparisons:
        note = "" if c.counted else "  (saved without recalculation: not counted)"
        print(f"{c.name:<{width}}  {c.compared:>6}  {c.matched:>6}  {c.share:>7.1%}{note}")
    counted = [c for c in comparisons if c.counted]
    compared = sum(c.compared for c in counted)
    matched = sum(c.matched for c in counted)
    print(
        f"{total:<{width}}  {compared:>6}  {matched:>6}  "
        f"{matched / compared if compared else 1:>7.1%}"
    )
    for c in comparisons:
        for d in c.differences:
            print(f"  {c.name} id {d.uid} {d.name!r} {d.field}: ours {d.ours}, file {d.theirs}")


if __name__ == "__main__":
    sys.exit(main())
