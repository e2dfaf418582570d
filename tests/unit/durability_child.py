"""Child process of the durability tests.

`python durability_child.py FILE SEED COUNT`: apply random edits, print each edit's number
once it returns. The parent kills it with SIGKILL at a random moment; every number printed
must be on disk.

`python durability_child.py --grow FILE SEED`: edits that each grow the file by hundreds of
KiB, with a small page cache so SQLite writes pages into the file before the commit (as it
does in any large transaction), killed by SIGKILL at a seeded instruction count: the file is
left half-written with a hot journal, its header saying more pages than the file has.

`python durability_child.py --upgrade FILE SEED`: open a version-1 file for editing (the
upgrade), killed the same way in the middle of the upgrade's transaction.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def _kill_after(conn: sqlite3.Connection, steps: int, every: int = 1, cache_pages: int = 8) -> None:
    """SIGKILL this process once the connection has run about `steps` VM instructions in all.

    SQLite counts the handler's period per statement, so the total is counted here.
    """
    conn.execute(f"PRAGMA cache_size = {cache_pages}")  # pages spill to the file before the commit
    done = [0]

    def tick() -> int:
        done[0] += every
        if done[0] >= steps:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    conn.set_progress_handler(tick, every)


def grow(path: str, seed: int) -> None:
    from cxworkshop.document import WorkshopDocument

    rng = random.Random(seed)
    doc = WorkshopDocument.open(path)
    import cxworkshop.editing.operations  # noqa: F401  (loaded before the kill window)

    stage = doc.rows(__import__("cxworkshop.model.records", fromlist=["Stage"]).Stage)[0]
    lane = doc.rows(__import__("cxworkshop.model.records", fromlist=["Lane"]).Lane)[0]
    doc._backup_if_due(before_edit=True)  # the session's first backup, outside the kill window
    print("ready", flush=True)
    _kill_after(doc._file.conn, rng.randint(20_000, 400_000), every=50)
    for number in range(1000):
        text = f"{number} " + "".join(rng.choice("abcdefghij ") for _ in range(1500))
        doc.add_cards([{"stage_id": stage.id, "lane_id": lane.id, "kind": "note", "text": text}
                       for _ in range(60)])
        print(number, flush=True)
    print("finished", flush=True)


def upgrade(path: str, seed: int) -> None:
    import cxworkshop.store.workshop_file as workshop_file

    rng = random.Random(seed)
    original = workshop_file.migrate

    def migrate_then_die(conn: sqlite3.Connection, version: int) -> None:
        _kill_after(conn, rng.randint(50, 3_200), cache_pages=1)
        original(conn, version)
        conn.set_progress_handler(None, 0)

    workshop_file.migrate = migrate_then_die
    print("ready", flush=True)
    file = workshop_file.open_workshop(path)
    file.close()
    print("finished", flush=True)


def main() -> None:
    if sys.argv[1] == "--grow":
        grow(sys.argv[2], int(sys.argv[3]))
        return
    if sys.argv[1] == "--upgrade":
        upgrade(sys.argv[2], int(sys.argv[3]))
        return
    from random_edits import EditStream

    from cxworkshop.document import WorkshopDocument

    path, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    doc = WorkshopDocument.open(path)
    # Edits load the ORM on first use; load it now, so the kills land among edits, not imports.
    import cxworkshop.editing.operations  # noqa: F401
    stream = EditStream(seed)
    print("ready", flush=True)
    for number in range(count):
        stream.apply(doc, 1)
        # The edit has committed (and been fsynced) before this line is written.
        print(number, flush=True)
    print("finished", flush=True)


if __name__ == "__main__":
    main()
