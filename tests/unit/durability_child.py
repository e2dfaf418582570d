"""Child process of the durability test: apply random edits, print each edit's number once it returns.

Usage: python durability_child.py FILE SEED COUNT. The parent kills it with SIGKILL at a
random moment; every number printed must be on disk.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from random_edits import EditStream  # noqa: E402

from cxworkshop.document import WorkshopDocument  # noqa: E402


def main() -> None:
    path, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    doc = WorkshopDocument.open(path)
    # Edits load the ORM on first use; load it now, so the kills land among edits, not imports.
    import cxworkshop.document.operations  # noqa: F401
    stream = EditStream(seed)
    print("ready", flush=True)
    for number in range(count):
        stream.apply(doc, 1)
        # The edit has committed (and been fsynced) before this line is written.
        print(number, flush=True)
    print("finished", flush=True)


if __name__ == "__main__":
    main()
