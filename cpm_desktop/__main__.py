"""`python -m cpm_desktop` is the same program as the `cpm-desktop` command."""

import sys

from cpm_desktop.cli import main

sys.exit(main())
