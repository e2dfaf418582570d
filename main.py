"""Start CX Workshop from a source checkout: `python main.py [FILE.cxw]`."""

from cxworkshop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
