"""Order rows by their `position`, unique within a scope (a cell, a map), in set-based SQL.

Positions are ordered and unique, not necessarily dense: a delete leaves a gap and renumbers
nothing, so it costs only the rows it removes. Putting rows in a new order touches only the
rows whose place changes, in two statements: one parks them at distinct negative positions
(moving them into the scope too, for cards dropped into another cell), one gives them their
final places. SQLite checks UNIQUE row by row, and every intermediate state of these two
statements is valid, so the undo log (replayed row by row, newest first) stays valid too.
Plain sqlite3 and no ORM: reading a scope is one scan of its unique index.
"""

from __future__ import annotations

import sqlite3
from typing import Any


def _where(scope: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
    if not scope:
        return "1", ()
    return " AND ".join(f'"{column}" = ?' for column in scope), tuple(scope.values())


def ordered_ids(conn: sqlite3.Connection, table: str, **scope: Any) -> list[int]:
    """The ids of `table` in `scope` (column=value), in display order: position, then id."""
    where, values = _where(scope)
    return [row[0] for row in conn.execute(
        f'SELECT id FROM "{table}" WHERE {where} ORDER BY position, id', values)]


def next_position(conn: sqlite3.Connection, table: str, **scope: Any) -> int:
    """A free position after every row of the scope: appending needs no reordering."""
    where, values = _where(scope)
    return conn.execute(f'SELECT coalesce(max(position), -1) + 1 FROM "{table}" WHERE {where}',
                        values).fetchone()[0]


def apply_order(conn: sqlite3.Connection, table: str, ids: list[int], **scope: Any) -> None:
    """Give the rows `ids` the positions 0..n-1 of `scope` in that order, touching only rows
    that move; rows from outside the scope are moved into it (their scope columns are set)."""
    if not ids:
        return
    columns = list(scope)
    current: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(ids), 500):  # stay under SQLite's limit of bound parameters
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        select = ", ".join(["id", "position", *(f'"{c}"' for c in columns)])
        for row in conn.execute(f'SELECT {select} FROM "{table}" WHERE id IN ({marks})', chunk):
            current[row[0]] = tuple(row[1:])
    wanted = tuple(scope.values())
    moving = [(index, row_id) for index, row_id in enumerate(ids)
              if current.get(row_id) != (index, *wanted)]
    if not moving:
        return
    where, values = _where(scope)
    # Park below every position the scope holds (a row just inserted may sit at a negative one).
    lowest = conn.execute(f'SELECT min(position) FROM "{table}" WHERE {where}', values).fetchone()[0]
    base = min(0, lowest if lowest is not None else 0) - 1
    assign = ", ".join([*(f'"{c}" = ?' for c in columns), "position = ?"])
    conn.executemany(f'UPDATE "{table}" SET {assign} WHERE id = ?',
                     [(*wanted, base - index, row_id) for index, row_id in moving])
    conn.execute(f'UPDATE "{table}" SET position = ? - position WHERE {where} AND position <= ?',
                 (base, *values, base))


def insert_at(ids: list[int], row_id: int, index: int | None) -> list[int]:
    """`ids` without `row_id`, then `row_id` inserted at `index` (None or past the end: last)."""
    rest = [other for other in ids if other != row_id]
    index = len(rest) if index is None else max(0, min(index, len(rest)))
    return rest[:index] + [row_id] + rest[index:]
