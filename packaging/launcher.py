"""The frozen executable's entry point: the same `cxworkshop` command as the pip install."""

from __future__ import annotations

import sys

from cxworkshop.cli import main

if __name__ == "__main__":
    sys.exit(main())
