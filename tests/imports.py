"""What importing one module loads, asked of a fresh Python process (this one has loaded more)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable


def loaded_with(module: str, names: Iterable[str]) -> list[str]:
    """The modules among `names` that `import module` puts in `sys.modules`, sorted."""
    probe = (
        "import sys\n"
        f"import {module}\n"
        f"print(*sorted(m for m in {tuple(names)!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return result.stdout.split()
