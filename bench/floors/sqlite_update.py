"""Floor for one durable edit: a bare sqlite3 single-row UPDATE and COMMIT with our pragmas.

The pragmas are the ones cxworkshop.store sets on every connection it opens for editing.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time

PRAGMAS = ("foreign_keys = ON", "trusted_schema = OFF", "synchronous = FULL",
           "cell_size_check = ON", "temp_store = MEMORY", "journal_mode = DELETE")


class FloorEditor:
    """One open connection; `edit(n)` is one durable single-row update."""

    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        for pragma in PRAGMAS:
            self.conn.execute(f"PRAGMA {pragma}")
        self.card_id = self.conn.execute("SELECT min(id) FROM card").fetchone()[0]

    def edit(self, number: int) -> float:
        start = time.perf_counter()
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("UPDATE card SET text = ? WHERE id = ?",
                          (f"floor {number}", self.card_id + number % 2))
        self.conn.execute("COMMIT")
        return time.perf_counter() - start

    def close(self) -> None:
        self.conn.close()


def measure(path: str, count: int = 1000) -> list[float]:
    editor = FloorEditor(path)
    try:
        return [editor.edit(number) for number in range(count)]
    finally:
        editor.close()


if __name__ == "__main__":
    print(statistics.median(measure(sys.argv[1])) * 1000)
