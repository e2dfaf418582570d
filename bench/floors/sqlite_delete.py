"""Floor for deleting cards: a bare sqlite3 DELETE of the same rows and COMMIT, with our pragmas
and the undo-log triggers installed (cxworkshop.store.undolog, Qt-free and ORM-free), reading
the logged rows back as an edit must. Nothing else: no ordering, no views, no undo stack.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from floors.sqlite_update import PRAGMAS


def delete_rows(path: Path, card_ids: list[int]) -> float:
    """Seconds to delete `card_ids` from the workshop at `path` in one durable transaction."""
    from cxworkshop.store import undolog

    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        for pragma in PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
        undolog.install(conn)
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(f"DELETE FROM card WHERE id IN ({','.join('?' * len(card_ids))})", card_ids)
        undolog.take(conn)
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()
