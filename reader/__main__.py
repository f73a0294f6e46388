"""`python -m reader` runs the command line."""

from __future__ import annotations

import sys

from reader.cli import main

sys.exit(main())
