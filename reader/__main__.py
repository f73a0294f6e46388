"""`python -m reader` runs the command line."""

from __future__ import annotations

import sys

from reader.cli import main

# Guarded: the importer's worker processes (spawned) import this module too.
if __name__ == "__main__":
    sys.exit(main())
