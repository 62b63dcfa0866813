"""Each pytest-xdist worker compiles its share of the suite's modules before collecting.

With PYTHONDONTWRITEBYTECODE set (as on the CI machine) nothing caches bytecode, so every
worker rewrote the asserts of every test module (about 7 s of CPU: pytest's rewriting walks
each assert's tree) and compiled the app's modules itself, the same work once per worker.
Here worker i of n compiles every n-th module, i first, and writes it where its import looks
for it (pytest's checked-hash pyc of a rewritten test module, Python's pyc of an app module);
the other workers' collection then reads it. A module not written yet when a worker needs it
is compiled by that worker, as before, so the cache only saves time, never changes a result.
"""

from __future__ import annotations

import compileall
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def compile_share(config: pytest.Config, index: int, count: int) -> None:
    """Compile share `index` of `count` of the test modules (asserts rewritten as pytest
    rewrites them) and of the app's modules, unless bytecode is written anyway."""
    if not sys.dont_write_bytecode:
        return  # pytest and Python keep their own caches
    try:  # pytest's own rewriter: its private names, so any change of them just skips this
        from _pytest.assertion import rewrite
    except ImportError:
        return
    needed = ("PYC_TAIL", "_read_pyc", "_rewrite_test", "_write_pyc", "get_cache_dir")
    if not all(hasattr(rewrite, name) for name in (*needed, "assertstate_key")):
        return
    state = config.stash.get(rewrite.assertstate_key, None)
    if state is None:  # --assert=plain: nothing is rewritten
        return
    tests = sorted(
        path
        for pattern in config.getini("python_files")
        for path in (ROOT / "tests").rglob(pattern)
    )
    for path in tests[index::count]:
        pyc = rewrite.get_cache_dir(path) / (path.name[:-3] + rewrite.PYC_TAIL)
        if rewrite._read_pyc(path, pyc) is None:
            source_hash, code = rewrite._rewrite_test(path, config)
            pyc.parent.mkdir(exist_ok=True)
            rewrite._write_pyc(state, code, source_hash, pyc)
    for path in sorted((ROOT / "cpm_desktop").rglob("*.py"))[index::count]:
        compileall.compile_file(path, quiet=2)  # skipped if its pyc is up to date
