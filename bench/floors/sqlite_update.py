"""Floor for one durable edit: a bare sqlite3 single-row UPDATE and COMMIT with our pragmas."""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time


def measure(path: str, count: int = 1000) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = DELETE", "synchronous = FULL", "foreign_keys = ON"):
        conn.execute(f"PRAGMA {pragma}")
    card_id = conn.execute("SELECT min(id) FROM card").fetchone()[0]
    times = []
    for number in range(count):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE card SET text = ? WHERE id = ?", (f"floor {number}", card_id))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


if __name__ == "__main__":
    print(statistics.median(measure(sys.argv[1])) * 1000)
