"""Real MS Project files: our engine must agree with MS Project on 98 % of the task dates."""

from __future__ import annotations

import pytest

from tests.interchange.oracle import TESTDATA, compare_file, mspdi_files

pytestmark = pytest.mark.skipif(
    not TESTDATA.is_dir(), reason=f"the shared test files are not beside the clone ({TESTDATA})"
)


def test_our_dates_agree_with_ms_project_on_98_percent() -> None:
    """Over every recalculated MSPDI file, ≥ 98 % of non-summary starts and finishes match."""
    comparisons = [compare_file(path) for path in mspdi_files()]
    counted = [c for c in comparisons if c.counted]
    compared = sum(c.compared for c in counted)
    matched = sum(c.matched for c in counted)
    assert compared > 300
    report = "\n".join(
        f"{c.name}: {c.matched}/{c.compared}"
        + "".join(
            f"\n  {d.uid} {d.name} {d.field}: ours {d.ours}, file {d.theirs}"
            for d in c.differences[:5]
        )  # fmt: skip
        for c in comparisons
    )
    assert matched / compared >= 0.98, report


@pytest.mark.parametrize("path", mspdi_files(), ids=lambda p: p.name)
def test_each_file_imports_and_schedules(path) -> None:
    """Every real file imports, and each of its work tasks gets both dates compared."""
    comparison = compare_file(path)
    assert comparison.compared == comparison.expected
